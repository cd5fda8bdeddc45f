import Foundation

/// The selected events in the JSON format read by the TimelineJS3 library: a title slide, the
/// events with dates exactly as precise as the corpus gives them, and the manifest's eras.
public enum TimelineJSExport {
  struct DateOut: Encodable, Equatable {
    var year: String
    var month: String?
    var day: String?
  }
  struct TextOut: Encodable {
    var headline: String
    var text: String?
  }
  struct TitleOut: Encodable {
    var text: TextOut
    var unique_id: String
  }
  struct EventOut: Encodable {
    var start_date: DateOut
    var end_date: DateOut?
    var display_date: String
    var text: TextOut
    var group: String
    var unique_id: String
  }
  struct EraOut: Encodable {
    var start_date: DateOut
    var end_date: DateOut
    var text: TextOut
  }
  struct TimelineOut: Encodable {
    var title: TitleOut
    var events: [EventOut]
    var eras: [EraOut]
  }

  /// Throws ``ExportError`` when no event has a date (TimelineJS refuses a timeline without
  /// events) or the encoding fails.
  public static func encode(
    _ corpus: Corpus, events: [Event], filter: String? = nil, exportedAt: Date = Date(),
    title: String? = nil, briefing: String? = nil, notes: [String: String] = [:],
    leftOut: [ItemRef] = []
  ) throws -> String {
    let placed = events.filter { dates(of: $0.date) != nil }
    guard !placed.isEmpty else {
      throw ExportError(
        "a TimelineJS timeline needs at least one event with a date, and this selection has "
          + (events.isEmpty ? "no events" : "none"))
    }
    let facts = ExportSupport.provenance(
      corpus, count: placed.count, filter: filter, exportedAt: exportedAt, briefing: briefing,
      leftOut: leftOut)
    var intro = ""
    if let description = corpus.manifest.description, !description.isEmpty {
      intro += "<p>\(html(description))</p>"
    }
    intro += facts.map { "<p>\(html($0.label)): \(html($0.value))</p>" }.joined()
    // The title slide's id must differ from every event's, or TimelineJS renames the event.
    let ids = Set(placed.map(\.id))
    var titleID = "title"
    while ids.contains(titleID) { titleID = "_" + titleID }
    let timeline = TimelineOut(
      title: TitleOut(
        text: TextOut(headline: html(title ?? briefing ?? corpus.manifest.title), text: intro),
        unique_id: titleID),
      events: placed.compactMap { event in
        guard let (start, end) = dates(of: event.date) else { return nil }
        return EventOut(
          start_date: start, end_date: end, display_date: event.dateLabel,
          text: TextOut(
            headline: html(event.title), text: text(of: event, in: corpus, notes: notes)),
          group: ExportSupport.laneName(event.lane, in: corpus), unique_id: event.id)
      },
      eras: eras(of: corpus, around: placed, exportedAt: exportedAt))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(timeline), as: UTF8.self)
    } catch {
      throw ExportError("the timeline cannot be encoded as JSON: \(error)")
    }
  }

  /// The manifest's eras that overlap the days the events cover, each from its first to its
  /// last day. An open end (`2020-08/..`: still going on) runs to the day of the export, an
  /// unknown end to the events' last day, an open or unknown start from the events' first day.
  /// An era that would start and end on the same day is left out: TimelineJS drops an end date
  /// equal to the start and then refuses the era.
  static func eras(of corpus: Corpus, around events: [Event], exportedAt: Date) -> [EraOut] {
    let spans = events.compactMap { ExportSupport.days(of: $0.date) }
    guard let first = spans.map(\.first).min(), let last = spans.map(\.last).max() else {
      return []
    }
    let today = Int((exportedAt.timeIntervalSince1970 / 86400).rounded(.down))
    return corpus.manifest.eras.compactMap { era in
      let range = era.dates.dayRange
      if range.first == nil, range.last == nil { return nil }
      let start = range.first ?? first
      var end = range.last ?? last
      if case .range(_, .open) = era.dates.value { end = max(today, start) }
      guard start < end, start <= last, end >= first else { return nil }
      return EraOut(
        start_date: dayOut(start), end_date: dayOut(end), text: TextOut(headline: html(era.name)))
    }
  }

  /// Whether TimelineJS takes the end for the start and drops it: every part the start has is
  /// the same in the end (`{2009}` and `{2009, 5}`).
  static func sameOnStartKeys(_ start: DateOut, _ end: DateOut) -> Bool {
    start.year == end.year && (start.month == nil || start.month == end.month)
      && (start.day == nil || start.day == end.day)
  }

  /// A day number as a date to the day.
  static func dayOut(_ day: Int) -> DateOut {
    let (y, m, d) = ExportSupport.civil(day)
    return DateOut(year: "\(y)", month: "\(m)", day: "\(d)")
  }

  /// The start and (for ranges, decades and centuries) end of a date, each only as precise as
  /// the corpus wrote it. An open or unknown end is left out; an open start takes the end.
  static func dates(of date: EDTFDate) -> (DateOut, DateOut?)? {
    switch date.value {
    case .single(let point):
      switch point.precision {
      case .decade: return (DateOut(year: "\(point.year)"), DateOut(year: "\(point.year + 9)"))
      case .century: return (DateOut(year: "\(point.year)"), DateOut(year: "\(point.year + 99)"))
      default: return (dateOut(point), nil)
      }
    case .range(.point(let start), .point(let end)):
      let first = dateOut(start)
      let last = dateOut(end, last: true)
      guard sameOnStartKeys(first, last) else { return (first, last) }
      // TimelineJS would drop this end (`2009/2009-05`: the year is all the start has, and
      // it is the end's year too), so the start is given as precisely as the end.
      let day = ExportSupport.civil(start.firstDay)
      let refined = DateOut(
        year: first.year, month: last.month == nil ? nil : "\(day.month)",
        day: last.day == nil ? nil : "\(day.day)")
      guard sameOnStartKeys(refined, last) else { return (refined, last) }
      return (dayOut(start.firstDay), dayOut(end.lastDay))
    case .range(.point(let start), _):
      return (dateOut(start), nil)
    case .range(_, .point(let end)):
      return (dateOut(end, last: true), nil)
    case .range:
      return nil
    }
  }

  /// One point: year, month and day as far as it has them; the end of a range that is a decade
  /// or century is its last year.
  static func dateOut(_ point: EDTFDate.Point, last: Bool = false) -> DateOut {
    switch point.precision {
    case .decade: return DateOut(year: "\(point.year + (last ? 9 : 0))")
    case .century: return DateOut(year: "\(point.year + (last ? 99 : 0))")
    default:
      return DateOut(
        year: "\(point.year)", month: point.month.map { "\($0)" }, day: point.day.map { "\($0)" })
    }
  }

  /// The slide text (HTML): summary, lane, actors, figures, sources, and the note.
  static func text(of event: Event, in corpus: Corpus, notes: [String: String]) -> String {
    var parts = ["<p>\(html(ExportSupport.collapsingSpaces(event.summary.plain)))</p>"]
    if let after = ExportSupport.after(event, in: corpus) {
      parts.append("<p>After: \(html(after))</p>")
    }
    let actors = ExportSupport.actorNames(event.actors, in: corpus)
    let associated = ExportSupport.actorNames(event.associated, in: corpus)
    if !actors.isEmpty { parts.append("<p>Actors: \(html(actors.joined(separator: ", ")))</p>") }
    if !associated.isEmpty {
      parts.append("<p>Associated: \(html(associated.joined(separator: ", ")))</p>")
    }
    if let location = event.location?.plain, !location.isEmpty {
      parts.append("<p>Location: \(html(location))</p>")
    }
    if !event.figures.isEmpty {
      parts.append(
        "<p>Figures: \(html(event.figures.map(ExportSupport.figureWithSource).joined(separator: "; ")))</p>"
      )
    }
    if !event.citations.isEmpty {
      let items = event.citations.map { citation in
        let source = corpus.source(of: citation)?.title
        let label = (source.map { "\($0): " } ?? "") + ExportSupport.label(of: citation, in: corpus)
        return "<li>\(html(label)) <code>\(html(citation.description))</code></li>"
      }
      parts.append("<p>Sources:</p><ul>\(items.joined())</ul>")
    }
    if let note = ExportSupport.note(for: event, in: notes) {
      parts.append(
        "<p><strong>Note:</strong> \(html(note).replacingOccurrences(of: "\n", with: "<br>"))</p>")
    }
    return parts.joined()
  }

  /// Text made safe inside HTML.
  static func html(_ text: String) -> String {
    var result = ""
    for char in text {
      switch char {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(char)
      }
    }
    return result
  }
}
