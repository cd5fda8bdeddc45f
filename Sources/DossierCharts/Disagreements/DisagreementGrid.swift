import DossierModel

/// Disagreements laid out for reading: each one's versions side by side in a grid of as many
/// columns as the width allows, balanced so that no row holds a lone version (four versions in
/// 2 × 2 rather than three and one); and every disagreement grouped by aspect.
public enum DisagreementGrid {
  /// The narrowest a version's column may be.
  public static let minimumColumn = 24
  /// The cells between two columns: a rule with a space on each side.
  public static let gap = 3

  /// Columns and rows for `count` versions at `width`: as many columns as fit, then as few as
  /// give the same number of rows.
  public static func shape(count: Int, width: Int) -> (columns: Int, rows: Int) {
    guard count > 0 else { return (0, 0) }
    let fit = max(1, min(count, (width + gap) / (minimumColumn + gap)))
    let rows = (count + fit - 1) / fit
    let columns = (count + rows - 1) / rows
    return (columns, rows)
  }

  /// How many versions go on each row: spread evenly, the earlier rows taking one more, so that
  /// seven versions in three columns go 3, 2, 2 rather than 3, 3, 1.
  public static func rowCounts(count: Int, width: Int) -> [Int] {
    let (_, rows) = shape(count: count, width: width)
    guard rows > 0 else { return [] }
    return (0..<rows).map { count / rows + ($0 < count % rows ? 1 : 0) }
  }

  /// The versions of `disagreement` in a grid `width` wide: per version the source, the
  /// citation, what it says and the record it belongs to.
  public static func versions(
    _ disagreement: Disagreement, in corpus: Corpus, width: Int, ascii: Bool = false
  ) -> ChartGrid {
    let (columns, rows) = shape(count: disagreement.versions.count, width: width)
    guard columns > 0, width > 0 else { return ChartGrid(width: max(0, width), height: 0) }
    let columnWidth = (width - (columns - 1) * gap) / columns
    let dots: Character = ascii ? "." : "…"
    // Each version's lines, then the grid row by row.
    let blocks: [[(String, ChartRole)]] = disagreement.versions.map { version in
      var lines: [(String, ChartRole)] = []
      let source = corpus.source(of: version.citation)
      let date = source?.date?.display
      let head = (source?.shortTitle ?? version.citation.document) + (date.map { ", \($0)" } ?? "")
      lines.append((ChartText.truncate(head, columnWidth, ellipsis: dots), .label))
      // A citation too long for the column breaks after its document, not inside a word.
      let cite = "[\(version.citation)]"
      let breakable =
        ChartText.width(cite) <= columnWidth ? cite : cite.replacingOccurrences(of: "#", with: "# ")
      lines += ChartText.wrap(breakable, columnWidth).map { ($0, .dim) }
      lines += ChartText.wrap(version.says.plain, columnWidth).map { ($0, .text) }
      let record: ItemRef? =
        version.event.map(ItemRef.event) ?? version.actor.map(ItemRef.actor)
        ?? version.myth.map(ItemRef.myth)
      if let record, corpus.contains(record) {
        lines.append(
          (ChartText.truncate("→ " + corpus.title(of: record), columnWidth, ellipsis: dots), .dim))
      }
      return lines
    }
    let counts = rowCounts(count: blocks.count, width: width)
    var firsts: [Int] = []
    var heights: [Int] = []
    var next = 0
    for n in counts {
      firsts.append(next)
      heights.append(blocks[next..<(next + n)].map(\.count).max() ?? 0)
      next += n
    }
    let total = heights.reduce(0, +) + (rows - 1)
    var grid = ChartGrid(width: width, height: total)
    let vertical: Character = ascii ? "|" : "│"
    let horizontal: Character = ascii ? "-" : "─"
    var y = 0
    for r in 0..<rows {
      if r > 0 {
        for x in 0..<width { grid[x, y] = ChartCell(horizontal, .axis) }
        y += 1
      }
      for c in 0..<counts[r] {
        let i = firsts[r] + c
        let x = c * (columnWidth + gap)
        if c > 0 {
          for dy in 0..<heights[r] { grid[x - 2, y + dy] = ChartCell(vertical, .axis) }
        }
        for (dy, line) in blocks[i].enumerated() {
          grid.put(line.0, x: x, y: y + dy, role: line.1, limit: x + columnWidth)
        }
      }
      y += heights[r]
    }
    return grid
  }

  /// Every disagreement grouped by aspect (date, figure, reading, name), each with its note
  /// and its versions side by side; `starts` gives the row where each one begins.
  public struct Page: Sendable {
    public var grid: ChartGrid
    /// (index in ``Corpus/disagreements``, first row), in page order.
    public var starts: [(disagreement: Int, row: Int)]
  }

  public static func page(
    _ corpus: Corpus, index: DisagreementIndex, width: Int, ascii: Bool = false
  ) -> Page {
    var pieces: [(ChartGrid?, String, ChartRole, Int?)] = []
    for group in index.byAspect where !group.disagreements.isEmpty {
      pieces.append((nil, "\(heading(group.aspect)) (\(group.disagreements.count))", .label, nil))
      for d in group.disagreements {
        let item = corpus.disagreements[d]
        let about = item.about.map { id -> String in
          for ref in [ItemRef.event(id), .actor(id), .myth(id)] where corpus.contains(ref) {
            return corpus.title(of: ref)
          }
          return id
        }
        pieces.append((nil, "", .blank, nil))
        let title = "[disagreement:\(item.id)] about " + (about ?? "—")
        pieces.append(
          (nil, ChartText.truncate(title, width, ellipsis: ascii ? "." : "…"), .label, d))
        for line in ChartText.wrap(item.note.plain, width) { pieces.append((nil, line, .dim, nil)) }
        pieces.append((versions(item, in: corpus, width: width, ascii: ascii), "", .blank, nil))
      }
      pieces.append((nil, "", .blank, nil))
    }
    let height = pieces.reduce(0) { $0 + ($1.0?.height ?? 1) }
    var grid = ChartGrid(width: width, height: height)
    var starts: [(Int, Int)] = []
    var y = 0
    for (sub, text, role, start) in pieces {
      if let start { starts.append((start, y)) }
      if let sub {
        for dy in 0..<sub.height {
          for x in 0..<min(width, sub.width) { grid[x, y + dy] = sub[x, dy] }
        }
        y += sub.height
      } else {
        grid.put(text, x: 0, y: y, role: role)
        y += 1
      }
    }
    return Page(grid: grid, starts: starts)
  }

  /// "Dates", "Figures", "Readings", "Names".
  public static func heading(_ aspect: Disagreement.Aspect) -> String {
    switch aspect {
    case .date: "Dates"
    case .figure: "Figures"
    case .reading: "Readings"
    case .name: "Names"
    }
  }
}
