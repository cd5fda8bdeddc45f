/// What the search knows of one item: its kind, title and date for the result row, and the
/// weighted fields it is found by.
public struct SearchFields: Sendable {
  public var ref: ItemRef
  public var kind: SearchKind
  /// The title shown in a result row.
  public var title: String
  /// The date shown for an event.
  public var date: String?
  /// Names and titles: the heaviest field.
  public var name: String
  /// The item's own aliases, expansions and id read as words: an exact match on one of them
  /// puts the item first.
  public var aliases: [String]
  /// The names and aliases of the actors the item involves (weighted as aliases).
  public var involved: [String] = []
  /// The text: summaries, claims' conclusions, stances, evidence notes, definitions, passages.
  public var body: String
  /// Tags and lanes: the lightest field, never enough to outrank a match in the text.
  public var tags: [String]
}

/// The kinds of item a search returns, in the order results of equal rank are listed.
public enum SearchKind: Int, Sendable, CaseIterable, Comparable, Codable {
  case actor, event, myth, glossary, source, document, disagreement, paragraph

  /// The kind as a word, for result rows ("event").
  public var label: String {
    switch self {
    case .actor: "actor"
    case .event: "event"
    case .myth: "myth"
    case .glossary: "glossary"
    case .source: "source"
    case .document: "document"
    case .disagreement: "disagreement"
    case .paragraph: "passage"
    }
  }

  public static func < (a: SearchKind, b: SearchKind) -> Bool { a.rawValue < b.rawValue }
}

extension Corpus {
  /// The search fields of every item, kind by kind (actors, events, myths, glossary, sources,
  /// documents, disagreements, passages).
  public func searchFields() -> [SearchFields] {
    var all: [SearchFields] = []
    all.reserveCapacity(actors.count + events.count * 3)
    let names = actorNameTable()
    for actor in actors { all.append(fields(actor)) }
    for event in events { all.append(fields(event, names)) }
    for myth in myths { all.append(fields(myth, names)) }
    for entry in glossary { all.append(fields(entry, names)) }
    for source in sources { all.append(fields(source)) }
    for document in documents { all.append(fields(document)) }
    for item in disagreements { all.append(fields(item, names)) }
    for document in documents { appendParagraphs(of: document, names, to: &all) }
    return all
  }

  /// The search fields of one item, or nil when it is not a searchable item of this corpus.
  public func searchFields(of ref: ItemRef) -> SearchFields? {
    let names = actorNameTable()
    switch ref {
    case .actor(let id): return actor(id).map(fields)
    case .event(let id): return event(id).map { fields($0, names) }
    case .myth(let id): return myth(id).map { fields($0, names) }
    case .glossary(let id): return glossaryEntry(id).map { fields($0, names) }
    case .source(let id): return source(id).map(fields)
    case .document(let id): return document(id).map(fields)
    case .disagreement(let id): return disagreement(id).map { fields($0, names) }
    case .paragraph(let citation):
      guard let document = document(citation.document),
        let section = citation.section.flatMap(document.section),
        let paragraph = paragraph(citation)
      else { return nil }
      return fields(paragraph, section, document, names)
    case .section, .diagnostic: return nil
    }
  }

  /// Each actor's name and aliases, the words that find every item the actor is involved in.
  private func actorNameTable() -> [String: [String]] {
    var table: [String: [String]] = [:]
    for actor in actors { table[actor.id] = [actor.name] + actor.aliases }
    return table
  }

  private func involved(_ ids: [String], _ names: [String: [String]]) -> [String] {
    var seen: Set<String> = []
    var result: [String] = []
    for id in ids where seen.insert(id).inserted { result += names[id] ?? [] }
    return result
  }

  private func fields(_ actor: Actor) -> SearchFields {
    SearchFields(
      ref: .actor(actor.id), kind: .actor, title: actor.name, date: nil, name: actor.name,
      aliases: actor.aliases + [spaced(actor.id)],
      body: ([actor.summary.plain] + actor.roles.map(\.role)).joined(separator: "\n"),
      tags: actor.tags)
  }

  private func fields(_ event: Event, _ names: [String: [String]]) -> SearchFields {
    var body = [event.summary.plain]
    if let location = event.location?.plain { body.append(location) }
    for figure in event.figures {
      body.append(figure.display + (figure.note.map { " " + $0 } ?? ""))
    }
    let actors = event.actors + event.associated + event.summary.mentionedActors
    return SearchFields(
      ref: .event(event.id), kind: .event, title: event.title, date: event.dateLabel,
      name: event.title, aliases: [spaced(event.id)], involved: involved(actors, names),
      body: body.joined(separator: "\n"), tags: event.tags + [lane(event.lane)?.name ?? event.lane])
  }

  private func fields(_ myth: Myth, _ names: [String: [String]]) -> SearchFields {
    var body = [myth.conclusion.plain]
    body += myth.stances.map(\.reason.plain)
    body += myth.evidence.compactMap { $0.note?.plain }
    let actors = myth.heldBy + myth.claim.mentionedActors
    return SearchFields(
      ref: .myth(myth.id), kind: .myth, title: myth.claim.plain, date: nil,
      name: myth.claim.plain,
      aliases: [spaced(myth.id)],
      involved: (myth.heldByText.map { [$0] } ?? []) + involved(actors, names),
      body: body.joined(separator: "\n"), tags: myth.tags)
  }

  private func fields(_ entry: GlossaryEntry, _ names: [String: [String]]) -> SearchFields {
    SearchFields(
      ref: .glossary(entry.id), kind: .glossary, title: entry.term, date: nil, name: entry.term,
      aliases: (entry.expansion.map { [$0] } ?? []) + [spaced(entry.id)],
      involved: involved(entry.actors, names),
      body: entry.definition.plain, tags: [])
  }

  private func fields(_ source: Source) -> SearchFields {
    SearchFields(
      ref: .source(source.id), kind: .source, title: source.title, date: source.date?.display,
      name: source.title,
      aliases: source.authors + (source.publisher.map { [$0] } ?? []) + [spaced(source.id)],
      body: source.note ?? "", tags: [])
  }

  private func fields(_ document: Document) -> SearchFields {
    SearchFields(
      ref: .document(document.id), kind: .document, title: document.title, date: nil,
      name: document.title, aliases: [spaced(document.id)], body: document.summary?.plain ?? "",
      tags: [])
  }

  private func fields(_ item: Disagreement, _ names: [String: [String]]) -> SearchFields {
    var actors = item.versions.compactMap(\.actor)
    if let about = item.about, actor(about) != nil { actors.append(about) }
    let aboutTitle = item.about.flatMap { id in event(id)?.title ?? myth(id)?.claim.plain }
    return SearchFields(
      ref: .disagreement(item.id), kind: .disagreement, title: item.note.plain, date: nil,
      name: "", aliases: [], involved: (aboutTitle.map { [$0] } ?? []) + involved(actors, names),
      body: ([item.note.plain] + item.versions.map(\.says.plain)).joined(separator: "\n"),
      tags: [])
  }

  private func appendParagraphs(
    of document: Document, _ names: [String: [String]], to all: inout [SearchFields]
  ) {
    for section in document.sections {
      for paragraph in section.paragraphs where !paragraph.preformatted {
        all.append(fields(paragraph, section, document, names))
      }
    }
  }

  private func fields(
    _ paragraph: Paragraph, _ section: Section, _ document: Document,
    _ names: [String: [String]]
  ) -> SearchFields {
    let citation = Citation(
      document: document.id, section: section.id, paragraph: paragraph.number)
    return SearchFields(
      ref: .paragraph(citation), kind: .paragraph,
      title: "\(document.title) › \(section.title) ¶\(paragraph.number)", date: nil, name: "",
      aliases: [], involved: involved(paragraph.text.mentionedActors, names),
      body: paragraph.text.plain,
      tags: [section.title])
  }

  /// An id read as words: "zapad-2017" as "zapad 2017".
  private func spaced(_ id: String) -> String { id.replacingOccurrences(of: "-", with: " ") }
}
