extension EDTFDate {
  /// Why a text is not a date of the subset.
  public struct ParseError: Error, Sendable, Hashable {
    public enum Kind: Sendable { case invalid, reversed }
    public var kind: Kind
    public var message: String
  }

  /// Parses an EDTF date of the subset (see `docs/format.md`).
  public static func parse(_ text: String) -> Result<EDTFDate, ParseError> {
    if let point = fastPoint(text) { return .success(EDTFDate(value: .single(point), text: text)) }
    if let range = fastRange(text) { return .success(EDTFDate(value: range, text: text)) }
    return slowParse(text)
  }

  /// A range of two common single dates (`1997/1999`, `2009-02/2009-03~`), each read as
  /// ``fastPoint(_:)`` reads it; anything else (open or unknown ends, a range that ends before
  /// it starts) goes to the full parser.
  static func fastRange(_ text: String) -> Value? {
    let utf8 = text.utf8
    guard utf8.count <= 23, let slash = utf8.firstIndex(of: UInt8(ascii: "/")) else { return nil }
    guard let start = fastPoint(String(text[..<slash])),
      let end = fastPoint(String(text[utf8.index(after: slash)...])),
      end.lastDay >= start.firstDay
    else { return nil }
    return .range(.point(start), .point(end))
  }

  /// The common single dates (`2009`, `2009-02`, `2009-02-03`, optionally with `?`, `~`, `%`)
  /// read straight from UTF-8; anything else goes to the full parser.
  static func fastPoint(_ text: String) -> Point? {
    let utf8 = text.utf8
    return utf8.withContiguousStorageIfAvailable { b -> Point? in
      var n = b.count
      var uncertain = false
      var approximate = false
      if n > 4 {
        switch b[n - 1] {
        case UInt8(ascii: "?"): uncertain = true
        case UInt8(ascii: "~"): approximate = true
        case UInt8(ascii: "%"):
          uncertain = true
          approximate = true
        default: break
        }
        if uncertain || approximate { n -= 1 }
      }
      guard n == 4 || n == 7 || n == 10 else { return nil }
      func digits(_ from: Int, _ count: Int) -> Int? {
        var value = 0
        for i in from..<(from + count) {
          let d = Int(b[i]) - 48
          guard d >= 0, d <= 9 else { return nil }
          value = value * 10 + d
        }
        return value
      }
      guard let year = digits(0, 4), year >= 1 else { return nil }
      var point = Point(
        year: year, month: nil, day: nil, precision: .year, uncertain: uncertain,
        approximate: approximate)
      if n >= 7 {
        guard b[4] == UInt8(ascii: "-"), let month = digits(5, 2), (1...12).contains(month) else {
          return nil
        }
        point.month = month
        point.precision = .month
      }
      if n == 10 {
        guard b[7] == UInt8(ascii: "-"), let day = digits(8, 2),
          (1...daysInMonth(year: year, month: point.month!)).contains(day)
        else { return nil }
        point.day = day
        point.precision = .day
      }
      return point
    } ?? nil
  }

  static func slowParse(_ text: String) -> Result<EDTFDate, ParseError> {
    let invalid = ParseError(
      kind: .invalid,
      message:
        "'\(text)' is not a date of the form 2009, 2009-02, 2009-02-03, 197X, 2018?, 1970~ or 1997/1999"
    )
    if text.contains("/") {
      let parts = text.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 2 else { return .failure(invalid) }
      func bound(_ part: Substring) -> Bound? {
        if part == ".." { return .open }
        if part.isEmpty { return .unknown }
        return parsePoint(part).map(Bound.point)
      }
      guard let start = bound(parts[0]), let end = bound(parts[1]) else {
        return .failure(invalidPoint(text) ?? invalid)
      }
      switch (start, end) {
      case (.point(let a), .point(let b)):
        if b.lastDay < a.firstDay {
          return .failure(
            ParseError(kind: .reversed, message: "the range '\(text)' ends before it starts"))
        }
      case (.point, _), (_, .point): break
      default: return .failure(invalid)
      }
      return .success(EDTFDate(value: .range(start, end), text: text))
    }
    guard let point = parsePoint(Substring(text)) else {
      return .failure(invalidPoint(text) ?? invalid)
    }
    return .success(EDTFDate(value: .single(point), text: text))
  }

  /// A precise message for a well-formed but impossible date such as `2019-02-30`.
  static func invalidPoint(_ text: String) -> ParseError? {
    for part in text.split(separator: "/") {
      let digits = part.filter { $0 != "?" && $0 != "~" && $0 != "%" }
      let fields = digits.split(separator: "-")
      guard fields.count >= 2, let year = Int(fields[0]), let month = Int(fields[1]) else {
        continue
      }
      if !(1...12).contains(month) {
        return ParseError(kind: .invalid, message: "'\(part)' has no month \(month)")
      }
      if fields.count == 3, let day = Int(fields[2]),
        !(1...daysInMonth(year: year, month: month)).contains(day)
      {
        return ParseError(kind: .invalid, message: "'\(part)' is not a day of the calendar")
      }
    }
    return nil
  }

  static func parsePoint(_ text: Substring) -> Point? {
    var body = text
    var uncertain = false
    var approximate = false
    switch body.last {
    case "?": uncertain = true
    case "~": approximate = true
    case "%":
      uncertain = true
      approximate = true
    default: break
    }
    if uncertain || approximate { body = body.dropLast() }
    let fields = body.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(fields.count), fields[0].utf8.count == 4 else { return nil }
    let yearText = fields[0]
    var precision = Point.Precision.year
    var year: Int
    if yearText.hasSuffix("XX") {
      guard fields.count == 1, let c = Int(yearText.prefix(2)) else { return nil }
      year = c * 100
      precision = .century
    } else if yearText.hasSuffix("X") {
      guard fields.count == 1, let d = Int(yearText.prefix(3)) else { return nil }
      year = d * 10
      precision = .decade
    } else {
      guard yearText.allSatisfy(\.isASCIIDigit), let y = Int(yearText) else { return nil }
      year = y
    }
    guard year >= 1 || precision != .year else { return nil }
    var month: Int?
    var day: Int?
    if fields.count >= 2 {
      guard fields[1].utf8.count == 2, fields[1].allSatisfy(\.isASCIIDigit),
        let m = Int(fields[1]), (1...12).contains(m)
      else { return nil }
      month = m
      precision = .month
    }
    if fields.count == 3 {
      guard fields[2].utf8.count == 2, fields[2].allSatisfy(\.isASCIIDigit),
        let d = Int(fields[2]), (1...daysInMonth(year: year, month: month!)).contains(d)
      else { return nil }
      day = d
      precision = .day
    }
    return Point(
      year: year, month: month, day: day, precision: precision, uncertain: uncertain,
      approximate: approximate)
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
