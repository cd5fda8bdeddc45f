import Foundation

/// A handout in Markdown: the selected items in order (events, actors, myths and any other
/// marked item), with numbered citations listed at the end. The layout is described in
/// `docs/exports.md`.
///
/// Every text of the corpus is written in dossier's own words, so nothing in the handout is
/// set as a quotation of a source: the passage a citation points at is given as "in our words".
public enum MarkdownExport {
  /// A handout of events.
  public static func encode(
    _ corpus: Corpus, events: [Event], filter: String? = nil, exportedAt: Date = Date(),
    title: String? = nil, notes: [String: String] = [:]
  ) -> String {
    encode(
      corpus, selection: ExportSelection(events: events), filter: filter, exportedAt: exportedAt,
      title: title, notes: notes)
  }

  /// A handout of any selection; `title` is its heading (the corpus title when nil), `briefing`
  /// the name of the briefing it is made for.
  public static func encode(
    _ corpus: Corpus, selection: ExportSelection, filter: String? = nil,
    exportedAt: Date = Date(), title: String? = nil, briefing: String? = nil,
    notes: [String: String] = [:]
  ) -> String {
    var handout = Handout(corpus: corpus, notes: notes)
    let events = selection.events(in: corpus)
    handout.line("# " + heading(title ?? briefing ?? corpus.manifest.title))
    handout.line("")
    for fact in ExportSupport.provenance(
      corpus, count: events.count, filter: filter, exportedAt: exportedAt, briefing: briefing,
      others: selection.otherItems)
    {
      handout.line("- **\(fact.label):** \(inline(fact.value))")
    }
    if !selection.missing.isEmpty {
      handout.line(
        "- **Not in this corpus:** "
          + selection.missing.map { "`" + code($0) + "`" }.joined(separator: ", "))
    }
    if selection.items.isEmpty {
      handout.line("")
      let filtered = !(filter ?? "").isEmpty
      handout.line(briefing == nil || filtered ? "No events match." : "Nothing is marked.")
    }
    for item in selection.items {
      handout.line("")
      handout.section(item)
    }
    handout.sources()
    return handout.lines.joined(separator: "\n") + "\n"
  }

  /// A long passage cut at a word boundary with an ellipsis.
  static func shortened(_ text: String, limit: Int = 400) -> String {
    guard text.count > limit else { return text }
    var cut = String(text.prefix(limit))
    if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
    return cut + " …"
  }

  /// Plain text made inert in Markdown at the start of a line: everything ``inline(_:)``
  /// escapes, and the marks that would open a heading, list, quote or numbered list there
  /// (`#`, `-`, `+`, `=`, `1.` or `1)` followed by a space).
  public static func escape(_ text: String) -> String {
    let digits = text.prefix { $0.isASCII && $0.isNumber }.count
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for (index, char) in text.enumerated() {
      if index == 0, "#-+=".contains(char) {
        result.append("\\")
      } else if index == digits, index > 0, digits <= 9, char == "." || char == ")" {
        let next = text.dropFirst(index + 1).first
        if next == nil || next == " " { result.append("\\") }
      }
      result.append(contentsOf: inline(String(char)))
    }
    return result
  }

  /// Plain text made inert inside a line: the characters that start emphasis, strikethrough,
  /// links, code, HTML, entities or table cells are escaped with a backslash, so that a bracket
  /// in a summary is never taken for a citation mark; a line break becomes a space.
  public static func inline(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for char in text {
      switch char {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~": result.append("\\")
      case "\n", "\r", "\r\n":
        // A line break would end the list item or heading the text is in.
        result.append(" ")
        continue
      default: break
      }
      result.append(char)
    }
    return result
  }

  /// Text for a heading: as ``inline(_:)``, and `#` escaped too (a closing run of `#` would be
  /// dropped).
  static func heading(_ text: String) -> String {
    inline(text).replacingOccurrences(of: "#", with: "\\#")
  }

  /// Text for a code span: backquotes cannot be escaped inside one, so they become `'`.
  static func code(_ text: String) -> String {
    text.replacingOccurrences(of: "`", with: "'")
  }
}

/// The handout being written: its lines and the citations numbered so far.
private struct Handout {
  let corpus: Corpus
  let notes: [String: String]
  var lines: [String] = []
  var numbers: [Citation: Int] = [:]
  var order: [Citation] = []

  init(corpus: Corpus, notes: [String: String]) {
    self.corpus = corpus
    self.notes = notes
  }

  mutating func line(_ text: String) { lines.append(text) }

  /// The number of a citation, given on first use.
  mutating func number(_ citation: Citation) -> Int {
    if let n = numbers[citation] { return n }
    order.append(citation)
    numbers[citation] = order.count
    return order.count
  }

  /// The marks of citations: ` [1] [2]`, or empty.
  mutating func marks(_ citations: [Citation]) -> String {
    var seen = Set<Citation>()
    let unique = citations.filter { seen.insert($0).inserted }
    return unique.map { " [\(number($0))]" }.joined()
  }

  /// A paragraph of plain text with citation marks after it.
  mutating func paragraph(_ text: String, citing citations: [Citation] = []) {
    let body = MarkdownExport.escape(ExportSupport.collapsingSpaces(text))
    let marks = marks(citations)
    line(body.isEmpty ? String(marks.drop { $0 == " " }) : body + marks)
  }

  func label(_ item: ItemRef) -> String { MarkdownExport.inline(corpus.title(of: item)) }

  mutating func section(_ item: ItemRef) {
    switch item {
    case .event(let id): event(corpus.event(id)!)
    case .actor(let id): actor(corpus.actor(id)!)
    case .myth(let id): myth(corpus.myth(id)!)
    default: other(item)
    }
    note(item)
  }

  mutating func event(_ event: Event) {
    line("## \(MarkdownExport.heading(event.dateLabel)) — \(MarkdownExport.heading(event.title))")
    line("")
    var facts = ["*\(MarkdownExport.inline(ExportSupport.laneName(event.lane, in: corpus)))*"]
    if let display = event.display, display != event.date.display {
      facts.append("date: \(MarkdownExport.inline(event.date.display))")
    }
    if let location = event.location?.plain, !location.isEmpty {
      facts.append("location: \(MarkdownExport.inline(location))")
    }
    if let after = ExportSupport.after(event, in: corpus) {
      facts.append("after: " + MarkdownExport.inline(after))
    }
    line(facts.joined(separator: " · "))
    line("")
    paragraph(event.summary.plain, citing: event.citations)
    let actors = ExportSupport.actorNames(event.actors, in: corpus)
    let associated = ExportSupport.actorNames(event.associated, in: corpus)
    if !actors.isEmpty || !associated.isEmpty || !event.figures.isEmpty {
      line("")
      if !actors.isEmpty {
        line("- Actors: " + MarkdownExport.inline(actors.joined(separator: ", ")))
      }
      if !associated.isEmpty {
        line("- Associated: " + MarkdownExport.inline(associated.joined(separator: ", ")))
      }
      if !event.figures.isEmpty {
        var figures: [String] = []
        for figure in event.figures {
          figures.append(
            MarkdownExport.inline(ExportSupport.figure(figure))
              + marks(figure.citation.map { [$0] } ?? []))
        }
        line("- Figures: " + figures.joined(separator: "; "))
      }
    }
  }

  mutating func actor(_ actor: Actor) {
    line("## " + MarkdownExport.heading(actor.name))
    line("")
    var facts = [
      "*\(MarkdownExport.inline(actor.kind.rawValue.replacingOccurrences(of: "-", with: " ").capitalizedFirst))*"
    ]
    if let active = actor.active {
      facts.append("active: " + MarkdownExport.inline(active.display))
    }
    if !actor.aliases.isEmpty {
      facts.append("also: " + MarkdownExport.inline(ExportSupport.aliases(actor)))
    }
    line(facts.joined(separator: " · "))
    line("")
    paragraph(actor.summary.plain, citing: actor.citations)
    var list: [String] = []
    for role in actor.roles {
      list.append(
        "- Role: " + MarkdownExport.inline(role.role)
          + (role.dates.map { " (" + MarkdownExport.inline($0.display) + ")" } ?? ""))
    }
    for relation in actor.relations {
      list.append(
        "- " + MarkdownExport.inline(relation.type.label.capitalizedFirst) + " "
          + label(.actor(relation.target))
          + (relation.dates.map { " (" + MarkdownExport.inline($0.display) + ")" } ?? ""))
    }
    for incoming in corpus.index.incomingRelations[actor.id] ?? [] {
      list.append(
        "- " + MarkdownExport.inline(incoming.relation.type.inverseLabel.capitalizedFirst) + " "
          + label(.actor(incoming.from)))
    }
    let events = (corpus.index.eventsByActor[actor.id] ?? []).map { corpus.events[$0] }
    if !events.isEmpty {
      list.append("- Events (\(events.count)):")
      let shown = 12
      for event in events.prefix(shown) {
        list.append(
          "  - " + MarkdownExport.inline(event.dateLabel) + " — "
            + MarkdownExport.inline(event.title))
      }
      if events.count > shown { list.append("  - and \(events.count - shown) more") }
    }
    if !list.isEmpty {
      line("")
      lines.append(contentsOf: list)
    }
  }

  mutating func myth(_ myth: Myth) {
    line("## Myth: " + MarkdownExport.heading(myth.claim.plain))
    line("")
    var facts = [
      "**Verdict: \(MarkdownExport.inline(corpus.verdict(myth.verdict)?.label ?? myth.verdict))**"
    ]
    let heldBy =
      myth.heldByText ?? ExportSupport.actorNames(myth.heldBy, in: corpus).joined(separator: ", ")
    if !heldBy.isEmpty { facts.append("held by: " + MarkdownExport.inline(heldBy)) }
    if let parent = myth.parent, corpus.myth(parent) != nil {
      facts.append("part of: " + label(.myth(parent)))
    }
    line(facts.joined(separator: " · "))
    line("")
    paragraph(myth.conclusion.plain, citing: myth.citations)
    if !myth.stances.isEmpty {
      line("")
      line("Stances of the sources, in date order:")
      line("")
      for stance in myth.stances {
        let source = corpus.source(stance.source)?.title ?? stance.source
        let date = stance.date?.display ?? "date unknown"
        let marks = marks(stance.citation.map { [$0] } ?? [])
        line(
          "- \(MarkdownExport.inline(date)), *\(MarkdownExport.inline(source))*: **\(stance.stance.rawValue)** — "
            + MarkdownExport.inline(ExportSupport.collapsingSpaces(stance.reason.plain)) + marks)
      }
    } else if let reason = myth.noStancesReason {
      line("")
      line("No stances recorded: " + MarkdownExport.inline(reason))
    }
    for effect in Myth.Effect.allCases {
      let items = myth.evidence.filter { $0.effect == effect }
      guard !items.isEmpty else { continue }
      line("")
      line(effect == .supports ? "Evidence for the claim:" : "Evidence against the claim:")
      line("")
      for item in items {
        var text: String
        switch item.target {
        case .event(let id):
          let event = corpus.event(id)
          text =
            "Event: " + MarkdownExport.inline(event?.dateLabel ?? "") + " — "
            + label(.event(id)) + marks(event?.citations ?? [])
        case .citation(let citation):
          text =
            MarkdownExport.inline(ExportSupport.label(of: citation, in: corpus)) + marks([citation])
        }
        if let note = item.note?.plain, !note.isEmpty {
          text += ": " + MarkdownExport.inline(ExportSupport.collapsingSpaces(note))
        }
        line("- " + text)
      }
    }
  }

  /// Any other item, from its full detail (``ItemDetail``): title, fields and text.
  mutating func other(_ item: ItemRef) {
    let kind = ExportSelection.kind(of: item).capitalizedFirst
    guard let detail = ItemDetail(item, in: corpus) else {
      line("## \(kind): " + MarkdownExport.heading(corpus.title(of: item)))
      return
    }
    line("## \(kind): " + MarkdownExport.heading(detail.title))
    if !detail.fields.isEmpty {
      line("")
      for field in detail.fields {
        line(
          "- \(MarkdownExport.inline(field.label.capitalizedFirst)): \(MarkdownExport.inline(field.value))"
        )
      }
    }
    var citations = detail.citations.compactMap { Citation(parsing: $0.citation) }
    if case .paragraph(let citation) = item { citations.insert(citation, at: 0) }
    if case .paragraph = item { line(""); line("In our words:") }
    for (index, text) in detail.text.enumerated() {
      line("")
      paragraph(text, citing: index == detail.text.count - 1 ? citations : [])
    }
    if detail.text.isEmpty, !citations.isEmpty {
      line("")
      paragraph("", citing: citations)
    }
  }

  /// The user's note on an item, as a quotation starting with **Note:**.
  mutating func note(_ item: ItemRef) {
    guard let note = ExportSupport.note(for: item, in: notes) else { return }
    line("")
    let noteLines = note.split(separator: "\n", omittingEmptySubsequences: false).map {
      MarkdownExport.escape(String($0).trimmingSpaces)
    }
    for (index, text) in noteLines.enumerated() {
      let body = index == 0 ? "**Note:** " + text : text
      line(body.isEmpty ? ">" : "> " + body)
    }
  }

  /// The numbered list of sources, in the order of their numbers.
  mutating func sources() {
    guard !order.isEmpty else { return }
    line("")
    line("## Sources")
    line("")
    line(
      "Each number is one passage of a source. What follows a passage is dossier's summary in its "
        + "own words, not a quotation.")
    line("")
    for citation in order {
      var entry = "- [\(numbers[citation]!)] "
      if let source = corpus.source(of: citation) {
        entry +=
          (source.authors.isEmpty
            ? "Author unknown" : MarkdownExport.inline(source.authors.joined(separator: ", ")))
        var about = [source.date?.display ?? "undated"]
        if let publisher = source.publisher { about.append(publisher) }
        entry +=
          ", *\(MarkdownExport.inline(source.title))* (\(MarkdownExport.inline(about.joined(separator: ", "))))"
      } else {
        entry += "Unknown source"
      }
      entry += ": " + MarkdownExport.inline(ExportSupport.label(of: citation, in: corpus))
      entry += " (`\(MarkdownExport.code(citation.description))`)"
      line(entry)
      if let passage = ExportSupport.passage(of: citation, in: corpus) {
        line("  - In our words: " + MarkdownExport.inline(MarkdownExport.shortened(passage)))
      }
    }
  }
}

extension String {
  /// The text with its first letter in upper case: "member of" → "Member of".
  fileprivate var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
