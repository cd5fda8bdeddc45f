import DossierModel
import DossierTUI

/// A runtime's first phase: the ``LoadingScreen``, redrawn about ten times a second (a hundred
/// near the end) with the loader's progress while a load runs on another thread (``Pending``). `q` and Ctrl-C end the
/// run at once, without waiting for the load; a resize is drawn at the next frame.
struct LoadingPhase<Value: Sendable> {
  /// What is loading, in words ("the bundled corpus", a folder).
  let label: String
  let theme: Theme
  /// Told by the loader how far it has got, from its own threads.
  let progress: LoadProgress
  /// The load itself.
  let pending: Pending<Value>
  /// When the load started, on the runtime's clock (seconds).
  let started: Double

  /// How long the phase waits for input before it looks at the load and draws again, in
  /// milliseconds: a tenth of a second while the files are parsed, then (the last few hundred
  /// milliseconds of a large load) a hundredth, so that the explorer opens as soon as the load
  /// is in rather than up to a tenth of a second later.
  var redrawInterval: Int { progress.fraction < LoadProgress.parsedFraction ? 100 : 10 }

  /// Whether an event ends the run while the load goes on (`q`, Ctrl-C).
  func quits(_ event: InputEvent) -> Bool {
    event == .key(.character("q")) || event == .key(.control("c"))
  }

  /// The loading screen at `now` (seconds on the clock `started` was read on).
  func render(size: Size, now: Double) -> Buffer {
    LoadingScreen(
      size: size, theme: theme, label: label, elapsed: max(0, now - started),
      progress: (progress.fraction, progress.phase)
    ).render()
  }
}
