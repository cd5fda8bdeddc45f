import ArgumentParser
import DossierModel
import DossierUI
import Foundation

/// `dossier open REF`: the explorer, started at one item.
struct Open: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open the explorer at one item (a deep link): its view, with it selected.",
    discussion: """
      REF is a reference as `dossier search` and `dossier show` print it \
      (event:zapad-2017-exercise, actor:lukashenka, myth:…, source:…, paragraph:DOC#SECTION.N) \
      or a bare id when only one item has it. Without a terminal, the item is printed as \
      `dossier show` prints it.
      """)

  @Argument(help: "The item's reference or id.") var ref: String
  @OptionGroup var corpus: CorpusOptions
  @Option(help: "Colour theme: default, monochrome or contrast (for projectors).")
  var theme: Theme.Name?
  @Flag(help: "Draw with ASCII only (the default when the locale is not UTF-8, as with LANG=C).")
  var ascii = false

  func run() throws {
    let user = UserSettings.load(flags: theme.map { [.theme: $0.rawValue] } ?? [:])
    user.warnIfNeeded()
    var session = ExplorerSession(corpus: corpus, theme: user.themeRequest)
    session.settings = user.settings
    session.ascii = ascii
    session.item = ref
    try session.run()
  }
}
