import DossierSlides
import DossierTUI

/// Everything a key can ask of the explorer. Key maps bind keys to these; screens and the root
/// perform them.
enum Action: Hashable, Sendable {
  // The whole app.
  case quit, help, messages, search, reload
  case view(ScreenID), nextView, previousView
  case back, forward, filter, escape
  case mark, note, present, export, briefings, moveMarkedDown, moveMarkedUp
  case toggleDetail, widenList, narrowList
  // Moving in a list, the detail pane or the reader.
  case down, up, pageDown, pageUp, halfDown, halfUp, first, last
  case intoDetail, toList, open
  // The timeline.
  case yearPrompt, filterPicker, clearFilters
  // The reader.
  case nextSection, previousSection, nextMatch, previousMatch, contents
  /// What a key asks of the presenter (its keys are DossierSlides's ``PresenterKeys``).
  case presenter(PresenterCommand)
  /// An action of one screen's own, named by it and done by its handler (see
  /// ``ScreenID/perform(_:_:)``), so that a new screen needs no new case here.
  case local(String)
}
