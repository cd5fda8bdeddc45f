import DossierModel

/// The rows below the lanes: the overview strip, the legend and the status line.
extension SwimlaneChart {
  /// The status line: "12 Mar 2014 · DIP Diplomacy · Title   2 of 3 here · 45/210 · years".
  func statusLine(mates: [Int]) -> String {
    guard let s = selection else {
      return count == 0 ? "No events" + (filter.isEmpty ? "" : " match the filter") : ""
    }
    let event = corpus.events[Int(items[s].event)]
    let lane = lanes[Int(items[s].lane)]
    var right = ""
    if mates.count > 1, let at = mates.firstIndex(of: s) {
      right += "\(at + 1) of \(mates.count) here · "
    }
    right += "\(s + 1)/\(count) · \(zoom.name)"
    let room = width - ChartText.width(right) - 2
    var left = "\(event.dateLabel) · \(lane.short) \(lane.name) · \(event.title)"
    if ChartText.width(left) > room {
      // Short of room: a long worded date is cut first, and the lane goes by its short label.
      let date = ChartText.truncate(event.dateLabel, max(10, room / 4), ellipsis: ascii ? "." : "…")
      left = "\(date) · \(lane.short) · \(event.title)"
    }
    let dots: Character = ascii ? "." : "…"
    guard room >= 12 else { return ChartText.truncate(left, width, ellipsis: dots) }
    let shown = ChartText.truncate(left, room, ellipsis: dots)
    return shown
      + String(repeating: " ", count: width - ChartText.width(shown) - ChartText.width(right))
      + right
  }

  /// The overview: how many events fall in each stretch of the whole time range, the stretch in
  /// view between brackets.
  func drawOverview(_ grid: inout ChartGrid, _ g: Geometry, _ y: Int, _ glyphs: Glyphs) {
    grid.put("all", x: 0, y: y, role: .laneLabel, limit: g.gutter - 1)
    let w = g.timeWidth
    guard !histogram.isEmpty else { return }
    let months = histogram.count
    var columns = [Int](repeating: 0, count: w)
    for (m, n) in histogram.enumerated() where n > 0 { columns[m * w / months] += Int(n) }
    let top = columns.max() ?? 0
    let ticks = visibleTicks
    let view0 = TimeTicks.monthIndex(of: ticks.lowerBound) - histogramStart
    let view1 = TimeTicks.monthIndex(of: ticks.upperBound) - histogramStart
    let w0 = floorDiv(view0 * w, months)
    let w1 = floorDiv(view1 * w, months)
    for c in 0..<w {
      let n = columns[c]
      let level =
        n == 0
        ? 0
        : min(8, max(1, Int((Double(n).squareRoot() / Double(top).squareRoot() * 8).rounded(.up))))
      let inView = c >= w0 && c <= w1
      grid[g.gutter + c, y] = ChartCell(glyphs.levels[level], inView ? .densityWindow : .density)
    }
    if w0 - 1 >= 0, w0 - 1 < w { grid[g.gutter + w0 - 1, y] = ChartCell("[", .densityWindow) }
    if w1 + 1 >= 0, w1 + 1 < w { grid[g.gutter + w1 + 1, y] = ChartCell("]", .densityWindow) }
  }

  /// The legend: each certainty's glyph and word, bars, continuation arrows and counts.
  func drawLegend(_ grid: inout ChartGrid, _ g: Geometry, _ glyphs: Glyphs) {
    guard !g.legendRows.isEmpty else { return }
    let long = legendText(glyphs, short: false)
    let fits = ChartText.width(long.map { "\($0.glyph) \($0.label)" }.joined(separator: "  "))
    var entries = fits <= width * g.legendRows.count ? long : legendText(glyphs, short: true)
    if undatedCount > 0 { entries.append(("", .legend, "\(undatedCount) undated not shown")) }
    var y = g.legendRows.lowerBound
    var x = 0
    for entry in entries {
      let text =
        (entry.glyph.isEmpty ? 0 : ChartText.width(entry.glyph) + 1) + ChartText.width(entry.label)
      if x > 0, x + 2 + text > width {
        y += 1
        x = 0
        if y >= g.legendRows.upperBound { return }
      }
      if x > 0 { x += 2 }
      if !entry.glyph.isEmpty {
        x = grid.put(entry.glyph, x: x, y: y, role: entry.role)
        x += 1
      }
      x = grid.put(entry.label, x: x, y: y, role: .legend)
    }
  }

  /// The legend's entries: glyph, its role, and what it means (shorter words when `short`).
  func legendText(
    _ glyphs: Glyphs, short: Bool
  ) -> [(glyph: String, role: ChartRole, label: String)] {
    var entries: [(glyph: String, role: ChartRole, label: String)] = Certainty.allCases.map {
      let glyph = String($0.glyph(ascii: ascii)) + ($0 == .open ? String(glyphs.open) : "")
      let label =
        short
        ? [.approximate: "c.", .uncertain: "unsure"][$0] ?? $0.label : $0.label
      return (glyph, .mark, label)
    }
    entries += [
      (String(glyphs.bar), .bar, "span"),
      ("\(glyphs.left)\(glyphs.right)", .continuation, short ? "more" : "beyond view"),
      ("2-9#", .count, short ? "count" : "events in one cell"),
    ]
    return entries
  }
}
