import DossierModel
import DossierTUI

/// An entry of a list: a heading row or a selectable item.
public enum ListEntry: Hashable, Sendable {
  case heading(String, Role)
  case item(ItemRef, depth: Int)
}

/// The rows of one view's list and its selection.
struct ListState {
  /// Every entry before the text filter.
  var allEntries: [ListEntry]
  /// The entries shown (after the text filter; headings whose items are all hidden disappear).
  var entries: [ListEntry]
  /// Indices into `entries` of the selectable rows.
  var itemRows: [Int]
  /// Index into `itemRows` of the selected item.
  var cursor = 0
  /// The first visible row.
  var scroll = 0
  var textFilter = ""

  init(entries: [ListEntry]) {
    allEntries = entries
    self.entries = entries
    itemRows = entries.indices.filter { if case .item = entries[$0] { true } else { false } }
  }

  var selected: ItemRef? {
    guard cursor < itemRows.count, case .item(let ref, _) = entries[itemRows[cursor]] else {
      return nil
    }
    return ref
  }

  var selectedRow: Int? { cursor < itemRows.count ? itemRows[cursor] : nil }

  mutating func select(_ ref: ItemRef) {
    if let i = itemRows.firstIndex(where: {
      if case .item(let r, _) = entries[$0] { r == ref } else { false }
    }) {
      cursor = i
    }
  }

  mutating func move(by delta: Int) {
    guard !itemRows.isEmpty else { return }
    cursor = min(max(0, cursor + delta), itemRows.count - 1)
  }

  mutating func moveTo(_ index: Int) {
    guard !itemRows.isEmpty else { return }
    cursor = min(max(0, index), itemRows.count - 1)
  }

  /// Puts the selected row in the middle of a window of `height` rows (after a jump).
  mutating func centerSelection(height: Int) {
    guard let row = selectedRow, height > 0 else { return }
    scroll = max(0, min(row - height / 2, entries.count - height))
  }

  /// Keeps the selected row visible in a window of `height` rows.
  mutating func scrollToSelection(height: Int) {
    guard let row = selectedRow, height > 0 else { return }
    if row < scroll {
      // Show the heading just above the selection when there is one.
      scroll = row > 0 && !isItem(row - 1) ? row - 1 : row
    }
    if row >= scroll + height { scroll = row - height + 1 }
    scroll = max(0, min(scroll, max(0, entries.count - height)))
  }

  func isItem(_ row: Int) -> Bool {
    if case .item = entries[row] { return true }
    return false
  }

  /// The searchable text of each entry of `allEntries` (empty for headings), built on first use.
  var haystacks: [String]?
  /// The filter text and the `allEntries` indices of the items it kept.
  private var lastFilter: (text: String, kept: [Int])?
  /// The `allEntries` index of each shown entry while a filter is on (nil: the same).
  private var origins: [Int]?
  /// The start year of each event entry of `allEntries` (`Int.min` for other rows).
  private var years: [Int]?
  /// Events per year of the shown entries, for the timeline's density strip.
  var yearCounts: [Int: Int] = [:]

  /// Applies the `/` filter: items that match every word of the query, by the one matcher of
  /// every search (``SearchQuery``: folded, stemmed, British and American spellings alike, the
  /// last word as a prefix); headings kept above items.
  mutating func applyTextFilter(corpus: Corpus) {
    let selected = self.selected
    let query = SearchQuery(textFilter)
    let filtering = !query.isEmpty
    if !filtering {
      entries = allEntries
      lastFilter = nil
    } else {
      prepareFilter(corpus: corpus)
      var keptIndices: [Int] = []
      if let last = lastFilter, last.text == textFilter {
        keptIndices = last.kept
      } else {
        haystacks!.withUnsafeBufferPointer { stacks in
          for i in stacks.indices where !stacks[i].isEmpty && query.matches(stacks[i]) {
            keptIndices.append(i)
          }
        }
      }
      lastFilter = (textFilter, keptIndices)
      // Keep each item's nearest headings above it.
      var kept: [Int] = []
      var next = 0
      var pending: [Int] = []
      for i in allEntries.indices where next < keptIndices.count {
        if case .heading(_, let role) = allEntries[i] {
          // A heading replaces the pending one of its level and every finer one after it.
          if let same = pending.firstIndex(where: {
            if case .heading(_, let r) = allEntries[$0] { r == role } else { false }
          }) {
            pending.removeSubrange(same...)
          }
          pending.append(i)
          continue
        }
        if i == keptIndices[next] {
          kept += pending
          pending = []
          kept.append(i)
          next += 1
        }
      }
      entries = kept.map { allEntries[$0] }
      origins = kept
    }
    if !filtering { origins = nil }
    itemRows = entries.indices.filter { if case .item = entries[$0] { true } else { false } }
    if years == nil {
      years = allEntries.map { entry in
        if case .item(.event(let id), _) = entry, let e = corpus.index.eventByID[id] {
          // In place: a copy of the event would retain every field.
          corpus.events[e].date.startYear ?? Int.min
        } else {
          Int.min
        }
      }
    }
    yearCounts = [:]
    let shown = !filtering ? Array(allEntries.indices) : lastFilter?.kept ?? []
    for i in shown where years![i] != Int.min { yearCounts[years![i], default: 0] += 1 }
    cursor = 0
    scroll = 0
    if let selected { select(selected) }
  }

  /// The items under the heading at row `row` (up to the next heading): how many show, and
  /// how many there are without the filter.
  func headingCounts(at row: Int) -> (shown: Int, total: Int) {
    func items(_ list: [ListEntry], after start: Int) -> Int {
      var count = 0
      var i = start + 1
      while i < list.count, case .item = list[i] {
        count += 1
        i += 1
      }
      return count
    }
    return (items(entries, after: row), items(allEntries, after: origins?[row] ?? row))
  }

  /// Builds the searchable text of every entry now, so that the first `/` keystroke does not.
  mutating func prepareFilter(corpus: Corpus) {
    guard haystacks == nil else { return }
    let names = ListBuilder.actorNames(corpus)
    haystacks = allEntries.map { entry in
      if case .item(let ref, _) = entry {
        ListBuilder.haystack(ref, corpus: corpus, actorNames: names)
      } else {
        ""
      }
    }
  }

}

extension ListState {
  /// Moves the selection as a movement action asks (`page` rows to a page).
  mutating func move(_ action: Action, page: Int) {
    switch action {
    case .down: move(by: 1)
    case .up: move(by: -1)
    case .pageDown: move(by: page)
    case .pageUp: move(by: -page)
    case .halfDown: move(by: page / 2)
    case .halfUp: move(by: -page / 2)
    case .first: moveTo(0)
    case .last: moveTo(Int.max)
    default: break
    }
  }

  /// The selection and scroll as the list widget keeps them.
  var viewState: ListViewState { ListViewState(selected: selectedRow, offset: scroll) }

  /// Whether an item is among the rows shown.
  func shows(_ ref: ItemRef) -> Bool {
    itemRows.contains { if case .item(let r, _) = entries[$0] { r == ref } else { false } }
  }
}
