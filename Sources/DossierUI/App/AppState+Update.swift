import DossierModel
import DossierTUI

extension AppState {
  /// Applies one input event; returns what the runtime must do, if anything.
  public mutating func handle(_ event: InputEvent) -> Effect? {
    switch event {
    case .resize(let newSize):
      ctx.size = newSize
      keepSelectionVisible()
      settleScreen()
      return nil
    case .mouse(let mouse):
      return handleMouse(mouse)
    case .tick:
      if presenter != nil { tickPresenter() }
      expirePendingG()
      if filterAwaitsIndex { applyWaitingFilters() }
      return nil
    case .key(let key):
      message = nil
      if layout.tooSmall {
        return key == .character("q") || key == .control("c") ? .quit : nil
      }
      // Lists made from the user's data follow every change to it.
      let before = userData
      defer { if userData != before { rebuildUserDataLists() } }
      defer { settleScreen() }
      // A presenter, a box or a prompt owns the keys until it closes.
      if presenter != nil { return handlePresenterKey(key) }
      if overlay != nil { return handleOverlayKey(key) }
      if input != nil {
        let effect = handlePromptKey(key)
        keepSelectionVisible()
        return effect
      }
      if let effect = handleScreenKey(key) { return effect }
      keepSelectionVisible()
      return nil
    }
  }

  /// The key maps in force on the current screen, in lookup order: the app's keys, the
  /// screen's, then those of the pane with the focus.
  var keyMaps: [KeyMap<Action>] {
    var maps = [KeyMaps.global]
    if let own = view.keyMap { maps.append(own) }
    if focus == .detail {
      maps.append(KeyMaps.detail)
    } else if reading {
      maps.append(KeyMaps.reader)
    } else if let body = view.bodyKeyMap(self) {
      // A screen that draws its own body (a chart, a matrix) has its own keys instead of the
      // list's.
      maps.append(body)
    } else {
      if let own = view.listKeyMap { maps.append(own) }
      maps.append(KeyMaps.list)
    }
    return maps
  }

  /// Lets the current screen bring its own state in step (its size, the filters, the
  /// selection) after a key or a resize.
  mutating func settleScreen() {
    let id = view
    id.settle(&self)
  }

  /// The status hints of the current screen: the focused pane's first, then the app's.
  var keyHints: [(key: String, text: String)] {
    let maps = keyMaps
    let screenMaps = focus == .list && !reading ? Array(maps.dropFirst()) : [maps.last!]
    return KeyMaps.hints(screenMaps + [KeyMaps.global])
  }

  mutating func handleScreenKey(_ key: Key) -> Effect? {
    if completePendingG(key) { return nil }
    for map in keyMaps {
      guard let action = map.action(for: key) else { continue }
      // `g` waits for a second key: `g` again (or a pause) for the top, digits for a year.
      if action == .first, key == .character("g") {
        pendingG = PendingG(since: ctx.now())
        return nil
      }
      return perform(action)
    }
    return nil
  }

  /// Does what a key asked.
  mutating func perform(_ action: Action) -> Effect? {
    let id = view
    if let handled = id.perform(action, &self) { return handled }
    switch action {
    case .quit: return ctx.unsaved ? .saveBeforeQuit : .quit
    case .help: overlay = .help(scroll: 0)
    case .messages: overlay = .messages(scroll: max(0, messageRows().count - 1))
    case .search: openSearch()
    case .reload: return .reload
    case .view(let id): switchView(id)
    case .nextView: cycleView(by: 1)
    case .previousView: cycleView(by: -1)
    case .back: goBack()
    case .forward: goForward()
    case .filter:
      input = Prompt(.filter, text: reading ? reader!.findText : list.textFilter)
    case .escape: escape()
    case .mark: return toggleMark()
    case .note:
      guard let ref = markTarget else { break }
      let text = userData.note(for: ref)?.text ?? ""
      if editsNotesExternally { return .editNote(ref, text: text) }
      input = Prompt(.note, text: text)
    case .present: openPresenter()
    case .export: openExport()
    case .briefings: openBriefingPicker()
    case .moveMarkedDown: return moveMarked(by: 1)
    case .moveMarkedUp: return moveMarked(by: -1)
    case .toggleDetail:
      detailHidden.toggle()
      if detailHidden { focus = .list }
      message = detailHidden ? "Detail pane hidden (z shows it)" : nil
    case .widenList, .narrowList:
      paneSplit += action == .widenList ? 5 : -5
      message = "List \(paneSplit)% of the width"
    case .yearPrompt: input = Prompt(.year, text: "", origin: location, originScroll: list.scroll)
    case .filterPicker: openFilterPicker()
    case .contents: openContents()
    case .clearFilters:
      timelineFilter = EventFilter()
      rebuildList(.timeline)
      message = "Timeline filters cleared"
    case .presenter, .local:
      break
    default:
      // The rest belongs to the pane with the keyboard.
      if focus == .detail {
        let content = detailPaneContent
        return apply(screen.detail.perform(action, in: content, page: pageRows))
      }
      return reading ? performInReader(action) : performInList(action)
    }
    return nil
  }

  /// Sends a key to the list of the current screen.
  mutating func performInList(_ action: Action) -> Effect? {
    let corpus = self.corpus
    let page = pageRows
    return apply(screen.perform(listAction: action, corpus: corpus, page: page))
  }

  /// Sends a key to the document reader.
  mutating func performInReader(_ action: Action) -> Effect? {
    guard var state = reader else { return nil }
    let request = state.perform(
      action, corpus: corpus, page: pageRows, cache: ctx.readerCache, detail: &screen.detail)
    reader = state
    return apply(request)
  }

  /// Does what a screen's key asked of the root.
  mutating func apply(_ request: ScreenRequest?) -> Effect? {
    switch request {
    case nil:
      break
    case .openReader(let document):
      record()
      reader = ReaderScreen(document: document)
      screen.detail = DetailPaneState()
    case .focusDetail:
      focusDetail()
    case .focusList:
      focus = .list
    case .follow(let ref):
      follow(ref)
    case .message(let text):
      message = text
    case .effect(let effect):
      return effect
    }
    return nil
  }

  /// How many rows a page is in the current list.
  var pageRows: Int { max(1, layout.listContent.height) }

  /// Keeps the list selection (or reader cursor) inside the visible window.
  mutating func keepSelectionVisible() {
    let height = layout.listContent.height
    if reading {
      let lines = readerLayout
      reader?.keepCursorVisible(layout: lines, height: height)
    } else {
      list.scrollToSelection(height: height)
    }
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    index >= 0 && index < count ? self[index] : nil
  }
}
