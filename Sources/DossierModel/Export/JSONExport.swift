import Foundation

/// The whole model as JSON: the schema is documented in `docs/json-export.md`.
public enum JSONExport {
  /// The briefing an export is made for: its name and marked items.
  public struct BriefingInfo: Sendable {
    public var name: String
    public var selection: ExportSelection
    public init(name: String, selection: ExportSelection) {
      self.name = name
      self.selection = selection
    }
  }

  /// Encodes the corpus (or the given subset of its events) as pretty-printed JSON; with a
  /// briefing, its items in order and the notes on them too. Throws ``ExportError`` when the
  /// encoding fails.
  public static func encode(
    _ corpus: Corpus, events: [Event]? = nil, filter: String? = nil, exportedAt: Date = Date(),
    briefing: BriefingInfo? = nil, notes: [String: String] = [:]
  ) throws -> String {
    let document = ExportDocument(
      corpus: corpus, events: events ?? corpus.events, filter: filter, exportedAt: exportedAt,
      briefing: briefing, notes: notes)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(document), as: UTF8.self)
    } catch {
      throw ExportError("the model cannot be encoded as JSON: \(error)")
    }
  }
}

/// Every diagnostic as JSON, with the counts.
public enum DiagnosticJSON {
  public static func encode(_ corpus: Corpus) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    struct Report: Encodable {
      var corpus: String
      var errors: Int
      var warnings: Int
      var diagnostics: [ExportDiagnostic]
    }
    let report = Report(
      corpus: corpus.root, errors: corpus.errorCount, warnings: corpus.warningCount,
      diagnostics: corpus.diagnostics.map { ExportDiagnostic($0, files: corpus.files) })
    return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self)
  }
}

struct ExportDiagnostic: Encodable {
  var id: String
  var severity: String
  var message: String
  var file: String?
  var line: Int?
  var column: Int?
  var length: Int?
  var hint: String?

  init(_ diagnostic: Diagnostic, files: [SourceFile]) {
    id = diagnostic.id.rawValue
    severity = diagnostic.severity.rawValue
    message = TerminalText.sanitized(diagnostic.message)
    hint = diagnostic.hint.map { TerminalText.sanitized($0) }
    file = diagnostic.path.map { TerminalText.sanitized($0) }
    if let span = diagnostic.span, span.file < files.count {
      let source = files[span.file]
      let (l, c) = source.location(of: span.offset)
      file = TerminalText.sanitized(source.path)
      line = l
      column = c
      length = span.length
    }
  }
}

private struct ExportDocument: Encodable {
  struct Meta: Encodable {
    var format = "dossier-export"
    var version = 1
    var exported_at: String
    var filter: String?
  }
  struct CorpusInfo: Encodable {
    struct EraOut: Encodable {
      var id: String, name: String, dates: String, display: String, summary: String?
    }
    struct LaneOut: Encodable { var id: String, name: String, short: String, summary: String? }
    struct VerdictOut: Encodable { var id: String, label: String }
    var id: String, title: String, description: String?, language: String
    var eras: [EraOut], lanes: [LaneOut], verdicts: [VerdictOut]
  }
  struct SourceOut: Encodable {
    var id: String, title: String, short: String, authors: [String], publisher: String?
    var date: String?, kind: String, url: String?, language: String?, note: String?
  }
  struct ActorOut: Encodable {
    struct RoleOut: Encodable { var role: String, dates: String? }
    struct RelationOut: Encodable { var type: String, to: String, dates: String?, note: String? }
    var id: String, name: String, aliases: [String], alias_sources: [String: [String]]
    var kind: String, summary: String
    var roles: [RoleOut], relations: [RelationOut], active: String?, tags: [String]
    var citations: [String]
  }
  struct FigureOut: Encodable {
    var value: Double, max: Double?, unit: String, counts: String?, approx: Bool, note: String?
    var cite: String?
  }
  struct EventOut: Encodable {
    var id: String, date: String, date_display: String, display_date: String?, after: String?
    var title: String
    var summary: String, actors: [String], associated: [String], lane: String, tags: [String]
    var location: String?, figures: [FigureOut], citations: [String]
  }
  struct MythOut: Encodable {
    struct StanceOut: Encodable {
      var source: String, stance: String, date: String?, reason: String, cite: String?
    }
    struct EvidenceOut: Encodable {
      var event: String?, cite: String?, effect: String, note: String?
    }
    var id: String, claim: String, held_by: [String], held_by_text: String?, parent: String?
    var verdict: String, verdict_label: String, conclusion: String, citations: [String]
    var stances: [StanceOut], evidence: [EvidenceOut], no_stances_reason: String?, tags: [String]
  }
  struct DocumentOut: Encodable {
    struct ParagraphOut: Encodable {
      var number: Int, citation: String, text: String, preformatted: Bool, events: [String]
    }
    struct SectionOut: Encodable {
      var id: String, title: String, level: Int, paragraphs: [ParagraphOut]
    }
    var id: String, source: String, title: String, summary: String?, sections: [SectionOut]
  }
  struct GlossaryOut: Encodable {
    var id: String, term: String, expansion: String?, definition: String, actors: [String]
    var citations: [String]
  }
  struct DisagreementOut: Encodable {
    struct VersionOut: Encodable {
      var cite: String, says: String, event: String?, actor: String?, myth: String?
    }
    var id: String, about: String?, aspect: String, note: String, versions: [VersionOut]
  }

  struct BriefingOut: Encodable {
    var name: String, items: [String], missing: [String], notes: [String: String]
  }

  var export: Meta
  var briefing: BriefingOut?
  var corpus: CorpusInfo
  var sources: [SourceOut]
  var actors: [ActorOut]
  var events: [EventOut]
  var myths: [MythOut]
  var documents: [DocumentOut]
  var glossary: [GlossaryOut]
  var disagreements: [DisagreementOut]
  var diagnostics: [ExportDiagnostic]

  init(
    corpus c: Corpus, events selected: [Event], filter: String?, exportedAt: Date,
    briefing info: JSONExport.BriefingInfo?, notes: [String: String]
  ) {
    export = Meta(exported_at: ISO8601DateFormatter().string(from: exportedAt), filter: filter)
    briefing = info.map { info in
      let items = info.selection.items.map(\.description)
      var kept: [String: String] = [:]
      for item in info.selection.items {
        if let note = ExportSupport.note(for: item, in: notes) { kept[item.description] = note }
      }
      return BriefingOut(
        name: info.name, items: items, missing: info.selection.missing, notes: kept)
    }
    let m = c.manifest
    corpus = CorpusInfo(
      id: m.id, title: m.title, description: m.description, language: m.language,
      eras: m.eras.map {
        .init(
          id: $0.id, name: $0.name, dates: $0.dates.text, display: $0.dates.display,
          summary: $0.summary)
      },
      lanes: m.lanes.map { .init(id: $0.id, name: $0.name, short: $0.short, summary: $0.summary) },
      verdicts: m.verdicts.map { .init(id: $0.id, label: $0.label) })
    sources = c.sources.map {
      .init(
        id: $0.id, title: $0.title, short: $0.shortTitle, authors: $0.authors,
        publisher: $0.publisher,
        date: $0.date?.text, kind: $0.kind.rawValue, url: $0.url, language: $0.language,
        note: $0.note)
    }
    actors = c.actors.map { a in
      .init(
        id: a.id, name: a.name, aliases: a.aliases,
        alias_sources: a.aliasSources.filter { !$0.value.isEmpty }, kind: a.kind.rawValue,
        summary: a.summary.plain,
        roles: a.roles.map { .init(role: $0.role, dates: $0.dates?.text) },
        relations: a.relations.map {
          .init(type: $0.type.rawValue, to: $0.target, dates: $0.dates?.text, note: $0.note)
        },
        active: a.active?.text, tags: a.tags, citations: a.citations.map(\.description))
    }
    events = selected.map { e in
      .init(
        id: e.id, date: e.date.text, date_display: e.date.display, display_date: e.display,
        after: e.after, title: e.title, summary: e.summary.plain, actors: e.actors,
        associated: e.associated,
        lane: e.lane, tags: e.tags, location: e.location?.plain,
        figures: e.figures.map {
          .init(
            value: $0.value, max: $0.max, unit: $0.unit, counts: $0.counts, approx: $0.approximate,
            note: $0.note, cite: $0.citation?.description)
        },
        citations: e.citations.map(\.description))
    }
    myths = c.myths.map { m in
      .init(
        id: m.id, claim: m.claim.plain, held_by: m.heldBy, held_by_text: m.heldByText,
        parent: m.parent, verdict: m.verdict,
        verdict_label: c.verdict(m.verdict)?.label ?? m.verdict,
        conclusion: m.conclusion.plain, citations: m.citations.map(\.description),
        stances: m.stances.map {
          .init(
            source: $0.source, stance: $0.stance.rawValue, date: $0.date?.text,
            reason: $0.reason.plain, cite: $0.citation?.description)
        },
        evidence: m.evidence.map { e in
          switch e.target {
          case .event(let id):
            .init(event: id, cite: nil, effect: e.effect.rawValue, note: e.note?.plain)
          case .citation(let citation):
            .init(
              event: nil, cite: citation.description, effect: e.effect.rawValue, note: e.note?.plain
            )
          }
        },
        no_stances_reason: m.noStancesReason, tags: m.tags)
    }
    documents = c.documents.map { d in
      .init(
        id: d.id, source: d.sourceID, title: d.title, summary: d.summary?.plain,
        sections: d.sections.map { s in
          .init(
            id: s.id, title: s.title, level: s.level,
            paragraphs: s.paragraphs.map { p in
              .init(
                number: p.number,
                citation: Citation(document: d.id, section: s.id, paragraph: p.number).description,
                text: p.text.plain, preformatted: p.preformatted, events: p.events)
            })
        })
    }
    glossary = c.glossary.map {
      .init(
        id: $0.id, term: $0.term, expansion: $0.expansion, definition: $0.definition.plain,
        actors: $0.actors, citations: $0.citations.map(\.description))
    }
    disagreements = c.disagreements.map { d in
      .init(
        id: d.id, about: d.about, aspect: d.aspect.rawValue, note: d.note.plain,
        versions: d.versions.map {
          .init(
            cite: $0.citation.description, says: $0.says.plain, event: $0.event, actor: $0.actor,
            myth: $0.myth)
        })
    }
    diagnostics = c.diagnostics.map { ExportDiagnostic($0, files: c.files) }
  }
}
