import DossierModel

/// A lane of the chart: a manifest lane, or "other" for events whose lane the manifest lacks.
public struct ChartLane: Sendable, Hashable {
  public var id: String
  public var name: String
  public var short: String
}

/// The swimlane timeline: lanes as rows, time as columns, era bands behind, events as marks and
/// spans as bars; with a zoom, a viewport, and a cursor that steps from event to event in time
/// order across lanes. A value type: keys mutate it, ``frame()`` lays out one frame.
///
/// Events are those of the corpus that pass an ``EventFilter`` (the list timeline's filter), in
/// date order; undated events (a range open at both ends) are left out and counted in
/// ``undatedCount``.
public struct SwimlaneChart: Sendable {
  /// One dated event, placed in ticks.
  struct Item: Sendable {
    var event: Int32
    var lane: Int16
    /// First tick; `Int.min` when the start is open.
    var start: Int
    /// Last tick; `Int.max` when the end is open.
    var end: Int
    /// Where the mark goes: the first known point.
    var anchor: Int
    var isSpan: Bool
    var openStart: Bool
    var openEnd: Bool
    /// The mark's glyph, and the glyph of a span's end.
    var startGlyph: Certainty
    var endGlyph: Certainty
    /// The date's certainty as a whole (the least certain end).
    var certainty: Certainty
  }

  public let corpus: Corpus
  public private(set) var filter: EventFilter
  /// The events to show, by index in ``Corpus/events`` in date order, when another filter
  /// chose them (the list's `/` filter); nil for every event that passes ``filter``.
  public private(set) var chosen: [Int32]?
  public internal(set) var lanes: [ChartLane]
  var items: [Item] = []
  /// Events counted per month of their mark, from `histogramStart`, for the overview.
  var histogram: [Int32] = []
  var histogramStart = 0
  public internal(set) var undatedCount = 0
  /// Events no longer than ``shortSpan`` ticks, by position, with their first ticks (in
  /// order); the others (long spans and open ranges) by position.
  var shortPositions: [Int32] = []
  var shortStarts: [Int] = []
  var longPositions: [Int32] = []
  /// Five years, in ticks.
  static let shortSpan = 5 * 48
  /// The first and last tick of the events shown (where open ends stop).
  public internal(set) var timeSpan: (first: Int, last: Int) = (0, 0)
  /// Plain ASCII glyphs instead of Unicode ones.
  public var ascii: Bool
  public internal(set) var zoom: ChartZoom = .years
  /// The first column of the view, counted in columns of the zoom from tick 0.
  public internal(set) var firstColumn = 0
  /// The selected event, by position in ``eventIDs``.
  public internal(set) var selection: Int?
  public internal(set) var width: Int
  public internal(set) var height: Int

  public init(
    corpus: Corpus, filter: EventFilter = EventFilter(), ascii: Bool = false, width: Int = 80,
    height: Int = 24
  ) {
    self.corpus = corpus
    self.filter = filter
    self.ascii = ascii
    self.width = max(1, width)
    self.height = max(1, height)
    lanes = []
    rebuild()
    if !items.isEmpty {
      selection = 0
      firstColumn = column(items[0].anchor) - margin
      clampView()
    }
  }

  // MARK: Events

  /// How many events the chart shows.
  public var count: Int { items.count }

  /// The id of the event at `position` (in date order).
  public func eventID(at position: Int) -> String { corpus.events[Int(items[position].event)].id }

  /// The ids of the events shown, in date order.
  public var eventIDs: [String] { items.map { corpus.events[Int($0.event)].id } }

  /// The selected event's id.
  public var selectedEventID: String? { selection.map(eventID(at:)) }

  /// The selected event.
  public var selectedEvent: Event? { selection.map { corpus.events[Int(items[$0].event)] } }

  /// The certainty of the event at `position`.
  public func certainty(at position: Int) -> Certainty { items[position].certainty }

  /// The index in ``Corpus/events`` of the event at `position`.
  public func eventIndex(at position: Int) -> Int { Int(items[position].event) }

  /// The lane index (in ``lanes``) of the event at `position`.
  public func laneIndex(at position: Int) -> Int { Int(items[position].lane) }

  /// Replaces the filter; the selected event stays selected if it passes, else the nearest
  /// event at or after its date is.
  /// `events`, when given, are the events to show (indices in ``Corpus/events``, in date order,
  /// already chosen by `filter` and any other filter); the lanes still follow `filter`.
  public mutating func setFilter(_ filter: EventFilter, events: [Int]? = nil) {
    let old = selection.map { items[$0] }
    self.filter = filter
    chosen = events.map { $0.map(Int32.init) }
    rebuild()
    selection = nil
    guard !items.isEmpty else { return }
    if let old {
      if let same = items.firstIndex(where: { $0.event == old.event }) {
        select(same)
      } else {
        select(items.firstIndex { $0.anchor >= old.anchor } ?? items.count - 1)
      }
    } else {
      select(0)
    }
  }
}
