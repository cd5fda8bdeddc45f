import Foundation

/// The export formats, shared by `dossier export` and the explorer's `e`.
public enum ExportFormat: String, CaseIterable, Sendable {
  case json, md, csv, ics, timelinejs

  /// The file name extension for the format.
  public var fileExtension: String {
    switch self {
    case .json, .timelinejs: "json"
    case .md: "md"
    case .csv: "csv"
    case .ics: "ics"
    }
  }

  /// Encodes the selected events (and, for JSON, the whole model) in this format.
  public func encode(
    _ corpus: Corpus, events: [Event], filter: String?, exportedAt: Date = Date(),
    title: String? = nil, notes: [String: String] = [:]
  ) -> String {
    switch self {
    case .json:
      JSONExport.encode(corpus, events: events, filter: filter, exportedAt: exportedAt) + "\n"
    case .md:
      MarkdownExport.encode(
        corpus, events: events, filter: filter, exportedAt: exportedAt, title: title, notes: notes)
    case .csv:
      CSVExport.encode(
        corpus, events: events, filter: filter, exportedAt: exportedAt, title: title, notes: notes)
    case .ics:
      ICSExport.encode(
        corpus, events: events, filter: filter, exportedAt: exportedAt, title: title, notes: notes)
    case .timelinejs:
      TimelineJSExport.encode(
        corpus, events: events, filter: filter, exportedAt: exportedAt, title: title, notes: notes)
        + "\n"
    }
  }
}

extension UserData {
  /// The texts of every note, keyed by item, as the exports take them.
  public var noteTexts: [String: String] { notes.mapValues(\.text) }

  /// The events of a briefing that exist in `corpus`, in the briefing's order.
  public func events(ofBriefing name: String, in corpus: Corpus) -> [Event] {
    (briefing(named: name)?.items ?? []).compactMap { item in
      if case .event(let id) = ItemRef(item) { corpus.event(id) } else { nil }
    }
  }
}
