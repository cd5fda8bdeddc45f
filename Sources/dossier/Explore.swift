import ArgumentParser
import DossierModel
import DossierSettings
import DossierTerminal
import DossierUI
import Foundation

extension Theme.Name: ExpressibleByArgument {}
extension StartView: ExpressibleByArgument {}

/// The default command: the explorer. Without a terminal (a pipe, CI), it prints a summary.
struct Explore: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open the explorer on a corpus (the default command).",
    discussion: ExplorerManual.text)

  @OptionGroup var corpus: CorpusOptions

  @Option(
    help:
      "Colour theme: default, monochrome or contrast (for projectors). NO_COLOR selects monochrome; under TERM=dumb the corpus summary is printed instead."
  )
  var theme: Theme.Name?

  @Option(help: "The view to open: actors, timeline, myths, documents, or last (where you left).")
  var view: StartView?

  @Flag(help: "Draw with ASCII only (the default when the locale is not UTF-8, as with LANG=C).")
  var ascii = false

  func run() throws {
    var flags: [SettingKey: String] = [:]
    flags[.theme] = theme?.rawValue
    flags[.startView] = view?.rawValue
    let user = UserSettings.load(flags: flags)
    user.warnIfNeeded()
    var session = ExplorerSession(corpus: corpus, theme: user.themeRequest)
    session.settings = user.settings
    session.ascii = ascii
    try session.run()
  }
}

/// `dossier brief [NAME]`: opens presenter mode on a briefing's marked events.
struct Brief: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Present a briefing (its marked events) full screen; Esc returns to the explorer.")

  @Argument(
    help: "The briefing (default: the current one).", completion: CompletionValues.briefings)
  var name: String?
  @OptionGroup var corpus: CorpusOptions
  @OptionGroup(title: "Present the timeline instead, filtered") var filters: FilterOptions
  @Option(help: "Colour theme: default, monochrome or contrast (the presenter's default).")
  var theme: Theme.Name?

  /// The theme asked for by the flag, the environment or the config file.
  var requestedTheme: Theme.Name? {
    let user = UserSettings.load(flags: theme.map { [.theme: $0.rawValue] } ?? [:])
    user.warnIfNeeded()
    return user.themeRequest
  }

  func run() throws {
    let filtered =
      !(filters.actor.isEmpty && filters.lane.isEmpty && filters.source.isEmpty
      && filters.tag.isEmpty && filters.from == nil && filters.to == nil)
    if filtered, name != nil {
      throw ValidationError("give a briefing name or timeline filters, not both")
    }
    try ExplorerSession(
      corpus: corpus, theme: requestedTheme, briefing: name ?? "",
      timeline: filtered ? filters : nil
    ).run()
  }
}

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

  func run() throws {
    let loaded = try corpus.load()
    let environment = ProcessInfo.processInfo.environment
    let store = UserDataStore(corpusID: loaded.manifest.id, environment: environment)
    var userData = UserData()
    var startMessage: String?
    do {
      userData = try store.load()
    } catch {
      startMessage = "\(error)"
    }
    if let briefing, !briefing.isEmpty {
      do {
        try userData.switchBriefing(to: briefing)
      } catch {
        throw ValidationError("\(error)")
      }
    }
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      Output.out(CorpusSummary.text(loaded))
      Output.out("(not a terminal: run dossier in a terminal to open the explorer)\n")
      return
    }
    // A dumb terminal cannot move the cursor, so a full-screen explorer cannot work there.
    guard environment["TERM"] != "dumb" else {
      Output.out(CorpusSummary.text(loaded))
      Output.out(
        "(TERM=dumb cannot show the full-screen explorer; the subcommands work: dossier --help)\n")
      return
    }
    let chosen = Theme.resolve(requested: theme, environment: environment)
    let terminal: NcursesTerminal
    do {
      terminal = try NcursesTerminal(
        useColor: chosen.usesColor || briefing != nil,
        ascii: GlyphTable.asciiNeeded(flag: ascii, environment: environment))
    } catch {
      Output.err("error: \(error)\n")
      throw ExitCode(1)
    }
    let positions = LastPositionStore(corpusID: loaded.manifest.id, environment: environment)
    var state = AppState(
      corpus: loaded, theme: chosen, size: terminal.size,
      corpusLabel: corpus.data ?? "bundled corpus")
    state.start(
      userData: userData, message: startMessage, lastPosition: positions.load(),
      startView: settings.startView == .last ? nil : settings.startView.rawValue,
      paneSplit: settings.paneSplit,
      editsNotesExternally: !(environment["VISUAL"] ?? environment["EDITOR"] ?? "").isEmpty)
    if let timeline {
      let filter = try timeline.filter(for: loaded)
      state.present(
        filter.apply(to: loaded).map { .event($0.id) }, label: "timeline, \(filter.description)")
      if theme != nil { state.theme = chosen }
    } else if briefing != nil {
      let events = state.userData.currentBriefing.items.compactMap(ItemRef.init)
      state.present(events, label: "briefing \(state.userData.current)")
      if theme != nil { state.theme = chosen }
    }
    let options = corpus
    let services = FileServices(store: store, positions: positions, environment: environment) {
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
}
