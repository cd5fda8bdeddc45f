import DossierCharts
import DossierModel
import DossierTestSupport
import Testing

@Suite("Swimlane chart")
struct SwimlaneTests {
  static let corpus = chartCorpus([
    ("w-2010", "2010-05-03", "war"),
    ("d-2011", "2011-02", "diplomacy"),
    ("a-span", "2011/2013", "arms"),
    ("w-2012", "2012", "war"),
    ("d-2012a", "2012-06-01", "diplomacy"),
    ("d-2012b", "2012-06-02", "diplomacy"),
    ("d-2012c", "2012-06-03", "diplomacy"),
    ("w-circa", "2013~", "war"),
    ("w-maybe", "2013?", "war"),
    ("since-2014", "2014/..", "diplomacy"),
    ("a-2014", "2014", "arms"),
    ("w-march", "2014-03-12", "war"),
    ("d-2016", "2016-06", "diplomacy"),
  ])
  var corpus: Corpus { Self.corpus }

  @Test func theFixtureLoads() {
    #expect(corpus.errorCount == 0, "\(corpus.diagnostics.map(\.message))")
    #expect(corpus.events.count == 13)
  }

}

extension SwimlaneTests {
  func chart(_ width: Int = 80, _ height: Int = 24, ascii: Bool = true) -> SwimlaneChart {
    SwimlaneChart(corpus: corpus, ascii: ascii, width: width, height: height)
  }

  /// The grid row of a lane's first row.
  func laneRow(_ frame: SwimlaneFrame, _ chart: SwimlaneChart, _ id: String) -> Int {
    let lane = chart.lanes.firstIndex { $0.id == id }!
    return frame.laneRows.first { $0.lane == lane }!.row
  }

  @Test func eachCertaintyHasItsOwnGlyph() {
    for ascii in [false, true] {
      let glyphs = Certainty.allCases.map { $0.glyph(ascii: ascii) }
      #expect(Set(glyphs).count == glyphs.count)
      if ascii { #expect(glyphs.allSatisfy { $0.isASCII }) }
    }
    let chart = chart()
    var certainty: [String: Certainty] = [:]
    for (i, id) in chart.eventIDs.enumerated() { certainty[id] = chart.certainty(at: i) }
    #expect(certainty["w-2010"] == .exact)
    #expect(certainty["d-2011"] == .month)
    #expect(certainty["w-2012"] == .year)
    #expect(certainty["a-span"] == .year)
    #expect(certainty["w-circa"] == .approximate)
    #expect(certainty["w-maybe"] == .uncertain)
    #expect(certainty["since-2014"] == .open)
  }

  @Test func aFrameAtYearZoom() {
    var chart = chart(60, 14)
    chart.select(eventID: "w-2012")
    let frame = chart.frame()
    assertSnapshot(frame.grid.text, named: "swimlane-fixture-60x14-years")
    // The selected event's cells, and the cursor on its mark.
    let y = laneRow(frame, chart, "war")
    #expect(frame.cursor?.y == y)
    #expect(frame.grid[frame.cursor!.x, y].character == "o")
    #expect(frame.grid[frame.cursor!.x, y].cursor)
    #expect((0..<60).filter { frame.grid[$0, y].selected }.count == 6)
  }
}

extension SwimlaneTests {
  @Test func framesAtEachZoomAndSize() {
    for (width, height) in [(80, 24), (200, 60)] {
      for ascii in [false, true] {
        var chart = SwimlaneChart(corpus: bundled, ascii: ascii, width: width, height: height)
        chart.jump(toYear: 2014)
        for zoom in ChartZoom.allCases {
          chart.setZoom(zoom)
          let frame = chart.frame()
          #expect(frame.grid.width == width && frame.grid.height == height)
          #expect(chart.isInView(chart.selection!), "\(zoom)")
          #expect(frame.status.contains(chart.selectedEvent!.title.prefix(width == 80 ? 30 : 200)))
          #expect(frame.grid.cells.filter(\.cursor).count == 1)
          let name = "swimlane-bundled-\(width)x\(height)-\(zoom.name)\(ascii ? "-ascii" : "")"
          assertSnapshot(frame.grid.text, named: name)
          if ascii {
            for y in 0..<(height - 1) {
              #expect(frame.grid.row(y).allSatisfy { $0.isASCII }, "\(name) row \(y)")
            }
          }
        }
      }
    }
  }

  @Test func aDecadeOrMoreIsInViewAtYearZoomOn80Columns() {
    let chart = SwimlaneChart(corpus: bundled, width: 80, height: 24)
    #expect(chart.zoom == .years)
    #expect(chart.visibleTicks.count >= 10 * 48)
    let labels = chart.frame().grid.row(1).split(separator: " ").compactMap { Int($0) }
    #expect(labels.count >= 10)
    #expect(zip(labels, labels.dropFirst()).allSatisfy { $1 == $0 + 1 })
  }

  @Test func spansAreBarsClippedWithArrowsAndOpenEndsAreDotted() {
    var chart = chart(80, 14)
    chart.select(eventID: "d-2012b")
    chart.setZoom(.months)
    let frame = chart.frame()
    let arms = (0..<2).map { frame.grid.row(laneRow(frame, chart, "arms") + $0) }
    // 2011/2013 seen from mid-2012: it goes on beyond both edges.
    #expect(arms.contains { $0.hasPrefix("   |<====") && $0.hasSuffix("===>") })
    chart.setZoom(.years)
    let years = chart.frame()
    let diplomacy = (0..<3).map { years.grid.row(laneRow(years, chart, "diplomacy") + $0) }
    // "since 2014": the open glyph, then dots up to the last date shown (June 2016), no arrow.
    let open = diplomacy.first { $0.contains(":") }!
    let start = open.firstIndex(of: ":")!
    let dots = open[open.index(after: start)...].prefix { $0 == "." }
    #expect(dots.count == (2 * 6 + 2))
    #expect(!open.contains(">"))
  }

  @Test func theCursorStepsInTimeOrderAcrossLanes() {
    var chart = chart()
    var visited: [String] = []
    var lanes: Set<Int> = []
    chart.selectFirst()
    for _ in 0..<chart.count {
      visited.append(chart.selectedEventID!)
      lanes.insert(chart.laneIndex(at: chart.selection!))
      chart.selectNext()
    }
    #expect(visited == corpus.events.map(\.id))
    #expect(lanes.count == 3)
    #expect(chart.selectedEventID == corpus.events.last?.id)
    chart.selectPrevious()
    #expect(chart.selectedEventID == corpus.events.dropLast().last?.id)
    // Up and down: the nearest event in time in the next lane.
    chart.select(eventID: "w-2012")
    chart.selectInLane(offset: 1)
    #expect(chart.selectedEventID == "d-2012a")
    chart.selectInLane(offset: 1)
    #expect(chart.selectedEventID == "a-span")
    chart.selectInLane(offset: 1)
    #expect(chart.selectedEventID == "a-span")
  }

  @Test func zoomKeepsTheSelectedEventInView() {
    var chart = chart()
    for id in chart.eventIDs {
      for from in ChartZoom.allCases {
        for to in ChartZoom.allCases {
          chart.select(eventID: id)
          chart.setZoom(from)
          chart.setZoom(to)
          #expect(chart.isInView(chart.selection!), "\(id) \(from) → \(to)")
          #expect(chart.selectedEventID == id)
        }
      }
    }
    // Where nothing forces a scroll, the event keeps its column.
    var wide = SwimlaneChart(corpus: bundled, width: 120, height: 30)
    wide.jump(toYear: 2008)
    let column = wide.screenColumn(of: wide.selection!)
    wide.zoomIn()
    #expect(wide.zoom == .months)
    #expect(wide.screenColumn(of: wide.selection!) == column)
    wide.zoomOut()
    wide.zoomOut()
    #expect(wide.zoom == .decades)
    wide.zoomOut()
    #expect(wide.zoom == .decades)
  }

  @Test func panMovesTheViewNotTheSelection() {
    var chart = SwimlaneChart(corpus: bundled, ascii: true, width: 80, height: 24)
    chart.jump(toYear: 2008)
    let selected = chart.selectedEventID
    let first = chart.firstColumn
    chart.pan(columns: 5)
    #expect(chart.firstColumn == first + 5)
    chart.pan(pages: -1)
    #expect(chart.firstColumn == first + 5 - (chart.timeWidth * 3 / 4))
    #expect(chart.selectedEventID == selected)
    // Far away, the next step selects the first event in view.
    chart.pan(pages: -3)
    #expect(!chart.isInView(chart.selection!))
    chart.selectNext()
    #expect(chart.isInView(chart.selection!))
    // Panning stops a margin beyond the last date.
    chart.pan(columns: 10_000)
    let last = chart.firstColumn
    chart.pan(columns: 1)
    #expect(chart.firstColumn == last)
  }

  @Test func jumpToAYearSkipsOpenRangesAndShowsTheYear() {
    var chart = chart()
    let landing = chart.jump(toYear: 2014)
    #expect(landing?.exact == true)
    #expect(chart.selectedEventID == "a-2014")
    #expect(chart.visibleTicks.contains(TimeTicks.tick(year: 2014)))
    #expect(chart.jump(toYear: 2015)?.year == 2016)
    #expect(chart.selectedEventID == "d-2016")
    #expect(chart.jump(toYear: 2030) == nil)
    #expect(chart.selectedEventID == "d-2016")
  }

  @Test func eventsSharingACellShowACountAndTheCursorStepsThroughThem() {
    let crowded = chartCorpus(
      (1...5).map { ("c\($0)", "2012-06-0\($0)", "arms") } + [("w", "2012-01-01", "war")]
        + (1...20).map { ("z\($0)", "2015-03-\(String(format: "%02d", $0))", "diplomacy") })
    var chart = SwimlaneChart(corpus: crowded, ascii: true, width: 60, height: 8)
    chart.setZoom(.decades)
    chart.select(eventID: "c1")
    let frame = chart.frame()
    // Four lane rows: one each, the spare one to the most crowded lane.
    let arms = laneRow(frame, chart, "arms")
    let diplomacy = laneRow(frame, chart, "diplomacy")
    #expect(frame.laneRows.map(\.rows) == [1, 2, 1])
    #expect(frame.grid[frame.cursor!.x, arms].character == "5")
    #expect(frame.grid[frame.cursor!.x, arms].role == .count)
    // Twenty in one cell over two rows: ten or more shows as #.
    #expect(frame.grid.row(diplomacy).contains("#"))
    #expect(frame.grid.row(diplomacy + 1).contains("#"))
    #expect(frame.cellMates.map(chart.eventID(at:)) == ["c1", "c2", "c3", "c4", "c5"])
    #expect(frame.status.contains("1 of 5 here"))
    chart.selectInCell()
    #expect(chart.selectedEventID == "c2")
    #expect(chart.frame().status.contains("2 of 5 here"))
    chart.selectInCell(forward: false)
    chart.selectInCell(forward: false)
    #expect(chart.selectedEventID == "c5")
    chart.selectInCell()
    #expect(chart.selectedEventID == "c1")
    // In time order the cursor goes through all five, then on to the next lane's event.
    var order: [String] = []
    for _ in 0..<6 {
      order.append(chart.selectedEventID!)
      chart.selectNext()
    }
    #expect(order == ["c1", "c2", "c3", "c4", "c5", "z1"])
    // With more rows the crowd is stacked instead.
    var tall = SwimlaneChart(corpus: crowded, ascii: true, width: 60, height: 40)
    tall.setZoom(.decades)
    tall.select(eventID: "c1")
    #expect(tall.frame().cellMates.count < 5)
  }

  @Test func theListTimelinesFiltersApply() {
    var chart = chart()
    chart.select(eventID: "w-2012")
    chart.setFilter(EventFilter(lanes: ["war"]))
    #expect(chart.lanes.map(\.id) == ["war"])
    #expect(chart.selectedEventID == "w-2012")
    #expect(Set(chart.eventIDs) == ["w-2010", "w-2012", "w-circa", "w-maybe", "w-march"])
    chart.setFilter(EventFilter(tags: ["t-diplomacy"]))
    // The selection left the filter: the next event from its date is selected.
    #expect(chart.selectedEventID == "d-2012a")
    chart.setFilter(
      EventFilter(from: try! EDTFDate.parse("2014").get(), to: try! EDTFDate.parse("2015").get()))
    #expect(Set(chart.eventIDs) == ["since-2014", "a-2014", "w-march"])
    #expect(chart.eventIDs == corpus.events.map(\.id).filter(Set(chart.eventIDs).contains))
    chart.setFilter(EventFilter(actors: ["nobody"]))
    #expect(chart.count == 0 && chart.selection == nil)
    #expect(chart.frame().status == "No events match the filter")
    chart.setFilter(EventFilter(sources: ["s"]))
    #expect(chart.count == 13)
  }

  @Test func theStatusLineNamesDateLaneAndTitle() {
    var chart = chart(100, 24)
    chart.select(eventID: "w-march")
    let status = chart.frame().status
    #expect(status.hasPrefix("12 Mar 2014 · WAR War · Event w-march"))
    #expect(status.hasSuffix("12/13 · years"))
    #expect(ChartText.width(status) == 100)
  }

  @Test func theLegendExplainsEveryGlyphAt80Columns() {
    for ascii in [false, true] {
      let frame = SwimlaneChart(corpus: corpus, ascii: ascii, width: 80, height: 24).frame()
      let legend = frame.grid.row(22)
      for certainty in Certainty.allCases {
        #expect(legend.contains(certainty.glyph(ascii: ascii)), "\(certainty)")
      }
      for word in ["span", "more", "count"] { #expect(legend.contains(word)) }
    }
  }

  @Test func theOverviewMarksTheView() {
    var chart = chart(80, 24)
    let y = 21
    #expect(chart.frame().grid.row(y).hasPrefix("all "))
    chart.setZoom(.decades)
    let all = chart.frame().grid
    #expect((4..<80).allSatisfy { all[$0, y].role == .densityWindow })
    chart.setZoom(.months)
    let part = chart.frame().grid
    #expect((4..<80).contains { part[$0, y].role == .density })
    #expect(part.row(y).contains("[") || part.row(y).contains("]"))
  }

  @Test func eraBandsAreLabelledAndBehindTheLanes() {
    let frame = chart(80, 24).frame()
    #expect(frame.grid.row(0).contains("Before"))
    #expect(frame.grid.row(0).contains("|After"))
    let x = frame.grid.row(0).firstIndex(of: "|").map {
      frame.grid.row(0).distance(from: frame.grid.row(0).startIndex, to: $0)
    }!
    #expect(frame.grid[x, 0].band == 1)
    #expect(frame.grid[x - 1, 0].band == 0)
    #expect(frame.grid[x, 4].band == 1)
  }
}

extension SwimlaneTests {
  @Test func anySizeAndAnEmptyChartLayOut() {
    for (width, height) in [(1, 1), (5, 3), (10, 4), (20, 6), (30, 9), (300, 100)] {
      var chart = SwimlaneChart(corpus: bundled, width: width, height: height)
      for zoom in ChartZoom.allCases {
        chart.setZoom(zoom)
        chart.selectNext()
        let frame = chart.frame()
        #expect(frame.grid.width == width && frame.grid.height == height)
      }
      var matrix = ClaimsMatrix(corpus: bundled, width: width, height: height)
      matrix.moveDown()
      #expect(matrix.layout().height == height)
    }
    var empty = SwimlaneChart(corpus: chartCorpus([]), width: 80, height: 24)
    empty.selectNext()
    empty.zoomIn()
    empty.pan(pages: 1)
    #expect(empty.jump(toYear: 2000) == nil)
    #expect(empty.selection == nil)
    #expect(empty.frame().status == "No events")
    #expect(ClaimsMatrix(corpus: chartCorpus([])).detail == nil)
  }

  @Test func manyLanesScrollToTheSelectedOne() {
    var chart = SwimlaneChart(corpus: bundled, width: 80, height: 10)
    let last = chart.eventIDs.indices.max { chart.laneIndex(at: $0) < chart.laneIndex(at: $1) }!
    chart.select(last)
    let frame = chart.frame()
    #expect(frame.laneRows.count < chart.lanes.count)
    #expect(frame.laneRows.contains { $0.lane == chart.laneIndex(at: last) })
    #expect(frame.cursor != nil)
  }
}
