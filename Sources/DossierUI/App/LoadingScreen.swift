import DossierTUI

/// The first frame, drawn while the corpus loads (seconds for a large one): what is loading,
/// how far it has got (a progress bar and the loader's phase, when the loader reports them; an
/// activity bar otherwise), for how long, and that q quits.
public struct LoadingScreen {
  public var size: Size
  public var theme: Theme
  /// What is loading ("bundled corpus", a folder).
  public var label: String
  /// Seconds since the start.
  public var elapsed: Double
  /// The fraction done and what the loader is doing, when it reports them.
  public var progress: (fraction: Double, phase: String)?

  public init(
    size: Size, theme: Theme, label: String, elapsed: Double,
    progress: (fraction: Double, phase: String)? = nil
  ) {
    self.size = size
    self.theme = theme
    self.label = label
    self.elapsed = elapsed
    self.progress = progress
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
    let width = min(40, max(1, size.width - 4))
    // The bar's line is left blank by the text and drawn over it.
    let bar = progress.map { _ in String(repeating: " ", count: width) }
    CenteredText([
      Span("dossier", theme.style(.title)),
      Span("Loading \(label)…", theme.style(.normal)),
      Span(bar ?? Self.activity(width: width, elapsed: elapsed), theme.style(.heading)),
      Span(
        (progress.map { $0.phase + " · " } ?? "") + "\(seconds) s · q quits", theme.style(.dim)),
    ]).render(in: buffer.area, into: &buffer)
    // CenteredText's third line.
    let row = max(0, size.height / 2 - 1) + 2
    if let progress, row < size.height {
      ProgressBar(
        fraction: progress.fraction, filledStyle: theme.style(.heading),
        emptyStyle: theme.style(.dim)
      ).render(
        in: Rect(x: max(0, (size.width - width) / 2), y: row, width: width, height: 1),
        into: &buffer)
    }
    return buffer
  }
}
