import DossierModel

extension ClaimsMatrix {
  /// Column widths: claims take what the badges leave.
  struct Widths {
    var claim: Int
    var verdict: Int
    var column: Int
    var compact: Bool
  }

  var widths: Widths {
    let n = columns.count
    let verdictWidth = min(14, max(7, allRows.map { ChartText.width($0.verdict) }.max() ?? 7))
    for (compact, column) in [(false, 9), (true, 6)] {
      let verdict = compact ? min(verdictWidth, 8) : verdictWidth
      let claim = width - 2 - verdict - 1 - n * column
      if claim >= 20 || compact {
        return Widths(claim: max(4, claim), verdict: verdict, column: column, compact: compact)
      }
    }
    return Widths(claim: 4, verdict: 7, column: 6, compact: true)
  }

  /// Lays out the matrix at its size: two header rows (year, kind), a rule, the rows in view,
  /// and below them (when the height allows) the cursor's cell in words.
  public func layout() -> ChartGrid {
    let w = widths
    // Laid out at least as large as the parts need, then cut to the size.
    let full = max(width, w.claim + 3 + w.verdict + 1 + columns.count * w.column)
    var grid = ChartGrid(width: full, height: max(height, 4))
    let markerX = w.claim + 1
    let verdictX = markerX + 2
    let columnsX = verdictX + w.verdict + 1
    let dots: Character = ascii ? "." : "…"
    grid.put("Claim", x: 0, y: 0, role: .label)
    grid.put(
      "\(rows.count) of \(allRows.count) shown", x: 0, y: 1, role: .dim, limit: w.claim)
    grid.put("Verdict", x: verdictX, y: 0, role: .label, limit: verdictX + w.verdict)
    for (c, column) in columns.enumerated() {
      let x = columnsX + c * w.column
      let (year, kind) = column.header
      grid.put(year, x: x + 1, y: 0, role: .label, limit: x + w.column - 1)
      grid.put(
        ChartText.truncate(kind, w.column - 2, ellipsis: dots), x: x + 1, y: 1, role: .label,
        limit: x + w.column - 1)
      if c == cursor.column {
        for dx in 1..<(w.column - 1) where grid.contains(x: x + dx, y: 0) {
          grid[x + dx, 0].selected = true
          grid[x + dx, 1].selected = true
        }
      }
    }
    let rule: Character = ascii ? "-" : "─"
    for x in 0..<width { grid[x, 2] = ChartCell(rule, .axis) }
    let fold: (open: Character, closed: Character) = ascii ? ("-", "+") : ("▾", "▸")
    let differs: Character = ascii ? "!" : "≠"
    for y in 0..<bodyRows {
      let r = top + y
      guard r < rows.count else { break }
      let row = rows[r]
      let gy = 3 + y
      let indent = min(row.depth * 2, max(0, w.claim - 6))
      let glyph: Character = row.hasChildren ? (row.folded ? fold.closed : fold.open) : " "
      grid[indent, gy] = ChartCell(glyph, .label)
      grid.put(
        ChartText.truncate(row.claim, w.claim - indent - 2, ellipsis: dots), x: indent + 2, y: gy,
        role: .text)
      if row.disagrees { grid[markerX, gy] = ChartCell(differs, .marker) }
      grid.put(
        ChartText.truncate(row.verdict, w.verdict, ellipsis: dots), x: verdictX, y: gy,
        role: .verdict)
      for (c, cell) in row.cells.enumerated() {
        let x = columnsX + c * w.column
        if let cell {
          if cell.changed { grid[x, gy] = ChartCell(differs, .marker) }
          grid.put(
            Self.badge(cell.stance, compact: w.compact), x: x + 1, y: gy, role: .badge,
            limit: x + w.column)
        }
        if r == cursor.row, c == cursor.column {
          for dx in 0..<(w.column - 1) where grid.contains(x: x + dx, y: gy) {
            grid[x + dx, gy].selected = true
          }
          if grid.contains(x: x + 1, y: gy) { grid[x + 1, gy].cursor = true }
        }
      }
      if r == cursor.row {
        for x in 0..<min(w.claim, width) { grid[x, gy].selected = true }
      }
    }
    if detailRows > 0 { drawDetail(&grid, top: height - detailRows) }
    guard full != width || grid.height != height else { return grid }
    var cut = ChartGrid(width: width, height: height)
    for y in 0..<height {
      for x in 0..<width { cut[x, y] = grid[x, y] }
    }
    return cut
  }

  /// The cursor's cell: source, date and stance, the reason, and the cited passage.
  func drawDetail(_ grid: inout ChartGrid, top: Int) {
    let rule: Character = ascii ? "-" : "─"
    for x in 0..<width { grid[x, top] = ChartCell(rule, .axis) }
    guard let detail else { return }
    var lines: [(String, ChartRole)] = []
    // The source's title gives way to its date and the stance, which stay on the first line.
    var tail = ""
    if let date = detail.date { tail += " · " + date }
    if let stance = detail.stance {
      tail += " · " + Self.badge(stance, compact: false)
    } else {
      tail += " · silent on this claim"
    }
    let title = ChartText.truncate(
      detail.sourceTitle, max(8, width - ChartText.width(tail)), ellipsis: ascii ? "." : "…")
    lines += ChartText.wrap(title + tail, width).map { ($0, .label) }
    if let reason = detail.reason {
      lines += ChartText.wrap(reason, width).map { ($0, .text) }
    }
    if let passage = detail.passage {
      let cite = detail.citation.map { "[\($0)] " } ?? ""
      let quote = ascii ? "\"" : "\u{201C}"
      let unquote = ascii ? "\"" : "\u{201D}"
      lines += ChartText.wrap(cite + quote + passage + unquote, width).map { ($0, .dim) }
    }
    for (i, line) in lines.prefix(height - top - 1).enumerated() {
      grid.put(line.0, x: 0, y: top + 1 + i, role: line.1)
    }
  }
}
