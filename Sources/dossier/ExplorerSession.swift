import ArgumentParser
import DossierModel
import DossierSettings
import DossierSlides
import DossierTerminal
import DossierUI
import Foundation

/// Starts the explorer: opens the terminal and hands it to the runtime (`AppRuntime`, in
/// DossierUI) with the options and the services; the runtime loads the corpus behind its
/// loading screen, then runs the explorer.
struct ExplorerSession {
  let corpus: CorpusOptions
  let theme: Theme.Name?
  /// Set to open presenter mode on a briefing ("" for the current one).
  var briefing: String?
  /// Set to open presenter mode on the timeline, filtered, instead of a briefing.
  var timeline: FilterOptions?
  /// The user's settings (the start view; see `UserSettings`).
  var settings = Settings()
  /// `--ascii`: draw with ASCII only, whatever the locale.
  var ascii = false
  /// `dossier open REF`: the item to start at (resolved once the corpus is in; an unknown
  /// one ends the session with a usage error and the nearest reference).
  var item: String?

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    // Without a terminal (a pipe, CI) or on a dumb one, the corpus summary is printed instead.
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1, environment["TERM"] != "dumb"
    else {
      let loaded = try corpus.load()
      _ = try loadUserData(loaded, environment)
      if let item {
        let ref = try ItemReference.resolve(item, in: loaded)
        if let detail = ItemDetail(ref, in: loaded) { Output.out(detail.rendered) }
        Output.out("(not a terminal: run dossier open in a terminal to open the explorer there)\n")
        return
      }
      Output.out(CorpusSummary.text(loaded))
      Output.out(
        environment["TERM"] == "dumb"
          ? "(TERM=dumb cannot show the full-screen explorer; the subcommands work: dossier --help)\n"
          : "(not a terminal: run dossier in a terminal to open the explorer)\n")
      return
    }
    let chosen = Theme.resolve(requested: theme, environment: environment)
    let asciiNeeded = GlyphTable.asciiNeeded(flag: ascii, environment: environment)
    let terminal: NcursesTerminal
    do {
      terminal = try NcursesTerminal(
        useColor: chosen.usesColor || briefing != nil,
        ascii: asciiNeeded)
    } catch {
      Output.err("error: \(error)\n")
      throw ExitCode(1)
    }
    let options = StartOptions(
      theme: chosen, themeAsked: theme != nil, loadingLabel: corpus.data ?? "the bundled corpus",
      corpusLabel: corpus.data ?? "bundled corpus",
      startView: settings.startView == .last ? nil : settings.startView.rawValue,
      paneSplit: settings.paneSplit,
      editsNotesExternally: !(environment["VISUAL"] ?? environment["EDITOR"] ?? "").isEmpty,
      autoAdvance: settings.autoAdvance,
      presenterFont: BigType.Font(rawValue: settings.presenterFont.rawValue) ?? .auto,
      ascii: asciiNeeded)
    let failure = LoadFailure()
    // The corpus snapshot is written once the explorer's first frame is on screen.
    let later = BackgroundWork()
    var runtime = AppRuntime(
      opening: options, backend: terminal, services: services(environment, failure, later))
    var trace = PhaseTrace(label: "explorer")
    let end = runtime.run {
      trace.mark("explorer on screen")
      trace.report()
      later.start()
      // For the end-to-end test that a crash still restores the terminal.
      if environment["DOSSIER_TEST_CRASH"] == "1" {
        fatalError("crash requested by DOSSIER_TEST_CRASH")
      }
    }
    // Every change was saved when it was made, and freeing the state of a large corpus (its
    // search index above all) takes a noticeable time: exit at once.
    if end == .quit { exit(0) }
    // The load failed (the runtime gave the terminal back): its error, as any command's.
    if case .loadFailed(let reason) = end { throw failure.error ?? CommandFailure(message: reason) }
    let signal = terminal.terminationSignal
    terminal.stop()
    if let signal { throw ExitCode(128 + signal) }
  }

  /// The services of the session: the corpus loaded (from its snapshot when it is current) and
  /// what the command line asked for resolved against it, on the runtime's loading thread (an
  /// error is kept in `failure`, to end the session with it); the reload, the stores, the
  /// search cache. What can wait for the first frame is handed to `later`.
  func services(
    _ environment: [String: String], _ failure: LoadFailure, _ later: BackgroundWork
  ) -> FileServices {
    let options = corpus
    let cacheFolder = SearchCache.directory(environment: environment)
    let dataFolder = corpus.data
    let bundled = dataFolder == nil ? corpus.bundledInput() : nil
    // Search opens the cached engine (as `dossier search` does), or builds and keeps it.
    let searchEngine: @Sendable (Corpus) throws -> SearchEngine = { loaded in
      if let bundled {
        return try SearchCache.engine(input: bundled, cacheDirectory: cacheFolder) { loaded }
          .engine
      }
      return try SearchCache.engine(folder: dataFolder!, cacheDirectory: cacheFolder) {
        CorpusLoader.load($0)
      }.engine
    }
    let session = self
    return FileServices(
      environment: environment, searchEngine: searchEngine,
      open: { progress in
        try failure.keep { try options.load(progress: progress, snapshot: true, later: later) }
      },
      prepare: { startup in
        try failure.keep { try session.resolve(&startup) }
      },
      reload: {
        guard options.data != nil else {
          throw ReloadError(
            "the bundled corpus is built into dossier; open a folder with --data DIR to edit and reload it"
          )
        }
        return try options.load(snapshot: true)
      })
  }

  /// Resolves what the command line asked for against the loaded corpus: the briefing, the
  /// item to open at, the timeline to present (a usage error when one is not there).
  func resolve(_ startup: inout Startup) throws {
    try switchBriefing(&startup.userData)
    if let item { startup.item = try ItemReference.resolve(item, in: startup.corpus) }
    if let timeline {
      let filter = try timeline.filter(for: startup.corpus)
      startup.presentation = .timeline(
        items: filter.apply(to: startup.corpus).map { ItemRef.event($0.id).description },
        filter: filter.description)
    } else if briefing != nil {
      startup.presentation = .briefing
    }
  }

  /// The user data of a corpus (and a message when it could not be read), switched to the
  /// briefing asked for.
  func loadUserData(_ loaded: Corpus, _ environment: [String: String]) throws -> (UserData, String?)
  {
    let store = UserDataStore(corpusID: loaded.manifest.id, environment: environment)
    var userData = UserData()
    var message: String?
    do {
      userData = try store.load()
    } catch {
      message = "\(error)"
    }
    try switchBriefing(&userData)
    return (userData, message)
  }

  /// Switches to the briefing asked for, if one was named (a usage error when there is none).
  func switchBriefing(_ userData: inout UserData) throws {
    guard let briefing, !briefing.isEmpty else { return }
    do {
      try userData.switchBriefing(to: briefing)
    } catch {
      throw ValidationError("\(error)")
    }
  }
}

/// The error a session's load failed with, kept from the loading thread so that the session
/// ends with it as any command would (a usage error, exit 2; a corpus that cannot be opened,
/// exit 1).
final class LoadFailure: @unchecked Sendable {
  private let lock = NSLock()
  private var kept: (any Error)?

  var error: (any Error)? {
    lock.lock()
    defer { lock.unlock() }
    return kept
  }

  /// Runs `body`, keeping the error it throws before passing it on.
  func keep<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch {
      lock.lock()
      kept = error
      lock.unlock()
      throw error
    }
  }
}
