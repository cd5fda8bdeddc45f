import DossierModel

/// A lane of the chart: a manifest lane, or "other" for events whose lane the manifest lacks.
public struct ChartLane: Sendable, Hashable {
  public var id: String
  public var name: String
  public var short: String
}

/// The swimlane timeline: lanes as rows, time as columns, era bands behind, events as marks and
/// spans as bars; with a zoom, a viewport, and a cursor that steps from event to event in time
/// order across lanes. A value type: keys mutate it, ``frame()`` lays out one frame.
///
/// Events are those of the corpus that pass an ``EventFilter`` (the list timeline's filter), in
/// date order; undated events (a range open at both ends) are left out and counted in
/// ``undatedCount``.
public struct SwimlaneChart: Sendable {
  /// One dated event, placed in ticks.
  struct Item: Sendable {
    var event: Int32
    var lane: Int16
    /// First tick; `Int.min` when the start is open.
    var start: Int
    /// Last tick; `Int.max` when the end is open.
    var end: Int
    /// Where the mark goes: the first known point.
    var anchor: Int
    var isSpan: Bool
    var openStart: Bool
    var openEnd: Bool
    /// The mark's glyph, and the glyph of a span's end.
    var startGlyph: Certainty
    var endGlyph: Certainty
    /// The date's certainty as a whole (the least certain end).
    var certainty: Certainty
  }

  public let corpus: Corpus
  public private(set) var filter: EventFilter
  /// The events to show, by index in ``Corpus/events`` in date order, when another filter
  /// chose them (the list's `/` filter); nil for every event that passes ``filter``.
  public private(set) var chosen: [Int32]?
  public private(set) var lanes: [ChartLane]
  var items: [Item] = []
  /// Events counted per month of their mark, from `histogramStart`, for the overview.
  var histogram: [Int32] = []
  var histogramStart = 0
  public private(set) var undatedCount = 0
  /// Events no longer than ``shortSpan`` ticks, by position, with their first ticks (in
  /// order); the others (long spans and open ranges) by position.
  var shortPositions: [Int32] = []
  var shortStarts: [Int] = []
  var longPositions: [Int32] = []
  /// Five years, in ticks.
  static let shortSpan = 5 * 48
  /// The first and last tick of the events shown (where open ends stop).
  public private(set) var timeSpan: (first: Int, last: Int) = (0, 0)
  /// Plain ASCII glyphs instead of Unicode ones.
  public var ascii: Bool
  public private(set) var zoom: ChartZoom = .years
  /// The first column of the view, counted in columns of the zoom from tick 0.
  public private(set) var firstColumn = 0
  /// The selected event, by position in ``eventIDs``.
  public private(set) var selection: Int?
  public private(set) var width: Int
  public private(set) var height: Int

  public init(
    corpus: Corpus, filter: EventFilter = EventFilter(), ascii: Bool = false, width: Int = 80,
    height: Int = 24
  ) {
    self.corpus = corpus
    self.filter = filter
    self.ascii = ascii
    self.width = max(1, width)
    self.height = max(1, height)
    lanes = []
    rebuild()
    if !items.isEmpty {
      selection = 0
      firstColumn = column(items[0].anchor) - margin
      clampView()
    }
  }

  // MARK: Events

  /// How many events the chart shows.
  public var count: Int { items.count }

  /// The id of the event at `position` (in date order).
  public func eventID(at position: Int) -> String { corpus.events[Int(items[position].event)].id }

  /// The ids of the events shown, in date order.
  public var eventIDs: [String] { items.map { corpus.events[Int($0.event)].id } }

  /// The selected event's id.
  public var selectedEventID: String? { selection.map(eventID(at:)) }

  /// The selected event.
  public var selectedEvent: Event? { selection.map { corpus.events[Int(items[$0].event)] } }

  /// The certainty of the event at `position`.
  public func certainty(at position: Int) -> Certainty { items[position].certainty }

  /// The index in ``Corpus/events`` of the event at `position`.
  public func eventIndex(at position: Int) -> Int { Int(items[position].event) }

  /// The lane index (in ``lanes``) of the event at `position`.
  public func laneIndex(at position: Int) -> Int { Int(items[position].lane) }

  /// Replaces the filter; the selected event stays selected if it passes, else the nearest
  /// event at or after its date is.
  /// `events`, when given, are the events to show (indices in ``Corpus/events``, in date order,
  /// already chosen by `filter` and any other filter); the lanes still follow `filter`.
  public mutating func setFilter(_ filter: EventFilter, events: [Int]? = nil) {
    let old = selection.map { items[$0] }
    self.filter = filter
    chosen = events.map { $0.map(Int32.init) }
    rebuild()
    selection = nil
    guard !items.isEmpty else { return }
    if let old {
      if let same = items.firstIndex(where: { $0.event == old.event }) {
        select(same)
      } else {
        select(items.firstIndex { $0.anchor >= old.anchor } ?? items.count - 1)
      }
    } else {
      select(0)
    }
  }

  private mutating func rebuild() {
    let manifestLanes = corpus.manifest.lanes.filter {
      filter.lanes.isEmpty || filter.lanes.contains($0.id)
    }
    lanes = manifestLanes.map { ChartLane(id: $0.id, name: $0.name, short: $0.short) }
    var laneIndex: [String: Int16] = [:]
    for (i, lane) in lanes.enumerated() { laneIndex[lane.id] = Int16(i) }
    items = []
    items.reserveCapacity(chosen?.count ?? (filter.isEmpty ? corpus.events.count : 256))
    undatedCount = 0
    var otherLane: Int16?
    let candidates: [Int32] =
      chosen
      ?? corpus.events.indices.lazy.filter { [filter, corpus] in
        filter.isEmpty || filter.matches(corpus.events[$0], in: corpus)
      }.map(Int32.init)
    for e32 in candidates {
      let e = Int(e32)
      let event = corpus.events[e]
      guard var item = Self.item(event.date, event: e) else {
        undatedCount += 1
        continue
      }
      if let lane = laneIndex[event.lane] {
        item.lane = lane
      } else {
        if otherLane == nil {
          otherLane = Int16(lanes.count)
          lanes.append(ChartLane(id: "", name: "Other lanes", short: "?"))
        }
        item.lane = otherLane!
      }
      items.append(item)
    }
    var low = Int.max
    var high = Int.min
    for item in items {
      let month = TimeTicks.monthIndex(of: item.anchor)
      low = min(low, month)
      high = max(high, month)
    }
    var first = Int.max
    var last = Int.min
    for item in items {
      first = min(first, item.start == Int.min ? item.anchor : item.start)
      last = max(last, item.end == Int.max ? item.anchor : item.end)
    }
    timeSpan = first <= last ? (first, last) : (0, 0)
    shortPositions = []
    shortStarts = []
    longPositions = []
    var previousStart = Int.min
    for (i, item) in items.enumerated() {
      // Short events in date order have non-decreasing starts; any other goes in the long list.
      if !item.openStart, !item.openEnd, item.end - item.start <= Self.shortSpan,
        item.start >= previousStart
      {
        shortPositions.append(Int32(i))
        shortStarts.append(item.start)
        previousStart = item.start
      } else {
        longPositions.append(Int32(i))
      }
    }
    histogram = []
    histogramStart = 0
    if low <= high {
      histogramStart = low
      histogram = Array(repeating: 0, count: high - low + 1)
      for item in items { histogram[TimeTicks.monthIndex(of: item.anchor) - low] += 1 }
    }
  }

  /// The placement of a date; nil when it has no known point.
  static func item(_ date: EDTFDate, event: Int) -> Item? {
    func make(
      _ start: Int, _ end: Int, _ anchor: Int, span: Bool, openStart: Bool = false,
      openEnd: Bool = false, _ a: Certainty, _ b: Certainty, _ whole: Certainty
    ) -> Item {
      Item(
        event: Int32(event), lane: 0, start: start, end: end, anchor: anchor, isSpan: span,
        openStart: openStart, openEnd: openEnd, startGlyph: a, endGlyph: b, certainty: whole)
    }
    switch date.value {
    case .single(let p):
      let c = Certainty(p)
      return make(TimeTicks.first(p), TimeTicks.last(p), TimeTicks.first(p), span: false, c, c, c)
    case .range(.point(let a), .point(let b)):
      let ca = Certainty(a)
      let cb = Certainty(b)
      return make(
        TimeTicks.first(a), max(TimeTicks.last(b), TimeTicks.first(a)), TimeTicks.first(a),
        span: true, ca, cb, max(ca, cb))
    case .range(.point(let a), .open):
      return make(
        TimeTicks.first(a), Int.max, TimeTicks.first(a), span: true, openEnd: true, .open, .open,
        .open)
    case .range(.open, .point(let b)):
      return make(
        Int.min, TimeTicks.last(b), TimeTicks.first(b), span: true, openStart: true, .open, .open,
        .open)
    case .range(.point(let a), .unknown):
      return make(
        TimeTicks.first(a), TimeTicks.last(a), TimeTicks.first(a), span: false, .uncertain,
        .uncertain, .uncertain)
    case .range(.unknown, .point(let b)):
      return make(
        TimeTicks.first(b), TimeTicks.last(b), TimeTicks.first(b), span: false, .uncertain,
        .uncertain, .uncertain)
    case .range:
      return nil
    }
  }

  // MARK: Geometry

  /// Where the parts of a frame go.
  struct Geometry {
    var gutter: Int
    var timeWidth: Int
    var eraRow: Int
    var majorRow: Int
    var minorRow: Int
    var laneTop: Int
    var laneRows: Int
    var overviewRow: Int?
    var legendRows: Range<Int>
    var statusRow: Int
  }

  var geometry: Geometry {
    let labelWidth = lanes.map { ChartText.width($0.short) }.max() ?? 1
    let gutter = min(max(labelWidth, 3) + 1, max(0, width - 1))
    let roomy = height >= 10
    let legendCount = height >= 40 ? 2 : roomy ? 1 : 0
    let statusRow = height - 1
    let legendTop = statusRow - legendCount
    let overviewRow = roomy ? legendTop - 1 : nil
    let laneBottom = overviewRow ?? statusRow
    let top = height >= 5 ? 3 : 0
    return Geometry(
      gutter: gutter, timeWidth: max(1, width - gutter), eraRow: height >= 5 ? 0 : -1,
      majorRow: height >= 5 ? 1 : -1, minorRow: height >= 5 ? 2 : -1, laneTop: top,
      laneRows: max(0, laneBottom - top), overviewRow: overviewRow,
      legendRows: legendTop..<statusRow, statusRow: statusRow)
  }

  /// Columns of the view given to time.
  public var timeWidth: Int { geometry.timeWidth }

  /// The first and last tick in view.
  public var visibleTicks: ClosedRange<Int> {
    let tpc = zoom.ticksPerColumn
    return (firstColumn * tpc)...((firstColumn + timeWidth) * tpc - 1)
  }

  func column(_ tick: Int) -> Int { floorDiv(tick, zoom.ticksPerColumn) }

  /// The view's column (0 = first time column) of the event at `position`'s mark.
  public func screenColumn(of position: Int) -> Int { column(items[position].anchor) - firstColumn }

  /// Whether the mark of the event at `position` is in view.
  public func isInView(_ position: Int) -> Bool {
    let c = screenColumn(of: position)
    return c >= 0 && c < timeWidth
  }

  // MARK: Moving

  public mutating func resize(width: Int, height: Int) {
    self.width = max(1, width)
    self.height = max(1, height)
    clampView()
    scrollToSelection()
  }

  /// Selects the event at `position` and scrolls it into view.
  public mutating func select(_ position: Int) {
    guard position >= 0, position < items.count else { return }
    selection = position
    scrollToSelection()
  }

  /// Selects an event by id; false when the chart does not show it.
  @discardableResult
  public mutating func select(eventID id: String) -> Bool {
    guard let e = corpus.index.eventByID[id],
      let position = items.firstIndex(where: { $0.event == Int32(e) })
    else { return false }
    select(position)
    return true
  }

  /// The next event in time order, across lanes; from outside the view, the first in view.
  public mutating func selectNext() {
    guard let current = selection else { return select(0) }
    if !isInView(current), let first = items.indices.first(where: isInView) {
      return select(first)
    }
    select(min(current + 1, items.count - 1))
  }

  /// The previous event in time order; from outside the view, the last in view.
  public mutating func selectPrevious() {
    guard let current = selection else { return select(items.count - 1) }
    if !isInView(current), let last = items.indices.last(where: isInView) {
      return select(last)
    }
    select(max(current - 1, 0))
  }

  public mutating func selectFirst() { select(0) }
  public mutating func selectLast() { select(items.count - 1) }

  /// The event nearest in time in the next lane up (`offset` −1) or down (+1) that has events.
  public mutating func selectInLane(offset: Int) {
    guard let current = selection, offset != 0 else { return }
    let anchor = items[current].anchor
    var lane = Int(items[current].lane) + offset
    while lane >= 0, lane < lanes.count {
      var best: Int?
      for (i, item) in items.enumerated() where Int(item.lane) == lane {
        if best == nil || abs(item.anchor - anchor) < abs(items[best!].anchor - anchor) { best = i }
      }
      if let best { return select(best) }
      lane += offset
    }
  }

  /// The next (or previous) event sharing the selected event's cell, round.
  public mutating func selectInCell(forward: Bool = true) {
    let mates = frame().cellMates
    guard mates.count > 1, let current = selection, let at = mates.firstIndex(of: current) else {
      return
    }
    let next = (at + (forward ? 1 : mates.count - 1)) % mates.count
    selection = mates[next]
  }

  public mutating func zoomIn() { if let z = zoom.finer { setZoom(z) } }
  public mutating func zoomOut() { if let z = zoom.coarser { setZoom(z) } }

  /// Changes the zoom, keeping the selected event where it is on screen (or the view's middle
  /// in place when the selection is out of view).
  public mutating func setZoom(_ new: ChartZoom) {
    guard new != zoom else { return }
    let w = timeWidth
    if let s = selection, isInView(s) {
      let offset = screenColumn(of: s)
      zoom = new
      firstColumn = column(items[s].anchor) - offset
      clampView()
      scrollToSelection()
    } else {
      let middle = (firstColumn + w / 2) * zoom.ticksPerColumn
      zoom = new
      firstColumn = column(middle) - w / 2
      clampView()
    }
  }

  /// Moves the view by `columns` (negative: back in time), no further than a margin beyond
  /// the first and last dates; the selection stays.
  public mutating func pan(columns: Int) {
    firstColumn += columns
    clampView()
  }

  /// Moves the view by `pages` of three quarters of its width.
  public mutating func pan(pages: Int) { pan(columns: pages * max(1, timeWidth * 3 / 4)) }

  /// Keeps the view within a margin of the events' first and last dates; when they all fit,
  /// the first is near the left edge.
  mutating func clampView() {
    guard !items.isEmpty else { return }
    let low = column(timeSpan.first) - margin
    let high = column(timeSpan.last) + margin - (timeWidth - 1)
    firstColumn = high < low ? low : min(max(firstColumn, low), high)
  }

  /// Selects the first event of `year` (open ranges skipped, as the list's year jump does) and
  /// shows the year from near the left edge. Nil, and nothing changes, when no event starts in
  /// or after `year`.
  @discardableResult
  public mutating func jump(toYear year: Int) -> YearLanding? {
    guard
      let landing = Corpus.firstEvent(
        ofYear: year, count: items.count, date: { corpus.events[Int(items[$0].event)].date })
    else { return nil }
    selection = landing.index
    firstColumn = column(TimeTicks.tick(year: landing.year)) - margin
    clampView()
    scrollToSelection()
    return landing
  }

  var margin: Int { min(4, timeWidth / 8) }

  /// Scrolls the least needed to show the selected event's mark, `margin` columns from the edge.
  mutating func scrollToSelection() {
    guard let s = selection else { return }
    let c = column(items[s].anchor)
    let w = timeWidth
    if c < firstColumn + margin {
      firstColumn = c - margin
    } else if c > firstColumn + w - 1 - margin {
      firstColumn = c - (w - 1 - margin)
    }
  }
}
