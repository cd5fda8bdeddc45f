/// Something that draws itself into an area of a buffer, and keeps no state between frames
/// (ratatui's `Widget`). Widgets are small values, configured then rendered.
public protocol Widget {
  func render(in area: Rect, into buffer: inout Buffer)
}

/// A widget whose drawing depends on state kept between frames, such as a list's scroll offset;
/// rendering brings the state up to date with the area (it scrolls the selection into view).
public protocol StatefulWidget {
  associatedtype State
  func render(in area: Rect, into buffer: inout Buffer, state: inout State)
}

/// A run of text in one style.
public struct Span: Hashable, Sendable {
  public var text: String
  public var style: Style
  public init(_ text: String, _ style: Style = .plain) {
    self.text = text
    self.style = style
  }
}

/// One row of styled spans; clipped at the right edge of its area, never wrapped.
public struct Line: Widget, Hashable, Sendable {
  public var spans: [Span]
  /// Laid over every span's style (a selected row), keeping each span's bold and underline.
  public var base: Style?

  public init(_ spans: [Span], base: Style? = nil) {
    self.spans = spans
    self.base = base
  }

  public init(_ text: String, _ style: Style = .plain) { self.init([Span(text, style)]) }

  /// The line's width in cells.
  public var width: Int { spans.reduce(0) { $0 + TextWidth.of(TextLayout.clean($1.text)) } }

  public func render(in area: Rect, into buffer: inout Buffer) {
    _ = draw(in: area, into: &buffer)
  }

  /// Draws the spans from the area's left edge on its first row; returns the next column. A span
  /// that does not fit ends with an ellipsis.
  @discardableResult
  public func draw(in area: Rect, into buffer: inout Buffer) -> Int {
    var column = area.x
    guard area.height > 0 else { return column }
    for span in spans {
      var style = span.style
      if let base { style = base.merged(with: Style(bold: style.bold, underline: style.underline)) }
      let text = TextLayout.clean(span.text)
      let remaining = area.maxX - column
      if remaining <= 0 { break }
      let shown = TextWidth.of(text) > remaining ? TextLayout.truncate(text, to: remaining) : text
      column = buffer.write(shown, x: column, y: area.y, style: style, maxX: area.maxX)
    }
    return column
  }
}
