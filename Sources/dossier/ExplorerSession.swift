import ArgumentParser
import DossierModel
import DossierSettings
import DossierSlides
import DossierTerminal
import DossierUI
import Foundation

/// Starts the explorer: loads the corpus and the user data, opens the terminal and hands both
/// to the runtime (`AppRuntime`, in DossierUI), which runs the loop.
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
    // The first frame comes at once: the corpus loads on another thread behind a loading screen.
    let loaded: Corpus
    let userData: (UserData, String?)
    var start: ItemRef?
    do {
      loaded = try loadBehindScreen(terminal, theme: chosen)
      userData = try loadUserData(loaded, environment)
      if let item { start = try ItemReference.resolve(item, in: loaded) }
    } catch {
      terminal.stop()
      throw error
    }
    let store = UserDataStore(corpusID: loaded.manifest.id, environment: environment)
    let positions = LastPositionStore(corpusID: loaded.manifest.id, environment: environment)
    var state = AppState(
      corpus: loaded, theme: chosen, size: terminal.size,
      corpusLabel: corpus.data ?? "bundled corpus")
    state.start(
      userData: userData.0, message: userData.1, lastPosition: positions.load(),
      startView: settings.startView == .last ? nil : settings.startView.rawValue,
      paneSplit: settings.paneSplit,
      editsNotesExternally: !(environment["VISUAL"] ?? environment["EDITOR"] ?? "").isEmpty,
      autoAdvance: settings.autoAdvance,
      presenterFont: BigType.Font(rawValue: settings.presenterFont.rawValue) ?? .auto)
    state.ascii = asciiNeeded
    if let start { state.start(at: start) }
    if let timeline {
      let filter = try timeline.filter(for: loaded)
      state.presentTimeline(
        filter.apply(to: loaded).map { ItemRef.event($0.id).description },
        filter: filter.description)
      if theme != nil { state.theme = chosen }
    } else if briefing != nil {
      let current = state.userData.currentBriefing
      state.present(items: current.items, label: "briefing \(current.name)", name: current.name)
      if theme != nil { state.theme = chosen }
    }
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
    let services = FileServices(
      store: store, positions: positions, environment: environment, searchEngine: searchEngine
    ) {
      guard options.data != nil else {
        throw ReloadError(
          "the bundled corpus is built into dossier; open a folder with --data DIR to edit and reload it"
        )
      }
      return try options.load()
    }
    var runtime = AppRuntime(state: state, backend: terminal, services: services)
    let end = runtime.run {
      // For the end-to-end test that a crash still restores the terminal.
      if environment["DOSSIER_TEST_CRASH"] == "1" {
        fatalError("crash requested by DOSSIER_TEST_CRASH")
      }
    }
    // Every change was saved when it was made, and freeing the state of a large corpus (its
    // search index above all) takes a noticeable time: exit at once.
    if end == .quit { exit(0) }
    let signal = terminal.terminationSignal
    terminal.stop()
    if let signal { throw ExitCode(128 + signal) }
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
    if let briefing, !briefing.isEmpty {
      do {
        try userData.switchBriefing(to: briefing)
      } catch {
        throw ValidationError("\(error)")
      }
    }
    return (userData, message)
  }

  /// Loads the corpus on another thread, drawing the loading screen until it is in; `q` or a
  /// termination signal stops the program.
  func loadBehindScreen(_ terminal: NcursesTerminal, theme: Theme) throws -> Corpus {
    final class Outcome: @unchecked Sendable {
      let lock = NSLock()
      var result: Result<Corpus, any Error>?
      func set(_ value: Result<Corpus, any Error>) {
        lock.lock()
        result = value
        lock.unlock()
      }
      var value: Result<Corpus, any Error>? {
        lock.lock()
        defer { lock.unlock() }
        return result
      }
    }
    let outcome = Outcome()
    let options = corpus
    DispatchQueue.global(qos: .userInitiated).async { outcome.set(Result { try options.load() }) }
    let start = Date()
    let label = corpus.data ?? "the bundled corpus"
    func draw() {
      terminal.draw(
        LoadingScreen(
          size: terminal.size, theme: theme, label: label,
          elapsed: Date().timeIntervalSince(start)
        ).render())
    }
    draw()
    while outcome.value == nil {
      guard let event = terminal.readEvent(timeout: 100) else {
        let signal = terminal.terminationSignal
        terminal.stop()
        guard let signal else { exit(0) }
        throw ExitCode(128 + signal)
      }
      if event == .key(.character("q")) || event == .key(.control("c")) {
        terminal.stop()
        exit(0)
      }
      draw()
    }
    return try outcome.value!.get()
  }
}
