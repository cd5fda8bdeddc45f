import DossierModel

/// The chart's zoom levels. Time is counted in ticks of a quarter month (days 1–7, 8–15, 16–23,
/// 24 to the end); a column holds a year at decade zoom, two months at year zoom and a quarter
/// month at month zoom, so that 80 columns show about 70 years, 12 years or 18 months.
public enum ChartZoom: Int, CaseIterable, Sendable, Comparable {
  case decades, years, months

  public static func < (a: ChartZoom, b: ChartZoom) -> Bool { a.rawValue < b.rawValue }

  /// Ticks (quarter months) in one column.
  public var ticksPerColumn: Int {
    switch self {
    case .decades: 48
    case .years: 8
    case .months: 1
    }
  }

  public var name: String {
    switch self {
    case .decades: "decades"
    case .years: "years"
    case .months: "months"
    }
  }

  /// Three letters, for the gutter.
  public var shortName: String {
    switch self {
    case .decades: "dec"
    case .years: "yrs"
    case .months: "mon"
    }
  }

  /// The next finer zoom, if any.
  public var finer: ChartZoom? { ChartZoom(rawValue: rawValue + 1) }
  /// The next coarser zoom, if any.
  public var coarser: ChartZoom? { ChartZoom(rawValue: rawValue - 1) }
}

/// How certain an event's date is, each drawn with its own glyph (never by colour alone).
public enum Certainty: Int, CaseIterable, Sendable, Comparable {
  /// A day: `2014-03-12`.
  case exact
  /// A month: `2014-03`.
  case month
  /// A year, decade or century: `2014`, `201X`.
  case year
  /// Approximate: `2014~`.
  case approximate
  /// Uncertain: `2014?`, or a range with an unknown end.
  case uncertain
  /// Open-ended: `2014/..`, `../2014`.
  case open

  public static func < (a: Certainty, b: Certainty) -> Bool { a.rawValue < b.rawValue }

  /// The mark drawn at the event's date.
  public func glyph(ascii: Bool) -> Character {
    switch self {
    case .exact: ascii ? "*" : "●"
    case .month: ascii ? "+" : "◆"
    case .year: ascii ? "o" : "○"
    case .approximate: ascii ? "~" : "≈"
    case .uncertain: "?"
    case .open: ascii ? ":" : "»"
    }
  }

  /// The legend's word for it.
  public var label: String {
    switch self {
    case .exact: "day"
    case .month: "month"
    case .year: "year"
    case .approximate: "circa"
    case .uncertain: "uncertain"
    case .open: "open"
    }
  }

  /// The certainty of one point of a date.
  public init(_ point: EDTFDate.Point) {
    if point.uncertain {
      self = .uncertain
    } else if point.approximate {
      self = .approximate
    } else {
      switch point.precision {
      case .day: self = .exact
      case .month: self = .month
      case .year, .decade, .century: self = .year
      }
    }
  }
}

/// Quarter-month ticks of dates, and the calendar of a tick.
public enum TimeTicks {
  /// The tick of a calendar day.
  public static func tick(year: Int, month: Int = 1, day: Int = 1) -> Int {
    let quarter = day <= 7 ? 0 : day <= 15 ? 1 : day <= 23 ? 2 : 3
    return (year * 12 + (month - 1)) * 4 + quarter
  }

  /// The first tick a point can mean.
  public static func first(_ point: EDTFDate.Point) -> Int {
    tick(year: point.year, month: point.month ?? 1, day: point.day ?? 1)
  }

  /// The last tick a point can mean.
  public static func last(_ point: EDTFDate.Point) -> Int {
    switch point.precision {
    case .century: tick(year: point.year + 99, month: 12, day: 31)
    case .decade: tick(year: point.year + 9, month: 12, day: 31)
    case .year: tick(year: point.year, month: 12, day: 31)
    case .month: tick(year: point.year, month: point.month ?? 12, day: 31)
    case .day: first(point)
    }
  }

  /// The year of a tick.
  public static func year(of tick: Int) -> Int { floorDiv(tick, 48) }
  /// The month (1–12) of a tick.
  public static func month(of tick: Int) -> Int { floorDiv(tick, 4) - floorDiv(tick, 48) * 12 + 1 }
  /// The month index (year × 12 + month − 1) of a tick.
  public static func monthIndex(of tick: Int) -> Int { floorDiv(tick, 4) }
}

/// Division rounding towards minus infinity.
@inline(__always)
func floorDiv(_ a: Int, _ b: Int) -> Int {
  let q = a / b
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
