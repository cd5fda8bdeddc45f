import Foundation

/// The selected events as an iCalendar file (RFC 5545): one all-day VEVENT per event, with CRLF
/// line ends and lines folded at 75 octets. An event that covers at most ``longestSpan`` days is
/// shown on those days; a longer one (a year, a decade, a long range) on its first day only, so
/// that a calendar is not filled with banners, and its description says so.
public enum ICSExport {
  /// The longest span, in days, shown as it is (a whole month is 31 days).
  public static let longestSpan = 31

  public static func encode(
    _ corpus: Corpus, events: [Event], filter: String? = nil, exportedAt: Date = Date(),
    title: String? = nil, briefing: String? = nil, notes: [String: String] = [:],
    leftOut: [ItemRef] = []
  ) -> String {
    let manifest = corpus.manifest
    let stamp = utcStamp(exportedAt)
    var lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//dossier//dossier export//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:" + escape(title ?? briefing ?? manifest.title),
    ]
    let placed = events.filter { ExportSupport.days(of: $0.date) != nil }
    let facts = ExportSupport.provenance(
      corpus, count: placed.count, filter: filter, exportedAt: exportedAt, briefing: briefing,
      leftOut: leftOut)
    lines.append(
      "X-WR-CALDESC:" + escape(facts.map { "\($0.label): \($0.value)" }.joined(separator: "\n")))
    for event in placed {
      guard let days = span(of: event.date) else { continue }
      lines.append("BEGIN:VEVENT")
      lines.append("UID:" + escape("\(event.id)@\(manifest.id).dossier"))
      lines.append("DTSTAMP:" + stamp)
      lines.append("DTSTART;VALUE=DATE:" + dateValue(days.first))
      lines.append("DTEND;VALUE=DATE:" + dateValue(days.last + 1))
      lines.append("TRANSP:TRANSPARENT")
      lines.append("SUMMARY:" + escape(event.title))
      lines.append("DESCRIPTION:" + escape(description(of: event, in: corpus, notes: notes)))
      lines.append("CATEGORIES:" + escape(ExportSupport.laneName(event.lane, in: corpus)))
      if let location = event.location?.plain, !location.isEmpty {
        lines.append("LOCATION:" + escape(location))
      }
      lines.append("END:VEVENT")
    }
    lines.append("END:VCALENDAR")
    return lines.map { fold($0) + "\r\n" }.joined()
  }

  /// The days an event is shown on, first and last: the days its date covers, or its first day
  /// alone when it covers more than ``longestSpan`` days.
  static func span(of date: EDTFDate) -> (first: Int, last: Int)? {
    guard let days = ExportSupport.days(of: date) else { return nil }
    return days.last - days.first + 1 > longestSpan ? (days.first, days.first) : days
  }

  /// How the calendar places a date, when that is not simply the days it covers: `nil` for a
  /// date shown on all its days.
  static func placement(of date: EDTFDate) -> String? {
    guard let covered = ExportSupport.days(of: date), let shown = span(of: date) else { return nil }
    let day = ExportSupport.civil(shown.first)
    let first = "\(day.day) \(EDTFDate.monthNames[day.month - 1]) \(day.year)"
    switch date.value {
    case .range(.point, .point), .single:
      guard covered != shown else { return nil }
      return "shown on its first day, \(first)"
    case .range(.point, _):
      return "no end date; shown on its first day, \(first)"
    case .range(_, .point):
      return "no start date; shown on its last day, \(first)"
    case .range: return nil
    }
  }

  /// The summary, the date as the corpus gives it (and how the calendar places it), the actors,
  /// figures, sources and the note.
  static func description(of event: Event, in corpus: Corpus, notes: [String: String]) -> String {
    var parts = [ExportSupport.collapsingSpaces(event.summary.plain)]
    parts.append(
      "Date: " + ExportSupport.dateWords(of: event)
        + (placement(of: event.date).map { " — " + $0 } ?? ""))
    if let after = ExportSupport.after(event, in: corpus) { parts.append("After: " + after) }
    let actors = ExportSupport.actorNames(event.actors + event.associated, in: corpus)
    if !actors.isEmpty { parts.append("Actors: " + actors.joined(separator: ", ")) }
    if !event.figures.isEmpty {
      parts.append(
        "Figures: " + event.figures.map(ExportSupport.figureWithSource).joined(separator: "; "))
    }
    if !event.citations.isEmpty {
      parts.append(
        "Sources: "
          + event.citations.map { citation in
            let source = corpus.source(of: citation)?.title
            let label = ExportSupport.label(of: citation, in: corpus)
            return (source.map { "\($0): " } ?? "") + label + " [\(citation)]"
          }.joined(separator: "; "))
    }
    if let note = ExportSupport.note(for: event, in: notes) { parts.append("Note: " + note) }
    return parts.joined(separator: "\n")
  }

  /// A day number as `YYYYMMDD`.
  static func dateValue(_ day: Int) -> String {
    let (y, m, d) = ExportSupport.civil(day)
    return pad(y, 4) + pad(m, 2) + pad(d, 2)
  }

  /// A moment as UTC date-time: `20261121T065358Z`.
  static func utcStamp(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let day = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
    let rest = seconds - day * 86400
    return dateValue(day) + "T" + pad(rest / 3600, 2) + pad(rest / 60 % 60, 2) + pad(rest % 60, 2)
      + "Z"
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// A TEXT value: backslash, semicolon, comma and line breaks escaped; other control
  /// characters (which TEXT may not hold) dropped.
  static func escape(_ text: String) -> String {
    var result = ""
    var previousCR = false
    for scalar in text.unicodeScalars {
      defer { previousCR = scalar == "\r" }
      switch scalar {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\r": result += "\\n"
      case "\n": if !previousCR { result += "\\n" }
      case "\t": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Folds a content line so that no physical line exceeds 75 octets (without its CRLF);
  /// continuation lines start with one space, and UTF-8 sequences are never split.
  static func fold(_ line: String) -> String {
    guard line.utf8.count > 75 else { return line }
    var result = ""
    var width = 0
    for scalar in line.unicodeScalars {
      let size = String(scalar).utf8.count
      if width + size > 75 {
        result += "\r\n "
        width = 1
      }
      result.unicodeScalars.append(scalar)
      width += size
    }
    return result
  }
}
