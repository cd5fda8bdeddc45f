import DossierCharts
import DossierModel
import DossierTUI

/// The Timeline as a swimlane chart: `v` turns the timeline's list into a chart of the same
/// events and back, the selection kept. Lanes are rows and time runs across, with era bands,
/// marks that say how certain each date is and spans as bars; `+` `-` zoom between decades,
/// years and months, the arrows pan, `l` `h` step from event to event in time across lanes,
/// `j` `k` go to the lane below or above, and Enter shows the event in the detail pane. The
/// timeline's filters (lane, actor, source, tag, the `/` text) choose the events.
enum TimelineChart {
  /// `v`: the list or the chart (in every pane of the Timeline).
  static let toggleKeys = KeyMap<Action>(
    "Timeline chart",
    [
      KeyBinding(
        [.character("v")], "v", "show the timeline as a chart or as a list (the selection stays)",
        hint: ("v", "chart / list"), order: 40, action: .local("chart.toggle"))
    ])

  /// The chart's keys while it has the keyboard (instead of the list's).
  static let keys = KeyMap<Action>(
    "Timeline chart",
    [
      KeyBinding(
        [
          KeyAction(.character("+"), .local("chart.zoomIn")),
          KeyAction(.character("="), .local("chart.zoomIn")),
          KeyAction(.character("-"), .local("chart.zoomOut")),
        ], "+ -", "zoom in / out: decades, years, months (the selection stays in view)",
        hint: ("+-", "zoom"), order: 20),
      KeyBinding(
        [
          KeyAction(.left, .local("chart.panLeft")), KeyAction(.right, .local("chart.panRight")),
          KeyAction(.pageUp, .pageUp), KeyAction(.pageDown, .pageDown),
        ], "← →  PgUp PgDn", "pan earlier / later: an eighth of the view, or a page",
        hint: ("←→", "pan"), order: 25),
      KeyBinding(
        [
          KeyAction(.character("l"), .local("chart.next")),
          KeyAction(.character("h"), .local("chart.previous")),
          KeyAction(.character("n"), .local("chart.next")),
          KeyAction(.character("N"), .local("chart.previous")),
        ], "l h  n N", "next / previous event in time, across the lanes",
        hint: ("l h", "step"), order: 15),
      KeyBinding(
        [
          KeyAction(.character("j"), .down), KeyAction(.character("k"), .up),
          KeyAction(.down, .down), KeyAction(.up, .up),
        ], "j k  ↓ ↑", "the nearest event in the lane below / above"),
      KeyBinding(
        [.character(" ")], "Space", "the next event in the same cell (where a count shows)",
        action: .local("chart.cell")),
      KeyBinding(
        pair(.character("g"), .first, .character("G"), .last) + pair(.home, .first, .end, .last),
        "g G  Home End", "first / last event (g waits a second for a year)"),
      KeyBinding(
        [.character("y")], "y", "keep only the years in view (a date range; F clears the filters)",
        action: .local("chart.years")),
      KeyBinding(
        [.enter], "Enter", "the selected event in the detail pane (Backspace comes back)",
        hint: ("↵", "details"), order: 10, action: .open),
    ])

  /// The chart's section of the help: `v`, then its keys.
  static let helpKeys = toggleKeys.then(keys)

  static func pair(_ a: Key, _ x: Action, _ b: Key, _ y: Action) -> [KeyAction<Action>] {
    [KeyAction(a, x), KeyAction(b, y)]
  }

  /// The chart's state on the Timeline screen: whether it is shown, and the chart itself with
  /// what it was made from.
  struct Mode {
    var on = false
    var chart: SwimlaneChart?
    /// For each event of the chart (by position), its index among the list's items.
    var rows: [Int32] = []
    var made: Made?
  }

  /// What a chart was made from: when any of it changes, the chart is made again.
  struct Made: Equatable {
    var corpus: Int
    var filter: EventFilter
    var text: String
    var ascii: Bool
  }

  static func isOn(_ state: AppState) -> Bool { state.chartMode.on }

  static func perform(_ action: Action, _ state: inout AppState) -> Effect?? {
    if action == .local("chart.toggle") {
      toggle(&state)
      return .some(nil)
    }
    guard isOn(state) else { return nil }
    if state.focus == .detail {
      // Backspace in the detail pane comes back to the chart.
      guard action == .back else { return nil }
      state.focus = .list
      return .some(nil)
    }
    switch action {
    case .open:
      state.screens[.timeline]?.detail = DetailPaneState()
      state.focusDetail()
      return .some(nil)
    case .local("chart.years"):
      keepYearsInView(&state)
      return .some(nil)
    case .down, .up, .pageDown, .pageUp, .first, .last, .local:
      state.withChart { chart in
        switch action {
        case .down: chart.selectInLane(offset: 1)
        case .up: chart.selectInLane(offset: -1)
        case .pageDown: chart.pan(pages: 1)
        case .pageUp: chart.pan(pages: -1)
        case .first: chart.selectFirst()
        case .last: chart.selectLast()
        case .local("chart.next"): chart.selectNext()
        case .local("chart.previous"): chart.selectPrevious()
        case .local("chart.cell"): chart.selectInCell()
        case .local("chart.zoomIn"): chart.zoomIn()
        case .local("chart.zoomOut"): chart.zoomOut()
        case .local("chart.panLeft"): chart.pan(columns: -max(1, chart.timeWidth / 8))
        case .local("chart.panRight"): chart.pan(columns: max(1, chart.timeWidth / 8))
        default: break
        }
      }
      return .some(nil)
    default:
      return nil
    }
  }

  /// Filters the timeline (list and chart) to the years the chart shows, as a date range.
  static func keepYearsInView(_ state: inout AppState) {
    guard let chart = state.chartMode.chart, chart.count > 0 else { return }
    let ticks = chart.visibleTicks
    let first = TimeTicks.year(of: ticks.lowerBound)
    let last = TimeTicks.year(of: ticks.upperBound)
    state.timelineFilter.from = try? EDTFDate.parse(String(first)).get()
    state.timelineFilter.to = try? EDTFDate.parse(String(last)).get()
    state.rebuildList(.timeline)
    state.message = "Timeline from \(first) to \(last) (F clears the filters)"
  }

  /// Turns the chart on or off; the list's selection is the chart's and stays.
  static func toggle(_ state: inout AppState) {
    var mode = state.chartMode
    mode.on.toggle()
    state.chartMode = mode
    state.focus = .list
    if mode.on {
      settle(&state)
      let chart = state.chartMode.chart
      if chart?.count == 0 {
        state.message =
          "No dated events to chart"
          + (state.timelineFilter.isEmpty ? "" : " (F clears the filters)")
      } else if case .event(let id)? = state.list.selected, chart?.selectedEventID != id {
        state.message = "That event has no date to chart; the next dated one is selected"
      }
    } else {
      state.list.centerSelection(height: state.layout.listContent.height)
    }
  }
}

extension AppState {
  /// The Timeline chart's state, kept on the Timeline screen.
  var chartMode: TimelineChart.Mode {
    get { screens[.timeline]?.custom as? TimelineChart.Mode ?? TimelineChart.Mode() }
    set { screens[.timeline]?.custom = newValue }
  }

  /// Changes the chart (made or brought in step first), then puts its selection in the list.
  mutating func withChart(_ change: (inout SwimlaneChart) -> Void) {
    var mode = chartMode
    screens[.timeline]?.custom = nil  // the chart's arrays, uniquely held while they change
    TimelineChart.bringInStep(&mode, self)
    if var chart = mode.chart {
      change(&chart)
      if let selected = chart.selection, selected < mode.rows.count {
        screens[.timeline]?.list.moveTo(Int(mode.rows[selected]))
      }
      mode.chart = chart
    }
    chartMode = mode
  }
}
