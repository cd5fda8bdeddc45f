import DossierModel

/// Building the chart's items from the corpus: which events show, in which lane, placed in
/// ticks, and the indexes that find the ones in view quickly.
extension SwimlaneChart {
  /// Recomputes the lanes, the placed items, the undated count, the time span, the short and
  /// long position lists and the overview's histogram from the corpus and the filter.
  mutating func rebuild() {
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
}
