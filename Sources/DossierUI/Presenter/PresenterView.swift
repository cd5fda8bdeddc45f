import DossierModel
import DossierTUI

extension AppState {
  /// Presenter mode: no chrome, the current event large and clear, its neighbours dimmed above
  /// and below, and a progress line ("7 of 23", the era, the year).
  func renderPresenter(_ state: PresenterState, into buffer: inout Buffer) {
    let width = size.width
    let margin = width >= 120 ? 8 : 3
    let text = width - 2 * margin
    var y = 0
    // Progress line.
    let current = state.items[state.index]
    var progress = "\(state.index + 1) of \(state.items.count)"
    if case .event(let id) = current, let event = corpus.event(id) {
      if let era = corpus.era(containing: event.date) { progress += " · \(era.name)" }
      if let year = event.date.startYear { progress += " · \(year)" }
    }
    buffer.write(progress, x: margin, y: y, style: style(.title))
    let label = TextLayout.truncate(state.label, to: max(0, text - TextWidth.of(progress) - 2))
    buffer.write(label, x: width - margin - TextWidth.of(label), y: y, style: style(.dim))
    y += 2

    // The previous event, dimmed.
    let spacious = size.height >= 30
    if let previous = state.items[safe: state.index - 1], case .event(let id) = previous,
      let event = corpus.event(id)
    {
      buffer.write(
        TextLayout.truncate("↑ \(event.dateLabel)  \(event.title)", to: text), x: margin, y: y,
        style: style(.dim))
    }
    y += spacious ? 3 : 2

    // The current event: a block of lines at a readable measure, centred on the screen.
    let measure = min(text, 100)
    let left = (width - measure) / 2
    let gap = size.height >= 40 ? 2 : 1
    var block: [(String, Role)] = []
    if case .event(let id) = current, let event = corpus.event(id) {
      let lane = corpus.lane(event.lane)
      block.append(
        ("\(event.dateLabel)   [\(lane?.short ?? event.lane)] \(lane?.name ?? "")", .heading))
      block += Array(repeating: ("", Role.normal), count: gap)
      block += TextLayout.wrap(event.title, width: measure).prefix(3).map { ($0, .title) }
      let actors = event.actors.compactMap { corpus.actor($0)?.name }
      if !actors.isEmpty { block.append((actors.joined(separator: " · "), .badge)) }
      block += Array(repeating: ("", Role.normal), count: gap)
      block += TextLayout.wrap(event.summary.plain, width: measure).map { ($0, .normal) }
      if let figure = event.figures.first {
        block += Array(repeating: ("", Role.normal), count: gap)
        block.append(("▸ " + figure.display, .heading))
      }
    }
    let top = y + (spacious ? 1 : 0)
    let bottom = size.height - (spacious ? 6 : 4)
    let room = max(0, bottom - top)
    var row = top + max(0, (room - block.count) / 2)
    for (line, role) in block.prefix(room) {
      buffer.write(TextLayout.truncate(line, to: measure), x: left, y: row, style: style(role))
      row += 1
    }

    // The next event, dimmed, and the keys.
    if let next = state.items[safe: state.index + 1], case .event(let id) = next,
      let event = corpus.event(id)
    {
      let ny = size.height - (spacious ? 4 : 3)
      buffer.write(
        TextLayout.truncate("↓ \(event.dateLabel)  \(event.title)", to: text), x: margin, y: ny,
        style: style(.dim))
    }
    var keys = "→ next  ← previous  g year  a auto-advance  Esc back"
    if let seconds = state.autoAdvance {
      keys = "auto-advance every \(seconds) s (+/−, a stops)  ·  " + keys
    }
    if let year = state.year { keys = "jump to year: \(year)▏" }
    buffer.write(
      TextLayout.truncate(keys, to: text), x: margin, y: size.height - 1, style: style(.dim))
  }
}
