import ArgumentParser
import DossierModel
import Foundation

/// `dossier export`: the model (or a filtered selection of its events) in a file format.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Export the corpus, or a filtered selection of events.",
    discussion: "The formats are described in docs/exports.md.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case json, md, csv, ics, timelinejs }

  @OptionGroup var corpus: CorpusOptions
  @OptionGroup var filters: FilterOptions
  @Option(
    help:
      "Output format: json (the whole model), md (a handout), csv (one row per event), ics (a calendar), timelinejs (TimelineJS3 JSON)."
  )
  var format: Format = .json
  @Option(help: "Write to this file instead of standard output.") var out: String?

  func run() throws {
    let loaded = try corpus.load()
    let filter = try filters.filter(for: loaded)
    let events = filter.apply(to: loaded)
    let description = filter.isEmpty ? nil : filter.description
    let now = Date()
    let text: String
    switch format {
    case .json:
      text = JSONExport.encode(loaded, events: events, filter: description, exportedAt: now) + "\n"
    case .md:
      text = MarkdownExport.encode(loaded, events: events, filter: description, exportedAt: now)
    case .csv:
      text = CSVExport.encode(loaded, events: events, filter: description, exportedAt: now)
    case .ics:
      text = ICSExport.encode(loaded, events: events, filter: description, exportedAt: now)
    case .timelinejs:
      text =
        TimelineJSExport.encode(loaded, events: events, filter: description, exportedAt: now) + "\n"
    }
    if let out {
      do {
        try AtomicFile.write(Data(text.utf8), to: out)
      } catch {
        Output.err("error: cannot write '\(out)': \(error.localizedDescription)\n")
        throw ExitCode(1)
      }
    } else {
      Output.out(text)
    }
  }
}
