import Foundation

/// One row per event in the style of ACLED event data, as RFC 4180 CSV: a header row, CRLF line
/// ends, and fields holding a comma, a double quote, CR or LF quoted with doubled quotes.
///
/// Nothing precedes the header, so that any CSV reader takes the file as one table. The facts
/// every export states (the corpus, the export time, the filter, the briefing name) are the last
/// columns, repeated on every row.
public enum CSVExport {
  /// The columns, in order.
  public static let columns = [
    "event_id", "event_date", "date_precision", "date_display", "lane", "title", "actor1",
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
        precision(of: event.date),
        event.dateLabel,
        ExportSupport.laneName(event.lane, in: corpus),
        event.title,
        ExportSupport.actorNames(event.actors, in: corpus).joined(separator: "; "),
        ExportSupport.actorNames(event.associated, in: corpus).joined(separator: "; "),
        event.location?.plain ?? "",
        event.figures.map(ExportSupport.figure).joined(separator: "; "),
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

  /// One field, quoted when it must be.
  static func field(_ text: String) -> String {
    let special = text.utf8.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
    }
    guard special else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
