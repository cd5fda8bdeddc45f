import DossierModel

/// Laying out a frame: the era bands and axis, the lanes' rows, the events packed into them
/// with their marks and counts, the selection and its cursor, then the rows below the lanes.
extension SwimlaneChart {
  /// Lays out one frame at the chart's size.
  public func frame() -> SwimlaneFrame {
    var grid = ChartGrid(width: width, height: height)
    let g = geometry
    let w = g.timeWidth
    let x0 = g.gutter
    let tpc = zoom.ticksPerColumn
    let ticks = visibleTicks
    let glyphs = Glyphs(ascii: ascii)

    // Era bands: which era is behind each column.
    var band = [Int16](repeating: -1, count: w)
    for (i, era) in corpus.manifest.eras.enumerated() {
      guard let (first, last) = Self.tickRange(era.dates) else { continue }
      let c0 = first == Int.min ? 0 : max(0, floorDiv(first, tpc) - firstColumn)
      let c1 = min(w - 1, last == Int.max ? w - 1 : floorDiv(last, tpc) - firstColumn)
      if c0 <= c1 { for c in c0...c1 { band[c] = Int16(i) } }
    }
    if g.eraRow >= 0 { drawEras(&grid, g, band) }
    if g.majorRow >= 0 { drawAxis(&grid, g) }

    // Lanes: rows for each, from the height available.
    let visible = visiblePositions()
    let placement = laneLayout(g, visible)
    var rowOfLane = [Int](repeating: -1, count: lanes.count)
    var rowsOfLane = [Int](repeating: 0, count: lanes.count)
    for entry in placement {
      rowOfLane[entry.lane] = entry.row
      rowsOfLane[entry.lane] = entry.rows
      let label = ChartText.truncate(lanes[entry.lane].short, x0 - 1, ellipsis: glyphs.ellipsis)
      grid.put(label, x: 0, y: entry.row, role: .laneLabel)
      for r in 0..<entry.rows {
        grid[x0 - 1, entry.row + r] = ChartCell(glyphs.separator, .axis)
        for c in 0..<w { grid[x0 + c, entry.row + r] = ChartCell(" ", .blank, band: band[c]) }
      }
    }

    // Items: pack into the lanes' rows, draw bodies, count marks.
    let cellsCount = g.laneRows * w
    var priority = [UInt8](repeating: 0, count: max(0, cellsCount))
    var markCount = [Int32](repeating: 0, count: max(0, cellsCount))
    var markFirst = [Int32](repeating: -1, count: max(0, cellsCount))
    // Per lane row (flat, by grid row from the lanes' top): the last column used and the
    // events placed, for packing.
    var lastEnd = [Int](repeating: Int.min, count: g.laneRows)
    var held = [Int32](repeating: 0, count: g.laneRows)
    var selectedPlace: (row: Int, c0: Int, c1: Int, anchor: Int?)?
    var mates: [Int] = []
    var selectedRowCol: (Int, Int)?

    func set(_ row: Int, _ c: Int, _ p: UInt8, _ ch: Character, _ role: ChartRole) {
      let k = row * w + c
      guard p >= priority[k] else { return }
      priority[k] = p
      grid[x0 + c, g.laneTop + row] = ChartCell(ch, role, band: band[c])
    }

    let firstTick = ticks.lowerBound
    let lastTick = ticks.upperBound
    // Only events with their mark in the selected event's column can share its cell.
    let selectedColumn = selection.map { floorDiv(items[$0].anchor, tpc) - firstColumn }
    var sameColumn: [(row: Int, position: Int)] = []
    for p in visible {
      let position = Int(p)
      let item = items[position]
      // Open ends reach the first or last date of the events shown, no further.
      let start = item.start == Int.min ? min(timeSpan.first, item.anchor) : item.start
      let end = item.end == Int.max ? max(timeSpan.last, item.anchor) : item.end
      guard end >= firstTick, start <= lastTick else { continue }
      let laneRow = rowOfLane[Int(item.lane)]
      guard laneRow >= 0 else { continue }
      let sc = floorDiv(start, tpc) - firstColumn
      let ec = floorDiv(end, tpc) - firstColumn
      let ac = floorDiv(item.anchor, tpc) - firstColumn
      let c0 = max(sc, 0)
      let c1 = min(ec, w - 1)
      // The first sub-row free from c0 on (marks from the top, bars from the bottom); else the
      // one freed earliest, then the one holding fewest events.
      let base = laneRow - g.laneTop
      let rowCount = rowsOfLane[Int(item.lane)]
      var sub = -1
      for k in 0..<rowCount {
        let r = item.isSpan ? rowCount - 1 - k : k
        if lastEnd[base + r] < c0 {
          sub = r
          break
        }
      }
      if sub < 0 {
        sub = 0
        for r in 1..<max(1, rowCount)
        where (lastEnd[base + r], held[base + r]) < (lastEnd[base + sub], held[base + sub]) {
          sub = r
        }
      }
      lastEnd[base + sub] = max(lastEnd[base + sub], c1)
      held[base + sub] += 1
      let row = laneRow - g.laneTop + sub

      if item.isSpan {
        if item.openEnd {
          if c0 + 1 <= c1 { for c in (c0 + 1)...c1 { set(row, c, 2, glyphs.open, .open) } }
        } else if item.openStart {
          if c0 <= c1 - 1 { for c in c0...(c1 - 1) { set(row, c, 2, glyphs.open, .open) } }
        }
        if !item.openStart && !item.openEnd, c0 <= c1 {
          for c in c0...c1 { set(row, c, 2, glyphs.bar, .bar) }
          if ec < w, ec > sc, ec >= 0 { set(row, ec, 3, item.endGlyph.glyph(ascii: ascii), .mark) }
        }
        if !item.openStart, sc < 0, c1 >= 0 { set(row, 0, 3, glyphs.left, .continuation) }
        if !item.openEnd, ec >= w, c0 < w { set(row, w - 1, 3, glyphs.right, .continuation) }
      } else if ec > sc, c0 <= c1 {
        for c in c0...c1 where c != ac { set(row, c, 1, glyphs.extent, .extent) }
      }
      if ac >= 0, ac < w {
        let k = row * w + ac
        markCount[k] += 1
        if markFirst[k] < 0 { markFirst[k] = Int32(position) }
      }
      if position == selection {
        selectedPlace = (row, c0, c1, ac >= 0 && ac < w ? ac : nil)
        if ac >= 0, ac < w { selectedRowCol = (row, ac) }
      }
      if ac == selectedColumn { sameColumn.append((row, position)) }
    }
    // Marks and counts over the bodies.
    for k in 0..<cellsCount where markCount[k] > 0 {
      let row = k / w
      let c = k % w
      let n = Int(markCount[k])
      if n == 1 {
        let item = items[Int(markFirst[k])]
        set(row, c, 4, item.startGlyph.glyph(ascii: ascii), .mark)
      } else {
        set(row, c, 5, n <= 9 ? Character(String(n)) : "#", .count)
      }
    }
    var cursor: (x: Int, y: Int)?
    if let place = selectedPlace {
      let y = g.laneTop + place.row
      if place.c0 <= place.c1 {
        for c in place.c0...place.c1 where priority[place.row * w + c] > 0 {
          grid[x0 + c, y].selected = true
        }
      }
      let x = x0 + (place.anchor ?? (place.c0 > 0 ? place.c0 : place.c1 < w - 1 ? place.c1 : 0))
      grid[x, y].selected = true
      grid[x, y].cursor = true
      cursor = (x, y)
    }
    if let (row, ac) = selectedRowCol {
      mates = sameColumn.filter { $0.row == row && ac >= 0 }.map(\.position)
    }
    if mates.isEmpty, let s = selection { mates = [s] }

    if let row = g.overviewRow { drawOverview(&grid, g, row, glyphs) }
    drawLegend(&grid, g, glyphs)
    let status = statusLine(mates: mates)
    grid.put(status, x: 0, y: g.statusRow, role: .status)
    return SwimlaneFrame(
      grid: grid, cursor: cursor, cellMates: mates, status: status,
      laneRows: placement.map { ($0.lane, $0.row, $0.rows) })
  }

  /// The positions of the events that may show in the view, in date order: the short ones by
  /// a binary search on their start, the long and open ones by a scan of their (short) list.
  func visiblePositions() -> [Int32] {
    let ticks = visibleTicks
    let starts = shortStarts
    func firstIndex(_ tick: Int) -> Int {
      var low = 0
      var high = starts.count
      while low < high {
        let mid = (low + high) / 2
        if starts[mid] < tick { low = mid + 1 } else { high = mid }
      }
      return low
    }
    let from = firstIndex(ticks.lowerBound - Self.shortSpan)
    let to = firstIndex(ticks.upperBound + 1)
    var short = shortPositions[from..<to].filter { items[Int($0)].end >= ticks.lowerBound }
    guard !longPositions.isEmpty else { return short }
    let long = longPositions.filter { p in
      let item = items[Int(p)]
      let start = item.start == Int.min ? min(timeSpan.first, item.anchor) : item.start
      let end = item.end == Int.max ? max(timeSpan.last, item.anchor) : item.end
      return end >= ticks.lowerBound && start <= ticks.upperBound
    }
    guard !long.isEmpty else { return short }
    short.append(contentsOf: long)
    short.sort()
    return short
  }

  /// Rows for each lane: one each at least, the rest to the lanes with the most events in view;
  /// when the lanes outnumber the rows, a window of lanes that holds the selected one.
  func laneLayout(_ g: Geometry, _ visible: [Int32]) -> [(lane: Int, row: Int, rows: Int)] {
    let n = lanes.count
    guard n > 0, g.laneRows > 0 else { return [] }
    if n > g.laneRows {
      let selectedLane = selection.map { Int(items[$0].lane) } ?? 0
      let start = max(0, min(selectedLane - g.laneRows / 2, n - g.laneRows))
      return (0..<g.laneRows).map { (start + $0, g.laneTop + $0, 1) }
    }
    var rows = [Int](repeating: 1, count: n)
    var spare = g.laneRows - n
    if spare > 0 {
      // Demand: the most marks of a lane in any one column in view, up to the spare rows.
      let tpc = zoom.ticksPerColumn
      let ticks = visibleTicks
      var demand = [Int](repeating: 1, count: n)
      var lastColumn = [Int](repeating: Int.min, count: n)
      var run = [Int](repeating: 0, count: n)
      for p in visible {
        let item = items[Int(p)]
        let lane = Int(item.lane)
        let c = floorDiv(max(item.start, ticks.lowerBound), tpc)
        run[lane] = c == lastColumn[lane] ? run[lane] + 1 : 1
        lastColumn[lane] = c
        demand[lane] = max(demand[lane], run[lane] + (item.isSpan ? 1 : 0))
      }
      let cap = max(1, g.laneRows / max(1, n) * 2)
      while spare > 0 {
        var best = -1
        for l in 0..<n where rows[l] < min(demand[l], cap) {
          if best < 0 || demand[l] - rows[l] > demand[best] - rows[best] { best = l }
        }
        guard best >= 0 else { break }
        rows[best] += 1
        spare -= 1
      }
    }
    var result: [(Int, Int, Int)] = []
    var y = g.laneTop
    for l in 0..<n {
      result.append((l, y, rows[l]))
      y += rows[l]
    }
    return result
  }
}
