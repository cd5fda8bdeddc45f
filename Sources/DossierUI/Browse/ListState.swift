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

  /// The index of every event of the corpus, shared by the timeline's lists (set when a list is
  /// built); a list of events filters through it instead of indexing its own rows.
  var eventIndex: EventFilterIndex?
  /// The filter waits for ``eventIndex`` to be built: the list shows unfiltered until then
  /// (update never waits for it; a tick applies the filter once it is ready).
  private(set) var awaitingIndex = false
  /// The longest list whose filter waits for the events' index (built in well under 100 ms).
  var waitsForIndexUpTo = 10_000
  /// The filter's index and the text in it of each entry of `allEntries` (-1 for headings),
  /// made on the first filter.
  private var filterIndex: (index: SearchTextIndex, texts: [Int32])?
  /// The entries' event numbers while the filter waits for the events' index (made once).
  private var waitingTexts: [Int32]?
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
      guard let (index, texts) = filterIndex else {
        awaitingIndex = true
        return
      }
      var keptIndices: [Int] = []
      if let last = lastFilter, last.text == textFilter {
        keptIndices = last.kept
      } else {
        let found = index.matching(query)
        for i in texts.indices where texts[i] >= 0 && found.contains(Int(texts[i])) {
          keptIndices.append(i)
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
    awaitingIndex = false
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

  /// Makes the filter's index of the entries: the shared index of the corpus's events for a list
  /// of events, else an index of this list's rows (``ListBuilder/haystack(_:corpus:actorNames:)``).
  mutating func prepareFilter(corpus: Corpus) {
    guard filterIndex == nil else { return }
    if let eventIndex, let texts = waitingTexts ?? eventTexts(corpus) {
      // The shared index of the events once it is built; waited for only when the list is so
      // short that building it takes moments.
      if let index = eventIndex.ready ?? (texts.count <= waitsForIndexUpTo ? eventIndex.index : nil)
      {
        filterIndex = (index, texts)
        waitingTexts = nil
      } else {
        waitingTexts = texts
      }
      return
    }
    let names = ListBuilder.actorNames(corpus)
    var texts: [Int32] = []
    var haystacks: [String] = []
    for entry in allEntries {
      if case .item(let ref, _) = entry {
        texts.append(Int32(haystacks.count))
        haystacks.append(ListBuilder.haystack(ref, corpus: corpus, actorNames: names))
      } else {
        texts.append(-1)
      }
    }
    filterIndex = (SearchTextIndex(haystacks), texts)
  }

  /// The event number of each entry (-1 for headings), or nil when an item is not an event.
  private func eventTexts(_ corpus: Corpus) -> [Int32]? {
    var texts: [Int32] = []
    texts.reserveCapacity(allEntries.count)
    for entry in allEntries {
      switch entry {
      case .heading: texts.append(-1)
      case .item(.event(let id), _):
        guard let i = corpus.index.eventByID[id] else { return nil }
        texts.append(Int32(i))
      case .item: return nil
      }
    }
    return texts
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
