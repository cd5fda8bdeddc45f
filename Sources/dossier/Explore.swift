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
