import DossierCharts
import DossierModel
import DossierTestSupport
import Testing

@testable import DossierUI

@Suite("Timeline chart screen")
struct TimelineChartTests {
  /// The bundled corpus's timeline as a chart at a size, at 2014 (spans, open ends, uncertain
  /// dates and the crowded spring of 2014 in view).
  func chartApp(_ width: Int, _ height: Int, ascii: Bool = false) -> AppState {
    var state = bundledApp(width, height)
    state.ascii = ascii
    state.press(.character("2"), .character("v"))
    state.press(.character(":"))
    state.type("2014")
    state.press(.enter)
    return state
  }

  var chart: (AppState) -> SwimlaneChart = { $0.chartMode.chart! }

  @Test func snapshotsAtEachZoomAndSize() {
    for (width, height) in [(80, 24), (200, 60)] {
      for ascii in [false, true] {
        var state = chartApp(width, height, ascii: ascii)
        #expect(state.list.selected == .event("crimea-annexation-2014"))
        for zoom in [ChartZoom.decades, .years, .months] {
          while chart(state).zoom < zoom { state.press(.character("+")) }
          while chart(state).zoom > zoom { state.press(.character("-")) }
          let inView = chart(state).isInView(chart(state).selection!)
          #expect(inView)
          let name = "chart-\(width)x\(height)-\(zoom.name)\(ascii ? "-ascii" : "")"
          assertSnapshot(state.screen, named: name)
        }
      }
    }
  }

  @Test func aDecadeIsInViewAtYearZoomOn80Columns() {
    let state = chartApp(80, 24)
    let ticks = chart(state).visibleTicks
    #expect(chart(state).zoom == .years)
    #expect(TimeTicks.year(of: ticks.upperBound) - TimeTicks.year(of: ticks.lowerBound) >= 10)
    // The legend explains the marks, and the status line names the event.
    let screen = state.screen
    #expect(screen.contains("● day  ◆ month  ○ year"))
    #expect(screen.contains("2014 · WAR Conflict · Russia annexes Crimea"))
  }

  @Test func theCursorStepsInTimeOrderAcrossLanes() {
    var state = chartApp(120, 40)
    var seen: [Int] = []
    var lanes: Set<Int> = []
    for _ in 0..<30 {
      let chart = chart(state)
      seen.append(chart.eventIndex(at: chart.selection!))
      lanes.insert(chart.laneIndex(at: chart.selection!))
      state.press(.character("l"))
    }
    // Corpus events are in date order: the steps go forward in time, one event at a time.
    #expect(seen == seen.sorted())
    #expect(Set(seen).count == seen.count)
    #expect(lanes.count > 3)
    // And the list follows: its selection is the chart's.
    let last = chart(state).eventIndex(at: chart(state).selection!)
    #expect(state.list.selected == .event(state.corpus.events[last].id))
    state.press(.character("h"))
    #expect(chart(state).eventIndex(at: chart(state).selection!) == seen.last!)
    #expect(state.list.selected == .event(state.corpus.events[seen.last!].id))
  }

  @Test func zoomKeepsTheSelectedEventInView() {
    var state = chartApp(80, 24)
    for _ in 0..<12 { state.press(.character("l")) }
    let selected = state.list.selected
    for key in ["+", "+", "-", "-", "-", "+"] {
      state.press(.character(Character(key)))
      #expect(state.list.selected == selected)
      let inView = chart(state).isInView(chart(state).selection!)
      #expect(inView, "\(key)")
    }
    // Panning moves the view, not the selection; l comes back into view.
    for _ in 0..<20 { state.press(.left) }
    #expect(state.list.selected == selected)
    let away = chart(state).isInView(chart(state).selection!)
    #expect(!away)
    state.press(.character("l"))
    let back = chart(state).isInView(chart(state).selection!)
    #expect(back)
  }

  @Test func theToggleKeepsTheSelection() {
    var state = bundledApp(120, 40)
    state.press(.character("2"))
    state.follow(.event("zapad-2017-exercise"))
    state.press(.character("v"))
    #expect(TimelineChart.isOn(state))
    #expect(chart(state).selectedEventID == "zapad-2017-exercise")
    #expect(state.screen.contains("Zapad-2017 joint exercise"))
    state.press(.character("l"), .character("l"))
    let moved = chart(state).selectedEventID!
    #expect(moved != "zapad-2017-exercise")
    state.press(.character("v"))
    #expect(!TimelineChart.isOn(state))
    #expect(state.list.selected == .event(moved))
    #expect(state.screen.contains("›"))
  }

  @Test func enterOpensTheDetailPaneAndBackspaceComesBack() {
    for (width, height) in [(80, 24), (200, 60)] {
      var state = chartApp(width, height)
      state.press(.enter)
      #expect(state.focus == .detail)
      var screen = state.screen
      #expect(screen.contains("▶ Event"))
      #expect(screen.contains("Russia annexes Crimea"))
      // At 80×24 the pane has the body; at 200×60 the chart stays above it.
      #expect(screen.contains("● day") == (height == 60))
      state.press(.backspace)
      #expect(state.focus == .list)
      screen = state.screen
      #expect(screen.contains("● day"))
      #expect(state.list.selected == .event("crimea-annexation-2014"))
    }
  }

  @Test func theTimelineFiltersChooseTheEvents() {
    var state = chartApp(120, 40)
    state.timelineFilter = EventFilter(lanes: ["exercises"])
    state.rebuildList(.timeline)
    state.press(.character("l"))
    let chart = chart(state)
    let lanes = chart.lanes.map(\.id)
    let (count, rows) = (chart.count, state.list.itemRows.count)
    #expect(lanes == ["exercises"])
    #expect(count <= rows && count > 5)
    #expect(state.screen.contains("Timeline chart (\(chart.count) events) · "))
    // The / filter narrows the chart as it narrows the list.
    state.timelineFilter = EventFilter()
    state.rebuildList(.timeline)
    state.press(.character("/"))
    state.type("zapad")
    state.press(.enter)
    let narrowed = self.chart(state)
    let narrowedCount = narrowed.count
    #expect(narrowedCount > 2 && narrowedCount < 20)
    let listed = state.list.itemRows.compactMap { row -> String? in
      if case .item(.event(let id), _) = state.list.entries[row] { id } else { nil }
    }
    let ids = narrowed.eventIDs
    #expect(ids.allSatisfy(listed.contains))
    #expect(ids.count == listed.count - narrowed.undatedCount)
  }

  @Test func aYearJumpInTheChartLandsOnTheFirstEventOfThatYear() {
    var state = chartApp(80, 24)
    state.press(.character(":"))
    state.type("2009")
    state.press(.enter)
    let first = Corpus.firstEvent(ofYear: 2009, in: state.corpus.events)!
    let selected = chart(state).selectedEventID
    #expect(selected == state.corpus.events[first.index].id)
    let ticks = chart(state).visibleTicks
    #expect(
      TimeTicks.year(of: ticks.lowerBound) <= 2009 && TimeTicks.year(of: ticks.upperBound) > 2009)
  }

  @Test func aClickSelectsTheNearestEventInItsLane() {
    var state = chartApp(120, 40)
    let rect = state.layout.listContent
    let frame = chart(state).frame()
    let lane = frame.laneRows[2]
    _ = state.handle(.mouse(MouseEvent(.press, x: rect.x + 60, y: rect.y + lane.row)))
    let clicked = chart(state).laneIndex(at: chart(state).selection!)
    #expect(clicked == lane.lane)
  }

  @Test func theSelectionIsShownWithoutColour() throws {
    let state = chartApp(120, 40)
    let rect = state.layout.listContent
    let frame = chart(state).frame()
    let cursor = try #require(frame.cursor)
    let buffer = state.render()
    let cell = buffer[rect.x + cursor.x, rect.y + cursor.y]
    // Monochrome: the selected event in reverse video, its mark also bold and underlined.
    #expect(cell.style.reverse && cell.style.bold && cell.style.underline)
    #expect(cell.style.foreground == .default && cell.style.background == .default)
    #expect(cell.symbol == String(frame.grid[cursor.x, cursor.y].character))
    // A mark's glyph names its certainty whatever the colours: the legend spells them out.
    #expect(buffer.text.contains("● day  ◆ month  ○ year  ≈ circa  ? uncertain"))
  }

  @Test func yKeepsTheYearsInViewAsADateRange() throws {
    var state = chartApp(80, 24)
    let before = chart(state).visibleTicks
    state.press(.character("y"))
    let first = TimeTicks.year(of: before.lowerBound)
    let last = TimeTicks.year(of: before.upperBound)
    #expect(state.timelineFilter.from?.startYear == first)
    #expect(state.timelineFilter.to?.startYear == last)
    #expect(state.message == "Timeline from \(first) to \(last) (F clears the filters)")
    #expect(state.screen.contains("· from \(first), to \(last)"))
    // The list and the chart both keep only events that touch those years.
    let chart = chart(state)
    let count = chart.count
    #expect(count > 0 && count < state.corpus.events.count)
    for id in chart.eventIDs {
      let range = try #require(state.corpus.event(id)?.date.dayRange)
      #expect((range.last ?? Int.max) >= state.timelineFilter.from!.dayRange.first!)
      #expect((range.first ?? Int.min) <= state.timelineFilter.to!.dayRange.last!)
    }
    state.press(.character("F"))
    #expect(state.timelineFilter.isEmpty)
    let all = self.chart(state).count
    #expect(all > count)
  }
}
