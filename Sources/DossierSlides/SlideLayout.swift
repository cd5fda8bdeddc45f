import Foundation

/// A slide laid out for a screen of `width` × `height` cells: positioned lines with semantic
/// roles for a renderer to style, the title and date in big type when they fit, and a
/// "+N more" line whenever something could not be shown (never a silent cut).
public struct SlideLayout: Equatable, Sendable {
  /// One run of text at a position.
  public struct Line: Equatable, Sendable {
    /// What the text is, for styling: a renderer can make the headline bold, the meta dim...
    public enum Role: String, Equatable, Sendable, CaseIterable {
      /// "Event", "Myth": what the item is.
      case label
      /// Tags beside the label: "[EXR] Exercises", "[MYTH]" (readable without colour).
      case badge
      case date
      /// The title (or the claim, the name).
      case headline
      case body
      /// The title of a block: "Actors", "How the sources saw it".
      case heading
      case figure
      case meta
      /// "+N more not shown: 3 figures, 12 events".
      case more
      /// The presenter's progress line: "7 of 23 · era · year".
      case progress
      /// The previous and next items, above and below the slide ("↑ 2013  Title"): drawn
      /// quieter than the slide (dim), and marked by the arrow, not by colour alone.
      case neighbour
      /// The presenter's bottom line: the keys, the countdown, the number typed, the prompt.
      case status
    }

    /// Column and row, from the top left of the slide's area.
    public var x: Int
    public var y: Int
    public var text: String
    public var role: Role
    /// Whether the text is drawn in block characters (draw as is, without a bold font).
    public var bigType: Bool

    public init(x: Int, y: Int, text: String, role: Role, bigType: Bool = false) {
      self.x = x
      self.y = y
      self.text = text
      self.role = role
      self.bigType = bigType
    }

    /// The display width of the text.
    public var width: Int { CellWidth.of(text) }
  }

  public var width: Int
  public var height: Int
  /// The lines, top to bottom and left to right.
  public var lines: [Line]
  /// How the title was drawn (``BigType/Variant/plain`` for ordinary text).
  public var titleVariant: BigType.Variant
  /// How the date was drawn; nil when the slide has no date.
  public var dateVariant: BigType.Variant?
  /// How many things (figures, lines of text, list items) were left out; the ``Line/Role/more``
  /// line lists them. 0 when everything fits.
  public var omitted: Int

  /// The slide as rows of exactly `width` cells (for tests and plain renderers).
  public func rows() -> [String] {
    var grid = Array(repeating: [Character](repeating: " ", count: width), count: height)
    for line in lines where line.y >= 0 && line.y < height {
      var x = line.x
      for c in line.text {
        let w = CellWidth.of(c)
        guard x + w <= width else { break }
        if w > 0 {
          grid[line.y][x] = c
          for extra in 1..<max(1, w) where x + extra < width { grid[line.y][x + extra] = "\u{0}" }
        }
        x += w
      }
    }
    return grid.map { String($0.filter { $0 != "\u{0}" }) }
  }

  /// Lays out a slide for a `width` × `height` area. `unicode` false (a terminal without UTF-8)
  /// draws big type with `#` and bullets with ASCII; `bigType` false keeps the title and the
  /// date in ordinary text.
  public static func layout(
    _ slide: Slide, width: Int, height: Int, unicode: Bool = true, bigType: Bool
  ) -> SlideLayout {
    layout(slide, width: width, height: height, unicode: unicode, font: bigType ? .auto : .plain)
  }

  /// Lays out a slide for a `width` × `height` area, the title and the date in the largest big
  /// type `font` allows that fits (``BigType/Font/plain`` keeps them in ordinary text).
  public static func layout(
    _ slide: Slide, width: Int, height: Int, unicode: Bool = true, font: BigType.Font = .auto
  ) -> SlideLayout {
    let bigType = font
    let width = max(1, width)
    let height = max(1, height)
    var planner = SlidePlanner(
      slide: slide, width: width, height: height, unicode: unicode, bigType: bigType)
    let column = planner.column
    let hasMain = !(slide.body.isEmpty && slide.figures.isEmpty && slide.meta.isEmpty)
    guard column >= 150, !slide.blocks.isEmpty, hasMain else { return planner.run() }

    // A wide screen: the label, date and title across the top, then the text and the figures
    // on the left and the lists on the right, each column cut (and saying so) on its own.
    let gap = 6
    let leftWidth = (column - gap) * 11 / 20
    let rightWidth = column - gap - leftWidth
    func part(
      _ parts: SlidePlanner.Parts, width w: Int, height h: Int, reserve: Int? = nil
    ) -> SlidePlanner {
      var p = SlidePlanner(
        slide: slide, width: w, height: h, unicode: unicode, bigType: bigType, parts: parts,
        margin: 0, reserve: reserve, center: false)
      _ = p.run()
      return p
    }
    let natural = max(
      part([.body, .figures, .meta], width: leftWidth, height: 100_000).used,
      part([.blocks], width: rightWidth, height: 100_000).used)
    let headerHeight = max(height - min(natural, height * 2 / 3) - 1, 1)
    var header = SlidePlanner(
      slide: slide, width: column, height: headerHeight, unicode: unicode, bigType: bigType,
      parts: [.header], margin: 0, reserve: 0, center: false)
    let top = header.run()
    let below = max(1, height - header.used - 1)
    var left = SlidePlanner(
      slide: slide, width: leftWidth, height: below, unicode: unicode, bigType: bigType,
      parts: [.body, .figures, .meta], margin: 0, center: false)
    let leftLayout = left.run()
    var right = SlidePlanner(
      slide: slide, width: rightWidth, height: below, unicode: unicode, bigType: bigType,
      parts: [.blocks], margin: 0, center: false)
    let rightLayout = right.run()
    let used = header.used + 1 + max(left.used, right.used)
    let y0 = max(0, (height - used) / 2)
    let margin = planner.margin
    var lines = top.lines.map {
      Line(x: $0.x + margin, y: $0.y + y0, text: $0.text, role: $0.role, bigType: $0.bigType)
    }
    for (layout, x) in [(leftLayout, margin), (rightLayout, margin + leftWidth + gap)] {
      lines += layout.lines.map {
        Line(
          x: $0.x + x, y: $0.y + y0 + header.used + 1, text: $0.text, role: $0.role,
          bigType: $0.bigType)
      }
    }
    return SlideLayout(
      width: width, height: height, lines: lines.filter { $0.y < height },
      titleVariant: top.titleVariant, dateVariant: top.dateVariant,
      omitted: top.omitted + leftLayout.omitted + rightLayout.omitted)
  }
}
