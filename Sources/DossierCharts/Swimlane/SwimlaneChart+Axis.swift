import DossierModel

/// The rows above the lanes: the era bands and the time axis with its labels and ticks.
extension SwimlaneChart {
  /// The first and last tick of a date (`Int.min`, `Int.max` for open ends); nil when undated.
  static func tickRange(_ date: EDTFDate) -> (Int, Int)? {
    guard let item = item(date, event: 0) else { return nil }
    return (item.start, item.end)
  }

  /// Draws the era row: each era's band behind its columns, its name from where it starts.
  func drawEras(_ grid: inout ChartGrid, _ g: Geometry, _ band: [Int16]) {
    let y = g.eraRow
    grid.put("era", x: 0, y: y, role: .laneLabel, limit: g.gutter - 1)
    var c = 0
    while c < g.timeWidth {
      let era = band[c]
      var end = c
      while end + 1 < g.timeWidth, band[end + 1] == era { end += 1 }
      if era >= 0 {
        for x in c...end { grid[g.gutter + x, y] = ChartCell(" ", .era, band: era) }
        let name = corpus.manifest.eras[Int(era)].name
        let startsHere =
          Self.tickRange(corpus.manifest.eras[Int(era)].dates).map {
            $0.0 == Int.min || floorDiv($0.0, zoom.ticksPerColumn) - firstColumn >= c
          } ?? true
        var x = g.gutter + c
        if startsHere {
          grid[x, y] = ChartCell(ascii ? "|" : "▏", .era, band: era)
          x += 1
        }
        grid.put(
          ChartText.truncate(name, g.gutter + end + 1 - x, ellipsis: ascii ? "." : "…"), x: x, y: y,
          role: .era,
          limit: g.gutter + end + 1, band: era)
      }
      c = end + 1
    }
  }

  /// Draws the time axis: year (or month) labels on the major row, ticks on the minor row.
  func drawAxis(_ grid: inout ChartGrid, _ g: Geometry) {
    let tpc = zoom.ticksPerColumn
    let major = g.majorRow
    let minor = g.minorRow
    grid.put(zoom.shortName, x: 0, y: major, role: .laneLabel, limit: g.gutter - 1)
    var labelEnd = g.gutter
    func label(_ text: String, _ c: Int) {
      let x = g.gutter + c
      guard x >= labelEnd, x + ChartText.width(text) <= width else { return }
      labelEnd = grid.put(text, x: x, y: major, role: .axis) + 1
    }
    let tickMark: Character = ascii ? "|" : "│"
    let dot: Character = ascii ? "." : "·"
    for c in 0..<g.timeWidth {
      let t = (firstColumn + c) * tpc
      let year = TimeTicks.year(of: t)
      let month = TimeTicks.month(of: t)
      let startsYear = month == 1 && t % 4 == 0
      var mark: Character?
      switch zoom {
      case .decades:
        if floorDiv(year, 10) * 10 == year {
          mark = tickMark
          label(String(year), c)
        } else if floorDiv(year, 5) * 5 == year {
          mark = dot
        }
      case .years:
        if startsYear {
          mark = tickMark
          label(String(year), c)
        } else if month == 7 && t % 4 == 0 {
          mark = dot
        }
      case .months:
        // The year at each January, and at the left edge when the next January is not close.
        let toJanuary = (12 - month + 1) % 12 * 4 - (t - floorDiv(t, 4) * 4)
        if c == 0, !startsYear, toJanuary >= 6 { label(String(year), c) }
        if t % 4 == 0 {
          if startsYear { label(String(year), c) }
          let name = Self.monthNames[month - 1]
          let x = g.gutter + c
          if x + 3 <= width { grid.put(name, x: x, y: minor, role: .axis) }
        }
      }
      if let mark { grid[g.gutter + c, minor] = ChartCell(mark, .axis) }
    }
    if zoom != .months, labelEnd == g.gutter {
      label(String(TimeTicks.year(of: firstColumn * tpc)), 0)
    }
  }

  /// The months' short names, as the axis labels them.
  static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]
}
