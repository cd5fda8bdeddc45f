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

/// `dossier brief [NAME]`: presents a briefing (every marked item a slide); `--speaker` follows
/// a presenter from a second terminal.
struct Brief: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Present a briefing full screen (every marked item a slide), or follow one with --speaker.",
    discussion: """
      The presenter starts at the first item; q or Esc (pressed twice) returns to the explorer. \
      In a second terminal, dossier brief --speaker (on the same corpus) follows it: the note on \
      the current item, the next item, the elapsed time and the countdown, and its keys step \
      the presenter. They meet on a Unix socket under $XDG_RUNTIME_DIR/dossier/.
      """)

  @Argument(
    help: "The briefing (default: the current one).", completion: CompletionValues.briefings)
  var name: String?
  @OptionGroup var corpus: CorpusOptions
  @OptionGroup(title: "Present the timeline instead, filtered") var filters: FilterOptions
  @Option(help: "Colour theme: default, monochrome or contrast (the presenter's default).")
  var theme: Theme.Name?
  @Flag(
    help:
      "Follow the presenter of this corpus running in another terminal: notes, next item, clocks.")
  var speaker = false
  @Flag(help: "Draw with ASCII only (the default when the locale is not UTF-8, as with LANG=C).")
  var ascii = false

  func run() throws {
    let filtered =
      !(filters.actor.isEmpty && filters.lane.isEmpty && filters.source.isEmpty
      && filters.tag.isEmpty && filters.from == nil && filters.to == nil)
    if filtered, name != nil {
      throw ValidationError("give a briefing name or timeline filters, not both")
    }
    if speaker, filtered || name != nil {
      throw ValidationError(
        "--speaker follows whatever the presenter of the corpus shows: give no name or filters")
    }
    let user = UserSettings.load(flags: theme.map { [.theme: $0.rawValue] } ?? [:])
    user.warnIfNeeded()
    if speaker {
      try SpeakerSession(corpus: corpus, theme: user.themeRequest, ascii: ascii).run()
      return
    }
    var session = ExplorerSession(
      corpus: corpus, theme: user.themeRequest, briefing: name ?? "",
      timeline: filtered ? filters : nil)
    session.settings = user.settings
    session.ascii = ascii
    try session.run()
  }
}
