import Foundation

/// The layout's working state: lays out a slide, or some of its parts, in one area, dropping
/// what does not fit (the least important last items first) and saying how much.
struct SlidePlanner {
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

  /// Lays out the parts: plain text first, big type with the rows to spare, then cuts to fit.
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
}
