/// One terminal cell: the grapheme drawn there and its style. The cell after a wide character
/// holds an empty symbol (it is covered by the character before it).
public struct Cell: Hashable, Sendable {
  public var symbol: String
  public var style: Style

  public init(_ symbol: String = " ", _ style: Style = .plain) {
    self.symbol = symbol
    self.style = style
  }

  public static let blank = Cell()
}

/// An off-screen grid of cells that widgets draw into; a backend flushes it to the terminal.
///
/// Text written here is sanitised: control characters and escape sequences never reach a cell,
/// whatever the data says.
public struct Buffer: Hashable, Sendable {
  public private(set) var size: Size
  public private(set) var cells: [Cell]

  public init(size: Size, fill: Cell = .blank) {
    self.size = size
    self.cells = Array(repeating: fill, count: max(0, size.width * size.height))
  }

  public var area: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * size.width + x] }
    set {
      guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
      cells[y * size.width + x] = newValue
    }
  }

  /// Fills a rectangle with one cell.
  public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
    for y in max(0, rect.y)..<min(size.height, rect.maxY) {
      for x in max(0, rect.x)..<min(size.width, rect.maxX) { self[x, y] = cell }
    }
  }

  /// Sets the style of every cell in a rectangle, keeping the symbols.
  public mutating func style(_ rect: Rect, _ style: Style) {
    for y in max(0, rect.y)..<min(size.height, rect.maxY) {
      for x in max(0, rect.x)..<min(size.width, rect.maxX) {
        self[x, y].style = self[x, y].style.merged(with: style)
      }
    }
  }

  /// Writes text from (x, y), clipped at `maxX`; returns the column after the last cell written.
  @discardableResult
  public mutating func write(
    _ text: String, x: Int, y: Int, style: Style = .plain, maxX: Int? = nil
  ) -> Int {
    guard y >= 0, y < size.height else { return x }
    let limit = min(maxX ?? size.width, size.width)
    var column = x
    for character in text {
      let width = TextWidth.of(character)
      if width == 0 {
        // Controls and lone zero-width characters are dropped (a grapheme keeps its own marks).
        continue
      }
      guard Buffer.isPrintable(character) else { continue }
      if column + width > limit { break }
      if column >= 0 {
        self[column, y] = Cell(String(character), style)
        if width == 2 { self[column + 1, y] = Cell("", style) }
      }
      column += width
    }
    return column
  }

  public static func isPrintable(_ character: Character) -> Bool {
    !character.unicodeScalars.contains { ControlScalars.isControl($0) }
  }

  /// The buffer as plain text, one line per row, trailing spaces removed.
  public var text: String {
    var lines: [String] = []
    for y in 0..<size.height {
      var line = ""
      for x in 0..<size.width { line += cells[y * size.width + x].symbol }
      while line.hasSuffix(" ") { line.removeLast() }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }
}

/// Control characters that must never be written to a terminal.
enum ControlScalars {
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v)
  }
}
