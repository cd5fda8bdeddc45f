import DossierModel
import DossierTUI

extension AppState {
  /// The explorer a session opens on, once its corpus is in (start-up's reply,
  /// ``Reply/corpusLoaded(_:)``): the user data and its message, the pane layout and view left
  /// last time (or the view asked for), the item of `dossier open`, and the presenter of
  /// `dossier brief` (in its own theme unless one was asked for).
  public init(opening startup: Startup, options: StartOptions, size: Size) {
    self.init(
      corpus: startup.corpus, theme: options.theme, size: size, corpusLabel: options.corpusLabel,
      indexLater: true)
    start(
      userData: startup.userData, message: startup.userDataMessage,
      lastPosition: startup.lastPosition, startView: options.startView,
      paneSplit: options.paneSplit, editsNotesExternally: options.editsNotesExternally,
      autoAdvance: options.autoAdvance, presenterFont: options.presenterFont)
    ascii = options.ascii
    if let item = startup.item { start(at: item) }
    switch startup.presentation {
    case .timeline(let items, let filter):
      presentTimeline(items, filter: filter)
    case .briefing:
      let current = userData.currentBriefing
      present(items: current.items, label: "briefing \(current.name)", name: current.name)
    case nil:
      return
    }
    if options.themeAsked { theme = options.theme }
  }
}
