import DossierTUI

/// What a cell of a chart shows, for a renderer to style; the character alone always carries the
/// meaning (never colour alone).
public enum ChartRole: UInt8, Sendable, Hashable, CaseIterable {
  /// Nothing: space.
  case blank
  /// A lane's short label in the left gutter.
  case laneLabel
  /// An era band in the band row (its name or its fill).
  case era
  /// The time axis: year labels and tick marks.
  case axis
  /// The faint extent of an imprecise date (a year at month zoom).
  case extent
  /// The bar of a span between its two dates.
  case bar
  /// The open part of an open-ended range ("since 2014").
  case open
  /// A span or range that goes on beyond the edge of the view (◀ ▶).
  case continuation
  /// An event's mark: its glyph says how certain the date is.
  case mark
  /// A cell where several events fall: the count.
  case count
  /// The overview (density) strip.
  case density
  /// The part of the density strip that the view shows.
  case densityWindow
  /// The legend's text.
  case legend
  /// The status line.
  case status
  /// A heading or label in a table (matrix column heads, claims).
  case label
  /// A stance badge in the matrix.
  case badge
  /// A verdict in the matrix.
  case verdict
  /// A marker of disagreement (stances differ, versions differ).
  case marker
  /// Body text (reasons, versions).
  case text
  /// Dim text: dates, citations, hints.
  case dim
}

/// One cell: a character and what it is. `selected` marks every cell of the selected item,
/// `cursor` the one cell the cursor is on; `band` is the era behind the cell (its index in the
/// manifest), or -1, so that a renderer may shade the bands.
public struct ChartCell: Sendable, Hashable {
  /// The character; `"\u{0}"` for the right half of a wide character to the left.
  public var character: Character
  public var role: ChartRole
  public var band: Int16
  public var selected: Bool
  public var cursor: Bool

  public init(
    _ character: Character = " ", _ role: ChartRole = .blank, band: Int16 = -1,
    selected: Bool = false, cursor: Bool = false
  ) {
    self.character = character
    self.role = role
    self.band = band
    self.selected = selected
    self.cursor = cursor
  }

  public static let blank = ChartCell()
  /// The right half of a wide character.
  public static let wideTail: Character = "\u{0}"
}

/// A width × height grid of cells, row by row.
public struct ChartGrid: Sendable, Hashable {
  public let width: Int
  public let height: Int
  public var cells: [ChartCell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public subscript(x: Int, y: Int) -> ChartCell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

  /// Writes `text` from column `x` of row `y`, clipped at `limit` (the grid's width by default);
  /// returns the column after the text.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, role: ChartRole, limit: Int? = nil, band: Int16 = -1
  ) -> Int {
    guard y >= 0, y < height else { return x }
    let end = min(limit ?? width, width)
    var column = x
    for character in text {
      let w = ChartText.width(of: character)
      guard w > 0 else { continue }
      if column + w > end { break }
      if column >= 0 {
        self[column, y] = ChartCell(character, role, band: band)
        if w == 2 { self[column + 1, y] = ChartCell(ChartCell.wideTail, role, band: band) }
      }
      column += w
    }
    return column
  }

  /// Row `y` as text (wide-character tails left out, trailing spaces kept).
  public func row(_ y: Int) -> String {
    var line = ""
    for x in 0..<width where self[x, y].character != ChartCell.wideTail {
      line.append(self[x, y].character)
    }
    return line
  }

  /// Every row as text, trailing spaces removed, one line each.
  public var text: String {
    (0..<height).map { y in
      var line = row(y)
      while line.last == " " { line.removeLast() }
      return line
    }.joined(separator: "\n")
  }

  /// The roles of row `y`, one character each (for tests): see ``ChartRole/code``.
  public func roles(_ y: Int) -> String {
    String((0..<width).map { self[$0, y].role.code })
  }
}

extension ChartRole {
  /// A one-letter code for tests and debugging.
  public var code: Character {
    switch self {
    case .blank: " "
    case .laneLabel: "L"
    case .era: "E"
    case .axis: "A"
    case .extent: "x"
    case .bar: "b"
    case .open: "o"
    case .continuation: "c"
    case .mark: "m"
    case .count: "n"
    case .density: "d"
    case .densityWindow: "w"
    case .legend: "g"
    case .status: "s"
    case .label: "l"
    case .badge: "B"
    case .verdict: "V"
    case .marker: "!"
    case .text: "t"
    case .dim: "-"
    }
  }
}

/// Display widths of text in terminal cells, and truncation and wrapping by width: the
/// toolkit's own measure (``TextWidth``, ``TextLayout``), so that a chart drawn into a buffer
/// lines up with everything else on the screen.
public enum ChartText {
  /// Cells taken by one character: 0 for control and combining characters, 2 for East Asian
  /// wide and emoji characters, else 1.
  public static func width(of character: Character) -> Int { TextWidth.of(character) }

  public static func width(_ text: String) -> Int { TextWidth.of(text) }

  /// `text` cut to at most `limit` cells, ending in `ellipsis` ("…") when cut.
  public static func truncate(_ text: String, _ limit: Int, ellipsis: Character = "…") -> String {
    let cut = TextLayout.truncate(text, to: limit)
    guard ellipsis != "…", cut != text, cut.last == "…" else { return cut }
    return String(cut.dropLast()) + String(ellipsis)
  }

  /// `text` wrapped at spaces into lines of at most `limit` cells (long words are cut); no
  /// lines for an empty text.
  public static func wrap(_ text: String, _ limit: Int) -> [String] {
    TextLayout.wrap(text, width: limit).filter { !$0.isEmpty }
  }
}
