/// A framed box with a title on its top border; the inside is cleared.
public struct Box: Widget, Sendable {
  public var title: String
  public var borderStyle: Style
  public var titleStyle: Style
  /// The cell the inside is cleared with.
  public var fill: Cell

  public init(
    title: String = "", borderStyle: Style = .plain, titleStyle: Style = .plain,
    fill: Cell = .blank
  ) {
    self.title = title
    self.borderStyle = borderStyle
    self.titleStyle = titleStyle
    self.fill = fill
  }

  /// The area inside the border.
  public static func inner(_ area: Rect) -> Rect { area.inset(1) }

  public func render(in rect: Rect, into buffer: inout Buffer) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    buffer.fill(rect, with: fill)
    for x in rect.x..<rect.maxX {
      buffer.write("─", x: x, y: rect.y, style: borderStyle)
      buffer.write("─", x: x, y: rect.maxY - 1, style: borderStyle)
    }
    for y in rect.y..<rect.maxY {
      buffer.write("│", x: rect.x, y: y, style: borderStyle)
      buffer.write("│", x: rect.maxX - 1, y: y, style: borderStyle)
    }
    buffer.write("┌", x: rect.x, y: rect.y, style: borderStyle)
    buffer.write("┐", x: rect.maxX - 1, y: rect.y, style: borderStyle)
    buffer.write("└", x: rect.x, y: rect.maxY - 1, style: borderStyle)
    buffer.write("┘", x: rect.maxX - 1, y: rect.maxY - 1, style: borderStyle)
    guard !title.isEmpty else { return }
    buffer.write(
      " " + TextLayout.truncate(title, to: rect.width - 6) + " ", x: rect.x + 2, y: rect.y,
      style: titleStyle)
  }
}
