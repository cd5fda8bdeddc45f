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
        .init(text: TextLayout.fit(e.date.display, to: 13) + " ", role: .dim),
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
    if !a.aliases.isEmpty { lines.append(field("Also", a.aliases.joined(separator: ", "))) }
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

  // MARK: Events

  func event(_ e: Event) -> [DetailLine] {
    var lines = [DetailLine(e.title, .title)]
    let lane = corpus.lane(e.lane)
    var when = e.dateLabel
    if e.display != nil, e.date.display != e.dateLabel { when += "  (\(e.date.display))" }
    lines.append(
      DetailLine([
        .init(text: when, role: .normal),
        .init(text: "  [\(lane?.short ?? e.lane)] \(lane?.name ?? "")", role: .badge),
      ]))
    if let location = e.location {
      var line = rich(location)
      line.segments.insert(.init(text: "Where: ", role: .dim), at: 0)
      lines.append(line)
    }
    lines.append(.blank)
    lines.append(rich(e.summary))
    if !e.figures.isEmpty {
      lines += heading("Figures")
      for figure in e.figures {
        lines.append(
          DetailLine("• " + figure.display + (figure.note.map { " — \($0)" } ?? ""), indent: 2))
      }
    }
    lines += heading("Actors")
    lines += e.actors.map { actorLink($0) }
    for id in e.associated { lines.append(actorLink(id, prefix: "associated: ")) }
    lines += heading("Sources (\(e.citations.count))")
    for citation in e.citations {
      let source = corpus.source(of: citation)
      lines.append(citationLink(citation, note: source?.date.map { $0.display } ?? ""))
    }
    for d in corpus.index.disagreementsByItem[.event(e.id)] ?? [] {
      lines += disagreementBlock(corpus.disagreements[d])
    }
    let myths = (corpus.index.backlinks[.event(e.id)] ?? []).compactMap {
      if case .myth(let id) = $0 { id } else { nil }
    }
    if !myths.isEmpty {
      lines += heading("Evidence for myths")
      for id in myths {
        let effect = corpus.myth(id)?.evidence.first { $0.target == .event(e.id) }?.effect
        var line = mythLink(id)
        line.segments.insert(
          .init(
            text: effect == .undermines ? "− undermines " : "+ supports ",
            role: effect == .undermines ? .undermines : .supports),
          at: 0)
        lines.append(line)
      }
    }
    return lines
  }

  /// A disagreement with its versions side by side when the pane is wide enough.
  func disagreementBlock(_ d: Disagreement) -> [DetailLine] {
    var lines = heading("Sources disagree on the \(d.aspect.rawValue) ≠")
    lines.append(DetailLine(d.note.plain, .normal, link: .disagreement(d.id), indent: 2))
    let columns = min(d.versions.count, 3)
    if width >= 60, columns >= 2 {
      let columnWidth = (width - 4 - (columns - 1) * 3) / columns
      let wrapped = d.versions.prefix(columns).map { version in
        [TextLayout.truncate(citationLabel(version.citation), to: columnWidth)]
          + TextLayout.wrap(version.says.plain, width: columnWidth)
      }
      let height = wrapped.map(\.count).max() ?? 0
      for row in 0..<height {
        var segments: [DetailLine.Segment] = []
        for (c, column) in wrapped.enumerated() {
          let text = row < column.count ? column[row] : ""
          segments.append(
            .init(text: TextLayout.fit(text, to: columnWidth), role: row == 0 ? .badge : .normal))
          if c < wrapped.count - 1 { segments.append(.init(text: " │ ", role: .border)) }
        }
        lines.append(DetailLine(segments, indent: 2, preformatted: true))
      }
      for version in d.versions.dropFirst(columns) {
        lines.append(citationLink(version.citation, note: version.says.plain))
      }
      for version in d.versions { lines.append(citationLink(version.citation, indent: 4)) }
    } else {
      for version in d.versions {
        lines.append(citationLink(version.citation))
        lines.append(DetailLine(version.says.plain, .normal, indent: 4))
      }
    }
    return lines
  }

  // MARK: Myths

  func myth(_ m: Myth) -> [DetailLine] {
    var lines = [
      DetailLine([.init(text: "[\(verdictLabel(m.verdict).uppercased())]", role: .badge)])
    ]
    var claim = rich(m.claim)
    claim.segments = claim.segments.map {
      DetailLine.Segment(text: $0.text, role: $0.role == .normal ? .title : $0.role)
    }
    lines.append(claim)
    if !m.heldBy.isEmpty || m.heldByText != nil {
      lines += heading("Held by")
      if let text = m.heldByText { lines.append(DetailLine(text, indent: 2)) }
      lines += m.heldBy.map { actorLink($0) }
    }
    lines += heading("Conclusion")
    lines.append(rich(m.conclusion, indent: 2))
    if !m.stances.isEmpty {
      lines += heading("How the sources saw it")
      let path = m.stances.map {
        "\($0.date.map { String($0.startYear ?? 0) } ?? "?") \($0.stance.rawValue)"
      }
      lines.append(DetailLine(path.joined(separator: " → "), .badge, indent: 2))
      for stance in m.stances {
        let date = stance.date?.display ?? "undated"
        lines.append(
          DetailLine(
            [
              .init(text: TextLayout.fit(date, to: 15) + " ", role: .dim),
              .init(text: TextLayout.fit(stance.stance.rawValue.uppercased(), to: 8), role: .badge),
              .init(text: stance.source, role: .link),
            ],
            link: stance.citation.map(ItemRef.init(citation:)) ?? .source(stance.source), indent: 2)
        )
        lines.append(DetailLine(stance.reason.plain, .normal, indent: 4))
      }
    }
    if let reason = m.noStancesReason {
      lines.append(DetailLine("Only one source speaks to this: " + reason, .dim, indent: 2))
    }
    if !m.evidence.isEmpty {
      lines += heading("Evidence")
      for item in m.evidence {
        let sign = DetailLine.Segment(
          text: item.effect == .supports ? "+ supports   " : "− undermines ",
          role: item.effect == .supports ? .supports : .undermines)
        var line: DetailLine
        switch item.target {
        case .event(let id): line = eventLink(id, indent: 2)
        case .citation(let c): line = citationLink(c, indent: 2)
        }
        line.segments.insert(sign, at: 0)
        lines.append(line)
        if let note = item.note { lines.append(DetailLine(note.plain, .dim, indent: 6)) }
      }
    }
    if let parent = m.parent {
      lines += heading("Part of")
      lines.append(mythLink(parent))
    }
    let children = corpus.index.mythChildren[m.id] ?? []
    if !children.isEmpty {
      lines += heading("Sub-claims (\(children.count))")
      lines += children.map { mythLink($0) }
    }
    for d in corpus.index.disagreementsByItem[.myth(m.id)] ?? [] {
      lines += disagreementBlock(corpus.disagreements[d])
    }
    if !m.citations.isEmpty {
      lines += heading("Presented in")
      lines += m.citations.map { citationLink($0) }
    }
    return lines
  }

  // MARK: Documents

  func document(_ d: Document) -> [DetailLine] {
    var lines = [DetailLine(d.title, .title)]
    if let s = corpus.source(d.sourceID) {
      lines += heading("Source")
      lines.append(field("Title", s.title))
      lines.append(
        field("Authors", s.authors.isEmpty ? "unknown" : s.authors.joined(separator: ", ")))
      lines.append(field("Publisher", s.publisher ?? "unknown"))
      lines.append(field("Date", s.date?.display ?? "unknown"))
      lines.append(field("Kind", s.kind.rawValue))
      if let url = s.url { lines.append(field("URL", url)) }
      if let note = s.note { lines.append(DetailLine(note, .dim, indent: 2)) }
    }
    if let summary = d.summary {
      lines.append(.blank)
      lines.append(rich(summary))
    }
    lines += heading("Sections (Enter opens the reader)")
    for section in d.sections {
      lines.append(
        DetailLine(
          [
            .init(text: section.title, role: .link),
            .init(text: "  \(section.paragraphs.count) ¶", role: .dim),
          ],
          link: .section(document: d.id, section: section.id), indent: 2 * max(1, section.level - 1)
        ))
    }
    return lines
  }

  func paragraph(_ citation: Citation) -> [DetailLine] {
    guard
      let p = corpus.paragraph(citation)
        ?? corpus.paragraph(
          Citation(document: citation.document, section: citation.section, paragraph: 1))
    else { return [DetailLine(citation.description, .dim)] }
    var lines = [
      DetailLine(citationLabel(citation), .title), DetailLine(citation.description, .dim),
    ]
    if let source = corpus.source(of: citation) {
      lines.append(DetailLine(source.title + (source.date.map { ", \($0.display)" } ?? ""), .dim))
    }
    let actors = Array(Set(p.text.mentionedActors)).sorted()
    if !actors.isEmpty {
      lines += heading("Mentions")
      lines += actors.filter { corpus.actor($0) != nil }.map { actorLink($0) }
    }
    if !p.events.isEmpty {
      lines += heading("Events reported here")
      lines += p.events.map { eventLink($0) }
    }
    let ref = ItemRef.paragraph(citation)
    lines += backlinks(ref, excluding: Set(p.events.map(ItemRef.event)))
    for d in corpus.index.disagreementsByItem[ref] ?? [] {
      lines += disagreementBlock(corpus.disagreements[d])
    }
    return lines
  }

  // MARK: Others

  func glossary(_ g: GlossaryEntry) -> [DetailLine] {
    var lines = [DetailLine(g.term, .title)]
    if let expansion = g.expansion { lines.append(DetailLine(expansion, .dim)) }
    lines.append(.blank)
    lines.append(rich(g.definition))
    if !g.actors.isEmpty {
      lines += heading("Related")
      lines += g.actors.map { actorLink($0) }
    }
    if !g.citations.isEmpty {
      lines += heading("Used in")
      lines += g.citations.map { citationLink($0) }
    }
    return lines
  }

  func disagreement(_ d: Disagreement) -> [DetailLine] {
    var lines = [DetailLine("Disagreement on the \(d.aspect.rawValue)", .title)]
    if let about = d.about {
      let ref: ItemRef =
        corpus.event(about) != nil
        ? .event(about) : corpus.actor(about) != nil ? .actor(about) : .myth(about)
      lines.append(
        DetailLine(
          [.init(text: "About: ", role: .dim), .init(text: corpus.title(of: ref), role: .link)],
          link: ref))
    }
    lines += disagreementBlock(d).dropFirst(2)
    return lines
  }

  func diagnostic(_ n: Int) -> [DetailLine] {
    guard n < corpus.diagnostics.count else { return [] }
    let text = DiagnosticFormatter().format(corpus.diagnostics[n], files: corpus.files)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map {
      DetailLine([.init(text: String($0), role: .normal)], preformatted: true)
    }
  }
}
