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
    help:
      "Export the items of this briefing (your marks), in its order, with your notes; event filters then choose among its events.",
    completion: CompletionValues.briefings)
  var briefing: String?
  @Option(help: "Write to this file instead of standard output.") var out: String?

  func run() throws {
    let loaded = try corpus.load()
    let filter = try filters.filter(for: loaded)
    let events = filter.apply(to: loaded)
    var selection = ExportSelection(events: events)
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
      selection = data.selection(ofBriefing: briefing, in: loaded).filteringEvents {
        selected.contains($0)
      }
      notes = data.noteTexts
    }
    let description = filter.isEmpty ? nil : filter.description
    let text: String
    do {
      text = try format.encode(
        loaded, selection: selection, filter: description, briefing: briefing, notes: notes)
    } catch {
      throw CommandFailure(message: "cannot export as \(format.rawValue): \(error)")
    }
    if let out {
      do {
        try AtomicFile.write(Data(text.utf8), to: out)
      } catch {
        throw CommandFailure(
          message:
            "cannot write '\(Columns.sanitize(out))': "
            + Columns.sanitize(FileErrors.reason(writing: out, error: error))
        )
      }
    } else {
      Output.export(text)
    }
    // Say what the file does not hold, so that nothing marked goes missing unnoticed.
    let left = format.leftOut(of: selection, in: loaded)
    if !left.isEmpty {
      Output.err(
        "dossier: \(format.rawValue) holds \(format == .csv ? "events only" : "dated events only"); "
          + "left out \(ExportSelection.describe(left)): "
          + left.map(\.description).joined(separator: ", ") + " (md and json hold every item)\n")
    }
    if !selection.missing.isEmpty {
      Output.err(
        "dossier: left out \(selection.missing.count) marked "
          + (selection.missing.count == 1 ? "item" : "items") + " this corpus does not have: "
          + selection.missing.joined(separator: ", ") + "\n")
    }
  }
}
