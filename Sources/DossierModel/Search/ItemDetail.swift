import Foundation

/// One item in full, as `dossier show` prints it: every field, figures, citations with the
/// cited passage, links both ways and the disagreements that concern it.
public struct ItemDetail: Sendable, Encodable {
  /// A labelled field ("date", "lane", "verdict").
  public struct Field: Sendable, Encodable {
    public var label: String
    public var value: String
  }
  /// A citation with the passage it points at.
  public struct Cited: Sendable, Encodable {
    public var citation: String
    public var source: String?
    public var passage: String?
  }
  /// Another item, by its reference and title.
  public struct Link: Sendable, Encodable {
    public var ref: String
    public var title: String
    public var relation: String?
  }

  public var ref: String
  public var kind: String
  public var title: String
  public var fields: [Field] = []
  public var text: [String] = []
  public var citations: [Cited] = []
  public var links: [Link] = []
  public var backlinks: [Link] = []
  /// The disagreements that concern the item, directly first (see ``DisagreementIndex``).
  public var disagreements: [Concern] = []

  /// A disagreement concerning the item: how it concerns it, and its versions.
  public struct Concern: Sendable, Encodable {
    /// One version: where it is stated, by which source, and what it says.
    public struct Version: Sendable, Encodable {
      public var citation: String
      public var source: String?
      public var says: String
    }
    public var ref: String
    public var aspect: String
    /// "about it", "a version cites it", "through event:…".
    public var relation: String
    public var note: String
    public var versions: [Version]
  }

  /// The item `ref` of `corpus` in full, or nil when there is no such item.
  public init?(_ ref: ItemRef, in corpus: Corpus) {
    self.init(ref, in: corpus, disagreements: DisagreementIndex(corpus: corpus))
  }

  /// The item `ref` of `corpus` in full, with the disagreements of an index built once.
  public init?(_ ref: ItemRef, in corpus: Corpus, disagreements index: DisagreementIndex) {
    guard corpus.contains(ref), let kind = ItemDetail.kind(ref) else { return nil }
    self.ref = ref.description
    self.kind = kind
    self.title = corpus.title(of: ref)
    func field(_ label: String, _ value: String?) {
      if let value, !value.isEmpty { fields.append(Field(label: label, value: value)) }
    }
    func link(_ target: ItemRef, _ relation: String? = nil) {
      links.append(
        Link(ref: target.description, title: corpus.title(of: target), relation: relation))
    }
    func cite(_ citations: [Citation]) {
      for citation in citations {
        self.citations.append(
          Cited(
            citation: citation.description, source: corpus.source(of: citation)?.title,
            passage: corpus.paragraph(citation)?.text.plain))
      }
    }
    switch ref {
    case .actor(let id):
      let actor = corpus.actor(id)!
      field("kind", actor.kind.rawValue)
      // Each alias with the sources that spell it that way ("Lukashenko — analysis-2019").
      for alias in actor.aliases {
        let sources = actor.aliasSources[alias] ?? []
        field("alias", alias + (sources.isEmpty ? "" : " — " + sources.joined(separator: ", ")))
      }
      field("active", actor.active?.display)
      for role in actor.roles {
        field("role", role.role + (role.dates.map { " (\($0.display))" } ?? ""))
      }
      field("tags", actor.tags.joined(separator: ", "))
      text.append(actor.summary.plain)
      for relation in actor.relations { link(.actor(relation.target), relation.type.label) }
      for incoming in corpus.index.incomingRelations[id] ?? [] {
        backlinks.append(
          Link(
            ref: ItemRef.actor(incoming.from).description,
            title: corpus.title(of: .actor(incoming.from)),
            relation: incoming.relation.type.inverseLabel))
      }
      for e in corpus.index.eventsByActor[id] ?? [] { link(.event(corpus.events[e].id), "event") }
      cite(actor.citations)
    case .event(let id):
      let event = corpus.event(id)!
      field("date", event.dateLabel)
      field("lane", corpus.lane(event.lane)?.name ?? event.lane)
      field("location", event.location?.plain)
      field("tags", event.tags.joined(separator: ", "))
      for figure in event.figures {
        field(
          "figure",
          figure.display + (figure.note.map { " — \($0)" } ?? "")
            + (figure.citation.map { " [\($0)]" } ?? ""))
      }
      text.append(event.summary.plain)
      for actor in event.actors { link(.actor(actor), "actor") }
      for actor in event.associated { link(.actor(actor), "associated") }
      cite(event.citations)
    case .myth(let id):
      let myth = corpus.myth(id)!
      field("verdict", corpus.verdict(myth.verdict)?.label ?? myth.verdict)
      field(
        "held by",
        myth.heldByText ?? ExportSupport.actorNames(myth.heldBy, in: corpus).joined(separator: ", ")
      )
      field("tags", myth.tags.joined(separator: ", "))
      text.append(myth.conclusion.plain)
      for stance in myth.stances {
        let source = corpus.source(stance.source)?.title ?? stance.source
        text.append(
          "\(stance.date?.display ?? "") \(source): \(stance.stance.rawValue) — \(stance.reason.plain)"
        )
      }
      if let reason = myth.noStancesReason {
        text.append("Fewer than two sources take a stance: " + reason)
      }
      for item in myth.evidence {
        let target: ItemRef =
          switch item.target {
          case .event(let e): .event(e)
          case .citation(let c): ItemRef(citation: c)
          }
        link(target, item.effect.rawValue + (item.note.map { ": " + $0.plain } ?? ""))
      }
      if let parent = myth.parent { link(.myth(parent), "part of") }
      for child in corpus.index.mythChildren[id] ?? [] { link(.myth(child), "sub-claim") }
      cite(myth.citations)
    case .glossary(let id):
      let entry = corpus.glossaryEntry(id)!
      field("expansion", entry.expansion)
      text.append(entry.definition.plain)
      for actor in entry.actors { link(.actor(actor), "actor") }
      cite(entry.citations)
    case .source(let id):
      let source = corpus.source(id)!
      if source.shortTitle != source.title { field("short title", source.shortTitle) }
      field("authors", source.authors.joined(separator: ", "))
      field("publisher", source.publisher)
      field("date", source.date?.display)
      field("kind", source.kind.rawValue)
      field("url", source.url)
      field("language", source.language)
      if let note = source.note { text.append(note) }
      for document in corpus.documents where document.sourceID == id {
        link(.document(document.id), "document")
      }
    case .document(let id):
      let document = corpus.document(id)!
      link(.source(document.sourceID), "source")
      if let summary = document.summary { text.append(summary.plain) }
      for section in document.sections {
        link(.section(document: id, section: section.id), "section")
      }
    case .section(let doc, let sectionID):
      let section = corpus.document(doc)!.section(sectionID)!
      for paragraph in section.paragraphs {
        text.append("¶\(paragraph.number) " + paragraph.text.plain)
      }
      link(.document(doc), "document")
    case .paragraph(let citation):
      let paragraph = corpus.paragraph(citation)!
      field("source", corpus.source(of: citation)?.title)
      text.append(paragraph.text.plain)
      for event in paragraph.events { link(.event(event), "declares or reports") }
      for actor in paragraph.text.mentionedActors { link(.actor(actor), "mentions") }
    case .disagreement(let id):
      let item = corpus.disagreement(id)!
      field("aspect", item.aspect.rawValue)
      if let about = item.about { field("about", about) }
      text.append(item.note.plain)
      for version in item.versions {
        text.append("\(version.citation): \(version.says.plain)")
        cite([version.citation])
      }
    case .diagnostic: return nil
    }
    for source in corpus.index.backlinks[ref] ?? [] {
      backlinks.append(
        Link(ref: source.description, title: corpus.title(of: source), relation: nil))
    }
    for entry in index.entries(for: ref) {
      let item = corpus.disagreements[entry.disagreement]
      disagreements.append(
        Concern(
          ref: ItemRef.disagreement(item.id).description, aspect: item.aspect.rawValue,
          relation: entry.relation.label, note: item.note.plain,
          versions: item.versions.map { version in
            Concern.Version(
              citation: version.citation.description,
              source: corpus.source(of: version.citation)?.title, says: version.says.plain)
          }))
    }
  }

  private static func kind(_ ref: ItemRef) -> String? {
    switch ref {
    case .actor: "actor"
    case .event: "event"
    case .myth: "myth"
    case .glossary: "glossary"
    case .source: "source"
    case .document: "document"
    case .section: "section"
    case .paragraph: "paragraph"
    case .disagreement: "disagreement"
    case .diagnostic: nil
    }
  }

  /// Resolves `text`: a full reference (`event:zapad-2017`) or a bare id that names exactly one
  /// item. Returns the candidates when a bare id is ambiguous.
  public static func resolve(_ text: String, in corpus: Corpus) -> [ItemRef] {
    if let ref = ItemRef(text), corpus.contains(ref) { return [ref] }
    let candidates: [ItemRef] = [
      .actor(text), .event(text), .myth(text), .glossary(text), .source(text), .document(text),
      .disagreement(text),
    ]
    var found = candidates.filter { corpus.contains($0) }
    if found.isEmpty, let citation = Citation(parsing: text) {
      let ref = ItemRef(citation: citation)
      if corpus.contains(ref) { found = [ref] }
    }
    return found
  }

  /// The item as readable text.
  public var rendered: String {
    var out = "\(title)\n\(ref)  (\(kind))\n"
    for field in fields { out += "  \(field.label): \(field.value)\n" }
    for paragraph in text where !paragraph.isEmpty { out += "\n" + paragraph + "\n" }
    if !citations.isEmpty {
      out += "\nCitations\n"
      for cited in citations {
        out += "  [\(cited.citation)]" + (cited.source.map { " \($0)" } ?? "") + "\n"
        if let passage = cited.passage { out += "    \u{201C}\(passage)\u{201D}\n" }
      }
    }
    if !links.isEmpty {
      out += "\nLinks\n"
      for link in links {
        out += "  " + (link.relation.map { "\($0): " } ?? "") + "\(link.title)  [\(link.ref)]\n"
      }
    }
    if !backlinks.isEmpty {
      out += "\nLinked from\n"
      for link in backlinks {
        out += "  " + (link.relation.map { "\($0): " } ?? "") + "\(link.title)  [\(link.ref)]\n"
      }
    }
    if !disagreements.isEmpty {
      out += "\nDisagreements\n"
      for item in disagreements {
        out += "  [\(item.ref)] \(item.aspect), \(item.relation)\n    \(item.note)\n"
        for version in item.versions {
          out += "    - [\(version.citation)]" + (version.source.map { " \($0)" } ?? "")
          out += ": \(version.says)\n"
        }
      }
    }
    return out
  }
}
