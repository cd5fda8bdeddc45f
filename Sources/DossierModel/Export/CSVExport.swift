import Foundation

/// One row per event in the style of ACLED event data, as RFC 4180 CSV: a header row, CRLF line
/// ends, and fields holding a comma, a double quote, CR or LF quoted with doubled quotes.
///
/// Nothing precedes the header, so that any CSV reader takes the file as one table. The facts
/// every export states (the corpus, the export time, the filter, the briefing name) are the last
/// columns, repeated on every row. Beside the EDTF date, `start_date` and `end_date` give the
/// first and last day it covers as ISO 8601 dates, which spreadsheets and pandas read as dates.
/// A cell that a spreadsheet would take for a formula gets a leading `'` (see ``field(_:)``).
public enum CSVExport {
  /// The columns, in order.
  public static let columns = [
    "event_id", "event_date", "start_date", "end_date", "date_precision", "date_display", "after",
    "lane",
    "title", "actor1",
    "actor2", "location", "figures", "sources", "notes", "corpus_id", "corpus_title",
    "exported_at", "filter", "briefing",
  ]

  public static func encode(
    _ corpus: Corpus, events: [Event], filter: String? = nil, exportedAt: Date = Date(),
    title: String? = nil, notes: [String: String] = [:]
  ) -> String {
    var rows = [columns]
    let stamp = ExportSupport.timestamp(exportedAt)
    for event in events {
      rows.append([
        event.id,
        event.date.text,
        event.date.dayRange.first.map(isoDate) ?? "",
        event.date.dayRange.last.map(isoDate) ?? "",
        precision(of: event.date),
        event.dateLabel,
        event.after ?? "",
        ExportSupport.laneName(event.lane, in: corpus),
        event.title,
        ExportSupport.actorNames(event.actors, in: corpus).joined(separator: "; "),
        ExportSupport.actorNames(event.associated, in: corpus).joined(separator: "; "),
        event.location?.plain ?? "",
        event.figures.map(ExportSupport.figureWithSource).joined(separator: "; "),
        event.citations.map(\.description).joined(separator: "; "),
        ExportSupport.note(for: event, in: notes) ?? "",
        corpus.manifest.id,
        corpus.manifest.title,
        stamp,
        filter ?? "",
        title ?? "",
      ])
    }
    return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  /// `day`, `month`, `year`, `decade` or `century` for a single date; `range` for a closed range,
  /// `open` for a range with an open or unknown end.
  public static func precision(of date: EDTFDate) -> String {
    switch date.value {
    case .single(let point):
      switch point.precision {
      case .day: "day"
      case .month: "month"
      case .year: "year"
      case .decade: "decade"
      case .century: "century"
      }
    case .range(.point, .point): "range"
    case .range: "open"
    }
  }

  /// A day number as an ISO 8601 calendar date: `2009-09-01`.
  static func isoDate(_ day: Int) -> String {
    let (y, m, d) = ExportSupport.civil(day)
    return ICSExport.pad(y, 4) + "-" + ICSExport.pad(m, 2) + "-" + ICSExport.pad(d, 2)
  }

  /// The characters that make a spreadsheet read a cell as a formula when the cell starts with
  /// one (OWASP, "CSV Injection"): `=`, `+`, `-`, `@`, tab and carriage return.
  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// One field: a leading `'` when the text starts like a formula, so that a spreadsheet shows
  /// it as text and never runs it; then quoted when it holds a comma, a quote or a line break.
  public static func field(_ text: String) -> String {
    var text = text
    if let first = text.unicodeScalars.first, formulaStarts.contains(first) { text = "'" + text }
    let special = text.utf8.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
    }
    guard special else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
