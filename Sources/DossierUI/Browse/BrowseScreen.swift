import DossierModel
import DossierTUI

/// A list-and-detail screen: one per view, each with its own list, focus and detail pane; what
/// the list holds comes from the view's ``ListSource``.
struct BrowseScreen {
  let id: ScreenID
  var list: ListState
  var focus: AppState.Focus = .list
  var detail = DetailPaneState()
  /// The screen's own state when it draws its own body (a chart's zoom and view, a matrix's
  /// cursor and folds), kept and read only by the screen's code in its folder.
  var custom: Any?

  init(id: ScreenID, list: ListState) {
    self.id = id
    self.list = list
  }
}

extension AppState {
  /// The list pane: its header, then the rows (or the reader when a document is open).
  func renderList(_ buffer: inout Buffer, _ layout: Layout) {
    let focused = focus == .list && overlay == nil
    let header = layout.listHeader
    var title: String
    if reading, let reader, let document = corpus.document(reader.document) {
      title = "Reading: \(document.title)"
    } else if let own = view.title(self) {
      title = own
    } else {
      title = "\(view.title) (\(list.itemRows.count))"
      if !list.textFilter.isEmpty {
        let all = list.allEntries.count { if case .item = $0 { true } else { false } }
        title = "\(view.title) (\(list.itemRows.count) of \(all))"
        title += " matching \u{201C}\(list.textFilter)\u{201D}"
      }
      if view.jumpsToYears, !timelineFilter.isEmpty { title += " · \(timelineFilter.description)" }
    }
    writePaneTitle(title, focused: focused, in: header, &buffer)
    let content = layout.listContent
    if reading, let reader {
      reader.render(readerLayout, in: content, into: &buffer, focused: focused, ctx)
      return
    }
    let state = list
    if state.entries.isEmpty {
      let text =
        state.textFilter.isEmpty
        ? view.source.emptyMessage
        : "No match for \u{201C}\(state.textFilter)\u{201D}. Esc clears the filter."
      buffer.write(
        TextLayout.truncate(text, to: content.width - 2), x: content.x + 2, y: content.y,
        style: style(.dim))
      return
    }
    let source = view.source
    let highlight = style(focused ? .selected : .selectedUnfocused)
    var viewState = state.viewState
    ListView(
      count: state.entries.count, highlight: highlight,
      scrollbar: (style(.title), style(.border))
    ) { index, area, selected, buffer in
      switch state.entries[index] {
      case .heading(var text, let role):
        if source.countsInHeadings {
          let counts = state.headingCounts(at: index)
          text +=
            counts.shown == counts.total
            ? " (\(counts.total))" : " (\(counts.shown) of \(counts.total))"
        }
        let line = role == .era ? "═ \(text) ═" : "── \(text) ──"
        buffer.write(
          TextLayout.truncate(line, to: area.width - 1), x: area.x + 1, y: area.y,
          style: style(role))
      case .item(let ref, let depth):
        let base: Style? = selected ? highlight : nil
        // Marked items show ●, annotated ones ✎, in every list and theme.
        let marks =
          (userData.isMarked(ref) ? "●" : " ") + (userData.note(for: ref) != nil ? "✎" : " ")
        write(
          [.init(text: marks, role: .mark)], &buffer, x: area.x + 1, y: area.y, maxX: area.maxX,
          base: base)
        write(
          source.row(ref, ctx, width: area.width - 4 - depth * 2, depth: depth), &buffer,
          x: area.x + 3 + depth * 2, y: area.y, maxX: area.maxX, base: base)
      }
    }.render(in: content, into: &buffer, state: &viewState)
  }

  /// The timeline's density strip: events per year, with the selected event's year marked.
  func renderStrip(_ buffer: inout Buffer, _ rect: Rect) {
    let years = list.yearCounts
    guard let first = years.keys.min(), let last = years.keys.max(), rect.width > 20 else { return }
    let label = " \(first) "
    let end = " \(last) "
    let width = rect.width - label.count - end.count - 1
    let span = last - first + 1
    var counts = [Int](repeating: 0, count: width)
    for (year, count) in years { counts[min(width - 1, (year - first) * width / span)] += count }
    let top = max(1, counts.max() ?? 1)
    let blocks = Array(" ▁▂▃▄▅▆▇█")
    var selectedColumn: Int?
    if case .event(let id) = list.selected, let year = corpus.event(id)?.date.startYear {
      selectedColumn = min(width - 1, (year - first) * width / span)
    }
    buffer.write(label, x: rect.x, y: rect.y, style: style(.dim))
    for (i, count) in counts.enumerated() {
      let level = count == 0 ? 0 : max(1, count * 8 / top)
      let selected = i == selectedColumn
      let symbol = selected ? "▼" : String(blocks[level])
      buffer.write(
        symbol, x: rect.x + label.count + i, y: rect.y,
        style: style(selected ? .selected : .heading))
    }
    buffer.write(end, x: rect.x + label.count + width, y: rect.y, style: style(.dim))
  }
}
