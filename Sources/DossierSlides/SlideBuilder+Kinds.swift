import DossierModel

/// One slide per kind of item: what each shows as its label, badges, date, body, figures,
/// lists and details.
extension SlideBuilder {
  func event(_ e: Event) -> Slide {
    let lane = corpus.lane(e.lane)
    var meta: [String] = []
    if e.display != nil, e.date.display != e.dateLabel { meta.append("Date: \(e.date.display)") }
    if let location = e.location { meta.append("Where: \(location.plain)") }
    let actors = e.actors.map(actorName) + e.associated.map { actorName($0) + " (associated)" }
    return Slide(
      ref: .event(e.id), item: ItemRef.event(e.id).description, kind: .event, label: "Event",
      badges: ["[\(lane?.short ?? e.lane)] \(lane?.name ?? e.lane)"], date: e.dateLabel,
      title: e.title, body: [e.summary.plain].filter { !$0.isEmpty },
      figures: e.figures.map(figure),
      blocks: [
        .init("Actors", actors, style: .inline),
        .init("Sources (\(sourceCount(e.citations)))", sources(of: e.citations)),
      ],
      meta: meta, era: era(containing: e.date)?.name, year: e.date.startYear)
  }

  func actor(_ a: Actor) -> Slide {
    let badges = a.active.map { ["active \($0.display)"] } ?? []
    let roles = a.roles.map { $0.role + ($0.dates.map { " (\($0.display))" } ?? "") }
    var relations = a.relations.map { r in
      "→ \(r.type.label) \(actorName(r.target))" + (r.dates.map { " (\($0.display))" } ?? "")
    }
    relations += (corpus.index.incomingRelations[a.id] ?? []).map { from, r in
      "← \(r.type.inverseLabel) \(actorName(from))"
    }
    let events = (corpus.index.eventsByActor[a.id] ?? []).map { corpus.events[$0] }
    let myths = (corpus.index.mythsByActor[a.id] ?? []).map { corpus.myths[$0] }
    return Slide(
      ref: .actor(a.id), item: ItemRef.actor(a.id).description, kind: .actor,
      label: "Actor · \(a.kind.rawValue)", badges: badges, title: a.name,
      body: [a.summary.plain].filter { !$0.isEmpty },
      blocks: [
        .init("Also known as", a.aliases, style: .inline),
        .init("Roles", roles),
        .init("Relations", relations),
        .init("Events (\(events.count))", events.map { "\($0.dateLabel) · \($0.title)" }),
        .init(
          "Myths (\(myths.count))",
          myths.map { "[\(verdictLabel($0.verdict).uppercased())] \($0.claim.plain)" }),
      ],
      year: a.active?.startYear)
  }

  func myth(_ m: Myth) -> Slide {
    let stances = m.stances.map { s in
      let date = s.date?.display ?? "undated"
      let reason = s.reason.plain
      return "\(date) · \(s.stance.rawValue.uppercased()) · \(sourceTitle(s.source))"
        + (reason.isEmpty ? "" : ": \(reason)")
    }
    var stanceItems = stances
    if let reason = m.noStancesReason {
      stanceItems.append("Only one source speaks to this: \(reason)")
    }
    let evidence = m.evidence.map { item -> String in
      let sign = item.effect == .supports ? "+ supports" : "− undermines"
      let what: String
      switch item.target {
      case .event(let id):
        what = corpus.event(id).map { "\($0.dateLabel) · \($0.title)" } ?? id
      case .citation(let c): what = citationLabel(c)
      }
      return "\(sign): \(what)" + (item.note.map { " — \($0.plain)" } ?? "")
    }
    var held = m.heldBy.map(actorName)
    if let text = m.heldByText { held.insert(text, at: 0) }
    let first = m.stances.first?.date
    return Slide(
      ref: .myth(m.id), item: ItemRef.myth(m.id).description, kind: .myth, label: "Myth",
      badges: ["[\(verdictLabel(m.verdict).uppercased())]"], title: m.claim.plain,
      body: [m.conclusion.plain].filter { !$0.isEmpty },
      blocks: [
        .init("Held by", held, style: .inline),
        .init("How the sources saw it", stanceItems),
        .init("Evidence", evidence),
      ],
      era: first.flatMap(era(containing:))?.name, year: first?.startYear)
  }

  func source(_ s: Source) -> Slide {
    var meta: [String] = []
    if !s.authors.isEmpty { meta.append("By \(s.authors.joined(separator: ", "))") }
    if let publisher = s.publisher { meta.append("Published by \(publisher)") }
    if let url = s.url { meta.append(url) }
    let documents = corpus.documents.filter { $0.sourceID == s.id }.map(\.title)
    return Slide(
      ref: .source(s.id), item: ItemRef.source(s.id).description, kind: .source,
      label: "Source · \(s.kind.rawValue)", badges: [], date: s.date?.display, title: s.title,
      body: s.note.map { [$0] } ?? [], blocks: [.init("Summarised in", documents)], meta: meta,
      era: s.date.flatMap(era(containing:))?.name, year: s.date?.startYear)
  }

  func document(_ d: Document) -> Slide {
    let source = corpus.source(d.sourceID)
    return Slide(
      ref: .document(d.id), item: ItemRef.document(d.id).description, kind: .document,
      label: "Document", date: source?.date?.display, title: d.title,
      body: d.summary.map { [$0.plain] } ?? [],
      blocks: [.init("Sections (\(d.sections.count))", d.sections.map(\.title))],
      meta: source.map { ["Our summary of \(sourceLine($0))"] } ?? [],
      era: source?.date.flatMap(era(containing:))?.name, year: source?.date?.startYear)
  }

  func section(_ s: DossierModel.Section, of d: Document) -> Slide {
    let source = corpus.source(d.sourceID)
    return Slide(
      ref: .section(document: d.id, section: s.id),
      item: ItemRef.section(document: d.id, section: s.id).description, kind: .section,
      label: "Section", date: source?.date?.display, title: s.title,
      body: s.paragraphs.map(\.text.plain),
      meta: ["From \(d.title)"] + (source.map { ["Our summary of \(sourceLine($0))"] } ?? []),
      era: source?.date.flatMap(era(containing:))?.name, year: source?.date?.startYear)
  }

  func paragraph(_ c: Citation) -> Slide? {
    guard let p = corpus.paragraph(c), let d = corpus.document(c.document),
      let section = c.section.flatMap(d.section)
    else { return nil }
    let source = corpus.source(d.sourceID)
    return Slide(
      ref: .paragraph(c), item: ItemRef.paragraph(c).description, kind: .paragraph,
      label: "Passage · our summary", date: source?.date?.display,
      title: source?.title ?? d.title, body: [p.text.plain],
      meta: ["\(section.title) ¶\(p.number) · \(c.description)"]
        + (source.map { ["Our summary of \(sourceLine($0))"] } ?? []),
      era: source?.date.flatMap(era(containing:))?.name, year: source?.date?.startYear)
  }

  func glossary(_ g: GlossaryEntry) -> Slide {
    Slide(
      ref: .glossary(g.id), item: ItemRef.glossary(g.id).description, kind: .glossary,
      label: "Term", badges: g.expansion.map { [$0] } ?? [], title: g.term,
      body: [g.definition.plain].filter { !$0.isEmpty },
      blocks: [.init("Actors", g.actors.map(actorName), style: .inline)])
  }

  func disagreement(_ d: Disagreement) -> Slide {
    let versions = d.versions.map { "\(citationLabel($0.citation)): \($0.says.plain)" }
    var meta: [String] = []
    if let about = d.about {
      let title =
        corpus.event(about)?.title ?? corpus.actor(about)?.name ?? corpus.myth(about)?.claim.plain
        ?? about
      meta.append("About: \(title)")
    }
    return Slide(
      ref: .disagreement(d.id), item: ItemRef.disagreement(d.id).description, kind: .disagreement,
      label: "Sources disagree", badges: ["≠ \(d.aspect.rawValue)"], title: d.note.plain,
      blocks: [.init("Versions (\(d.versions.count))", versions)], meta: meta)
  }

  func diagnostic(_ n: Int) -> Slide? {
    guard corpus.diagnostics.indices.contains(n) else { return nil }
    let d = corpus.diagnostics[n]
    return Slide(
      ref: .diagnostic(n), item: ItemRef.diagnostic(n).description, kind: .diagnostic,
      label: "Diagnostic", badges: ["\(d.severity)"], title: d.message)
  }
}
