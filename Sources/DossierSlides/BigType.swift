import DossierModel

/// Large letters for a projector: a 5×5 bitmap font drawn with full blocks (several rows tall),
/// half blocks (two pixels a row) or `#` for terminals without UTF-8.
///
/// Any Latin text can be drawn: it is folded (no diacritics, "ß" to "SS") and drawn in capitals.
/// Text with a character the font does not have (Cyrillic, CJK...) is drawn as plain text by
/// ``BigType/fit(_:width:height:unicode:maxLines:alignment:)``.
public enum BigType {
  /// How the letters are drawn, from the largest.
  public enum Variant: String, Sendable, CaseIterable, Comparable {
    /// Full blocks, each pixel 4 cells wide and 2 rows tall: 10 rows.
    case largeBlock
    /// Full blocks, each pixel 2 cells wide and 1 row tall: 5 rows.
    case block
    /// Half blocks, two pixels a row, each 1 cell wide: 3 rows.
    case halfBlock
    /// `#`, each pixel 4 cells wide and 2 rows tall: 10 rows (terminals without UTF-8).
    case largeASCII
    /// `#`, each pixel 2 cells wide and 1 row tall: 5 rows.
    case ascii
    /// The text itself, wrapped: when no big variant fits or the font lacks a character.
    case plain

    /// Rows one line of text takes.
    public var rowsPerLine: Int {
      switch self {
      case .largeBlock, .largeASCII: 2 * BigType.glyphHeight
      case .block, .ascii: BigType.glyphHeight
      case .halfBlock: (BigType.glyphHeight + 1) / 2
      case .plain: 1
      }
    }

    /// Cells one pixel column takes.
    var pixelWidth: Int {
      switch self {
      case .largeBlock, .largeASCII: 4
      case .block, .ascii: 2
      case .halfBlock, .plain: 1
      }
    }

    /// Whether the variant needs a terminal that draws UTF-8 block characters.
    public var needsUnicode: Bool { self == .largeBlock || self == .block || self == .halfBlock }

    /// The big variants a terminal can draw, from the largest.
    public static func candidates(unicode: Bool) -> [Variant] {
      unicode ? [.largeBlock, .block, .halfBlock] : [.largeASCII, .ascii]
    }

    public static func < (a: Variant, b: Variant) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  /// How each line of a multi-line rendering sits within the rendering's width.
  public enum Alignment: Sendable { case left, center }

  /// Text drawn in one variant: rows of exactly ``width`` cells each.
  public struct Rendering: Equatable, Sendable {
    public var variant: Variant
    public var rows: [String]
    /// The display width of every row (rows are padded with spaces to it).
    public var width: Int
    /// The text lines drawn (the words of each big line, or each wrapped plain line).
    public var lines: [String]

    public var height: Int { rows.count }
  }

  /// Pixel rows of every glyph.
  static let glyphHeight = 5
  /// Blank pixel columns between two glyphs.
  static let letterSpacing = 1
  /// Blank rows between two lines of big text.
  static let lineSpacing = 1

  /// Whether the font can draw every character of `text` (after folding and upper-casing).
  public static func supports(_ text: String) -> Bool {
    let folded = normalized(text)
    return !folded.isEmpty && folded.allSatisfy { glyphs[$0] != nil }
  }

  /// The characters the font draws, in a stable order: A–Z, 0–9, then punctuation and space.
  public static var characters: [Character] {
    let letters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { Character(Unicode.Scalar($0)) }
    let digits = (UInt8(ascii: "0")...UInt8(ascii: "9")).map { Character(Unicode.Scalar($0)) }
    return letters + digits + punctuation.map(\.0)
  }

  /// `text` as the font draws it: folded (no diacritics), upper case, white space as one space.
  public static func normalized(_ text: String) -> String {
    let folded = TextFolding.fold(text).uppercased()
    return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// The width in cells of one line of text drawn in `variant` (nil when the font lacks a
  /// character or the variant is ``Variant/plain``).
  public static func width(of text: String, in variant: Variant) -> Int? {
    guard variant != .plain else { return nil }
    return pixelWidth(of: normalized(text)).map { $0 * variant.pixelWidth }
  }

  /// One line of text drawn in a big variant, without wrapping; nil when the font lacks a
  /// character.
  public static func render(line text: String, in variant: Variant) -> [String]? {
    guard variant != .plain else { return nil }
    let text = normalized(text)
    var bitmap = Array(repeating: [Bool](), count: glyphHeight)
    for (i, c) in text.enumerated() {
      guard let glyph = glyphs[c] else { return nil }
      for row in 0..<glyphHeight {
        if i > 0 { bitmap[row] += Array(repeating: false, count: letterSpacing) }
        bitmap[row] += glyph.pixels[row]
      }
    }
    return draw(bitmap, in: variant)
  }

  /// Draws a bitmap of pixel rows.
  static func draw(_ bitmap: [[Bool]], in variant: Variant) -> [String] {
    switch variant {
    case .halfBlock:
      var rows: [String] = []
      var y = 0
      while y < bitmap.count {
        let top = bitmap[y]
        let bottom =
          y + 1 < bitmap.count ? bitmap[y + 1] : Array(repeating: false, count: top.count)
        rows.append(
          String(
            zip(top, bottom).map { pair -> Character in
              switch pair {
              case (true, true): "█"
              case (true, false): "▀"
              case (false, true): "▄"
              case (false, false): " "
              }
            }))
        y += 2
      }
      return rows
    case .largeBlock, .block, .largeASCII, .ascii:
      let ink: Character = variant.needsUnicode ? "█" : "#"
      let scale = variant.pixelWidth
      let on = String(repeating: ink, count: scale)
      let off = String(repeating: " ", count: scale)
      var rows: [String] = []
      for pixels in bitmap {
        let row = pixels.map { $0 ? on : off }.joined()
        for _ in 0..<(variant.rowsPerLine / glyphHeight) { rows.append(row) }
      }
      return rows
    case .plain:
      return []
    }
  }

  /// Text drawn in one variant, words wrapped onto lines of at most `width` cells; nil when the
  /// font lacks a character or a word is wider than `width`. ``Variant/plain`` wraps the text
  /// itself (never nil).
  public static func render(
    _ text: String, in variant: Variant, width: Int, alignment: Alignment = .left
  ) -> Rendering? {
    guard width > 0 else { return nil }
    if variant == .plain {
      let lines = CellWidth.wrap(text, width: width)
      return assemble(
        lines.map { [$0] }, lines: lines, variant: variant, gap: 0, alignment: alignment)
    }
    guard let lines = wrap(normalized(text), in: variant, width: width) else { return nil }
    return draw(lines: lines, in: variant, alignment: alignment)
  }

  /// Words of normalized text on lines of at most `width` cells; nil when the font lacks a
  /// character or a word is wider than `width`.
  static func wrap(_ text: String, in variant: Variant, width: Int) -> [String]? {
    let words = text.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return nil }
    let space = (glyphs[" "]!.width + 2 * letterSpacing) * variant.pixelWidth
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in words {
      guard let w = pixelWidth(of: word).map({ $0 * variant.pixelWidth }), w <= width else {
        return nil
      }
      if !line.isEmpty, lineWidth + space + w <= width {
        line += " " + word
        lineWidth += space + w
      } else {
        if !line.isEmpty { lines.append(line) }
        line = word
        lineWidth = w
      }
    }
    lines.append(line)
    return lines
  }

  /// The width in pixels of normalized text (nil when the font lacks a character).
  static func pixelWidth(of text: String) -> Int? {
    var pixels = 0
    for (i, c) in text.enumerated() {
      guard let glyph = glyphs[c] else { return nil }
      pixels += glyph.width + (i > 0 ? letterSpacing : 0)
    }
    return pixels
  }

  /// The rows lines of big text take, with the blank rows between them.
  static func height(lines: Int, in variant: Variant) -> Int {
    lines * variant.rowsPerLine + max(0, lines - 1) * lineSpacing
  }

  static func draw(lines: [String], in variant: Variant, alignment: Alignment) -> Rendering {
    let blocks = lines.map { render(line: $0, in: variant)! }
    return assemble(blocks, lines: lines, variant: variant, gap: lineSpacing, alignment: alignment)
  }

  static func assemble(
    _ blocks: [[String]], lines: [String], variant: Variant, gap: Int, alignment: Alignment
  ) -> Rendering {
    let widths = blocks.map { block in block.map(CellWidth.of).max() ?? 0 }
    let width = widths.max() ?? 0
    var rows: [String] = []
    for (i, block) in blocks.enumerated() {
      if i > 0 { rows += Array(repeating: String(repeating: " ", count: width), count: gap) }
      let lead = alignment == .center ? (width - widths[i]) / 2 : 0
      for row in block {
        let pad = width - lead - CellWidth.of(row)
        rows.append(String(repeating: " ", count: lead) + row + String(repeating: " ", count: pad))
      }
    }
    return Rendering(variant: variant, rows: rows, width: width, lines: lines)
  }

  /// The largest variant in which `text` fits `width` × `height` on at most `maxLines` lines,
  /// or else the plain text wrapped to `width` (``Rendering/variant`` says which was chosen).
  /// `unicode` false (a terminal without UTF-8) allows only the `#` variants; `font` limits the
  /// variants tried (the `presenter.font` setting).
  public static func fit(
    _ text: String, width: Int, height: Int, unicode: Bool = true, maxLines: Int = 3,
    alignment: Alignment = .left, font: Font = .auto
  ) -> Rendering {
    if width > 0 {
      let text = normalized(text)
      for variant in font.candidates(unicode: unicode) {
        // Lines and height are known before anything is drawn.
        if let lines = wrap(text, in: variant, width: width), lines.count <= maxLines,
          self.height(lines: lines.count, in: variant) <= height
        {
          return draw(lines: lines, in: variant, alignment: alignment)
        }
      }
    }
    return render(text, in: .plain, width: max(1, width), alignment: alignment)!
  }

  // MARK: The font

  struct Glyph: Sendable {
    var width: Int
    var pixels: [[Bool]]

    init(_ rows: [String]) {
      precondition(rows.count == BigType.glyphHeight)
      width = rows[0].count
      pixels = rows.map { row in
        precondition(row.count == rows[0].count)
        return row.map { $0 == "#" }
      }
    }
  }

  static let letters: [(Character, [String])] = [
    ("A", [".###.", "#...#", "#####", "#...#", "#...#"]),
    ("B", ["####.", "#...#", "####.", "#...#", "####."]),
    ("C", [".####", "#....", "#....", "#....", ".####"]),
    ("D", ["####.", "#...#", "#...#", "#...#", "####."]),
    ("E", ["#####", "#....", "####.", "#....", "#####"]),
    ("F", ["#####", "#....", "####.", "#....", "#...."]),
    ("G", [".####", "#....", "#..##", "#...#", ".####"]),
    ("H", ["#...#", "#...#", "#####", "#...#", "#...#"]),
    ("I", ["###", ".#.", ".#.", ".#.", "###"]),
    ("J", ["..###", "...#.", "...#.", "#..#.", ".##.."]),
    ("K", ["#...#", "#..#.", "###..", "#..#.", "#...#"]),
    ("L", ["#....", "#....", "#....", "#....", "#####"]),
    ("M", ["#...#", "##.##", "#.#.#", "#...#", "#...#"]),
    ("N", ["#...#", "##..#", "#.#.#", "#..##", "#...#"]),
    ("O", [".###.", "#...#", "#...#", "#...#", ".###."]),
    ("P", ["####.", "#...#", "####.", "#....", "#...."]),
    ("Q", [".###.", "#...#", "#.#.#", "#..#.", ".##.#"]),
    ("R", ["####.", "#...#", "####.", "#..#.", "#...#"]),
    ("S", [".####", "#....", ".###.", "....#", "####."]),
    ("T", ["#####", "..#..", "..#..", "..#..", "..#.."]),
    ("U", ["#...#", "#...#", "#...#", "#...#", ".###."]),
    ("V", ["#...#", "#...#", "#...#", ".#.#.", "..#.."]),
    ("W", ["#...#", "#...#", "#.#.#", "##.##", "#...#"]),
    ("X", ["#...#", ".#.#.", "..#..", ".#.#.", "#...#"]),
    ("Y", ["#...#", ".#.#.", "..#..", "..#..", "..#.."]),
    ("Z", ["#####", "...#.", "..#..", ".#...", "#####"]),
  ]

  static let digits: [(Character, [String])] = [
    ("0", [".###.", "#..##", "#.#.#", "##..#", ".###."]),
    ("1", [".#.", "##.", ".#.", ".#.", "###"]),
    ("2", ["####.", "....#", ".###.", "#....", "#####"]),
    ("3", ["####.", "....#", ".###.", "....#", "####."]),
    ("4", ["#...#", "#...#", "#####", "....#", "....#"]),
    ("5", ["#####", "#....", "####.", "....#", "####."]),
    ("6", [".###.", "#....", "####.", "#...#", ".###."]),
    ("7", ["#####", "....#", "...#.", "..#..", "..#.."]),
    ("8", [".###.", "#...#", ".###.", "#...#", ".###."]),
    ("9", [".###.", "#...#", ".####", "....#", ".###."]),
  ]

  static let punctuation: [(Character, [String])] = [
    (".", [".", ".", ".", ".", "#"]),
    (",", ["..", "..", "..", ".#", "#."]),
    (":", [".", "#", ".", "#", "."]),
    (";", ["..", ".#", "..", ".#", "#."]),
    ("!", ["#", "#", "#", ".", "#"]),
    ("?", ["####.", "....#", "..##.", ".....", "..#.."]),
    ("-", ["...", "...", "###", "...", "..."]),
    ("'", ["#", "#", ".", ".", "."]),
    ("\"", ["#.#", "#.#", "...", "...", "..."]),
    ("(", [".#", "#.", "#.", "#.", ".#"]),
    (")", ["#.", ".#", ".#", ".#", "#."]),
    ("/", ["....#", "...#.", "..#..", ".#...", "#...."]),
    ("&", [".##..", "#..#.", ".##..", "#..#.", ".##.#"]),
    ("+", ["...", ".#.", "###", ".#.", "..."]),
    ("%", ["##..#", "##.#.", "..#..", ".#.##", "#..##"]),
    ("#", [".#.#.", "#####", ".#.#.", "#####", ".#.#."]),
    ("·", [".", ".", "#", ".", "."]),
    (" ", ["...", "...", "...", "...", "..."]),
  ]

  static let glyphs: [Character: Glyph] = {
    var table: [Character: Glyph] = [:]
    for (c, rows) in letters + digits + punctuation { table[c] = Glyph(rows) }
    return table
  }()
}
