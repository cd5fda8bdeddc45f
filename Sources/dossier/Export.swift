import ArgumentParser
import DossierModel
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `dossier export`: the model (or a filtered selection of its events) in a file format.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Export the corpus, or a filtered selection of events.",
    discussion: "The formats are described in docs/exports.md.")

  @OptionGroup var corpus: CorpusOptions
  @OptionGroup var filters: FilterOptions
  @Option(
    help:
      "Output format: json (the whole model), md (a handout), csv (one row per event), ics (a calendar), timelinejs (TimelineJS3 JSON)."
  )
  var format: ExportFormat = .json
  @Option(
    help: "Export the events of this briefing (your marks), in its order, with your notes.",
    completion: CompletionValues.briefings)
  var briefing: String?
  @Option(help: "Write to this file instead of standard output.") var out: String?

  func run() throws {
    let loaded = try corpus.load()
    let filter = try filters.filter(for: loaded)
    var events = filter.apply(to: loaded)
    var notes: [String: String] = [:]
    if let briefing {
      let store = UserDataStore(corpusID: loaded.manifest.id)
      let data: UserData
      do {
        data = try store.load()
      } catch {
        throw ValidationError("cannot read your briefings: \(error)")
      }
      guard data.briefing(named: briefing) != nil else {
        let names = data.briefings.map(\.name).joined(separator: ", ")
        throw ValidationError("no briefing named '\(briefing)'; briefings: \(names)")
      }
      let selected = Set(events.map(\.id))
      events = data.events(ofBriefing: briefing, in: loaded).filter { selected.contains($0.id) }
      notes = data.noteTexts
    }
    let description = filter.isEmpty ? nil : filter.description
    let text = format.encode(
      loaded, events: events, filter: description, title: briefing.map { "Briefing: \($0)" },
      notes: notes)
    if let out {
      do {
        try AtomicFile.write(Data(text.utf8), to: out)
      } catch {
        throw CommandFailure(
          message:
            "cannot write '\(Columns.sanitize(out))': \(FileErrors.reason(writing: out, error: error))"
        )
      }
    } else {
      Output.export(text)
    }
  }
}
