/// A date in the EDTF subset of `docs/format.md`: a single date or a range, with precision,
/// uncertainty and approximation, ordered by the earliest day it can mean.
public struct EDTFDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// One calendar point at year, month or day precision, or a decade or century.
  public struct Point: Sendable, Hashable {
    public enum Precision: Int, Sendable, Comparable {
      case century, decade, year, month, day
      public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var precision: Precision
    public var uncertain: Bool
    public var approximate: Bool
  }

  /// One end of a range.
  public enum Bound: Sendable, Hashable {
    case point(Point)
    /// `..`: the range is open at this end.
    case open
    /// empty: the end is unknown.
    case unknown
  }

  public enum Value: Sendable, Hashable {
    case single(Point)
    case range(Bound, Bound)
  }

  public var value: Value
  /// The text as written, such as `1997/1999`.
  public var text: String

  public var description: String { text }

  /// The earliest day the date can mean, as days since 1970-01-01 (for ordering).
  public var sortDay: Int {
    switch value {
    case .single(let point): return point.firstDay
    case .range(.point(let start), _): return start.firstDay
    case .range(_, .point(let end)): return end.firstDay
    case .range: return Int.min
    }
  }

  /// The finest precision of the date (day precision sorts after year precision on one day).
  var precisionRank: Int {
    switch value {
    case .single(let point): point.precision.rawValue
    case .range(.point(let start), _): start.precision.rawValue
    case .range(_, .point(let end)): end.precision.rawValue
    case .range: 0
    }
  }

  /// The first and last day covered; open ends are `nil`.
  public var dayRange: (first: Int?, last: Int?) {
    switch value {
    case .single(let point): return (point.firstDay, point.lastDay)
    case .range(let start, let end):
      let first: Int? = if case .point(let p) = start { p.firstDay } else { nil }
      let last: Int? = if case .point(let p) = end { p.lastDay } else { nil }
      return (first, last)
    }
  }

  /// The year the date starts in (for year headings); an open start uses the end's year.
  public var startYear: Int? {
    switch value {
    case .single(let point): point.year
    case .range(.point(let start), _): start.year
    case .range(_, .point(let end)): end.year
    case .range: nil
    }
  }

  public static func < (lhs: EDTFDate, rhs: EDTFDate) -> Bool {
    if lhs.sortDay != rhs.sortDay { return lhs.sortDay < rhs.sortDay }
    return lhs.precisionRank > rhs.precisionRank
  }
}

extension EDTFDate.Point {
  /// Days since 1970-01-01 of the first day of this point.
  public var firstDay: Int {
    EDTFDate.daysFromCivil(year: year, month: month ?? 1, day: day ?? 1)
  }

  /// Days since 1970-01-01 of the last day of this point.
  public var lastDay: Int {
    switch precision {
    case .century: return EDTFDate.daysFromCivil(year: year + 99, month: 12, day: 31)
    case .decade: return EDTFDate.daysFromCivil(year: year + 9, month: 12, day: 31)
    case .year: return EDTFDate.daysFromCivil(year: year, month: 12, day: 31)
    case .month:
      return EDTFDate.daysFromCivil(
        year: year, month: month!, day: EDTFDate.daysInMonth(year: year, month: month!))
    case .day: return firstDay
    }
  }
}

extension EDTFDate {
  /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// The calendar date of a day number (inverse of ``daysFromCivil``).
  static func civil(fromDays z: Int) -> (year: Int, month: Int, day: Int) {
    let z = z + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
