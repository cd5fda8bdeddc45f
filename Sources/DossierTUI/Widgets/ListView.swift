/// The selection and scroll offset of a ``ListView``, kept between frames.
public struct ListViewState: Hashable, Sendable {
  /// The selected row, if any.
  public var selected: Int?
  /// The first row shown.
  public var offset: Int

  public init(selected: Int? = nil, offset: Int = 0) {
    self.selected = selected
    self.offset = offset
  }

  /// Scrolls as little as needed for the selected row to be visible in `height` rows of
  /// `count`; `above` rows before the selection are kept in view too when scrolling up to it
  /// (a heading).
  public mutating func scrollToSelection(height: Int, count: Int, above: Int = 0) {
    guard let row = selected, height > 0 else { return }
    if row < offset { offset = max(0, row - above) }
    if row >= offset + height { offset = row - height + 1 }
    offset = max(0, min(offset, max(0, count - height)))
  }

  /// Puts the selected row in the middle of `height` rows of `count` (after a jump).
  public mutating func centerSelection(height: Int, count: Int) {
    guard let row = selected, height > 0 else { return }
    offset = max(0, min(row - height / 2, count - height))
  }
}

/// A scrolling list of rows with a highlighted selection, a pointer on it and a scrollbar.
///
/// The rows are drawn by a closure, so that a list of 100,000 rows is never copied: the widget
/// asks only for the rows in view.
public struct ListView: StatefulWidget {
  public var count: Int
  /// The fill of the selected row.
  public var highlight: Style
  /// Drawn at the left edge of the selected row, in the highlight style (a symbol, so that the
  /// selection shows without colour).
  public var pointer: String?
  /// The scrollbar's thumb and track styles; nil for no scrollbar.
  public var scrollbar: (thumb: Style, track: Style)?
  /// Whether render scrolls the selected row into view (off for a pane scrolled on its own).
  public var followsSelection = true
  /// Rows highlighted besides the selected one (a link wrapped over several rows); nil for
  /// the selected row only.
  public var highlights: ((Int) -> Bool)?
  /// Draws row `index` into its one-row area; `selected` says whether it is highlighted.
  public var drawRow: (_ index: Int, _ area: Rect, _ selected: Bool, _ buffer: inout Buffer) -> Void

  public init(
    count: Int, highlight: Style, pointer: String? = "›",
    scrollbar: (thumb: Style, track: Style)? = nil,
    drawRow:
      @escaping (_ index: Int, _ area: Rect, _ selected: Bool, _ buffer: inout Buffer) ->
      Void
  ) {
    self.count = count
    self.highlight = highlight
    self.pointer = pointer
    self.scrollbar = scrollbar
    self.drawRow = drawRow
  }

  /// Whether a scrollbar is drawn in `area` (its column is then kept free of the rows' text,
  /// so that it never covers the ellipsis of a cut row).
  public func showsScrollbar(in area: Rect) -> Bool {
    scrollbar != nil && Scrollbar.isShown(total: count, height: area.height) && area.width > 1
  }

  public func render(in area: Rect, into buffer: inout Buffer, state: inout ListViewState) {
    if followsSelection { state.scrollToSelection(height: area.height, count: count) }
    let textWidth = area.width - (showsScrollbar(in: area) ? 1 : 0)
    for row in 0..<area.height {
      let index = state.offset + row
      guard index < count else { break }
      let rowArea = area.row(row)
      let selected = highlights?(index) ?? (index == state.selected)
      if selected {
        buffer.fill(rowArea, with: Cell(" ", highlight))
        if let pointer { buffer.write(pointer, x: area.x, y: rowArea.y, style: highlight) }
      }
      drawRow(
        index, Rect(x: rowArea.x, y: rowArea.y, width: textWidth, height: 1), selected, &buffer)
    }
    if let scrollbar {
      Scrollbar(
        first: state.offset, total: count, thumbStyle: scrollbar.thumb, trackStyle: scrollbar.track
      )
      .render(in: area, into: &buffer)
    }
  }
}
