import DossierCharts
import DossierModel
import DossierTUI

extension TimelineChart {
  /// The chart above and the detail pane below when the screen is tall enough (30 body rows
  /// and more); else the chart alone, and Enter gives the detail pane the whole body until
  /// Backspace or `h`. `z` hides the detail pane.
  static func layout(_ state: AppState) -> Layout {
    let body = state.size.height - 2
    if state.detailHidden { return Layout(size: state.size, bodyRows: nil) }
    if body >= 30 {
      return Layout(size: state.size, bodyRows: min(body - 11, max(18, body * 3 / 5)))
    }
    return Layout(size: state.size, bodyRows: state.focus == .detail ? 0 : nil)
  }

  /// The chart's cells: the list's content area.
  static func area(_ layout: Layout) -> Rect { layout.listContent }

  /// Makes the chart, or brings it in step with the app: the timeline's events (after its
  /// filters and `/` text), the drawing mode, the size of its area and the list's selection.
  static func bringInStep(_ mode: inout Mode, _ state: AppState) {
    guard let screen = state.screens[.timeline] else { return }
    let list = screen.list
    let corpus = state.corpus
    let made = Made(
      corpus: state.ctx.corpusVersion, filter: state.timelineFilter, text: list.textFilter,
      ascii: state.ascii)
    let rect = area(layout(state))
    if mode.chart == nil || mode.made != made {
      // The list's events, each with its place among the list's items.
      var events: [Int] = []
      var places: [Int32] = []
      events.reserveCapacity(list.itemRows.count)
      places.reserveCapacity(list.itemRows.count)
      for (place, row) in list.itemRows.enumerated() {
        if case .item(.event(let id), _) = list.entries[row], let e = corpus.index.eventByID[id] {
          events.append(e)
          places.append(Int32(place))
        }
      }
      var chart =
        mode.chart.flatMap { $0.ascii == made.ascii && mode.made?.corpus == made.corpus ? $0 : nil }
        ?? SwimlaneChart(
          corpus: corpus, filter: made.filter, ascii: made.ascii, width: max(1, rect.width),
          height: max(1, rect.height))
      chart.setFilter(made.filter, events: list.textFilter.isEmpty ? nil : events)
      // The chart keeps the list's order: walk both to place each of its events.
      var rows: [Int32] = []
      rows.reserveCapacity(chart.count)
      var k = 0
      for p in 0..<chart.count {
        let e = chart.eventIndex(at: p)
        while k < events.count, events[k] != e { k += 1 }
        rows.append(k < places.count ? places[k] : Int32(max(0, list.itemRows.count - 1)))
      }
      mode.chart = chart
      mode.rows = rows
      mode.made = made
    }
    guard var chart = mode.chart else { return }
    if chart.width != rect.width || chart.height != rect.height {
      chart.resize(width: max(1, rect.width), height: max(1, rect.height))
    }
    // The list's selection: the chart's event at that place, or the next dated one.
    if !mode.rows.isEmpty {
      let cursor = Int32(list.cursor)
      var low = 0
      var high = mode.rows.count
      while low < high {
        let mid = (low + high) / 2
        if mode.rows[mid] < cursor { low = mid + 1 } else { high = mid }
      }
      let position = min(low, mode.rows.count - 1)
      if chart.selection != position {
        // Far away (a year jump, a link followed): the year from the left edge, as a jump.
        if !chart.isInView(position),
          let year = corpus.events[chart.eventIndex(at: position)].date.startYear
        {
          chart.jump(toYear: year)
        }
        chart.select(position)
      }
    }
    mode.chart = chart
  }

  /// After a key or a resize, while the Timeline shows: the stored chart in step, so that a
  /// frame draws it as it is.
  static func settle(_ state: inout AppState) {
    guard state.chartMode.on else { return }
    state.withChart { _ in }
  }

  /// The header (title, count, filters) and the chart's frame.
  static func render(_ state: AppState, into buffer: inout Buffer, _ layout: Layout) {
    var mode = state.chartMode
    bringInStep(&mode, state)
    let focused = state.focus == .list && state.overlay == nil
    let header = layout.listHeader
    let list = state.list
    var title = "Timeline chart (\(Counted.text(mode.chart?.count ?? 0, "event")))"
    if !list.textFilter.isEmpty { title += " matching \u{201C}\(list.textFilter)\u{201D}" }
    if !state.timelineFilter.isEmpty { title += " · \(state.timelineFilter.description)" }
    if let chart = mode.chart, chart.undatedCount > 0 {
      title += " · \(chart.undatedCount) undated in the list only"
    }
    state.writePaneTitle(title, focused: focused, in: header, &buffer)
    let rect = area(layout)
    guard let chart = mode.chart, rect.width > 0, rect.height > 0 else { return }
    chart.frame().grid.draw(
      into: &buffer, at: (rect.x, rect.y), clip: rect, focused: focused, state.ctx)
  }

  /// A click on a lane selects the event nearest to it; the wheel pans.
  static func mouse(_ event: MouseEvent, _ state: inout AppState) -> Bool {
    let rect = area(state.layout)
    guard rect.contains(x: event.x, y: event.y) else { return false }
    state.focus = .list
    switch event.kind {
    case .wheelUp, .wheelDown:
      let forward = event.kind == .wheelDown
      state.withChart { $0.pan(columns: (forward ? 1 : -1) * max(1, $0.timeWidth / 8)) }
    case .release:
      break
    case .press:
      state.withChart { chart in
        let frame = chart.frame()
        if let p = chart.event(atX: event.x - rect.x, y: event.y - rect.y, in: frame) {
          chart.select(p)
        }
      }
    }
    return true
  }
}
