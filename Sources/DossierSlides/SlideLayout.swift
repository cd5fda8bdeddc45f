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
    var planner = Planner(
      slide: slide, width: width, height: height, unicode: unicode, bigType: bigType)
    let column = planner.column
    let hasMain = !(slide.body.isEmpty && slide.figures.isEmpty && slide.meta.isEmpty)
    guard column >= 150, !slide.blocks.isEmpty, hasMain else { return planner.run() }

    // A wide screen: the label, date and title across the top, then the text and the figures
    // on the left and the lists on the right, each column cut (and saying so) on its own.
    let gap = 6
    let leftWidth = (column - gap) * 11 / 20
    let rightWidth = column - gap - leftWidth
    func part(_ parts: Planner.Parts, width w: Int, height h: Int, reserve: Int? = nil) -> Planner {
      var p = Planner(
        slide: slide, width: w, height: h, unicode: unicode, bigType: bigType, parts: parts,
        margin: 0, reserve: reserve, center: false)
      _ = p.run()
      return p
    }
    let natural = max(
      part([.body, .figures, .meta], width: leftWidth, height: 100_000).used,
      part([.blocks], width: rightWidth, height: 100_000).used)
    let headerHeight = max(height - min(natural, height * 2 / 3) - 1, 1)
    var header = Planner(
      slide: slide, width: column, height: headerHeight, unicode: unicode, bigType: bigType,
      parts: [.header], margin: 0, reserve: 0, center: false)
    let top = header.run()
    let below = max(1, height - header.used - 1)
    var left = Planner(
      slide: slide, width: leftWidth, height: below, unicode: unicode, bigType: bigType,
      parts: [.body, .figures, .meta], margin: 0, center: false)
    let leftLayout = left.run()
    var right = Planner(
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

/// The layout's working state.
private struct Planner {
  /// The parts of a slide a planner lays out (a wide screen lays them out in columns).
  struct Parts: OptionSet {
    let rawValue: Int
    static let header = Parts(rawValue: 1)
    static let body = Parts(rawValue: 2)
    static let figures = Parts(rawValue: 4)
    static let blocks = Parts(rawValue: 8)
    static let meta = Parts(rawValue: 16)
    static let all: Parts = [.header, .body, .figures, .blocks, .meta]
  }

  typealias Line = SlideLayout.Line

  /// A piece of a row: column offset within the content column, text and role.
  struct Piece {
    var x: Int
    var text: String
    var role: Line.Role
    var big = false
  }

  /// Rows that are kept or dropped together (a wrapped list item, a grid row).
  struct Unit {
    var rows: [[Piece]]
    /// How many things the unit holds, for the "+N more" count.
    var items: Int
  }

  /// A run of units with a heading and a gap before it, dropped from the end when space runs
  /// out, the least important first.
  struct Group {
    var gap: Int
    var header: [[Piece]] = []
    var units: [Unit]
    /// Lower is more important; 0 is never dropped.
    var priority: Int
    /// What an item of this group is called in the "+N more" line ("figures", "lines of text").
    var what: String
    var dropped = 0

    var rowCount: Int {
      units.isEmpty ? 0 : gap + header.count + units.reduce(0) { $0 + $1.rows.count }
    }
  }

  let slide: Slide
  let width: Int
  let height: Int
  let unicode: Bool
  let bigType: BigType.Font
  let margin: Int
  let column: Int
  let measure: Int
  let parts: Parts
  /// Rows big type may take even when the content then has to be cut.
  let reserve: Int
  /// Whether the content is centred vertically (else it starts at the top).
  let center: Bool
  /// The rows the last run used.
  private(set) var used = 0

  init(
    slide: Slide, width: Int, height: Int, unicode: Bool, bigType: BigType.Font,
    parts: Parts = .all,
    margin: Int? = nil, reserve: Int? = nil, center: Bool = true
  ) {
    self.slide = slide
    self.bigType = bigType
    self.width = width
    self.height = height
    self.unicode = unicode
    self.parts = parts
    self.margin = margin ?? (width >= 160 ? 6 : width >= 100 ? 4 : width >= 60 ? 2 : 0)
    column = max(1, width - 2 * self.margin)
    measure = min(column, 120)
    self.reserve = reserve ?? (height >= 30 ? height / 3 : 0)
    self.center = center
  }

  var bullet: String { unicode ? "• " : "- " }
  var figureMark: String { unicode ? "▸ " : "> " }
  var separator: String { unicode ? " · " : " - " }

  mutating func run() -> SlideLayout {
    // Plain first: everything as ordinary text.
    let header = parts.contains(.header)
    let labelGroup = Group(gap: 0, units: header ? [labelUnit()] : [], priority: 0, what: "")
    var titleGroup = Group(
      gap: 0, units: header ? [plainTitle()] : [], priority: 0, what: "lines of the title")
    var dateGroup: Group? = (header ? slide.date : nil).map {
      let rows = CellWidth.wrap($0, width: column).map { [Piece(x: 0, text: $0, role: .date)] }
      return Group(
        gap: 0, units: [Unit(rows: rows, items: 1)],
        priority: 1, what: "date")
    }
    var content: [Group] = []
    for (i, paragraph) in slide.body.enumerated() where parts.contains(.body) {
      let rows = CellWidth.wrap(paragraph, width: measure).map {
        [Piece(x: 0, text: $0, role: .body)]
      }
      content.append(
        Group(
          gap: 1, units: rows.map { Unit(rows: [$0], items: 1) }, priority: 3 + min(i, 1),
          what: "lines of text"))
    }
    if !slide.figures.isEmpty, parts.contains(.figures) { content.append(figureGroup()) }
    for (i, block) in slide.blocks.enumerated() where parts.contains(.blocks) {
      content.append(blockGroup(block, priority: 5 + i))
    }
    if !slide.meta.isEmpty, parts.contains(.meta) {
      let units = slide.meta.map { text in
        Unit(
          rows: CellWidth.wrap(text, width: measure).map { [Piece(x: 0, text: $0, role: .meta)] },
          items: 1)
      }
      content.append(Group(gap: 1, units: units, priority: 4, what: "details"))
    }

    // Big type for the title, then the date, with the rows to spare (at least a third of a tall
    // screen is theirs).
    func total() -> Int {
      labelGroup.rowCount + (dateGroup?.rowCount ?? 0) + titleGroup.rowCount
        + content.reduce(0) { $0 + $1.rowCount }
    }
    var budget = bigType != .plain && header ? max(height - total(), reserve) : 0
    var titleVariant = BigType.Variant.plain
    let plainTitleRows = titleGroup.rowCount
    let bigTitle = BigType.fit(
      slide.title, width: column, height: budget + plainTitleRows, unicode: unicode,
      maxLines: height >= 50 ? 3 : 2, font: bigType)
    if bigTitle.variant != .plain {
      titleVariant = bigTitle.variant
      titleGroup.units = [bigUnit(bigTitle, role: .headline)]
      budget -= bigTitle.height - plainTitleRows
    }
    var dateVariant: BigType.Variant? = slide.date == nil ? nil : .plain
    let plainDateRows = dateGroup?.rowCount ?? 0
    if let date = slide.date {
      var rendering = BigType.fit(
        date, width: column, height: budget + plainDateRows, unicode: unicode, maxLines: 1,
        font: bigType)
      // The date never outgrows a big title.
      if titleVariant != .plain, rendering.variant < titleVariant,
        let smaller = BigType.render(date, in: titleVariant, width: column),
        smaller.height <= budget + plainDateRows, smaller.lines.count == 1
      {
        rendering = smaller
      }
      if rendering.variant != .plain {
        dateVariant = rendering.variant
        dateGroup?.units = [bigUnit(rendering, role: .date)]
        dateGroup?.gap = 0
        budget -= rendering.height - plainDateRows
      }
    }
    if titleVariant != .plain || dateVariant.map({ $0 != .plain }) == true {
      titleGroup.gap = 1
    }

    // Drop what does not fit, least important and last first, keeping a row for "+N more".
    var omitted = 0
    // The rows in use, kept up to date as units go (a long list would make recounting slow).
    var rows = total()
    var overflow: Bool { rows + (omitted > 0 ? 1 : 0) > height }
    // Groups in the order they give up units: the least important, and the last, first.
    var order = content.indices.sorted { (content[$0].priority, $0) > (content[$1].priority, $1) }
    while overflow, let index = order.first {
      guard content[index].priority > 0, !content[index].units.isEmpty else {
        order.removeFirst()
        continue
      }
      let before = content[index].rowCount
      let unit = content[index].units.removeLast()
      content[index].dropped += unit.items
      omitted += unit.items
      rows -= before - content[index].rowCount
    }
    // A screen too small for even the title and the date: drop the date, then title rows.
    if overflow, let group = dateGroup, group.rowCount > 0 {
      omitted += 1
      dateGroup?.dropped = 1
      dateGroup?.units = []
      rows = total()
    }
    while overflow, let last = titleGroup.units.last, last.rows.count > 0 {
      omitted += 1
      titleGroup.dropped += 1
      titleGroup.units[titleGroup.units.count - 1].rows.removeLast()
      if titleGroup.units[titleGroup.units.count - 1].rows.isEmpty { titleGroup.units.removeLast() }
      rows = total()
    }

    // Place the rows, the whole centred vertically.
    let groups = [labelGroup] + (dateGroup.map { [$0] } ?? []) + [titleGroup] + content
    var moreLine: String?
    if omitted > 0 {
      let parts = groups.filter { $0.dropped > 0 }.map {
        "\($0.dropped) \(TextPlural.counted($0.what, $0.dropped))"
      }
      moreLine = "+\(omitted) more not shown: " + parts.joined(separator: ", ")
    }
    used = min(height, total() + (moreLine == nil ? 0 : 1))
    var y = center ? max(0, (height - used) / 2) : 0
    var lines: [Line] = []
    var first = true
    for group in groups where !group.units.isEmpty {
      y += first ? 0 : group.gap
      first = false
      for row in group.header + group.units.flatMap(\.rows) {
        for piece in row where !piece.text.isEmpty {
          lines.append(
            Line(x: margin + piece.x, y: y, text: piece.text, role: piece.role, bigType: piece.big))
        }
        y += 1
      }
    }
    if let moreLine, y < height {
      lines.append(
        Line(
          x: margin, y: min(y, height - 1), text: CellWidth.truncate(moreLine, to: column),
          role: .more))
    }
    return SlideLayout(
      width: width, height: height, lines: lines, titleVariant: titleVariant,
      dateVariant: dateGroup?.units.isEmpty == true ? nil : dateVariant, omitted: omitted)
  }

  // MARK: Parts

  /// "EVENT  [EXR] Exercises": the label and the badges on one row (wrapped if need be).
  func labelUnit() -> Unit {
    let label = CellWidth.truncate(slide.label.uppercased(), to: column)
    var pieces = [Piece(x: 0, text: label, role: .label)]
    var x = CellWidth.of(pieces[0].text)
    var rows: [[Piece]] = []
    for badge in slide.badges {
      let w = CellWidth.of(badge)
      if x + 2 + w > column, !pieces.isEmpty {
        rows.append(pieces)
        pieces = []
        x = 0
      }
      let start = pieces.isEmpty ? 0 : x + 2
      pieces.append(Piece(x: start, text: CellWidth.truncate(badge, to: column), role: .badge))
      x = start + min(w, column)
    }
    rows.append(pieces)
    return Unit(rows: rows, items: 1)
  }

  func plainTitle() -> Unit {
    let rows = CellWidth.wrap(slide.title, width: column).map {
      [Piece(x: 0, text: $0, role: .headline)]
    }
    return Unit(rows: rows, items: rows.count)
  }

  func bigUnit(_ rendering: BigType.Rendering, role: Line.Role) -> Unit {
    Unit(
      rows: rendering.rows.map { [Piece(x: 0, text: trimmed($0), role: role, big: true)] }, items: 1
    )
  }

  /// A row without its trailing spaces (they would paint over nothing).
  func trimmed(_ row: String) -> String {
    var row = Substring(row)
    while row.last == " " { row = row.dropLast() }
    return String(row)
  }

  /// Every figure: in a grid of columns when they are short enough, else one a line.
  func figureGroup() -> Group {
    let cells = slide.figures.map { figureMark + $0 }
    let widest = cells.map(CellWidth.of).max() ?? 0
    let gap = 4
    let columns = min(cells.count, 4, max(1, (column + gap) / (widest + gap)))
    var units: [Unit] = []
    if columns >= 2 {
      let cellWidth = (column + gap) / columns - gap
      var row: [Piece] = []
      for (i, cell) in cells.enumerated() {
        row.append(Piece(x: (i % columns) * (cellWidth + gap), text: cell, role: .figure))
        if row.count == columns || i == cells.count - 1 {
          units.append(Unit(rows: [row], items: row.count))
          row = []
        }
      }
    } else {
      for cell in slide.figures {
        let rows = hanging(cell, mark: figureMark, width: measure, role: .figure)
        units.append(Unit(rows: rows, items: 1))
      }
    }
    return Group(
      gap: 1, header: [[Piece(x: 0, text: "Figures (\(cells.count))", role: .heading)]],
      units: units, priority: 2, what: "figures")
  }

  func blockGroup(_ block: Slide.Block, priority: Int) -> Group {
    var units: [Unit] = []
    switch block.style {
    case .list:
      for item in block.items {
        units.append(Unit(rows: hanging(item, mark: bullet, width: measure, role: .body), items: 1))
      }
    case .inline:
      var row = ""
      var count = 0
      for item in block.items {
        let candidate = row.isEmpty ? item : row + separator + item
        if !row.isEmpty, CellWidth.of(candidate) > column {
          units.append(Unit(rows: [[Piece(x: 0, text: row, role: .body)]], items: count))
          row = item
          count = 1
        } else {
          row = candidate
          count += 1
        }
        if CellWidth.of(row) > column {
          let wrapped = CellWidth.wrap(row, width: column)
          units.append(
            Unit(rows: wrapped.map { [Piece(x: 0, text: $0, role: .body)] }, items: count))
          row = ""
          count = 0
        }
      }
      if !row.isEmpty {
        units.append(Unit(rows: [[Piece(x: 0, text: row, role: .body)]], items: count))
      }
    }
    let what = TextPlural.of(block.title)
    return Group(
      gap: 1,
      header: [[Piece(x: 0, text: CellWidth.truncate(block.title, to: column), role: .heading)]],
      units: units,
      priority: priority, what: what)
  }

  /// A wrapped item: the mark on the first row, the rest indented under the text.
  func hanging(_ text: String, mark: String, width: Int, role: Line.Role) -> [[Piece]] {
    let indent = CellWidth.of(mark)
    let lines = CellWidth.wrap(text, width: max(1, width - indent))
    return lines.enumerated().map { i, line in
      [Piece(x: i == 0 ? 0 : indent, text: i == 0 ? mark + line : line, role: role)]
    }
  }
}

/// Names of what a block holds, for the "+N more" line: "Sources (3)" holds "sources".
enum TextPlural {
  /// The name for `count` things: "sources" for 2, "source" for 1 ("lines of text", "line of
  /// text").
  static func counted(_ plural: String, _ count: Int) -> String {
    guard count == 1 else { return plural }
    var words = plural.split(separator: " ", maxSplits: 1).map(String.init)
    guard let first = words.first, first.hasSuffix("s"), first.count > 1 else { return plural }
    words[0] = String(first.dropLast())
    return words.joined(separator: " ")
  }

  static func of(_ title: String) -> String {
    var name = Substring(title)
    if let paren = name.firstIndex(of: "(") { name = name[..<paren] }
    let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
    switch trimmed {
    case "how the sources saw it": return "stances"
    case "held by": return "holders"
    case "also known as": return "aliases"
    case "evidence": return "pieces of evidence"
    case "summarised in": return "documents"
    default: return trimmed.isEmpty ? "items" : trimmed
    }
  }
}
