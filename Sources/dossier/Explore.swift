import ArgumentParser
import DossierModel

/// The default command: opens the explorer (for now, a summary of the corpus).
struct Explore: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open the explorer on a corpus (the default command).")

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    let loaded = try corpus.load()
    Output.out(CorpusSummary.text(loaded))
  }
}
