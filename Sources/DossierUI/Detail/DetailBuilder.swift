import DossierModel
import DossierTUI

/// One logical line of a detail pane: styled text, optionally a link that Enter follows.
struct DetailLine: Equatable {
  var segments: [Segment]
  var link: ItemRef?
  var indent = 0
  /// Preformatted lines are not wrapped (diagnostic text).
  var preformatted = false

  struct Segment: Equatable {
    var text: String
    var role: Role
  }

  init(_ segments: [Segment], link: ItemRef? = nil, indent: Int = 0, preformatted: Bool = false) {
    self.segments = segments
    self.link = link
    self.indent = indent
    self.preformatted = preformatted
  }

  init(_ text: String, _ role: Role = .normal, link: ItemRef? = nil, indent: Int = 0) {
    self.init([Segment(text: text, role: role)], link: link, indent: indent)
  }

  static let blank = DetailLine("")
}

/// Builds what the detail pane says about an item: its fields and every link to related items.
struct DetailBuilder {
  let corpus: Corpus
  /// Width available, for side-by-side layouts.
  let width: Int
  /// Which disagreements concern each item.
  let disagreements: DisagreementIndex

  func lines(for ref: ItemRef?) -> [DetailLine] {
    guard let ref else { return [DetailLine("Nothing selected.", .dim)] }
    switch ref {
    case .actor(let id): return corpus.actor(id).map(actor) ?? missing(ref)
    case .event(let id): return corpus.event(id).map(event) ?? missing(ref)
    case .myth(let id): return corpus.myth(id).map(myth) ?? missing(ref)
    case .document(let id): return corpus.document(id).map(document) ?? missing(ref)
    case .source(let id):
      return corpus.documents.first { $0.sourceID == id }.map(document) ?? missing(ref)
    case .paragraph(let citation): return paragraph(citation)
    case .section(let doc, let section):
      return paragraph(Citation(document: doc, section: section, paragraph: 1))
    case .glossary(let id): return corpus.glossaryEntry(id).map(glossary) ?? missing(ref)
    case .disagreement(let id): return corpus.disagreement(id).map(disagreement) ?? missing(ref)
    case .diagnostic(let n): return diagnostic(n)
    }
  }

  func missing(_ ref: ItemRef) -> [DetailLine] {
    [DetailLine("\(ref) is not in this corpus.", .warning)]
  }

  // MARK: Pieces

  func heading(_ text: String) -> [DetailLine] { [.blank, DetailLine(text, .heading)] }

  func rich(_ text: RichText, indent: Int = 0) -> DetailLine {
    DetailLine(
      text.segments.map { segment in
        switch segment {
        case .text(let t): DetailLine.Segment(text: t, role: .normal)
        case .mention(_, let label): DetailLine.Segment(text: label, role: .mention)
        }
      }, indent: indent)
  }

  func field(_ name: String, _ value: String) -> DetailLine {
    DetailLine([.init(text: name + ": ", role: .dim), .init(text: value, role: .normal)])
  }

  /// A link line for an actor.
  func actorLink(_ id: String, prefix: String = "", indent: Int = 2) -> DetailLine {
    let name = corpus.actor(id)?.name ?? id
    let kind = corpus.actor(id)?.kind.rawValue ?? "unknown"
    return DetailLine(
      [
        .init(text: prefix, role: .dim), .init(text: name, role: .link),
        .init(text: "  " + kind, role: .dim),
      ],
      link: .actor(id), indent: indent)
  }

  func eventLink(_ id: String, indent: Int = 2) -> DetailLine {
    guard let e = corpus.event(id) else { return DetailLine(id, .warning, indent: indent) }
    let lane = corpus.lane(e.lane)?.short ?? e.lane
    return DetailLine(
      [
        .init(
          text: TextLayout.fit(e.date.display(fitting: dateColumn), to: dateColumn) + " ",
          role: .dim),
        .init(text: "[\(lane)] ", role: .badge), .init(text: e.title, role: .link),
      ],
      link: .event(id), indent: indent)
  }

  func mythLink(_ id: String, indent: Int = 2) -> DetailLine {
    guard let m = corpus.myth(id) else { return DetailLine(id, .warning, indent: indent) }
    return DetailLine(
      [
        .init(text: "[\(verdictLabel(m.verdict).uppercased())] ", role: .badge),
        .init(text: m.claim.plain, role: .link),
      ],
      link: .myth(id), indent: indent)
  }

  func citationLink(_ citation: Citation, indent: Int = 2, note: String? = nil) -> DetailLine {
    var segments: [DetailLine.Segment] = [.init(text: citationLabel(citation), role: .link)]
    if let note { segments.append(.init(text: "  " + note, role: .dim)) }
    return DetailLine(segments, link: ItemRef(citation: citation), indent: indent)
  }

  /// "policy-paper-2020 › Myth #1 ¶3"
  func citationLabel(_ citation: Citation) -> String {
    var label = citation.document
    if let section = citation.section {
      label += " › " + (corpus.document(citation.document)?.section(section)?.title ?? section)
    }
    if let n = citation.paragraph { label += " ¶\(n)" }
    return label
  }

  /// The date column of event lines: 13 cells, a longer label shortened to fit
  /// (``EDTFDate/display(fitting:)``), never cut.
  var dateColumn: Int { 13 }

  func verdictLabel(_ id: String) -> String { corpus.verdict(id)?.label ?? id }

  /// Everything else that cites or links to `ref`, grouped by kind.
  func backlinks(_ ref: ItemRef, excluding: Set<ItemRef> = []) -> [DetailLine] {
    let links = (corpus.index.backlinks[ref] ?? []).filter { !excluding.contains($0) }
    guard !links.isEmpty else { return [] }
    var lines = heading("Linked from (\(links.count))")
    for link in links.prefix(200) {
      switch link {
      case .event(let id): lines.append(eventLink(id))
      case .myth(let id): lines.append(mythLink(id))
      case .actor(let id): lines.append(actorLink(id))
      case .paragraph(let c): lines.append(citationLink(c))
      default:
        lines.append(DetailLine(corpus.title(of: link), .link, link: link, indent: 2))
      }
    }
    return lines
  }

  // MARK: Actors

  func actor(_ a: Actor) -> [DetailLine] {
    var lines = [DetailLine(a.name, .title)]
    var kind = a.kind.rawValue
    if let active = a.active { kind += " · active \(active.display)" }
    lines.append(DetailLine(kind, .dim))
    if a.aliasSources.isEmpty {
      if !a.aliases.isEmpty { lines.append(field("Also", a.aliases.joined(separator: ", "))) }
    } else {
      // Which source spells the name which way ("Lukashenko — analysis-2019").
      for alias in a.aliases {
        let sources = a.aliasSources[alias] ?? []
        lines.append(
          field("Also", alias + (sources.isEmpty ? "" : " — " + sources.joined(separator: ", "))))
      }
    }
    lines.append(.blank)
    lines.append(rich(a.summary))
    let mentioned = a.summary.mentionedActors.filter { $0 != a.id }
    for id in mentioned where corpus.actor(id) != nil { lines.append(actorLink(id, prefix: "↳ ")) }
    if !a.roles.isEmpty {
      lines += heading("Roles")
      for role in a.roles {
        lines.append(
          DetailLine(role.role + (role.dates.map { " (\($0.display))" } ?? ""), indent: 2))
      }
    }
    let incoming = corpus.index.incomingRelations[a.id] ?? []
    if !a.relations.isEmpty || !incoming.isEmpty {
      lines += heading("Relations")
      for relation in a.relations {
        lines.append(actorLink(relation.target, prefix: "→ \(relation.type.label) "))
      }
      for (from, relation) in incoming {
        lines.append(actorLink(from, prefix: "← \(relation.type.inverseLabel) "))
      }
    }
    let events = corpus.index.eventsByActor[a.id] ?? []
    if !events.isEmpty {
      lines += heading("Events (\(events.count))")
      lines += events.map { eventLink(corpus.events[$0].id) }
    }
    let myths = corpus.index.mythsByActor[a.id] ?? []
    if !myths.isEmpty {
      lines += heading("Myths (\(myths.count))")
      lines += myths.map { mythLink(corpus.myths[$0].id) }
    }
    lines += disagreements(of: [.actor(a.id)])
    let mentions = (corpus.index.mentions[a.id] ?? []).filter {
      if case .paragraph = $0 { true } else { false }
    }
    if !mentions.isEmpty {
      lines += heading("Mentioned in (\(mentions.count))")
      for case .paragraph(let citation) in mentions {
        lines.append(citationLink(citation))
        if let p = corpus.paragraph(citation) {
          lines.append(DetailLine(context(p.text, around: a), .dim, indent: 4))
        }
      }
    }
    if !a.citations.isEmpty {
      lines += heading("Discussed in")
      lines += a.citations.map { citationLink($0) }
    }
    return lines
  }

  /// A line of context around the first mention of an actor in a paragraph.
  func context(_ text: RichText, around actor: Actor) -> String {
    let plain = text.plain
    var offset = 0
    for segment in text.segments {
      switch segment {
      case .text(let t): offset += t.count
      case .mention(let id, let label):
        if id == actor.id {
          let characters = Array(plain)
          let start = max(0, offset - 30)
          let end = min(characters.count, offset + label.count + 40)
          return (start > 0 ? "…" : "") + String(characters[start..<end])
            + (end < characters.count ? "…" : "")
        }
        offset += label.count
      }
    }
    return String(plain.prefix(70))
  }
}
