import ArgumentParser
import DossierModel
import Foundation

/// Output formats of the listing subcommands.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
  /// Aligned columns for reading.
  case text
  /// Tab-separated values for scripts, one record a line, no header.
  case tsv
}

/// Pads text to a width in characters.
func pad(_ text: String, _ width: Int) -> String {
  text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}

/// Removes tabs and line breaks from a TSV field.
func tsvField(_ text: String) -> String {
  String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
}

/// `dossier timeline`: events in date order.
struct Timeline: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "List events in date order.")

  @OptionGroup var corpus: CorpusOptions
  @OptionGroup var filters: FilterOptions
  @Option(help: "text or tsv (date, shown date, lane, id, title).") var format: ListFormat = .text

  func run() throws {
    let loaded = try corpus.load()
    let events = try filters.filter(for: loaded).apply(to: loaded)
    var out = ""
    for event in events {
      let lane = loaded.lane(event.lane)?.short ?? event.lane
      switch format {
      case .text:
        out += "\(pad(event.dateLabel, 22))\(pad(lane, 4)) \(event.title)  [\(event.id)]\n"
      case .tsv:
        out +=
          [event.date.text, event.dateLabel, event.lane, event.id, event.title]
          .map(tsvField).joined(separator: "\t") + "\n"
      }
    }
    Output.out(out)
  }
}

/// `dossier actors`: actors by kind and name.
struct Actors: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "List actors.")

  @OptionGroup var corpus: CorpusOptions
  @Option(help: "Only actors of this kind (country, person, organisation ...).") var kind: String?
  @Option(help: "Only actors with events cited from this source.") var source: String?
  @Option(help: "text or tsv (id, kind, name, events, aliases).") var format: ListFormat = .text

  func run() throws {
    let loaded = try corpus.load()
    var actors = loaded.actors
    if let kind {
      guard let k = Actor.Kind(rawValue: kind) else {
        throw ValidationError(
          "unknown kind '\(kind)'; kinds: \(Actor.Kind.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      actors = actors.filter { $0.kind == k }
    }
    if let source {
      guard loaded.source(source) != nil else {
        throw ValidationError("unknown source '\(source)'")
      }
      let ids = Set(
        EventFilter(sources: [source]).apply(to: loaded).flatMap { $0.actors + $0.associated })
      actors = actors.filter { ids.contains($0.id) }
    }
    actors.sort { ($0.kind.rawValue, $0.name) < ($1.kind.rawValue, $1.name) }
    var out = ""
    for actor in actors {
      let count = loaded.index.eventsByActor[actor.id]?.count ?? 0
      switch format {
      case .text:
        out +=
          "\(pad(actor.id, 28))\(pad(actor.kind.rawValue, 16))\(actor.name)  (\(count) events)\n"
      case .tsv:
        out +=
          [
            actor.id, actor.kind.rawValue, actor.name, String(count),
            actor.aliases.joined(separator: "; "),
          ]
          .map(tsvField).joined(separator: "\t") + "\n"
      }
    }
    Output.out(out)
  }
}

/// `dossier myths`: claims with their verdicts.
struct Myths: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "List myths with their verdicts.")

  @OptionGroup var corpus: CorpusOptions
  @Option(help: "Only myths concerning this actor (id, name or alias).") var actor: String?
  @Option(help: "Only myths on which this source takes a stance.") var source: String?
  @Option(help: "text or tsv (id, verdict, parent, claim).") var format: ListFormat = .text

  func run() throws {
    let loaded = try corpus.load()
    var myths = loaded.myths
    if let actor {
      guard let match = loaded.actor(actor) ?? loaded.actors(named: actor).first else {
        throw ValidationError("unknown actor '\(actor)'")
      }
      let indices = Set(loaded.index.mythsByActor[match.id] ?? [])
      myths = loaded.myths.enumerated().filter { indices.contains($0.offset) }.map(\.element)
    }
    if let source {
      guard loaded.source(source) != nil else {
        throw ValidationError("unknown source '\(source)'")
      }
      myths = myths.filter { $0.stances.contains { $0.source == source } }
    }
    var out = ""
    for myth in myths {
      let verdict = loaded.verdict(myth.verdict)?.label ?? myth.verdict
      switch format {
      case .text:
        let indent = myth.parent == nil ? "" : "  "
        out +=
          "\(pad(myth.id, 34))\(pad("[" + verdict.uppercased() + "]", 22))\(indent)\(myth.claim.plain)\n"
      case .tsv:
        out +=
          [myth.id, myth.verdict, myth.parent ?? "", myth.claim.plain].map(tsvField)
          .joined(separator: "\t") + "\n"
      }
    }
    Output.out(out)
  }
}
