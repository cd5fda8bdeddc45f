import DossierModel
import DossierTUI

extension DetailBuilder {
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
    lines += order(of: e)
    lines.append(.blank)
    lines.append(rich(e.summary))
    if !e.figures.isEmpty {
      lines += heading("Figures")
      for figure in e.figures { lines.append(figureLine(figure)) }
    }
    lines += heading("Actors")
    lines += e.actors.map { actorLink($0) }
    for id in e.associated { lines.append(actorLink(id, prefix: "associated: ")) }
    lines += heading("Sources (\(e.citations.count))")
    for citation in e.citations {
      let source = corpus.source(of: citation)
      lines.append(citationLink(citation, note: source?.date.map { $0.display } ?? ""))
    }
    lines += disagreements(of: [.event(e.id)])
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
        let date = stance.date?.display(fitting: 15) ?? "undated"
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
    lines += disagreements(of: [.myth(m.id)])
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
    lines += disagreements(of: [.source(d.sourceID), .document(d.id)])
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
    lines += disagreements(of: [ref])
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
          link: ref, indent: 2))
    }
    // The note is this page's own text, not a link to the page itself.
    lines.append(DetailLine(d.note.plain, .normal, indent: 2))
    lines += versions(of: d)
    return lines
  }

  func diagnostic(_ n: Int) -> [DetailLine] {
    guard n < corpus.diagnostics.count else { return [] }
    let text = DiagnosticFormatter().format(corpus.diagnostics[n], files: corpus.files)
    // The message and the hint wrap to the pane; the quoted source and its caret keep their
    // columns (after the gutter `12 |`), cut with an ellipsis when too long.
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { row in
      let line = String(row)
      let indent = line.prefix { $0 == " " }.count
      let gutter = line.drop { $0 == " " || $0.isNumber }.hasPrefix("|")
      if gutter { return DetailLine([.init(text: line, role: .normal)], preformatted: true) }
      return DetailLine(String(line.dropFirst(indent)), .normal, indent: indent)
    }
  }
}
