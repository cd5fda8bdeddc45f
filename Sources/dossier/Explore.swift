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

/// The explorer's main loop around the pure app state: terminal, user data and commands.
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
    var state = AppState(
      corpus: loaded, theme: chosen, size: terminal.size,
      corpusLabel: corpus.data ?? "bundled corpus")
    state.userData = userData
    state.message = startMessage
    // The search index of a large corpus takes seconds: it is built while the user looks around.
    state.pendingSearchIndex = PendingSearchIndex(corpus: loaded)
    state.editsNotesExternally = !(environment["VISUAL"] ?? environment["EDITOR"] ?? "").isEmpty
    let positions = LastPositionStore(corpusID: loaded.manifest.id, environment: environment)
    if settings.startView == .last, let position = positions.load() {
      state.reopen(at: position)
    } else if settings.startView != .last {
      state.open(viewNamed: settings.startView.rawValue)
    }
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
    terminal.draw(state.render())
    // For the end-to-end test that a crash still restores the terminal.
    if environment["DOSSIER_TEST_CRASH"] == "1" {
      fatalError("crash requested by DOSSIER_TEST_CRASH")
    }
    while let event = terminal.readEvent(timeout: state.tickInterval) {
      switch state.handle(event) {
      case .quit:
        terminal.stop()
        if state.presenter == nil { try? positions.save(state.lastPosition) }
        // Every change was saved when it was made, and freeing the state of a large corpus
        // (its search index above all) takes a noticeable time: exit at once.
        exit(0)
      case .reload:
        if corpus.data == nil {
          state.message =
            "The bundled corpus is built into dossier; open a folder with --data DIR to edit and reload it"
        } else if let fresh = try? corpus.load() {
          state.replaceCorpus(fresh)
          state.pendingSearchIndex = PendingSearchIndex(corpus: fresh)
        } else {
          state.message = "Cannot read \(corpus.data ?? "the corpus") any more"
        }
      case .openEditor(let path, let line):
        state.message = openEditor(
          path: path, line: line, terminal: terminal, environment: environment)
      case .saveUserData:
        do {
          let outcome = try store.save(state.userData)
          state.userData = outcome.data
          if let message = outcome.message { state.message = message }
        } catch {
          // Nothing is lost: the data stays in memory and the next change tries again.
          state.message = "Not saved (kept in memory): \(error)"
        }
      case .editNote(let ref, let text):
        if let edited = editNote(text, terminal: terminal, environment: environment),
          state.finishNote(edited, for: ref) == .saveUserData
        {
          do {
            let outcome = try store.save(state.userData)
            state.userData = outcome.data
            if let message = outcome.message { state.message = message }
          } catch {
            state.message = "Not saved (kept in memory): \(error)"
          }
        } else if state.message == nil {
          state.message = "The editor failed; the note is unchanged"
        }
      case .export(let ids, let title, let filter):
        state.message = exportHandout(state, ids: ids, title: title, filter: filter)
      case nil:
        break
      }
      terminal.draw(state.render())
    }
    let signal = terminal.terminationSignal
    terminal.stop()
    if let signal { throw ExitCode(128 + signal) }
  }

  /// Edits a note in `$VISUAL` or `$EDITOR` through a temporary file; nil when the editor failed.
  func editNote(_ text: String, terminal: NcursesTerminal, environment: [String: String]) -> String?
  {
    guard let editor = environment["VISUAL"] ?? environment["EDITOR"] else { return nil }
    let path = NSTemporaryDirectory() + "dossier-note-\(UUID().uuidString).txt"
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
      return nil
    }
    let status = terminal.runExternal(["/bin/sh", "-c", "exec \(editor) \"$@\"", "sh", path])
    guard status == 0 else { return nil }
    return try? String(contentsOfFile: path, encoding: .utf8)
  }

  /// Writes a Markdown handout into the current folder; returns a message for the status line.
  func exportHandout(_ state: AppState, ids: [String], title: String, filter: String?) -> String {
    let events = ids.compactMap { state.corpus.event($0) }
    guard !events.isEmpty else { return "Nothing to export: no events here" }
    let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
    let name = "dossier-\(Identifier.slug(title).prefix(40))-\(stamp).md"
    do {
      let text = try ExportFormat.md.encode(
        state.corpus, events: events, filter: filter, title: title,
        notes: state.userData.noteTexts)
      try AtomicFile.write(Data(text.utf8), to: name)
      return "Exported \(events.count) events to \(name)"
    } catch {
      return "Could not write \(name): \(error.localizedDescription)"
    }
  }

  /// Runs `$VISUAL` or `$EDITOR` on a file at a line; returns a message for the status line.
  func openEditor(
    path: String, line: Int, terminal: NcursesTerminal, environment: [String: String]
  ) -> String? {
    guard let editor = environment["VISUAL"] ?? environment["EDITOR"], !editor.isEmpty else {
      return "Set $EDITOR to open \(path):\(line)"
    }
    guard FileManager.default.fileExists(atPath: path) else {
      return "\(path) is built into dossier; open the corpus with --data DIR to edit it"
    }
    // Run in dossier's own process group, so that the editor may read the terminal.
    let status = terminal.runExternal([
      "/bin/sh", "-c", "exec \(editor) \"$@\"", "sh", "+\(line)", path,
    ])
    return status == 0 ? "Press r to reload after editing" : "The editor could not be started"
  }
}
