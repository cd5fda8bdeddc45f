import Dispatch
import DossierModel
import DossierTUI

/// The explorer: its screens, the box or prompt over them, and where you have been. It changes
/// only in ``AppState/handle(_:)`` and ``AppState/receive(_:)``; ``AppState/render()`` draws it
/// into a ``Buffer`` without changing it.
///
/// The root only routes: input goes to the presenter when it is on, else to the open box
/// (``Overlay``) or prompt, else to the current screen (a ``BrowseScreen``, with the
/// ``ReaderScreen`` over the Documents list when a document is open). The screens are listed in
/// ``ScreenID``.
public struct AppState {
  public typealias ViewID = ScreenID
  public typealias Command = Effect

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

  var ctx: AppContext
  public var view: ViewID = .actors
  var screens: [ViewID: BrowseScreen] = [:]
  /// The document open in the reader of the Documents view, if any.
  var reader: ReaderScreen?
  /// Presenter mode, when it is on; it takes every key and click until it closes.
  public var presenter: PresenterState?
  /// The box over the screen, which owns the keys until it closes.
  public var overlay: Overlay?
  /// The status-line prompt, which owns the keys until Enter or Esc.
  var input: Prompt?
  /// A `g` waiting for its second key (digits jump to a year; another `g` goes to the top).
  var pendingG: PendingG?
  var history: [Location] = []
  var future: [Location] = []
  var timelineFilter = EventFilter()
  /// The item pressed on the Briefing screen, until the button is let go (a drag moves it).
  var drag: ItemRef?

  public init(corpus: Corpus, theme: Theme, size: Size, corpusLabel: String? = nil) {
    self.init(corpus: corpus, theme: theme, size: size, corpusLabel: corpusLabel, indexLater: false)
  }

  /// The explorer on `corpus`; when `indexLater`, the filter's index of the events waits for
  /// ``startBackgroundWork()`` (start-up calls it once the first frame is on screen).
  init(corpus: Corpus, theme: Theme, size: Size, corpusLabel: String?, indexLater: Bool) {
    ctx = AppContext(
      corpus: corpus, theme: theme, size: size, corpusLabel: corpusLabel ?? corpus.root)
    // The filter's index of a large timeline is built on another thread.
    ctx.eventFilterIndex = EventFilterIndex(corpus: corpus, deferred: indexLater)
    rebuildLists()
  }

  /// Starts what the explorer builds in the background once it is on screen (the filter's
  /// index of the events, when it was left for later).
  mutating func startBackgroundWork() {
    ctx.eventFilterIndex?.start()
  }

  public var corpus: Corpus { ctx.corpus }
  public var theme: Theme {
    get { ctx.theme }
    set { ctx.theme = newValue }
  }
  public var size: Size { ctx.size }
  public var userData: UserData {
    get { ctx.userData }
    set { ctx.userData = newValue }
  }
  public var message: String? {
    get { ctx.message }
    set {
      ctx.message = newValue
      if let newValue { ctx.log(newValue) }
    }
  }
  public var editsNotesExternally: Bool {
    get { ctx.editsNotesExternally }
    set { ctx.editsNotesExternally = newValue }
  }
  public var corpusLabel: String { ctx.corpusLabel }
  /// The presenter's clock (seconds that never jump); tests give one they move by hand.
  public var clock: @Sendable () -> Double {
    get { ctx.clock }
    set { ctx.clock = newValue }
  }
  /// The folder the export box writes in unless the name says otherwise (the current folder).
  public var workingFolder: String {
    get { ctx.folder }
    set { ctx.folder = newValue }
  }
  /// Whether to draw with ASCII only (`--ascii`, `LANG=C`).
  public var ascii: Bool {
    get { ctx.ascii }
    set { ctx.ascii = newValue }
  }
  public var pendingSearch: PendingSearchEngine? {
    get { ctx.pendingSearch }
    set { ctx.pendingSearch = newValue }
  }
  /// The list's share of the width in percent (20–80), moved with `<` and `>`.
  public var paneSplit: Int {
    get { ctx.paneSplit }
    set { ctx.paneSplit = min(80, max(20, newValue)) }
  }
  /// Whether `z` hid the detail pane.
  public var detailHidden: Bool {
    get { ctx.detailHidden }
    set { ctx.detailHidden = newValue }
  }

  /// The current list screen.
  var screen: BrowseScreen {
    get { screens[view] ?? BrowseScreen(id: view, list: ListState(entries: [])) }
    // In place, so that moving the selection never copies a long list.
    _modify { yield &screens[view, default: BrowseScreen(id: view, list: ListState(entries: []))] }
  }

  /// The list state of the current view.
  var list: ListState {
    get { screen.list }
    _modify { yield &screen.list }
  }

  public var focus: Focus {
    get { screen.focus }
    set { screen.focus = newValue }
  }

  /// Whether the document reader is what the current view shows.
  var reading: Bool { reader != nil && view.opensReader }

  /// Replaces the corpus (after a reload), keeping the view and selection where they still exist.
  public mutating func replaceCorpus(_ corpus: Corpus) {
    let selections = screens.mapValues(\.list.selected)
    ctx.corpus = corpus
    ctx.searchEngine = nil
    ctx.searchFailure = nil
    ctx.pendingSearch = nil
    ctx.eventFilterIndex = EventFilterIndex(corpus: corpus)
    ctx.detailCache = DetailCache()
    ctx.readerCache = ReaderCache()
    if let document = reader?.document, corpus.document(document) == nil { reader = nil }
    rebuildLists()
    for (view, selected) in selections {
      if let selected, corpus.contains(selected) { screens[view]?.list.select(selected) }
    }
    let errors = corpus.errorCount
    let warnings = corpus.warningCount
    message =
      "Reloaded: \(Counted.text(errors, "error")), \(Counted.text(warnings, "warning"))"
  }

  /// Builds again the lists made from the user's data (after marks or notes changed).
  mutating func rebuildUserDataLists() {
    for id in ViewID.allCases where id.source.followsUserData { rebuildList(id) }
  }

  /// Recomputes every view's list from the corpus and filters, and the width of the date
  /// column. They do not depend on each other: they are made on every core (at 100,000 events
  /// the timeline's list and the date column each take tens of milliseconds, and the
  /// explorer's first frame waits for them).
  mutating func rebuildLists() {
    let ids = ViewID.allCases
    let made = ParallelResults<ListState>(count: ids.count)
    let width = ParallelResults<Int>(count: 1)
    // Only read by the workers (its lists, their sources and the corpus are values).
    nonisolated(unsafe) let state = self
    DispatchQueue.concurrentPerform(iterations: ids.count + 1) { k in
      if k == ids.count {
        width.set(0, AppContext.dateWidth(of: state.corpus))
      } else {
        made.set(k, state.makeList(ids[k]))
      }
    }
    ctx.dateWidth = width.slots[0]!
    for (k, list) in made.slots.enumerated() { install(list!, as: ids[k]) }
  }

  mutating func rebuildList(_ id: ViewID) { install(makeList(id), as: id) }

  /// The list of view `id` made again from the corpus and filters, with its text filter and
  /// selection.
  func makeList(_ id: ViewID) -> ListState {
    let previous = screens[id]
    var state = ListState(entries: id.source.entries(ctx, filter: timelineFilter))
    state.eventIndex = ctx.eventFilterIndex
    state.textFilter = previous?.list.textFilter ?? ""
    state.applyTextFilter(corpus: corpus)
    if let selected = previous?.list.selected { state.select(selected) }
    return state
  }

  /// Makes `list` the list of view `id`.
  mutating func install(_ list: ListState, as id: ViewID) {
    var screen = screens[id] ?? BrowseScreen(id: id, list: list)
    screen.list = list
    screens[id] = screen
  }

  /// The current place, for history.
  var location: Location {
    Location(
      view: view, selection: list.selected, focus: focus, detailLink: screen.detail.link,
      readerDocument: reading ? reader?.document : nil)
  }
}
