import ArgumentParser
import DossierModel
import Foundation

/// Output formats of the listing subcommands.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
  /// Aligned columns for reading.
  case text
  /// Tab-separated values for scripts: a header row (unless `--no-header`), one record a line.
  case tsv
}

/// `--format` and `--no-header`: how a listing is printed.
struct ListOutput: ParsableArguments {
  @Option(help: "text (aligned columns) or tsv (tab-separated, with a header row).")
  var format: ListFormat = .text
  @Flag(help: "Leave out the header row of tsv output.") var noHeader = false

  /// The listing in the chosen format: `text` rows for reading, `tsv` rows under `header`.
  func render(header: [String], tsv: [[String]], text: [[String]]) -> String {
    switch format {
    case .text: Columns.render(text)
    case .tsv: Columns.tsv(header, tsv, includeHeader: !noHeader)
    }
  }
}

/// Removes tabs, line breaks and control characters from a TSV field.
func tsvField(_ text: String) -> String { Columns.tsvField(text) }

/// `dossier timeline`: events in date order.
struct Timeline: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List events in date order.",
    discussion: """
      tsv columns: date, shown date, lane, id, title. With --year the listing starts at the \
      first event of that year (open ranges such as "since 2014" that sort before it are \
      skipped), or at the next year with events.
      """)

  @OptionGroup var corpus: CorpusOptions
  @OptionGroup var filters: FilterOptions
  @Option(help: "Start at the first event of this year (after the filters).") var year: Int?
  @OptionGroup var output: ListOutput

  func run() throws {
    let loaded = try corpus.load()
    var events = try filters.filter(for: loaded).apply(to: loaded)
    if let year {
      if let landing = Corpus.firstEvent(ofYear: year, in: events) {
        if !landing.exact {
          Output.err("dossier: no events in \(year); starting at \(landing.year)\n")
        }
        events.removeFirst(landing.index)
      } else {
        Output.err("dossier: no events from \(year) on\n")
        events = []
      }
    }
    Output.out(
      output.render(
        header: ["date", "shown", "lane", "id", "title"],
        tsv: events.map { [$0.date.text, $0.dateLabel, $0.lane, $0.id, $0.title] },
        text: events.map { event in
          [
            event.dateLabel, loaded.lane(event.lane)?.short ?? event.lane,
            "\(event.title)  [\(event.id)]",
          ]
        }))
  }
}

/// `dossier actors`: actors by kind and name.
struct Actors: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List actors.", discussion: "tsv columns: id, kind, name, events, aliases.")

  @OptionGroup var corpus: CorpusOptions
  @Option(help: "Only actors of this kind (country, person, organisation ...).") var kind: String?
  @Option(help: "Only actors with events cited from this source.") var source: String?
  @OptionGroup var output: ListOutput

  func run() throws {
    let loaded = try corpus.load()
    var actors = loaded.actors
    if let kind {
      guard let k = Actor.Kind(rawValue: kind) else {
        throw ValidationError(
          "unknown kind '\(Columns.sanitize(kind))'; kinds: \(Actor.Kind.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      actors = actors.filter { $0.kind == k }
    }
    if let source {
      guard loaded.source(source) != nil else {
        throw ValidationError(
          "unknown source '\(Columns.sanitize(source))'; sources: \(loaded.sources.map(\.id).joined(separator: ", "))"
        )
      }
      let ids = Set(
        EventFilter(sources: [source]).apply(to: loaded).flatMap { $0.actors + $0.associated })
      actors = actors.filter { ids.contains($0.id) }
    }
    actors.sort { ($0.kind.rawValue, $0.name) < ($1.kind.rawValue, $1.name) }
    func count(_ actor: Actor) -> Int { loaded.index.eventsByActor[actor.id]?.count ?? 0 }
    Output.out(
      output.render(
        header: ["id", "kind", "name", "events", "aliases"],
        tsv: actors.map {
          [$0.id, $0.kind.rawValue, $0.name, String(count($0)), $0.aliases.joined(separator: "; ")]
        },
        text: actors.map {
          let n = count($0)
          return [$0.id, $0.kind.rawValue, "\($0.name)  (\(Counted.text(n, "event")))"]
        }))
  }
}

/// `dossier myths`: claims with their verdicts.
struct Myths: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List myths with their verdicts.",
    discussion: "tsv columns: id, verdict, parent, claim.")

  @OptionGroup var corpus: CorpusOptions
  @Option(help: "Only myths concerning this actor (id, name or alias).") var actor: String?
  @Option(help: "Only myths on which this source takes a stance.") var source: String?
  @OptionGroup var output: ListOutput

  func run() throws {
    let loaded = try corpus.load()
    var myths = loaded.myths
    if let actor {
      guard let match = loaded.actor(actor) ?? loaded.actors(named: actor).first else {
        throw ValidationError("unknown actor '\(Columns.sanitize(actor))'")
      }
      let indices = Set(loaded.index.mythsByActor[match.id] ?? [])
      myths = loaded.myths.enumerated().filter { indices.contains($0.offset) }.map(\.element)
    }
    if let source {
      guard loaded.source(source) != nil else {
        throw ValidationError(
          "unknown source '\(Columns.sanitize(source))'; sources: \(loaded.sources.map(\.id).joined(separator: ", "))"
        )
      }
      myths = myths.filter { $0.stances.contains { $0.source == source } }
    }
    Output.out(
      output.render(
        header: ["id", "verdict", "parent", "claim"],
        tsv: myths.map { [$0.id, $0.verdict, $0.parent ?? "", $0.claim.plain] },
        text: myths.map { myth in
          let verdict = loaded.verdict(myth.verdict)?.label ?? myth.verdict
          return [
            myth.id, "[\(verdict.uppercased())]",
            (myth.parent == nil ? "" : "  ") + myth.claim.plain,
          ]
        }))
  }
}
