extension SwimlaneChart {
  /// The event whose mark is nearest to the cell (`x`, `y`) of a frame of this chart, in the
  /// lane drawn on that row (a click); nil off the lanes or when the lane has nothing in view.
  public func event(atX x: Int, y: Int, in frame: SwimlaneFrame) -> Int? {
    guard let entry = frame.laneRows.first(where: { y >= $0.row && y < $0.row + $0.rows }) else {
      return nil
    }
    let column = x - geometry.gutter
    guard column >= 0, column < timeWidth else { return nil }
    var best: (distance: Int, position: Int)?
    for p in visiblePositions() where Int(items[Int(p)].lane) == entry.lane {
      let distance = abs(screenColumn(of: Int(p)) - column)
      if best == nil || distance < best!.distance { best = (distance, Int(p)) }
    }
    return best?.position
  }
}
