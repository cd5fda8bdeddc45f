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

  /// A figure without thousands separators, so that it reads the same in every locale:
  /// `12500 troops (servicemen)`, `c. 10–15 percent`.
  static func figure(_ figure: Figure) -> String {
    func number(_ value: Double) -> String {
      if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
      return String(value)
    }
    var text = figure.approximate ? "c. " : ""
    text += number(figure.value)
    if let max = figure.max { text += "–" + number(max) }
    text += " " + figure.unit
    if let counts = figure.counts { text += " (\(counts))" }
    return text
  }

  /// The note on an event, if any (notes are keyed by ``ItemRef/description``).
  static func note(for event: Event, in notes: [String: String]) -> String? {
    guard let note = notes[ItemRef.event(event.id).description]?.trimmingSpaces, !note.isEmpty
    else { return nil }
    return note
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
    _ corpus: Corpus, count: Int, filter: String?, exportedAt: Date
  ) -> [(label: String, value: String)] {
    var facts: [(String, String)] = [
      ("Corpus", "\(corpus.manifest.title) (\(corpus.manifest.id))"),
      ("Exported", timestamp(exportedAt)),
    ]
    if let filter, !filter.isEmpty { facts.append(("Filter", filter)) }
    facts.append(("Events", "\(count)"))
    return facts
  }
}
