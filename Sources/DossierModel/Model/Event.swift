/// A dated event reported by one or more sources.
public struct Event: Sendable {
  public var id: String
  public var date: EDTFDate
  /// Free display text for a loosely worded date ("since the 1970s").
  public var display: String?
  public var title: String
  public var summary: RichText
  public var actors: [String]
  public var associated: [String]
  public var lane: String
  public var tags: [String]
  public var location: RichText?
  public var figures: [Figure]
  /// The event this one comes after, for a date given relative to another event ("immediately
  /// after the election"): it is ordered after that event.
  public var after: String? = nil
  /// Every citation: the declaring paragraph first, then reports and extra citations.
  public var citations: [Citation]
  /// Where the event block is (document file index and byte offset).
  public var span: SourceSpan

  /// The date as shown: the display text if any, else the formatted date.
  public var dateLabel: String { display ?? date.display }
}

/// A number the sources give: troops, prices, budgets, loans, staff.
public struct Figure: Sendable, Hashable {
  public var value: Double
  public var max: Double?
  public var unit: String
  public var counts: String?
  public var approximate: Bool
  public var note: String?
  /// The passage the figure comes from, one of its event's citations.
  public var citation: Citation? = nil

  /// The figure as a reader sees it: "c. 12,500 troops", "10–15 % (share of exports)".
  public var display: String {
    var text = approximate ? "c. " : ""
    text += Figure.format(value)
    if let max { text += "–" + Figure.format(max) }
    text += " " + unit
    if let counts { text += " (\(counts))" }
    return text
  }

  /// A number with thousands separators and no trailing zeros: 12,500 or 1.5.
  public static func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 {
      let digits = String(Int64(abs(value)))
      var grouped = ""
      for (index, char) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
        grouped.append(char)
      }
      return (value < 0 ? "-" : "") + grouped
    }
    var text = String(value)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }
}
