/// One of the eight ANSI colours, or the terminal's default.
public enum Color: Int, Hashable, Sendable {
  case `default` = -1
  case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn: colours and attributes.
public struct Style: Hashable, Sendable {
  public var foreground: Color
  public var background: Color
  public var bold: Bool
  public var dim: Bool
  public var underline: Bool
  public var reverse: Bool

  public init(
    _ foreground: Color = .default, on background: Color = .default, bold: Bool = false,
    dim: Bool = false, underline: Bool = false, reverse: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.underline = underline
    self.reverse = reverse
  }

  public static let plain = Style()

  /// This style with the attributes of `other` added (colours from `other` when set).
  public func merged(with other: Style) -> Style {
    Style(
      other.foreground == .default ? foreground : other.foreground,
      on: other.background == .default ? background : other.background,
      bold: bold || other.bold, dim: dim || other.dim, underline: underline || other.underline,
      reverse: reverse || other.reverse)
  }
}
