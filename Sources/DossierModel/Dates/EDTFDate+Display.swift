extension EDTFDate {
  static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// The date as a reader sees it, keeping its precision: "Feb 2009", "c. 1970s", "1997–1999".
  public var display: String {
    switch value {
    case .single(let point):
      return point.display
    case .range(.open, .point(let end)):
      return "until \(end.display)"
    case .range(.point(let start), .open):
      return "since \(start.display)"
    case .range(.unknown, .point(let end)):
      return "? – \(end.display)"
    case .range(.point(let start), .unknown):
      return "\(start.display) – ?"
    case .range(.point(let a), .point(let b)):
      return Self.displayRange(a, b)
    case .range:
      return text
    }
  }

  /// The date in at most `width` characters, for a column: ``display`` when it fits, else
  /// without the spaces around the dash ("Mar 2014–Mar 2015"), else by years alone
  /// ("2014–2015", "since 2020", "c. 2012–2013"), else cut with an ellipsis.
  public func display(fitting width: Int) -> String {
    let full = display
    guard full.count > width else { return full }
    let tight = full.replacingOccurrences(of: " – ", with: "–")
    if tight.count <= width { return tight }
    var years = self
    switch value {
    case .single(let point): years.value = .single(point.yearsOnly)
    case .range(let start, let end): years.value = .range(start.yearsOnly, end.yearsOnly)
    }
    let short = years.display.replacingOccurrences(of: " – ", with: "–")
    if short.count <= width { return short }
    guard width > 1 else { return width == 1 ? "…" : "" }
    return String(short.prefix(width - 1)) + "…"
  }

  static func displayRange(_ a: Point, _ b: Point) -> String {
    let plain = !a.uncertain && !a.approximate && !b.uncertain && !b.approximate
    if plain, a.year == b.year {
      switch (a.precision, b.precision) {
      case (.month, .month):
        return "\(monthNames[a.month! - 1])–\(monthNames[b.month! - 1]) \(a.year)"
      case (.day, .day) where a.month == b.month:
        return "\(a.day!)–\(b.day!) \(monthNames[a.month! - 1]) \(a.year)"
      case (.day, .day):
        return
          "\(a.day!) \(monthNames[a.month! - 1]) – \(b.day!) \(monthNames[b.month! - 1]) \(a.year)"
      default: break
      }
    }
    let left = a.display
    let right = b.display
    let spaced = left.contains(" ") || right.contains(" ")
    return spaced ? "\(left) – \(right)" : "\(left)–\(right)"
  }
}

extension EDTFDate.Point {
  /// One point as shown: "2009", "Feb 2009", "3 Feb 2009", "1970s", "c. 1970", "2018?".
  public var display: String {
    var text: String
    switch precision {
    case .century, .decade: text = "\(year)s"
    case .year: text = "\(year)"
    case .month: text = "\(EDTFDate.monthNames[month! - 1]) \(year)"
    case .day: text = "\(day!) \(EDTFDate.monthNames[month! - 1]) \(year)"
    }
    if approximate { text = "c. " + text }
    if uncertain { text += "?" }
    return text
  }
}

extension EDTFDate.Bound {
  /// The bound with its point cut to the year (a decade or century stays as it is).
  var yearsOnly: EDTFDate.Bound {
    if case .point(let point) = self { .point(point.yearsOnly) } else { self }
  }
}

extension EDTFDate.Point {
  /// The point at year precision (a decade or century stays as it is).
  var yearsOnly: EDTFDate.Point {
    guard precision > .year else { return self }
    var point = self
    point.precision = .year
    point.month = nil
    point.day = nil
    return point
  }
}

extension EDTFDate {
  /// Whether a display text says no more than the date itself, with month names written out
  /// or not: "September 2017" for `2017-09`, "7 December 2019" for `2019-12-07`.
  public func isRestated(by text: String) -> Bool {
    var words = text.split(separator: " ").map(String.init)
    for (i, word) in words.enumerated() {
      if let month = Self.fullMonthNames.firstIndex(of: word) { words[i] = Self.monthNames[month] }
    }
    return words.joined(separator: " ") == display
  }

  static let fullMonthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
}
