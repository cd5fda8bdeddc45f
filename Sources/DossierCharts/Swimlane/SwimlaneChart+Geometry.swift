/// Where the parts of a frame go, and which columns and ticks are in view.
extension SwimlaneChart {
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

  /// The geometry of a frame at the chart's size.
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

  /// The column (of the zoom, counted from tick 0) that holds `tick`.
  func column(_ tick: Int) -> Int { floorDiv(tick, zoom.ticksPerColumn) }

  /// The view's column (0 = first time column) of the event at `position`'s mark.
  public func screenColumn(of position: Int) -> Int { column(items[position].anchor) - firstColumn }

  /// Whether the mark of the event at `position` is in view.
  public func isInView(_ position: Int) -> Bool {
    let c = screenColumn(of: position)
    return c >= 0 && c < timeWidth
  }
}
