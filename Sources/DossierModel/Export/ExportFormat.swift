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

  /// Encodes a selection in this format: `briefing` is the name of the briefing it was made
  /// for (stated in the file, and the CSV's `briefing` column), `title` the handout's heading,
  /// the calendar's name and the timeline's headline (the briefing name, or else the corpus
  /// title, when nil), `notes` the user's notes by item reference (`event:zapad-2009`).
  ///
  /// The handout and the JSON hold every kind of item; the spreadsheet, calendar and timeline
  /// hold events only (see ``leftOut(of:in:)``). Throws ``ExportError`` when the format cannot
  /// hold the selection at all (a timeline without a dated event) or the encoding fails.
  public func encode(
    _ corpus: Corpus, selection: ExportSelection, filter: String?, exportedAt: Date = Date(),
    briefing: String? = nil, title: String? = nil, notes: [String: String] = [:]
  ) throws -> String {
    let events = selection.events(in: corpus)
    let left = leftOut(of: selection, in: corpus)
    switch self {
    case .json:
      return try JSONExport.encode(
        corpus, events: events, filter: filter, exportedAt: exportedAt,
        briefing: briefing.map { JSONExport.BriefingInfo(name: $0, selection: selection) },
        notes: notes) + "\n"
    case .md:
      return MarkdownExport.encode(
        corpus, selection: selection, filter: filter, exportedAt: exportedAt, title: title,
        briefing: briefing, notes: notes)
    case .csv:
      return CSVExport.encode(
        corpus, events: events, filter: filter, exportedAt: exportedAt, title: briefing,
        notes: notes)
    case .ics:
      return ICSExport.encode(
        corpus, events: events, filter: filter, exportedAt: exportedAt, title: title,
        briefing: briefing, notes: notes, leftOut: left)
    case .timelinejs:
      return try TimelineJSExport.encode(
        corpus, events: events, filter: filter, exportedAt: exportedAt, title: title,
        briefing: briefing, notes: notes, leftOut: left) + "\n"
    }
  }

  /// Encodes the given events in this format (the JSON holds the whole model besides); `title`
  /// is the handout's heading, the calendar's name and the timeline's headline. No briefing is
  /// named: use ``encode(_:selection:filter:exportedAt:briefing:title:notes:)`` for one.
  public func encode(
    _ corpus: Corpus, events: [Event], filter: String?, exportedAt: Date = Date(),
    title: String? = nil, notes: [String: String] = [:]
  ) throws -> String {
    try encode(
      corpus, selection: ExportSelection(events: events), filter: filter, exportedAt: exportedAt,
      title: title, notes: notes)
  }

  /// The items of a selection this format cannot hold, in order: for the spreadsheet everything
  /// that is not an event; for the calendar and the timeline also the events whose date names
  /// no day at all (`../..`). The handout and the JSON leave nothing out.
  public func leftOut(of selection: ExportSelection, in corpus: Corpus) -> [ItemRef] {
    switch self {
    case .json, .md: return []
    case .csv: return selection.otherItems
    case .ics, .timelinejs:
      return selection.items.filter { item in
        guard case .event(let id) = item else { return true }
        return corpus.event(id).map { ExportSupport.days(of: $0.date) == nil } ?? true
      }
    }
  }
}

/// An export that cannot be made, with the reason in words.
public struct ExportError: Error, Sendable, CustomStringConvertible, LocalizedError {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
  public var errorDescription: String? { message }
}

extension UserData {
  /// The texts of every note, keyed by item, as the exports take them.
  public var noteTexts: [String: String] { notes.mapValues(\.text) }

  /// The events of a briefing that exist in `corpus`, in the briefing's order (the other marked
  /// items are in ``selection(ofBriefing:in:)``).
  public func events(ofBriefing name: String, in corpus: Corpus) -> [Event] {
    selection(ofBriefing: name, in: corpus).events(in: corpus)
  }
}
