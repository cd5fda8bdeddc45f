/// A one-row bar filled in proportion to a fraction, with the percentage after it.
public struct ProgressBar: Widget, Sendable {
  /// From 0 to 1 (clamped).
  public var fraction: Double
  public var filledStyle: Style
  public var emptyStyle: Style

  public init(fraction: Double, filledStyle: Style = .plain, emptyStyle: Style = .plain) {
    self.fraction = fraction
    self.filledStyle = filledStyle
    self.emptyStyle = emptyStyle
  }

  public func render(in rect: Rect, into buffer: inout Buffer) {
    guard rect.height > 0, rect.width > 0 else { return }
    let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
    let label = " \(Int((clamped * 100).rounded(.down)))%"
    let barWidth = max(0, rect.width - label.count)
    let filled = Int((Double(barWidth) * clamped).rounded(.down))
    buffer.write(
      String(repeating: "█", count: filled), x: rect.x, y: rect.y, style: filledStyle,
      maxX: rect.maxX)
    buffer.write(
      String(repeating: "░", count: barWidth - filled), x: rect.x + filled, y: rect.y,
      style: emptyStyle, maxX: rect.maxX)
    buffer.write(label, x: rect.x + barWidth, y: rect.y, style: filledStyle, maxX: rect.maxX)
  }
}
