import DossierModel
import DossierTUI

/// Start-up: the corpus loads on another thread behind the loading screen, and its reply opens
/// the explorer or ends the run with the reason.
extension AppRuntime {
  /// Performs ``Effect/loadCorpus``: starts the load through the services, with the progress
  /// the loading screen draws.
  mutating func startLoading() {
    guard let opening else { return }
    let progress = LoadProgress()
    loading = LoadingPhase(
      label: opening.loadingLabel, theme: opening.theme, progress: progress,
      pending: services.loadCorpus(progress: progress), started: clock())
  }

  /// One event while the corpus loads: `q` and Ctrl-C end the run at once (the load is left to
  /// itself); otherwise, once the load is in, its reply. Resizes and ticks only redraw.
  mutating func stepLoading(_ event: InputEvent) -> End? {
    guard let loading else { return nil }
    if loading.quits(event) {
      backend.stop()
      return .quit
    }
    guard let outcome = loading.pending.result else { return nil }
    switch outcome {
    case .success(let startup):
      return receive(startup: .corpusLoaded(startup))
    case .failure(let error):
      return receive(startup: .loadFailed("\(error)"))
    }
  }

  /// Start-up's reply: the explorer opens on what was loaded (its background work starts once
  /// its first frame is drawn, see ``run(afterFirstFrame:)``), or the run ends with the reason
  /// the corpus could not be loaded.
  mutating func receive(startup reply: Reply) -> End? {
    switch reply {
    case .corpusLoaded(let startup):
      guard let opening else { return nil }
      app = AppState(opening: startup, options: opening, size: backend.size)
      loading = nil
      syncSpeakerLink()
      return nil
    case .loadFailed(let reason):
      loading = nil
      backend.stop()
      return .loadFailed(reason)
    default:
      return nil
    }
  }
}
