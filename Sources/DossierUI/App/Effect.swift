import DossierModel
import DossierSlides
import DossierTUI

/// Something the runtime must do after an update; it replies with a ``Reply`` when the outcome
/// matters to the screen.
public enum Effect: Equatable, Sendable {
  case quit
  /// Start-up: load the corpus (and what the explorer opens on) on another thread, behind the
  /// loading screen; replies ``Reply/corpusLoaded(_:)`` or ``Reply/loadFailed(_:)``. The
  /// runtime performs it first when it starts with the loading screen.
  case loadCorpus
  /// `q` after a failed save: write the user data again, then quit; replies
  /// ``Reply/readyToQuit`` or ``Reply/saveFailedOnQuit(_:)``.
  case saveBeforeQuit
  /// The save still fails on quit: write a copy of the user data elsewhere; replies
  /// ``Reply/copyWritten(_:)`` or ``Reply/saveFailedOnQuit(_:)``.
  case writeUnsavedCopy
  /// Read the corpus again: replies ``Reply/reloaded(_:)`` or ``Reply/reloadFailed(_:)``.
  case reload
  /// Run the editor on a file at a line: replies ``Reply/editorFinished(_:)``.
  case openEditor(path: String, line: Int)
  /// Marks, briefings or notes changed: write the user data; replies ``Reply/saved(_:message:)``
  /// or ``Reply/saveFailed(_:)``.
  case saveUserData
  /// `a` with `$EDITOR` set: edit the note of an item there; replies ``Reply/noteEdited(_:text:)``.
  case editNote(ItemRef, text: String)
  /// The export box's Enter: write an export; replies ``Reply/exported(_:)`` (written, a file in
  /// the way, or why not).
  case export(ExportRequest)
}

/// What the runtime reports back after an ``Effect`` (or by itself, as the search index).
public enum Reply: Sendable {
  /// Start-up's load is in: the explorer opens on it.
  case corpusLoaded(Startup)
  /// Why the corpus could not be loaded at start-up: the session ends with it.
  case loadFailed(String)
  /// The user data was written; `data` is what is on disk now (merged with another window's
  /// changes), `message` says so when there was anything to merge.
  case saved(UserData, message: String?)
  /// Writing failed; nothing in memory is lost and the next change tries again.
  case saveFailed(String)
  case reloaded(Corpus)
  /// The reason the corpus could not be read again.
  case reloadFailed(String)
  /// The editor returned: the message to show (such as "Press r to reload"), if any.
  case editorFinished(String?)
  /// The external editor returned the note's new text, or nil when it failed.
  case noteEdited(ItemRef, text: String?)
  /// What became of an export: the full path written, a file in the way, or why not.
  case exported(ExportOutcome)
  /// Commands a speaker view in another terminal sent to the presenter.
  case speakerCommands([PresenterCommand])
  /// The presenter could not open the speaker link (another presenter holds it, the folder is
  /// not private…): the reason, shown once.
  case speakerLinkFailed(String)
  /// The search index being built is ready.
  case searchIndexReady
  /// Everything is on disk: quit.
  case readyToQuit
  /// Writing failed while quitting: the user is asked what to do.
  case saveFailedOnQuit(String)
  /// A copy of the unsaved user data was written to this path.
  case copyWritten(String)
}
