import Foundation

/// One file of a corpus as loaded: its display path and its bytes, with line starts for positions.
public struct SourceFile: Sendable {
  /// The path shown in diagnostics, such as `data/actors/core.yaml`.
  public let path: String
  /// The file's bytes after control characters were blanked out (same length as on disk).
  public let bytes: [UInt8]
  /// Byte offsets at which each line starts; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  /// Creates a source file and indexes its lines.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    var starts = [0]
    starts.reserveCapacity(bytes.count / 40 + 1)
    bytes.withUnsafeBytes { b in
      guard let base = b.baseAddress else { return }
      var at = 0
      while at < b.count, let found = memchr(base + at, 0x0A, b.count - at) {
        at = base.distance(to: UnsafeRawPointer(found)) + 1
        starts.append(at)
      }
    }
    self.lineStarts = starts
  }

  init(path: String, bytes: [UInt8], lineStarts: [Int]) {
    self.path = path
    self.bytes = bytes
    self.lineStarts = lineStarts
  }

  /// The 1-based line number that contains `offset`.
  public func line(of offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low + 1
  }

  /// The 1-based line and column (counted in characters) of a byte offset.
  public func location(of offset: Int) -> (line: Int, column: Int) {
    let line = line(of: offset)
    let start = lineStarts[line - 1]
    let clamped = min(max(offset, start), bytes.count)
    let prefix = String(decoding: bytes[start..<clamped], as: UTF8.self)
    return (line, prefix.count + 1)
  }

  /// The text of 1-based line `line`, without its line break.
  public func text(ofLine line: Int) -> String {
    guard line >= 1, line <= lineStarts.count else { return "" }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
  }
}
