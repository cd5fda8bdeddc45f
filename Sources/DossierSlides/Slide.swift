import DossierModel

/// One item of a briefing as a slide: what the audience sees, in the explorer's wording, without
/// the user's notes (those are for the speaker view only).
public struct Slide: Equatable, Sendable {
  /// What the slide shows.
  public enum Kind: String, Equatable, Sendable, CaseIterable {
    case event, actor, myth, source, document, section, paragraph, glossary, disagreement
    case diagnostic
    /// A marked item the corpus does not have (renamed or removed): shown, never dropped.
    case missing
    /// The slide after the last item.
    case end
  }

  /// A titled list: actors, roles, relations, events, stances, evidence, sources.
  public struct Block: Equatable, Sendable {
    public enum Style: Equatable, Sendable {
      /// One item a line (wrapped with a hanging indent).
      case list
      /// Items on one line separated by " · ", wrapped.
      case inline
    }
    public var title: String
    public var items: [String]
    public var style: Style

    public init(_ title: String, _ items: [String], style: Style = .list) {
      self.title = title
      self.items = items
      self.style = style
    }
  }

  /// The item shown (nil for the end slide).
  public var ref: ItemRef?
  /// The item as stored in the briefing (`event:zapad-2013`), kept for missing items.
  public var item: String
  public var kind: Kind
  /// What kind of item this is, in words: "Event", "Actor · country", "Myth".
  public var label: String
  /// Short tags beside the label, readable without colour: "[EXR] Exercises", "[MYTH]".
  public var badges: [String]
  /// The date, drawn in big type when it fits: "Sep 2013", "since 2018".
  public var date: String?
  public var title: String
  /// Paragraphs of prose: the summary, the conclusion, the passage.
  public var body: [String]
  /// Every figure, formatted as the explorer shows it ("c. 12,500 troops — note").
  public var figures: [String]
  public var blocks: [Block]
  /// Smaller lines at the end: where, which document, the source's details.
  public var meta: [String]
  /// The era the item falls in, and its year, for the progress line.
  public var era: String?
  public var year: Int?

  public init(
    ref: ItemRef?, item: String, kind: Kind, label: String, badges: [String] = [],
    date: String? = nil, title: String, body: [String] = [], figures: [String] = [],
    blocks: [Block] = [], meta: [String] = [], era: String? = nil, year: Int? = nil
  ) {
    self.ref = ref
    self.item = item
    self.kind = kind
    self.label = label
    self.badges = badges
    self.date = date
    self.title = title
    self.body = body
    self.figures = figures
    self.blocks = blocks.filter { !$0.items.isEmpty }
    self.meta = meta
    self.era = era
    self.year = year
  }
}

// MARK: Building slides

extension Slide {
  /// The slide of a briefing item as stored (`event:zapad-2013`); an item that does not parse
  /// or that the corpus lacks gets a ``Kind/missing`` slide saying so.
  public init(item: String, corpus: Corpus) {
    guard let ref = ItemRef(item), corpus.contains(ref) else {
      self = Slide.missing(item)
      return
    }
    self.init(ref: ref, corpus: corpus)
  }

  /// The slide of an item of the corpus.
  public init(ref: ItemRef, corpus: Corpus) {
    let builder = SlideBuilder(corpus: corpus)
    self = builder.slide(ref) ?? Slide.missing(ref.description)
  }

  /// The slide after the last item: "End of briefing NAME — N items".
  public static func end(briefing name: String, count: Int) -> Slide {
    end(title: "End of briefing \(name)", count: count)
  }

  /// The slide after the last item, with its title ("End of the timeline — N items").
  public static func end(title: String, count: Int) -> Slide {
    Slide(
      ref: nil, item: "", kind: .end, label: "End", title: title,
      body: [Counted.text(count, "item")])
  }

  /// The text of the end slide on one line, as the progress and the speaker view show it.
  public var endLine: String? {
    kind == .end ? "\(title) — \(body.first ?? "")" : nil
  }

  static func missing(_ item: String) -> Slide {
    Slide(
      ref: ItemRef(item), item: item, kind: .missing, label: "Not in this corpus", title: item,
      body: [
        "This marked item is not in the corpus: it may have been renamed or removed. It stays in"
          + " the briefing until you unmark it."
      ])
  }
}

/// Every slide of a briefing, in its order, and the end slide.
public enum SlideDeck {
  /// One slide per item of the briefing (none is left out: items the corpus lacks get a
  /// ``Slide/Kind/missing`` slide), then the end slide.
  public static func slides(for briefing: Briefing, corpus: Corpus) -> [Slide] {
    slides(items: briefing.items, name: briefing.name, corpus: corpus)
  }

  /// Slides of stored items (`event:zapad-2013`...) and the end slide; `ending` is the end
  /// slide's title ("End of briefing NAME" when nil).
  public static func slides(
    items: [String], name: String, ending: String? = nil, corpus: Corpus
  ) -> [Slide] {
    items.map { Slide(item: $0, corpus: corpus) }
      + [Slide.end(title: ending ?? "End of briefing \(name)", count: items.count)]
  }

  /// The progress line of a slide: "7 of 23 · Post-Crimea · 2014", or "End" on the end slide.
  public static func progress(_ slides: [Slide], at index: Int) -> String {
    guard slides.indices.contains(index) else { return "" }
    let slide = slides[index]
    let count = slides.last?.kind == .end ? slides.count - 1 : slides.count
    if slide.kind == .end { return "End · \(Counted.text(count, "item"))" }
    var text = "\(index + 1) of \(count)"
    if let era = slide.era { text += " · \(era)" }
    if let year = slide.year { text += " · \(year)" }
    return text
  }
}

/// Builds slides from the corpus, in the explorer's wording.
struct SlideBuilder {
  var corpus: Corpus

  func slide(_ ref: ItemRef) -> Slide? {
    switch ref {
    case .event(let id): corpus.event(id).map(event)
    case .actor(let id): corpus.actor(id).map(actor)
    case .myth(let id): corpus.myth(id).map(myth)
    case .source(let id): corpus.source(id).map(source)
    case .document(let id): corpus.document(id).map(document)
    case .section(let doc, let id):
      corpus.document(doc).flatMap { d in d.section(id).map { section($0, of: d) } }
    case .paragraph(let citation): paragraph(citation)
    case .glossary(let id): corpus.glossaryEntry(id).map(glossary)
    case .disagreement(let id): corpus.disagreement(id).map(disagreement)
    case .diagnostic(let n): diagnostic(n)
    }
  }

  // MARK: Kinds

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

  // MARK: Helpers

  func figure(_ f: Figure) -> String { f.display + (f.note.map { " — \($0)" } ?? "") }

  func actorName(_ id: String) -> String { corpus.actor(id)?.name ?? id }

  func verdictLabel(_ id: String) -> String { corpus.verdict(id)?.label ?? id }

  func sourceTitle(_ id: String) -> String { corpus.source(id)?.shortTitle ?? id }

  /// "Short title (Author, Publisher, 2019)".
  func sourceLine(_ s: Source) -> String {
    let details = [s.authors.joined(separator: ", "), s.publisher ?? "", s.date?.display ?? ""]
      .filter { !$0.isEmpty }
    return s.shortTitle + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
  }

  /// "Short source title, Section ¶3".
  func citationLabel(_ c: Citation) -> String {
    let source = corpus.source(of: c)?.shortTitle ?? c.document
    guard let section = c.section.flatMap({ corpus.document(c.document)?.section($0) }) else {
      return source
    }
    return "\(source), \(section.title)" + (c.paragraph.map { " ¶\($0)" } ?? "")
  }

  /// The sources cited, once each in order of first citation, with how many passages.
  func sources(of citations: [Citation]) -> [String] {
    var order: [String] = []
    var passages: [String: Int] = [:]
    for c in citations {
      let key = corpus.document(c.document)?.sourceID ?? c.document
      if passages[key] == nil { order.append(key) }
      passages[key, default: 0] += 1
    }
    return order.map { key in
      let line = corpus.source(key).map(sourceLine) ?? key
      let n = passages[key] ?? 0
      return line + (n > 1 ? " · \(n) passages" : "")
    }
  }

  func sourceCount(_ citations: [Citation]) -> Int {
    Set(citations.map { corpus.document($0.document)?.sourceID ?? $0.document }).count
  }

  /// The era whose dates contain the start of `date` (the explorer's rule).
  func era(containing date: EDTFDate) -> Era? {
    let day = date.sortDay
    return corpus.manifest.eras.last { era in
      let range = era.dates.dayRange
      return (range.first ?? Int.min) <= day && day <= (range.last ?? Int.max)
    }
  }
}
