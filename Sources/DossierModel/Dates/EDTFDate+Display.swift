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
