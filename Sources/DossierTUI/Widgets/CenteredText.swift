/// Lines centred in an area, horizontally and vertically (a message such as "Terminal too small").
public struct CenteredText: Widget, Sendable {
  public var lines: [Span]

  public init(_ lines: [Span]) { self.lines = lines }

  public func render(in rect: Rect, into buffer: inout Buffer) {
    let top = rect.y + max(0, rect.height / 2 - 1)
    for (i, line) in lines.enumerated() where top + i < rect.maxY {
      let text = TextLayout.truncate(line.text, to: rect.width)
      let x = rect.x + max(0, (rect.width - TextWidth.of(text)) / 2)
      buffer.write(text, x: x, y: top + i, style: line.style)
    }
  }
}
