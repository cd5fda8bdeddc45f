import DossierCharts
import DossierModel
import DossierTUI

/// Tab 7, every disagreement on one page, grouped by what the sources disagree on (dates,
/// figures, readings, names): each with what it is about, its note and its versions side by
/// side in a balanced grid (four versions two by two). `j` `k` go from one to the next, `/`
/// narrows them, Enter lists its links (what it is about, each version's passage) and `o`
/// opens what it is about.
enum DisputesScreen {
  static let listKeys = KeyMap<Action>(
    "Disputes (7)",
    [
      KeyBinding(
        [.enter], "Enter", "the disagreement's links: what it is about, each version's passage",
        hint: ("↵", "links"), order: 10, action: .open),
      KeyBinding(
        [.character("o")], "o", "open what the disagreement is about (an event, actor or myth)",
        hint: ("o", "open subject"), order: 20, action: .local("disputes.about")),
    ])

  /// The page's first row in view, kept on the screen.
  struct Scroll { var top = 0 }

  static func layout(_ state: AppState) -> Layout {
    Layout(size: state.size, bodyRows: state.focus == .detail && !state.detailHidden ? 0 : nil)
  }

  static func perform(_ action: Action, _ state: inout AppState) -> Effect?? {
    if state.focus == .detail {
      guard action == .back else { return nil }
      state.focus = .list
      return .some(nil)
    }
    switch action {
    case .local("disputes.about"):
      guard case .disagreement(let id)? = state.list.selected,
        let d = state.corpus.disagreement(id),
        let subject = subject(d, state.corpus)
      else {
        state.message = "This disagreement names no event, actor or myth"
        return .some(nil)
      }
      state.follow(subject)
      return .some(nil)
    case .pageDown, .pageUp, .halfDown, .halfUp:
      let page = Page(state)
      let height = state.layout.listContent.height
      let step = action == .pageDown || action == .pageUp ? max(1, height - 2) : max(1, height / 2)
      let forward = action == .pageDown || action == .halfDown
      let top = max(0, min(page.rows.count - height, scroll(state).top + (forward ? step : -step)))
      state.screens[.disputes]?.custom = Scroll(top: top)
      // The first disagreement whose title is in view (the last one above it going back).
      let starts = page.starts
      let inView = starts.firstIndex { $0.row >= top && $0.row < top + height }
      if let i = inView ?? (forward ? nil : starts.lastIndex { $0.row < top }) {
        state.list.moveTo(starts[i].item)
      }
      return .some(nil)
    default:
      return nil
    }
  }

  static func scroll(_ state: AppState) -> Scroll {
    state.screens[.disputes]?.custom as? Scroll ?? Scroll()
  }

  /// The first row to show: the last one shown, moved the least that shows the selected
  /// disagreement's title (with its group's heading when it is the first of a group) and as
  /// much of it as fits.
  static func top(_ state: AppState, _ page: Page, height: Int) -> Int {
    var top = scroll(state).top
    guard let cursor = state.screens[.disputes]?.list.cursor,
      let start = page.starts.first(where: { $0.item == cursor })
    else { return max(0, min(top, page.rows.count - height)) }
    let headed = start.row >= 2 && page.rows[start.row - 2].heading ? start.row - 2 : start.row
    if headed < top { top = headed }
    if start.end > top + height { top = min(headed, start.end - height) }
    return max(0, min(top, max(0, page.rows.count - height)))
  }

  /// The page in the screen's list order, with the view on the selected disagreement.
  static func render(_ state: AppState, into buffer: inout Buffer, _ layout: Layout) {
    let focused = state.focus == .list && state.overlay == nil
    let header = layout.listHeader
    let list = state.list
    var title =
      "Disputes: \(Counted.text(list.itemRows.count, "disagreement")) between the sources"
    if !list.textFilter.isEmpty { title += " matching \u{201C}\(list.textFilter)\u{201D}" }
    state.writePaneTitle(title, focused: focused, in: header, &buffer)
    let rect = layout.listContent
    guard rect.height > 0 else { return }
    guard !list.entries.isEmpty else {
      let text =
        list.textFilter.isEmpty
        ? DisputesSource().emptyMessage
        : "No match for \u{201C}\(list.textFilter)\u{201D}. Esc clears the filter."
      buffer.write(text, x: rect.x + 2, y: rect.y, style: state.style(.dim), maxX: rect.maxX)
      return
    }
    let page = Page(state, width: rect.width - 1)
    let top = top(state, page, height: rect.height)
    let selected = page.starts.first { $0.item == list.cursor }
    let highlight = state.style(focused ? .selected : .selectedUnfocused)
    for y in 0..<rect.height {
      let r = top + y
      guard r < page.rows.count else { break }
      let row = page.rows[r]
      let isTitle = selected?.row == r
      if isTitle {
        buffer.fill(
          Rect(x: rect.x, y: rect.y + y, width: rect.width - 1, height: 1),
          with: Cell(" ", highlight))
      }
      state.write(
        [.init(text: isTitle ? "›" : " ", role: .title)] + row.segments, &buffer, x: rect.x,
        y: rect.y + y, maxX: rect.maxX - 1, base: isTitle ? highlight : nil)
    }
    Scrollbar(
      first: top, total: page.rows.count, thumbStyle: state.style(.title),
      trackStyle: state.style(.border)
    ).render(in: rect, into: &buffer)
  }

  /// A click on a disagreement selects it; the wheel scrolls the page.
  static func mouse(_ event: MouseEvent, _ state: inout AppState) -> Bool {
    let layout = state.layout
    let rect = layout.listContent
    guard rect.contains(x: event.x, y: event.y) else { return false }
    state.focus = .list
    let page = Page(state)
    let top = top(state, page, height: rect.height)
    switch event.kind {
    case .wheelUp, .wheelDown:
      let delta = event.kind == .wheelUp ? -3 : 3
      state.screens[.disputes]?.custom = Scroll(
        top: max(0, min(top + delta, page.rows.count - rect.height)))
    case .release:
      break
    case .press:
      let row = top + event.y - rect.y
      if let block = page.starts.last(where: { $0.row <= row }), row < block.end {
        state.list.moveTo(block.item)
      }
    }
    return true
  }

  /// What a disagreement is about, as a link target.
  static func subject(_ d: Disagreement, _ corpus: Corpus) -> ItemRef? {
    guard let about = d.about else { return nil }
    return [ItemRef.event(about), .actor(about), .myth(about)].first { corpus.contains($0) }
  }

  /// What a disagreement is about, in words.
  static func about(_ d: Disagreement, _ corpus: Corpus) -> String {
    subject(d, corpus).map { corpus.title(of: $0) } ?? d.about ?? "—"
  }
}
