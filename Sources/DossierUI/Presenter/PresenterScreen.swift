import DossierModel
import DossierTUI

/// Presenter mode: one event at a time, full screen, for a projector.
public struct PresenterState: Equatable, Sendable {
  /// The events stepped through, in order.
  public var items: [ItemRef]
  public var index: Int
  /// What the sequence is: "briefing default" or "timeline, lane exercises".
  public var label: String
  /// Seconds between automatic steps, when auto-advance is on.
  public var autoAdvance: Int?
  /// Digits typed after `g`, to jump to a year.
  var year: String?
  /// The theme the explorer had, restored on leaving.
  var previousTheme: Theme
}

extension AppState {
  /// Opens presenter mode on a sequence of items (events of a briefing or of the timeline).
  public mutating func present(_ items: [ItemRef], label: String, startingAt start: ItemRef? = nil)
  {
    let events = items.filter {
      if case .event(let id) = $0 { corpus.event(id) != nil } else { false }
    }
    guard !events.isEmpty else {
      message = "Nothing to present: mark events with m, or select a timeline with events"
      return
    }
    let index = start.flatMap { events.firstIndex(of: $0) } ?? 0
    let projector = theme.name == .monochrome ? theme : Theme(.contrast)
    presenter = PresenterState(
      items: events, index: index, label: label, autoAdvance: nil, year: nil, previousTheme: theme)
    theme = projector
    overlay = nil
    input = nil
  }

  /// `b`: the current briefing's events from the first, or else the timeline as filtered, from
  /// the selected event.
  mutating func openPresenter() {
    if let briefing = briefingEvents, !briefing.items.isEmpty {
      present(briefing.items, label: "briefing \(briefing.name)")
      return
    }
    let timeline = screens[.timeline]?.list ?? ListState(entries: [])
    let items = timeline.itemRows.compactMap { row -> ItemRef? in
      if case .item(let ref, _) = timeline.entries[row] { ref } else { nil }
    }
    var label = "timeline"
    if !timelineFilter.isEmpty { label += ", " + timelineFilter.description }
    if !timeline.textFilter.isEmpty { label += ", \u{201C}\(timeline.textFilter)\u{201D}" }
    present(items, label: label, startingAt: view.jumpsToYears ? list.selected : nil)
  }

  /// Leaves presenter mode at the item on screen, selected in the timeline.
  mutating func closePresenter() {
    guard let state = presenter else { return }
    theme = state.previousTheme
    presenter = nil
    if let ref = state.items[safe: state.index], let owner = ScreenID.owner(of: ref) {
      show(ref, in: owner)
      focus = .list
    }
  }

  /// The presenter owns the mouse too: the wheel steps through the events, and nothing reaches
  /// the explorer hidden behind it.
  mutating func handlePresenterMouse(_ mouse: MouseEvent) {
    switch mouse.kind {
    case .wheelDown: _ = handlePresenterKey(.right)
    case .wheelUp: _ = handlePresenterKey(.left)
    case .press: break
    }
  }

  mutating func handlePresenterKey(_ key: Key) -> Effect? {
    guard var state = presenter else { return nil }
    if state.year != nil {
      if case .character(let c) = key, c.isASCII, c.isNumber {
        state.year! += String(c)
        if state.year!.count == 4 {
          jump(&state, toYear: Int(state.year!) ?? 0)
          state.year = nil
        }
        presenter = state
        return nil
      }
      state.year = nil
    }
    switch KeyMaps.presenter.action(for: key) {
    case .presentNext: state.index = min(state.index + 1, state.items.count - 1)
    case .presentPrevious: state.index = max(state.index - 1, 0)
    case .presentFirst: state.index = 0
    case .presentLast: state.index = state.items.count - 1
    case .presentYear: state.year = ""
    case .autoAdvance:
      state.autoAdvance = state.autoAdvance == nil ? ctx.autoAdvanceInterval : nil
      message = nil
    case .slower: state.autoAdvance = (state.autoAdvance ?? ctx.autoAdvanceInterval) + 5
    case .faster:
      state.autoAdvance = max(
        min(5, ctx.autoAdvanceInterval), (state.autoAdvance ?? ctx.autoAdvanceInterval) - 5)
    case .leave:
      presenter = state
      closePresenter()
      return nil
    case .quit: return ctx.unsaved ? .saveBeforeQuit : .quit
    default: break
    }
    presenter = state
    return nil
  }

  /// A tick of auto-advance: the next item, stopping at the end.
  mutating func advancePresenter() {
    guard var state = presenter, state.autoAdvance != nil else { return }
    if state.index + 1 < state.items.count {
      state.index += 1
    } else {
      state.autoAdvance = nil
    }
    presenter = state
  }

  func jump(_ state: inout PresenterState, toYear year: Int) {
    if let i = state.items.firstIndex(where: { ref in
      if case .event(let id) = ref {
        (corpus.event(id)?.date.startYear ?? 0) >= year
      } else {
        false
      }
    }) {
      state.index = i
    }
  }
}
