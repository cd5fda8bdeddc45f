import DossierModel
import DossierTUI

/// `s`: search everything. The index is built in the background; until it is ready the box
/// says so, keeps what is typed, and searches when ``Reply/searchIndexReady`` arrives.
extension AppState {
  /// The search index if it is ready: built here when no background build was started (tests,
  /// benchmarks), taken from the background build when it has finished, else nil.
  mutating func readySearchIndex() -> SearchIndex? {
    if let index = ctx.searchIndex { return index }
    if let pending = ctx.pendingSearchIndex {
      guard let index = pending.ready else { return nil }
      ctx.pendingSearchIndex = nil
      ctx.searchIndex = index
      return index
    }
    let index = SearchIndex(corpus: corpus)
    ctx.searchIndex = index
    return index
  }

  mutating func openSearch() {
    var box = SearchOverlay()
    box.waiting = readySearchIndex() == nil
    overlay = .search(box)
  }

  mutating func runSearch(_ box: inout SearchOverlay) {
    guard let index = readySearchIndex() else {
      box.waiting = true
      return
    }
    box.waiting = false
    let results = index.search(box.query, limit: 60)
    box.total = results.total
    box.results = []
    for group in results.grouped {
      box.results.append(.heading("\(group.kind.label) (\(group.results.count))"))
      for result in group.results {
        box.results.append(.result(ref: result.ref, title: result.title, matched: result.matched))
      }
    }
    box.cursor = 0
  }

  mutating func handleSearchKey(_ key: Key, _ box: inout SearchOverlay) {
    switch key {
    case .escape: overlay = nil
    case .enter:
      overlay = nil
      if let ref = box.selected { follow(ref) }
    case .down, .control("n"), .tab:
      box.cursor = min(box.cursor + 1, max(0, box.resultRows.count - 1))
    case .up, .control("p"), .backTab: box.cursor = max(0, box.cursor - 1)
    case .pageDown: box.cursor = min(box.cursor + 10, max(0, box.resultRows.count - 1))
    case .pageUp: box.cursor = max(0, box.cursor - 10)
    default:
      if box.field.handle(key) == .edited { runSearch(&box) }
    }
  }

  func renderSearch(_ box: SearchOverlay, _ buffer: inout Buffer, in rect: Rect) {
    drawBox(&buffer, rect, title: "Search everything — ↑↓ choose · ↵ go · Esc close")
    let inner = rect.inset(1)
    buffer.write("› ", x: inner.x + 1, y: inner.y, style: style(.title))
    box.field.draw(
      in: Rect(x: inner.x + 3, y: inner.y, width: inner.maxX - inner.x - 3, height: 1),
      into: &buffer, style: style(.input))
    let summary =
      box.waiting
      ? "indexing… (the search index is being built; what you type is kept)"
      : box.query.isEmpty
        ? "Type a name, alias, word or year" : "\(box.total) match\(box.total == 1 ? "" : "es")"
    buffer.write(summary, x: inner.x + 1, y: inner.y + 1, style: style(.dim), maxX: inner.maxX)
    let selectedRow = box.resultRows[safe: box.cursor]
    let height = inner.height - 3
    var state = ListViewState(
      selected: selectedRow, offset: max(0, (selectedRow ?? 0) - height + 2))
    var list = ListView(count: box.results.count, highlight: style(.selected), pointer: nil) {
      index, area, selected, buffer in
      switch box.results[index] {
      case .heading(let text):
        buffer.write(
          "── \(text) ──", x: area.x + 1, y: area.y, style: style(.heading), maxX: area.maxX)
      case .result(_, let title, let matched):
        let base: Style? = selected ? style(.selected) : nil
        let titleWidth = max(10, area.width * 3 / 5)
        write(
          [
            .init(
              text: (selected ? "› " : "  ") + TextLayout.fit(title, to: titleWidth - 2),
              role: .normal)
          ], &buffer, x: area.x + 1, y: area.y, maxX: area.maxX, base: base)
        write(
          [.init(text: " " + matched, role: .dim)], &buffer, x: area.x + 1 + titleWidth,
          y: area.y, maxX: area.maxX, base: base)
      }
    }
    list.followsSelection = false
    list.render(
      in: Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: max(0, height)),
      into: &buffer, state: &state)
  }

  func drawBox(_ buffer: inout Buffer, _ rect: Rect, title: String) {
    Box(
      title: title, borderStyle: style(.border), titleStyle: style(.title),
      fill: Cell(" ", style(.normal))
    ).render(in: rect, into: &buffer)
  }
}
