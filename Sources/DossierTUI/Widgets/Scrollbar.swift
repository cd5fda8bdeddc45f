/// A one-column scroll indicator on the right edge of an area: a thick thumb on a thin track.
/// Nothing is drawn when everything fits, or when the area is too short to show a position.
public struct Scrollbar: Widget, Sendable {
  /// The first row shown, and the number of rows in all.
  public var first: Int
  public var total: Int
  public var thumbStyle: Style
  public var trackStyle: Style

  public init(first: Int, total: Int, thumbStyle: Style = .plain, trackStyle: Style = .plain) {
    self.first = first
    self.total = total
    self.thumbStyle = thumbStyle
    self.trackStyle = trackStyle
  }

  /// Whether a scrollbar is drawn for `total` rows in `height`.
  public static func isShown(total: Int, height: Int) -> Bool { total > height && height > 2 }

  public func render(in rect: Rect, into buffer: inout Buffer) {
    guard Scrollbar.isShown(total: total, height: rect.height), rect.width > 0 else { return }
    let thumb = max(1, rect.height * rect.height / total)
    let top = min(rect.height - thumb, first * rect.height / total)
    for row in 0..<rect.height {
      let inThumb = row >= top && row < top + thumb
      buffer.write(
        inThumb ? "┃" : "│", x: rect.maxX - 1, y: rect.y + row,
        style: inThumb ? thumbStyle : trackStyle)
    }
  }
}
