import DossierModel
import DossierTUI

/// The top bar: the tabs of the screen catalogue, and the corpus title.
enum TopBar {
  /// Where the tabs go: after " dossier " on the top row.
  static func area(_ rect: Rect) -> Rect {
    Rect(x: rect.x + 9, y: rect.y, width: rect.width - 9, height: 1)
  }

  /// The tabs of the bar `rect`: inactive tabs show only their numbers when the names and the
  /// tab of a screen without a number (Problems) would not fit.
  static func widget(_ state: AppState, in rect: Rect) -> Tabs {
    let selected = ScreenID.tabs.firstIndex(of: state.view)
    var tabs = Tabs(
      ScreenID.tabs.map { "\($0.number ?? 0) \($0.title)" }, selected: selected,
      activeStyle: state.ctx.style(.tabActive), inactiveStyle: state.ctx.style(.tabInactive))
    if tabs.end(in: area(rect)) + TextWidth.of(extraTab(state)) + 1 > rect.maxX {
      tabs.titles = ScreenID.tabs.enumerated().map { i, id in
        i == selected ? tabs.titles[i] : "\(id.number ?? 0)"
      }
    }
    return tabs
  }

  /// The tab of the current screen when it has no number, drawn after the others.
  static func extraTab(_ state: AppState) -> String {
    state.view.number == nil ? " [! \(state.view.title)] " : ""
  }

  /// The view whose tab is at a cell of the top bar.
  static func tab(_ state: AppState, at x: Int, y: Int, in rect: Rect) -> ScreenID? {
    widget(state, in: rect).tab(at: x, y: y, in: area(rect)).map { ScreenID.tabs[$0] }
  }

  static func render(_ state: AppState, into buffer: inout Buffer, at rect: Rect) {
    let ctx = state.ctx
    buffer.fill(rect, with: Cell(" ", ctx.style(.topBar)))
    buffer.write(
      " dossier", x: rect.x, y: rect.y, style: ctx.style(.topBar).merged(with: Style(bold: true)))
    let tabs = widget(state, in: rect)
    tabs.render(in: area(rect), into: &buffer)
    var end = tabs.end(in: area(rect))
    if !extraTab(state).isEmpty {
      end = buffer.write(extraTab(state), x: end + 1, y: rect.y, style: ctx.style(.tabActive))
    }
    let title = ctx.corpus.manifest.title
    let room = rect.width - end - 3
    if room > 8 {
      let shown = TextLayout.truncate(title, to: room)
      buffer.write(
        shown, x: rect.maxX - TextWidth.of(shown) - 1, y: rect.y, style: ctx.style(.topBar))
    }
  }
}

extension AppState {
  /// The status line: the position, the filters and the message on the left, then the hints
  /// of the current key maps in the room that is left (help and quit always).
  func renderStatus(_ buffer: inout Buffer, _ rect: Rect) {
    buffer.fill(rect, with: Cell(" ", ctx.style(.status)))
    if let input {
      renderPrompt(input, &buffer, rect)
      return
    }
    if pendingG != nil {
      renderPendingG(&buffer, rect)
      return
    }
    var left: String
    if reading, let reader {
      let count = corpus.paragraphs(of: reader.document).count
      left = " ¶ \(count == 0 ? 0 : reader.cursor + 1)/\(count)"
      if let section = readerSection { left += " · § " + section.title }
      if !reader.findText.isEmpty { left += " · find \u{201C}\(reader.findText)\u{201D}" }
    } else {
      let count = list.itemRows.count
      left = " \(count == 0 ? 0 : list.cursor + 1)/\(count)"
      var filters: [String] = []
      if !list.textFilter.isEmpty { filters.append("\u{201C}\(list.textFilter)\u{201D}") }
      if view.jumpsToYears, !timelineFilter.isEmpty { filters.append(timelineFilter.description) }
      if !filters.isEmpty { left += " · filter: " + filters.joined(separator: ", ") }
    }
    if let message { left += " · " + message }
    // A message (such as the full path of an export) may take the line but for help and quit.
    // One cut even so is whole in the message log: the hints then say which key shows it.
    let leftRoom =
      message == nil ? rect.width / 2 + 10 : max(rect.width / 2 + 10, rect.width - 18)
    let cut = message != nil && TextWidth.of(left) > leftRoom
    var x = buffer.write(
      TextLayout.truncate(left, to: cut ? rect.width - 17 : leftRoom), x: rect.x, y: rect.y,
      style: ctx.style(.status))
    x += 2
    if cut {
      for hint in [("M", "all"), ("q", "quit")] {
        x = buffer.write(hint.0, x: x, y: rect.y, style: ctx.style(.statusKey))
        x = buffer.write(" " + hint.1 + "  ", x: x, y: rect.y, style: ctx.style(.status))
      }
      return
    }
    var hints: [(key: String, text: String)] = []
    if !corpus.diagnostics.isEmpty, view.offersProblems {
      let count = corpus.diagnostics.count
      hints.append(("p", Counted.text(count, "problem")))
    }
    hints += keyHints
    // Search, help and quit always show; the other hints take the room that is left, in
    // order (one too wide is left out, and a shorter one after it may still fit).
    func width(_ hint: (key: String, text: String)) -> Int {
      TextWidth.of(hint.key) + TextWidth.of(hint.text) + 3
    }
    let lasting = hints.filter { ["s", "?", "q"].contains($0.key) }
    var room = rect.maxX - x - lasting.map(width).reduce(0, +)
    var shown: [(key: String, text: String)] = []
    for hint in hints where !lasting.contains(where: { $0 == hint }) {
      guard width(hint) <= room else { continue }
      shown.append(hint)
      room -= width(hint)
    }
    for hint in shown + lasting where x + width(hint) <= rect.maxX + 2 {
      x = buffer.write(hint.key, x: x, y: rect.y, style: ctx.style(.statusKey))
      x = buffer.write(" " + hint.text + "  ", x: x, y: rect.y, style: ctx.style(.status))
    }
  }
}
