import Foundation

/// Pieces shared by the handout, spreadsheet, calendar and timeline exports.
enum ExportSupport {
  /// The export time as ISO 8601 in UTC: `2026-11-21T06:53:58Z`.
  static func timestamp(_ date: Date) -> String {
    ISO8601DateFormatter().string(from: date)
  }

  /// The names of actors, falling back to the id for an unknown actor.
  static func actorNames(_ ids: [String], in corpus: Corpus) -> [String] {
    ids.map { corpus.actor($0)?.name ?? $0 }
  }

  /// The name of a lane, falling back to its id.
  static func laneName(_ id: String, in corpus: Corpus) -> String {
    corpus.lane(id)?.name ?? id
  }

  /// A figure as the explorer shows it (``Figure/display``): `c. 12,500 troops (servicemen)`,
  /// `1.5–2 percent`.
  static func figure(_ figure: Figure) -> String {
    figure.display
  }

  /// A figure with the passage it comes from, when the corpus gives one:
  /// `3 roadmaps (on oil, gas and taxes) [policy-paper-2020#ultimatum.7]`.
  static func figureWithSource(_ figure: Figure) -> String {
    figure.display + (figure.citation.map { " [\($0)]" } ?? "")
  }

  /// The event an event comes after (its `after:` field) in words: `Disputed presidential
  /// election (9 Aug 2020)`; nil when it has none.
  static func after(_ event: Event, in corpus: Corpus) -> String? {
    guard let id = event.after else { return nil }
    guard let before = corpus.event(id) else { return id }
    return "\(before.title) (\(before.dateLabel))"
  }

  /// An actor's other names, each with the sources that spell it so: `Lukashenko
  /// (analysis-2019), Lukashenka`.
  static func aliases(_ actor: Actor) -> String {
    actor.aliases.map { alias in
      let sources = actor.aliasSources[alias] ?? []
      return sources.isEmpty ? alias : "\(alias) (\(sources.joined(separator: ", ")))"
    }.joined(separator: ", ")
  }

  /// The note on an event, if any (notes are keyed by ``ItemRef/description``).
  static func note(for event: Event, in notes: [String: String]) -> String? {
    note(for: .event(event.id), in: notes)
  }

  /// The note on an item, if any, without surrounding white space.
  static func note(for item: ItemRef, in notes: [String: String]) -> String? {
    guard let note = notes[item.description]?.trimmingSpaces, !note.isEmpty else { return nil }
    return note
  }

  /// The date of an event in words, with the formal date after free wording when the two
  /// differ: `since the 1970s (c. 1970s)`, `since 2018`.
  static func dateWords(of event: Event) -> String {
    let formal = event.date.display
    guard let display = event.display, display != formal else { return formal }
    return display + " (" + formal + ")"
  }

  /// A citation in words: `Alpha report (annotated), Introduction ¶1`.
  static func label(of citation: Citation, in corpus: Corpus) -> String {
    guard let document = corpus.document(citation.document) else { return citation.description }
    var text = document.title
    if let sectionID = citation.section {
      text += ", " + (document.section(sectionID)?.title ?? sectionID)
      if let paragraph = citation.paragraph { text += " ¶\(paragraph)" }
    }
    return text
  }

  /// The text of the paragraph a citation names, if it names one.
  static func passage(of citation: Citation, in corpus: Corpus) -> String? {
    corpus.paragraph(citation).map { collapsingSpaces($0.text.plain) }
  }

  /// Runs of white space (line breaks included) become one space.
  static func collapsingSpaces(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// The first and last day a date covers (days since 1970-01-01); an open or unknown end
  /// collapses onto the known one. `nil` when neither end is known.
  static func days(of date: EDTFDate) -> (first: Int, last: Int)? {
    switch date.dayRange {
    case (let first?, let last?): (first, last)
    case (let first?, nil): (first, first)
    case (nil, let last?): (last, last)
    case (nil, nil): nil
    }
  }

  /// The calendar date of a day number.
  static func civil(_ day: Int) -> (year: Int, month: Int, day: Int) {
    EDTFDate.civil(fromDays: day)
  }

  /// The header facts every export states, in words.
  static func provenance(
    _ corpus: Corpus, count: Int, filter: String?, exportedAt: Date, briefing: String? = nil,
    others: [ItemRef] = [], leftOut: [ItemRef] = []
  ) -> [(label: String, value: String)] {
    var facts: [(String, String)] = [
      ("Corpus", "\(corpus.manifest.title) (\(corpus.manifest.id))"),
      ("Exported", timestamp(exportedAt)),
    ]
    if let briefing { facts.append(("Briefing", briefing)) }
    if let filter, !filter.isEmpty { facts.append(("Filter", filter)) }
    facts.append(("Events", "\(count)"))
    if !others.isEmpty { facts.append(("Other items", ExportSelection.describe(others))) }
    if !leftOut.isEmpty {
      facts.append(
        ("Left out", ExportSelection.describe(leftOut) + ": " + leftOutReason(leftOut)))
    }
    return facts
  }

  /// Why a calendar or timeline leaves items out.
  static func leftOutReason(_ items: [ItemRef]) -> String {
    let events = items.contains { if case .event = $0 { true } else { false } }
    let others = items.contains { if case .event = $0 { false } else { true } }
    switch (events, others) {
    case (true, true): return "only events with a known date fit this format"
    case (true, false): return "their dates name no day"
    default: return "only events fit this format"
    }
  }
}
