import DossierTUI

/// The first frame, drawn while the corpus loads (seconds for a large one): what is loading,
/// for how long, an activity bar, and that q quits.
public struct LoadingScreen {
  public var size: Size
  public var theme: Theme
  /// What is loading ("bundled corpus", a folder).
  public var label: String
  /// Seconds since the start.
  public var elapsed: Double

  public init(size: Size, theme: Theme, label: String, elapsed: Double) {
    self.size = size
    self.theme = theme
    self.label = label
    self.elapsed = elapsed
  }

  /// A bar with a marker that moves ten steps a second: the loader is at work (it reports no
  /// fraction done, so the bar claims none).
  static func activity(width: Int, elapsed: Double) -> String {
    guard width > 0 else { return "" }
    let step = Int(elapsed * 10) % (2 * max(1, width - 1))
    let at = step < width ? step : 2 * (width - 1) - step
    return String(repeating: "·", count: at) + "◆" + String(repeating: "·", count: width - at - 1)
  }

  public func render() -> Buffer {
    var buffer = Buffer(size: size, fill: Cell(" ", theme.style(.normal)))
    let seconds = (elapsed * 10).rounded(.down) / 10
    CenteredText([
      Span("dossier", theme.style(.title)),
      Span("Loading \(label)…", theme.style(.normal)),
      Span(
        Self.activity(width: min(40, max(1, size.width - 4)), elapsed: elapsed),
        theme.style(.heading)),
      Span("\(seconds) s · q quits", theme.style(.dim)),
    ]).render(in: buffer.area, into: &buffer)
    return buffer
  }
}
