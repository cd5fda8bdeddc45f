/// A loaded corpus: every record, the diagnostics found while loading, and the indexes that link
/// records to each other.
public struct Corpus: Sendable {
  /// The folder the corpus was loaded from, as shown in diagnostics.
  public var root: String
  /// Every file read, for diagnostics.
  public var files: [SourceFile]
  public var manifest: Manifest
  public var sources: [Source]
  public var actors: [Actor]
  public var documents: [Document]
  /// Events in date order.
  public var events: [Event]
  public var myths: [Myth]
  public var disagreements: [Disagreement]
  public var glossary: [GlossaryEntry]
  /// Problems found while loading, ordered by file and position.
  public var diagnostics: [Diagnostic]
  /// Lookups and links between records.
  public var index: CorpusIndex

  public var errorCount: Int { diagnostics.count { $0.severity == .error } }
  public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

  public func actor(_ id: String) -> Actor? { index.actorByID[id].map { actors[$0] } }
  public func event(_ id: String) -> Event? { index.eventByID[id].map { events[$0] } }
  public func myth(_ id: String) -> Myth? { index.mythByID[id].map { myths[$0] } }
  public func source(_ id: String) -> Source? { index.sourceByID[id].map { sources[$0] } }
  public func document(_ id: String) -> Document? {
    index.documentByID[id].map { documents[$0] }
  }
  public func disagreement(_ id: String) -> Disagreement? {
    index.disagreementByID[id].map { disagreements[$0] }
  }
  public func glossaryEntry(_ id: String) -> GlossaryEntry? {
    index.glossaryByID[id].map { glossary[$0] }
  }
  public func lane(_ id: String) -> Lane? { manifest.lanes.first { $0.id == id } }
  public func verdict(_ id: String) -> Verdict? { manifest.verdicts.first { $0.id == id } }

  /// The paragraph a citation names, if it names one that exists.
  public func paragraph(_ citation: Citation) -> Paragraph? {
    guard let section = citation.section, let number = citation.paragraph,
      let paragraphs = document(citation.document)?.section(section)?.paragraphs,
      number >= 1, number <= paragraphs.count
    else { return nil }
    return paragraphs[number - 1]
  }

  /// The source a citation points into.
  public func source(of citation: Citation) -> Source? {
    document(citation.document).flatMap { source($0.sourceID) }
  }

  /// Actors whose id, name or alias folds to the same text as `name`.
  public func actors(named name: String) -> [Actor] {
    (index.actorsByFoldedName[TextFolding.fold(name)] ?? []).map { actors[$0] }
  }

  /// A short human title for any item, for lists and links.
  public func title(of ref: ItemRef) -> String {
    switch ref {
    case .actor(let id): return actor(id)?.name ?? id
    case .event(let id): return event(id)?.title ?? id
    case .myth(let id): return myth(id)?.claim.plain ?? id
    case .source(let id): return source(id)?.title ?? id
    case .document(let id): return document(id)?.title ?? id
    case .section(let doc, let section):
      return document(doc)?.section(section)?.title ?? section
    case .paragraph(let citation):
      let section = citation.section.flatMap { document(citation.document)?.section($0) }
      return "\(section?.title ?? citation.description) ¶\(citation.paragraph ?? 0)"
    case .glossary(let id): return glossaryEntry(id)?.term ?? id
    case .disagreement(let id): return disagreement(id)?.note.plain ?? id
    case .diagnostic(let n): return n < diagnostics.count ? diagnostics[n].message : "diagnostic"
    }
  }

  /// Whether an item exists in this corpus.
  public func contains(_ ref: ItemRef) -> Bool {
    switch ref {
    case .actor(let id): actor(id) != nil
    case .event(let id): event(id) != nil
    case .myth(let id): myth(id) != nil
    case .source(let id): source(id) != nil
    case .document(let id): document(id) != nil
    case .section(let doc, let section): document(doc)?.section(section) != nil
    case .paragraph(let citation): paragraph(citation) != nil
    case .glossary(let id): glossaryEntry(id) != nil
    case .disagreement(let id): disagreement(id) != nil
    case .diagnostic(let n): n >= 0 && n < diagnostics.count
    }
  }
}
