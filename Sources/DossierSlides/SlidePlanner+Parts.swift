/// The parts of a slide as units and groups: the label row, the title, big type, figures,
/// lists, and wrapped items with a hanging mark.
extension SlidePlanner {
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

  /// The title in ordinary text, wrapped to the column.
  func plainTitle() -> Unit {
    let rows = CellWidth.wrap(slide.title, width: column).map {
      [Piece(x: 0, text: $0, role: .headline)]
    }
    return Unit(rows: rows, items: rows.count)
  }

  /// A big-type rendering as one unit of rows, kept or dropped whole.
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

  /// A titled list: one item a line with a bullet, or items run together on wrapped lines.
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
