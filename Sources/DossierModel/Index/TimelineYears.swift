/// Where a year jump lands, and the era and year headings of a timeline.
///
/// Events are in date order, each sorting by the first day it can mean: an event dated "2014" or
/// "since 2014" sorts on 1 January 2014, before the era that begins in March 2014. Placing each
/// event in the era by its first day splits 2014 in two (a "2014" heading under the old era and
/// a second one under the new). Here an event belongs to the era holding the middle of its first
/// date — the middle of 2014 for "2014" and "since 2014" — and eras never go back, so that one
/// year has one heading.
public struct YearLanding: Sendable, Hashable {
  /// Index of the event in the list searched.
  public var index: Int
  /// The event's start year: the year asked for, or the next year with events.
  public var year: Int
  /// Whether the event is in the year asked for.
  public var exact: Bool

  public init(index: Int, year: Int, exact: Bool) {
    self.index = index
    self.year = year
    self.exact = exact
  }
}

/// A run of events under one era and one year heading: `events` indexes the list grouped.
public struct TimelineGroup: Sendable, Hashable {
  /// The era's index in ``Manifest/eras``; nil outside the named eras.
  public var era: Int?
  /// The start year; nil for a date with no known year.
  public var year: Int?
  public var events: Range<Int>
}

extension EDTFDate {
  /// The first point of the date: the start, or the end when the start is open or unknown.
  public var firstPoint: Point? {
    switch value {
    case .single(let point): point
    case .range(.point(let start), _): start
    case .range(_, .point(let end)): end
    case .range: nil
    }
  }

  /// Whether the date is a range open or unknown at either end ("since 2014", "until 2014").
  public var isOpenRange: Bool {
    guard case .range(let start, let end) = value else { return false }
    if case .point = start, case .point = end { return false }
    return true
  }

  /// The middle day of the date's first point, or of its first year for a decade or century
  /// ("since the 1990s" belongs where 1990 does, not to the middle of the decade), in days
  /// since 1970-01-01; nil when it has none.
  public var anchorDay: Int? {
    firstPoint.map { ($0.firstDay + Swift.min($0.lastDay, $0.firstDay + 364)) / 2 }
  }
}

extension Corpus {
  /// The index in ``Manifest/eras`` of the era holding the middle of `date`'s first point.
  public func eraIndex(of date: EDTFDate) -> Int? {
    guard let day = date.anchorDay else { return nil }
    return manifest.eras.lastIndex { era in
      let range = era.dates.dayRange
      return (range.first ?? Int.min) <= day && day <= (range.last ?? Int.max)
    }
  }

  /// Era and year groups of `events` (in date order): a new group at each change of era or
  /// year; an event whose era is earlier than the current one stays in the current one.
  public func timelineGroups(_ events: [Event]) -> [TimelineGroup] {
    var groups: [TimelineGroup] = []
    var era: Int?
    var year: Int?
    var start = 0
    for (i, event) in events.enumerated() {
      var eventEra = eraIndex(of: event.date)
      if let current = era, let e = eventEra, e < current { eventEra = current }
      let eventYear = event.date.startYear
      if i == 0 {
        era = eventEra
        year = eventYear
        continue
      }
      if eventEra != era || eventYear != year {
        groups.append(TimelineGroup(era: era, year: year, events: start..<i))
        start = i
        era = eventEra
        year = eventYear
      }
    }
    if !events.isEmpty {
      groups.append(TimelineGroup(era: era, year: year, events: start..<events.count))
    }
    return groups
  }

  /// The first event of `year` in `events` (in date order), skipping open ranges ("since
  /// 2014", "until 2014") unless the year has nothing else; the first event of the next year
  /// with events when `year` has none; nil when no event starts in or after `year`.
  public static func firstEvent(ofYear year: Int, in events: [Event]) -> YearLanding? {
    firstEvent(ofYear: year, count: events.count) { events[$0].date }
  }

  /// ``firstEvent(ofYear:in:)`` over any list of `count` dates in date order.
  public static func firstEvent(
    ofYear year: Int, count: Int, date: (Int) -> EDTFDate
  ) -> YearLanding? {
    func startYear(_ i: Int) -> Int { date(i).startYear ?? Int.min }
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if startYear(mid) < year { low = mid + 1 } else { high = mid }
    }
    guard low < count else { return nil }
    let found = startYear(low)
    var i = low
    while i < count, startYear(i) == found, date(i).isOpenRange { i += 1 }
    if i == count || startYear(i) != found { i = low }
    return YearLanding(index: i, year: found, exact: found == year)
  }
}
