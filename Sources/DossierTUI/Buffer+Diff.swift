/// A cell position in a buffer.
public struct Position: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}

extension Buffer {
  /// The cells a backend must write to turn the screen showing `previous` into this buffer, in
  /// row order: every cell when there is no previous buffer or its size differs, else each
  /// changed cell with its left and right neighbours (a wide character covers its neighbour, so
  /// a change next to one must redraw both).
  public func diff(from previous: Buffer?) -> [Position] {
    let width = size.width
    var positions: [Position] = []
    guard let previous, previous.size == size else {
      positions.reserveCapacity(cells.count)
      for y in 0..<size.height {
        for x in 0..<width { positions.append(Position(x: x, y: y)) }
      }
      return positions
    }
    var dirty = [Bool](repeating: false, count: width)
    for y in 0..<size.height {
      let row = y * width
      var any = false
      for x in 0..<width where cells[row + x] != previous.cells[row + x] {
        dirty[max(0, x - 1)] = true
        dirty[x] = true
        dirty[min(width - 1, x + 1)] = true
        any = true
      }
      guard any else { continue }
      for x in 0..<width where dirty[x] {
        positions.append(Position(x: x, y: y))
        dirty[x] = false
      }
    }
    return positions
  }
}
