import DossierModel
import DossierSlides
import DossierTUI
import Foundation

/// The explorer's loop: draw, read an event, update, perform the effects and feed their replies
/// back, against any ``TerminalBackend``. Nothing here writes the app's state directly: every
/// outcome is a ``Reply``.
///
/// A session starts with the loading screen (``init(opening:backend:services:)``): loading the
/// corpus is the first effect (``Effect/loadCorpus``), performed on another thread through
/// ``ExplorerServices/loadCorpus(progress:)`` while the loop draws its progress, and its reply
/// opens the explorer (``AppRuntime+Loading.swift``).
public struct AppRuntime {
  /// The explorer once its corpus is in; nil while the loading screen shows.
  var app: AppState?
  /// The explorer. Only once it runs: from the start when the runtime is made with it, else
  /// after start-up's reply.
  public internal(set) var state: AppState {
    get { app! }
    _modify { yield &app! }
  }
  /// How the explorer opens, when the runtime starts with the loading screen.
  let opening: StartOptions?
  /// The loading screen and the load under way, until start-up's reply.
  var loading: LoadingPhase<Startup>?
  let backend: any TerminalBackend
  let services: any ExplorerServices
  /// The speaker link while the presenter is on (see ``syncSpeakerLink()``).
  var speaker: SpeakerPublisher?
  /// Whether the link was tried for the presentation under way (it is tried once each time).
  var speakerTried = false
  /// How often the loop looks at the speaker link while it is open, in milliseconds.
  static let speakerPoll = 100
  /// The loading screen's clock, in seconds (tests give one they move by hand).
  var clock: @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }

  /// A runtime on an explorer already made (its corpus in).
  public init(state: AppState, backend: any TerminalBackend, services: any ExplorerServices) {
    app = state
    opening = nil
    self.backend = backend
    self.services = services
  }

  /// A runtime that starts with the loading screen, loads the corpus through `services`, then
  /// opens the explorer as `options` say.
  public init(
    opening options: StartOptions, backend: any TerminalBackend, services: any ExplorerServices
  ) {
    opening = options
    self.backend = backend
    self.services = services
  }

  /// How a run ended: `q`, the input closed (or a termination signal came), or the corpus could
  /// not be loaded (the reason; the backend is stopped).
  public enum End: Equatable { case quit, inputClosed, loadFailed(String) }

  /// Runs until `q` (or the input closes, or the load fails); the backend is stopped on `q`.
  /// `afterFirstFrame` is called once the explorer's first frame is drawn (after the loading
  /// screen's), when the explorer's background work has started (``startExplorer()``).
  public mutating func run(afterFirstFrame: () -> Void = {}) -> End {
    if app == nil, loading == nil { _ = perform(.loadCorpus) }
    if app != nil { syncSpeakerLink() }
    draw()
    defer { closeSpeakerLink() }
    var told = false
    while true {
      if !told, app != nil {
        told = true
        startExplorer()
        afterFirstFrame()
      }
      guard let event = backend.readEvent(timeout: waitTime) else { return .inputClosed }
      if let end = app == nil ? stepLoading(event) : step(event) { return end }
      draw()
    }
  }

  /// Draws the explorer, or the loading screen while the corpus loads.
  func draw() {
    if let app {
      backend.draw(app.render())
    } else if let loading {
      backend.draw(loading.render(size: backend.size, now: clock()))
    }
  }

  /// What the explorer starts once its first frame is on screen (not before: on two cores, the
  /// first list would share them): the filter's index of the events and the search engine, in
  /// the background.
  mutating func startExplorer() {
    state.startBackgroundWork()
    if state.pendingSearch == nil {
      state.pendingSearch = services.indexInBackground(state.corpus)
    }
  }

  /// One event in the explorer: update, the effects and their replies; how the run ends, if it
  /// does.
  mutating func step(_ event: InputEvent) -> End? {
    var effect = state.handle(event)
    if state.searchIndexJustFinished { effect = effect ?? state.receive(.searchIndexReady) }
    while let next = effect {
      if next == .quit {
        closeSpeakerLink()
        backend.stop()
        if state.presenter == nil { services.savePosition(state.lastPosition) }
        return .quit
      }
      effect = perform(next).flatMap { state.receive($0) }
    }
    syncSpeakerLink()
    return nil
  }

  /// How long to wait for input: the state's own ticks, and the speaker link's polls.
  var waitTime: Int? {
    if let loading { return loading.redrawInterval }
    return [state.tickInterval, speaker == nil ? nil : Self.speakerPoll].compactMap { $0 }.min()
  }

  /// Keeps the speaker link in step with the presenter: opened when it starts (a failure is
  /// reported once), commands from speaker views applied, the state sent after every change,
  /// and the link closed when the presenter closes.
  mutating func syncSpeakerLink() {
    guard state.presenter != nil else {
      closeSpeakerLink()
      return
    }
    if speaker == nil, !speakerTried {
      speakerTried = true
      do {
        speaker = try services.openSpeakerLink(corpus: state.corpus.manifest.id)
      } catch {
        _ = state.receive(.speakerLinkFailed("\(error)"))
      }
    }
    guard let speaker else { return }
    let commands = speaker.receiveCommands()
    if !commands.isEmpty { _ = state.receive(.speakerCommands(commands)) }
    if let snapshot = state.speakerSnapshot { speaker.publish(snapshot) }
  }

  /// Closes the speaker link: speaker views see that the presenter has gone.
  mutating func closeSpeakerLink() {
    speaker?.withdraw()
    speaker = nil
    speakerTried = false
  }

  /// Performs one effect; its reply, if it has one.
  mutating func perform(_ effect: Effect) -> Reply? {
    switch effect {
    case .quit:
      return nil
    case .loadCorpus:
      startLoading()
      return nil
    case .reload:
      do {
        let corpus = try services.reload()
        defer { state.pendingSearch = services.indexInBackground(corpus) }
        return .reloaded(corpus)
      } catch {
        return .reloadFailed("\(error)")
      }
    case .saveBeforeQuit:
      do {
        _ = try services.save(state.userData)
        return .readyToQuit
      } catch {
        return .saveFailedOnQuit("\(error)")
      }
    case .writeUnsavedCopy:
      do {
        return .copyWritten(try services.saveCopy(state.userData))
      } catch {
        return .saveFailedOnQuit("\(error)")
      }
    case .saveUserData:
      do {
        let outcome = try services.save(state.userData)
        return .saved(outcome.data, message: outcome.message)
      } catch {
        return .saveFailed("\(error)")
      }
    case .openEditor(let path, let line):
      guard let editor = services.editor else {
        return .editorFinished("Set $EDITOR to open \(path):\(line)")
      }
      guard services.fileExists(path) else {
        return .editorFinished(
          "\(path) is built into dossier; open the corpus with --data DIR to edit it")
      }
      let status = backend.runExternal([
        "/bin/sh", "-c", "exec \(editor) \"$@\"", "sh", "+\(line)", path,
      ])
      return .editorFinished(
        status == 0 ? "Press r to reload after editing" : "The editor could not be started")
    case .editNote(let ref, let text):
      return .noteEdited(ref, text: editNote(text))
    case .export(let request):
      return .exported(export(request))
    }
  }

  /// Edits a note in the editor through a temporary file; nil when the editor failed.
  func editNote(_ text: String) -> String? {
    guard let editor = services.editor else { return nil }
    let path = NSTemporaryDirectory() + "dossier-note-\(UUID().uuidString).txt"
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
      return nil
    }
    let status = backend.runExternal(["/bin/sh", "-c", "exec \(editor) \"$@\"", "sh", path])
    guard status == 0 else { return nil }
    return try? String(contentsOfFile: path, encoding: .utf8)
  }
}
