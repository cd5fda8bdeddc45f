import ArgumentParser
import DossierModel
import Foundation

/// `dossier export`: the model (or a filtered selection of its events) in a file format.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Export the corpus, or a filtered selection of events.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case json }

  @OptionGroup var corpus: CorpusOptions
  @OptionGroup var filters: FilterOptions
  @Option(help: "Output format: json.") var format: Format = .json
  @Option(help: "Write to this file instead of standard output.") var out: String?

  func run() throws {
    let loaded = try corpus.load()
    let filter = try filters.filter(for: loaded)
    let text = JSONExport.encode(
      loaded, events: filter.apply(to: loaded), filter: filter.isEmpty ? nil : filter.description)
    if let out {
      do {
        try AtomicFile.write(Data((text + "\n").utf8), to: out)
      } catch {
        Output.err("error: cannot write '\(out)': \(error.localizedDescription)\n")
        throw ExitCode(1)
      }
    } else {
      Output.out(text + "\n")
    }
  }
}
