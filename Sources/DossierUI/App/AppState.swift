import DossierModel
import DossierTUI

/// The explorer's whole state. It changes only in ``AppState/handle(_:)`` (the update step);
/// ``AppState/render()`` draws it into a ``Buffer`` without changing it.
public struct AppState {
  /// The four views of the top bar, and the problems list.
  public enum ViewID: Int, CaseIterable, Sendable {
    case actors = 1, timeline, myths, documents, problems

    public var title: String {
      switch self {
      case .actors: "Actors"
      case .timeline: "Timeline"
      case .myths: "Myths"
      case .documents: "Documents"
      case .problems: "Problems"
      }
    }
  }

  /// Which pane has the keyboard.
  public enum Focus: Sendable { case list, detail }

  /// A place to come back to: view, selection and focus.
  public struct Location: Equatable, Sendable {
    public var view: ViewID
    public var selection: ItemRef?
    public var focus: Focus
    public var detailLink: Int
    public var readerDocument: String?
  }

  /// What the status line is reading, if anything.
  public enum Input: Equatable, Sendable {
    /// `/`: filter the list (or find in the reader) as you type.
    case filter(String)
    /// `:` or `g` then digits: a year to jump to.
    case year(String)
    /// `a`: the note of the selected item.
    case note(String)
    /// A briefing name: for a new briefing, or the new name of the current one.
    case briefingName(String, renaming: Bool)
  }

  /// Something the surrounding program must do after an update.
  public enum Command: Equatable, Sendable {
    case quit
    case reload
    case openEditor(path: String, line: Int)
    /// Marks, briefings or notes changed: write ``AppState/userData`` to disk.
    case saveUserData
    /// `a` with `$EDITOR` set: edit the note of an item in the editor, then ``AppState/finishNote(_:for:)``.
    case editNote(ItemRef, text: String)
    /// `e`: write a Markdown handout of these events (ids, in order).
    case export(events: [String], title: String, filter: String?)
  }

  public private(set) var corpus: Corpus
  public var theme: Theme
  public var size: Size
  public var view: ViewID = .actors
  public var focus: Focus = .list
  public var overlay: Overlay?
  public var input: Input?
  /// A pending `g` (the next digits jump to a year; another `g` goes to the top).
  var pendingG = false
  var history: [Location] = []
  var future: [Location] = []
  /// A one-line message in the status bar until the next key.
  public var message: String?

  var lists: [ViewID: ListState] = [:]
  var timelineFilter = EventFilter()
  var reader: ReaderState?
  var detailLink: [ViewID: Int] = [:]
  var detailScroll: [ViewID: Int] = [:]
  var searchIndex: SearchIndex?
  /// The search index of the current corpus being built on another thread, if the program
  /// started one; the first search waits for it instead of building another.
  public var pendingSearchIndex: PendingSearchIndex?

  /// Marks, briefings and notes (persisted by the program around the app).
  public var userData = UserData()
  /// Whether notes are written in `$EDITOR` rather than on the status line.
  public var editsNotesExternally = false
  /// Presenter mode, when it is on.
  public var presenter: PresenterState?

  /// Where the corpus came from, for the status line and reloads.
  public var corpusLabel: String

  public init(corpus: Corpus, theme: Theme, size: Size, corpusLabel: String? = nil) {
    self.corpus = corpus
    self.theme = theme
    self.size = size
    self.corpusLabel = corpusLabel ?? corpus.root
    rebuildLists()
    lists[.timeline]?.prepareFilter(corpus: corpus)
  }

  /// Replaces the corpus (after a reload), keeping the view and selection where they still exist.
  public mutating func replaceCorpus(_ corpus: Corpus) {
    let selections = lists.mapValues(\.selected)
    self.corpus = corpus
    searchIndex = nil
    pendingSearchIndex = nil
    if let document = reader?.document, corpus.document(document) == nil { reader = nil }
    rebuildLists()
    for (view, selected) in selections {
      if let selected, corpus.contains(selected) { lists[view]?.select(selected) }
    }
    message = "Reloaded: \(corpus.errorCount) errors, \(corpus.warningCount) warnings"
  }

  /// The search index, built on first use (or taken from the one being built).
  mutating func search() -> SearchIndex {
    if let searchIndex { return searchIndex }
    let index = pendingSearchIndex?.wait() ?? SearchIndex(corpus: corpus)
    pendingSearchIndex = nil
    searchIndex = index
    return index
  }

  /// The list state of the current view.
  var list: ListState {
    get { lists[view] ?? ListState(entries: []) }
    // In place, so that moving the selection never copies a long list.
    _modify { yield &lists[view, default: ListState(entries: [])] }
  }

  /// Recomputes every view's list from the corpus and filters.
  mutating func rebuildLists() {
    for id in ViewID.allCases { rebuildList(id) }
  }

  mutating func rebuildList(_ id: ViewID) {
    let previous = lists[id]
    var state = ListState(
      entries: ListBuilder(corpus: corpus).entries(for: id, filter: timelineFilter))
    state.textFilter = previous?.textFilter ?? ""
    state.applyTextFilter(corpus: corpus)
    if let selected = previous?.selected { state.select(selected) }
    lists[id] = state
  }

  /// The current place, for history.
  var location: Location {
    Location(
      view: view, selection: list.selected, focus: focus, detailLink: detailLink[view] ?? 0,
      readerDocument: view == .documents ? reader?.document : nil)
  }
}

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

  /// The folded text of each entry of `allEntries` (empty for headings), built on first use.
  var haystacks: [[UInt8]]?
  /// The filter text and the `allEntries` indices of the items it kept, to narrow further as
  /// the user types more letters.
  private var lastFilter: (text: String, kept: [Int])?
  /// The start year of each event entry of `allEntries` (`Int.min` for other rows).
  private var years: [Int]?
  /// Events per year of the shown entries, for the timeline's density strip.
  var yearCounts: [Int: Int] = [:]

  /// Applies the `/` filter: items whose text contains every word; headings kept above items.
  mutating func applyTextFilter(corpus: Corpus) {
    let selected = self.selected
    let folded = TextFolding.fold(textFilter)
    let words = folded.split(separator: " ").map { Array($0.utf8) }
    if words.isEmpty {
      entries = allEntries
      lastFilter = nil
    } else {
      prepareFilter(corpus: corpus)
      let candidates: [Int]
      if let last = lastFilter, folded.hasPrefix(last.text) {
        candidates = last.kept
      } else {
        candidates = Array(allEntries.indices)
      }
      var keptIndices: [Int] = []
      haystacks!.withUnsafeBufferPointer { stacks in
        for i in candidates where !stacks[i].isEmpty {
          if words.allSatisfy({ ListState.contains(stacks[i], $0) }) { keptIndices.append(i) }
        }
      }
      lastFilter = (folded, keptIndices)
      // Keep each item's nearest headings above it.
      var kept: [ListEntry] = []
      var next = 0
      var pending: [ListEntry] = []
      for i in allEntries.indices where next < keptIndices.count {
        if case .heading(_, let role) = allEntries[i] {
          // A heading replaces the pending one of its level and every finer one after it.
          if let same = pending.firstIndex(where: {
            if case .heading(_, let r) = $0 { r == role } else { false }
          }) {
            pending.removeSubrange(same...)
          }
          pending.append(allEntries[i])
          continue
        }
        if i == keptIndices[next] {
          kept += pending
          pending = []
          kept.append(allEntries[i])
          next += 1
        }
      }
      entries = kept
    }
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
    let shown = words.isEmpty ? Array(allEntries.indices) : lastFilter?.kept ?? []
    for i in shown where years![i] != Int.min { yearCounts[years![i], default: 0] += 1 }
    cursor = 0
    scroll = 0
    if let selected { select(selected) }
  }

  /// Builds the folded text of every entry now, so that the first `/` keystroke does not.
  mutating func prepareFilter(corpus: Corpus) {
    guard haystacks == nil else { return }
    haystacks = allEntries.map { entry in
      if case .item(let ref, _) = entry {
        Array(ListBuilder.haystack(ref, corpus: corpus).utf8)
      } else {
        []
      }
    }
  }

  /// Whether `haystack` contains `needle` (UTF-8 bytes).
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard haystack.count >= needle.count else { return false }
    return haystack.withUnsafeBufferPointer { h in
      needle.withUnsafeBufferPointer { n in
        let first = n[0]
        let last = h.count - n.count
        var i = 0
        while i <= last {
          if h[i] == first {
            var j = 1
            while j < n.count, h[i + j] == n[j] { j += 1 }
            if j == n.count { return true }
          }
          i += 1
        }
        return false
      }
    }
  }
}

/// The document reader of the Documents view: which document, and the paragraph under the cursor.
struct ReaderState: Equatable {
  var document: String
  /// Index into the flattened paragraphs of the document.
  var cursor = 0
  var scroll = 0
  /// The `/` text being looked for, and whether it is highlighted.
  var find = ""
}
