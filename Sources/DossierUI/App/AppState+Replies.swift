import DossierModel
import DossierTUI

/// What the runtime reports after an effect: every outcome, failures included, ends up on
/// the status line, and nothing the user did is lost.
extension AppState {
  public mutating func receive(_ reply: Reply) -> Effect? {
    let before = userData
    defer { if userData != before { rebuildUserDataLists() } }
    switch reply {
    case .corpusLoaded, .loadFailed:
      // Start-up's replies open the explorer (``AppRuntime``): it does not exist before them.
      break
    case .saved(let data, let note):
      userData = data
      ctx.unsaved = false
      if let note { message = note }
    case .saveFailed(let reason):
      // The data stays in memory; the next change (or quitting) tries again.
      ctx.unsaved = true
      message = "Not saved (kept in memory): \(reason)"
    case .readyToQuit:
      ctx.unsaved = false
      return .quit
    case .saveFailedOnQuit(let reason):
      ctx.unsaved = true
      overlay = .unsaved(reason: reason)
    case .copyWritten(let path):
      ctx.unsaved = false
      overlay = nil
      message = "Your marks and notes were written to \(path); q quits"
    case .reloaded(let corpus):
      replaceCorpus(corpus)
    case .reloadFailed(let reason):
      message = "Reload failed: \(reason)"
    case .editorFinished(let note):
      message = note
    case .noteEdited(let ref, let text):
      guard let text else {
        message = "The editor failed; the note is unchanged"
        return nil
      }
      return finishNote(text, for: ref)
    case .exported(let outcome):
      receiveExport(outcome)
    case .speakerCommands(let commands):
      applySpeakerCommands(commands)
    case .speakerLinkFailed(let reason):
      message = "No speaker view: \(reason)"
    case .searchIndexReady:
      guard case .search(var box) = overlay else {
        _ = readySearchEngine()
        return nil
      }
      runSearch(&box)
      overlay = .search(box)
    }
    return nil
  }

  /// How long the runtime may wait for input before a tick, in milliseconds: until the
  /// presenter's countdown next changes, or a short poll while the search index is being built;
  /// nil to wait for input.
  public var tickInterval: Int? {
    var waits = [
      presenterWait, ctx.pendingSearch != nil ? 250 : nil, filterAwaitsIndex ? 100 : nil,
    ].compactMap { $0 }
    // A pending `g` expires on time, so that the screen shows the jump to the top.
    if let left = pendingGRemaining { waits.append(left) }
    return waits.min()
  }

  /// Whether the background search index has finished (the runtime then sends
  /// ``Reply/searchIndexReady``).
  public var searchIndexJustFinished: Bool { ctx.pendingSearch?.result != nil }
}
