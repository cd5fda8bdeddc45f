import DossierModel

/// One laid-out frame of the swimlane chart.
public struct SwimlaneFrame: Sendable {
  public var grid: ChartGrid
  /// Where the selected event's mark (or its clipped edge) is in the grid.
  public var cursor: (x: Int, y: Int)?
  /// The events (positions in date order) whose marks share the selected event's cell, in
  /// date order; just the selected event when it is alone.
  public var cellMates: [Int]
  /// The status line: the selected event's date, lane and title.
  public var status: String
  /// The lanes shown (indices in ``SwimlaneChart/lanes``) and the grid row each starts on.
  public var laneRows: [(lane: Int, row: Int, rows: Int)]
}
