import DossierModel
import DossierSlides
import DossierTUI

extension AppState {
  /// Opens presenter mode on stored items (`event:zapad-2013`, `actor:lukashenka`...): every
  /// one a slide, in order, then the end slide. It starts at `start` when that item is among
  /// them, else at the first. `name` is the briefing's (for the speaker view), `ending` the end
  /// slide's title when it is not "End of briefing NAME".
  public mutating func present(
    items: [String], label: String, name: String, ending: String? = nil,
    startingAt start: ItemRef? = nil
  ) {
    guard !items.isEmpty else {
      message = "Nothing to present: mark items with m (events, actors, myths, passages…)"
      return
    }
    let slides = SlideDeck.slides(items: items, name: name, ending: ending, corpus: corpus)
    let first = start.flatMap { items.firstIndex(of: $0.description) } ?? 0
    let session = PresenterSession(
      count: items.count, start: first, years: slides.dropLast().map(\.year),
      interval: ctx.autoAdvanceInterval, now: ctx.clock())
    presenter = PresenterState(
      items: items, slides: slides, session: session, label: label, name: name, ending: ending,
      previousTheme: theme)
    // A projector wants the high-contrast theme; a monochrome terminal keeps its own.
    if theme.name != .monochrome { theme = Theme(.contrast) }
    overlay = nil
    input = nil
  }

  /// `b`: the current briefing from the selected item (when it is in the briefing), or else the
  /// timeline as filtered, from the selected event.
  mutating func openPresenter() {
    let briefing = userData.currentBriefing
    if !briefing.items.isEmpty {
      present(
        items: briefing.items, label: "briefing \(briefing.name)", name: briefing.name,
        startingAt: markTarget)
      return
    }
    let timeline = screens[.timeline]?.list ?? ListState(entries: [])
    let items = timeline.itemRows.compactMap { row -> String? in
      if case .item(let ref, _) = timeline.entries[row] { ref.description } else { nil }
    }
    var filters: [String] = []
    if !timelineFilter.isEmpty { filters.append(timelineFilter.description) }
    if !timeline.textFilter.isEmpty { filters.append("\u{201C}\(timeline.textFilter)\u{201D}") }
    presentTimeline(
      items, filter: filters.joined(separator: ", "),
      startingAt: view.jumpsToYears ? list.selected : nil)
  }

  /// Presents events of the timeline (`dossier brief --lane …`, or `b` without a briefing).
  public mutating func presentTimeline(
    _ items: [String], filter: String, startingAt start: ItemRef? = nil
  ) {
    let suffix = filter.isEmpty ? "" : ", " + filter
    present(
      items: items, label: "timeline" + suffix, name: "timeline",
      ending: "End of the timeline" + (filter.isEmpty ? "" : " (\(filter))"), startingAt: start)
  }

  /// Leaves presenter mode at the item shown (the last one from the end slide): selected in
  /// the list it was presented from when that list has it (the Briefing screen), else in its
  /// own view.
  mutating func closePresenter() {
    guard let state = presenter else { return }
    theme = state.previousTheme
    presenter = nil
    guard let ref = state.currentItem, corpus.contains(ref) else { return }
    if !reading,
      list.itemRows.contains(where: { row in
        if case .item(let r, _) = list.entries[row] { r == ref } else { false }
      })
    {
      list.select(ref)
      focus = .list
      keepSelectionVisible()
    } else if let owner = ScreenID.owner(of: ref) {
      show(ref, in: owner)
      focus = .list
    }
  }

  /// A key in the presenter: what it means there (the session's key table), applied now.
  mutating func handlePresenterKey(_ key: Key) -> Effect? {
    guard let presenterKey = PresenterKey(key), var state = presenter else { return nil }
    let outcome = state.session.handle(presenterKey, at: ctx.clock())
    presenter = state
    if outcome == .leave { closePresenter() }
    return nil
  }

  /// Commands from a speaker view in another terminal. A speaker view never makes the
  /// presenter leave: such a command is ignored.
  mutating func applySpeakerCommands(_ commands: [PresenterCommand]) {
    guard var state = presenter else { return }
    let now = ctx.clock()
    for command in commands {
      switch command {
      case .requestLeave, .confirmLeave: continue
      default: state.session.apply(command, at: now)
      }
    }
    presenter = state
  }

  /// The countdown ran out: the next slide (auto-advance stops on the end slide).
  mutating func tickPresenter() {
    guard var state = presenter else { return }
    state.session.tick(at: ctx.clock())
    presenter = state
  }

  /// The presenter owns the mouse too: the wheel steps through the slides, and nothing reaches
  /// the explorer hidden behind it.
  mutating func handlePresenterMouse(_ mouse: MouseEvent) {
    switch mouse.kind {
    case .wheelDown: _ = handlePresenterKey(.right)
    case .wheelUp: _ = handlePresenterKey(.left)
    case .press, .release: break
    }
  }

  /// What a speaker view in another terminal is told: the slide, the clocks, the notes.
  public var speakerSnapshot: PresenterSnapshot? {
    guard let state = presenter else { return nil }
    var notes: [String: String] = [:]
    for item in state.items {
      if let ref = ItemRef(item), let note = userData.note(for: ref) { notes[item] = note.text }
    }
    return PresenterSnapshot(
      session: state.session, corpus: corpus.manifest.id, briefing: state.name,
      ending: state.ending, items: state.items, notes: notes, now: ctx.clock())
  }

  /// Milliseconds until the presenter's countdown next changes (its next whole second); nil
  /// when no countdown runs.
  var presenterWait: Int? {
    guard let wait = presenter?.session.wait(at: ctx.clock()) else { return nil }
    return max(1, Int((wait * 1000).rounded(.up)))
  }
}
