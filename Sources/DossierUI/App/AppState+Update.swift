import DossierModel
import DossierTUI

extension AppState {
  /// Applies one input event; returns what the program around the app must do, if anything.
  public mutating func handle(_ event: InputEvent) -> Command? {
    switch event {
    case .resize(let newSize):
      size = newSize
      keepSelectionVisible()
      return nil
    case .mouse(let mouse):
      handleMouse(mouse)
      return nil
    case .tick:
      advancePresenter()
      return nil
    case .key(let key):
      message = nil
      if layout.tooSmall {
        return key == .character("q") || key == .control("c") ? .quit : nil
      }
      if presenter != nil { return handlePresenterKey(key) }
      if let command = handleKey(key) { return command }
      keepSelectionVisible()
      return nil
    }
  }

  // MARK: Keys

  mutating func handleKey(_ key: Key) -> Command? {
    if overlay != nil { return handleOverlayKey(key) }
    if input != nil { return handleInputKey(key) }
    if pendingG {
      pendingG = false
      if case .character(let c) = key, c.isASCII, c.isNumber {
        input = .year(String(c))
        return nil
      }
    }
    switch key {
    case .character("q"): return .quit
    case .character("?"): overlay = .help(scroll: 0)
    case .character("s"), .control("p"): openSearch()
    case .character("1"): switchView(.actors)
    case .character("2"): switchView(.timeline)
    case .character("3"): switchView(.myths)
    case .character("4"): switchView(.documents)
    case .character("p"), .character("!"): switchView(.problems)
    case .tab: cycleView(by: 1)
    case .backTab: cycleView(by: -1)
    case .character("r"): return .reload
    case .character("m"): return toggleMark()
    case .character("a"):
      guard let ref = markTarget else { break }
      let text = userData.note(for: ref)?.text ?? ""
      if editsNotesExternally { return .editNote(ref, text: text) }
      input = .note(text)
    case .character("b"): openPresenter()
    case .character("e"): return exportCommand()
    case .character("B"): openBriefingPicker()
    case .character("J"): return moveMarked(by: 1)
    case .character("K"): return moveMarked(by: -1)
    case .backspace, .character("H"): goBack()
    case .character("L"): goForward()
    case .character("/"):
      input = .filter(reader != nil && view == .documents ? reader!.find : list.textFilter)
    case .character(":") where view == .timeline: input = .year("")
    case .character("f") where view == .timeline: openFilterPicker()
    case .character("F") where view == .timeline:
      timelineFilter = EventFilter()
      rebuildList(.timeline)
      message = "Timeline filters cleared"
    case .escape: escape()
    default:
      if focus == .detail {
        handleDetailKey(key)
      } else if view == .documents, reader != nil {
        handleReaderKey(key)
      } else {
        return handleListKey(key)
      }
    }
    return nil
  }

  /// How many rows a page is in the current list.
  var pageRows: Int { max(1, layout.listContent.height) }

  mutating func handleListKey(_ key: Key) -> Command? {
    switch key {
    case .down, .character("j"): list.move(by: 1)
    case .up, .character("k"): list.move(by: -1)
    case .pageDown, .control("f"): list.move(by: pageRows)
    case .pageUp, .control("b"): list.move(by: -pageRows)
    case .control("d"): list.move(by: pageRows / 2)
    case .control("u"): list.move(by: -pageRows / 2)
    case .home:
      list.moveTo(0)
    case .character("g"):
      list.moveTo(0)
      pendingG = view == .timeline
    case .end, .character("G"): list.moveTo(Int.max)
    case .character("n"): list.move(by: 1)
    case .character("N"): list.move(by: -1)
    case .right, .character("l"): focusDetail()
    case .enter:
      if view == .documents, case .document(let id) = list.selected {
        record()
        reader = ReaderState(document: id)
      } else if view == .problems, case .diagnostic(let n) = list.selected {
        return openInEditor(n)
      } else {
        focusDetail()
      }
    default: break
    }
    detailLink[view] = 0
    detailScroll[view] = 0
    return nil
  }

  mutating func focusDetail() {
    let lines = detailLines
    guard !lines.isEmpty else { return }
    focus = .detail
    let links = lines.count { $0.link != nil }
    detailLink[view] = min(detailLink[view] ?? 0, max(0, links - 1))
  }

  mutating func handleDetailKey(_ key: Key) {
    let links = detailLinks
    var index = detailLink[view] ?? 0
    switch key {
    case .down, .character("j"), .character("n"): index += 1
    case .up, .character("k"), .character("N"): index -= 1
    case .pageDown, .control("d"), .control("f"):
      detailScroll[view] = (detailScroll[view] ?? 0) + pageRows / 2
      return
    case .pageUp, .control("u"), .control("b"):
      detailScroll[view] = max(0, (detailScroll[view] ?? 0) - pageRows / 2)
      return
    case .home, .character("g"): index = 0
    case .end, .character("G"): index = links.count - 1
    case .left, .character("h"):
      focus = .list
      return
    case .enter, .right, .character("l"):
      if index < links.count, let ref = links[index].link { follow(ref) }
      return
    default: return
    }
    detailLink[view] = min(max(0, index), max(0, links.count - 1))
    scrollDetailToLink()
  }

  mutating func handleReaderKey(_ key: Key) {
    guard var state = reader else { return }
    let paragraphs = corpus.paragraphs(of: state.document)
    switch key {
    case .down, .character("j"): state.cursor += 1
    case .up, .character("k"): state.cursor -= 1
    case .pageDown, .control("f"): state.cursor += max(1, pageRows / 4)
    case .pageUp, .control("b"): state.cursor -= max(1, pageRows / 4)
    case .control("d"): state.cursor += max(1, pageRows / 8)
    case .control("u"): state.cursor -= max(1, pageRows / 8)
    case .home, .character("g"): state.cursor = 0
    case .end, .character("G"): state.cursor = paragraphs.count - 1
    case .character("]"):
      let section = paragraphs[safe: state.cursor]?.section.id
      state.cursor =
        paragraphs.indices.first { $0 > state.cursor && paragraphs[$0].section.id != section }
        ?? state.cursor
    case .character("["):
      let section = paragraphs[safe: state.cursor]?.section.id
      if let previous = paragraphs.indices.last(where: {
        $0 < state.cursor && paragraphs[$0].section.id != section
      }) {
        let target = paragraphs[previous].section.id
        state.cursor = paragraphs.indices.first { paragraphs[$0].section.id == target } ?? previous
      }
    case .character("n"), .character("N"):
      let forward = key == .character("n")
      let words = TextFolding.fold(state.find)
      guard !words.isEmpty else { break }
      let order =
        forward
        ? Array((state.cursor + 1)..<paragraphs.count) + Array(0...state.cursor)
        : Array((0..<state.cursor).reversed()) + Array((state.cursor..<paragraphs.count).reversed())
      if let hit = order.first(where: {
        TextFolding.fold(paragraphs[$0].paragraph.text.plain).contains(words)
      }) {
        state.cursor = hit
      } else {
        message = "No match for \u{201C}\(state.find)\u{201D}"
      }
    case .right, .character("l"), .enter:
      reader = state
      focusDetail()
      return
    case .left, .character("h"):
      break
    default: break
    }
    state.cursor = min(max(0, state.cursor), max(0, paragraphs.count - 1))
    reader = state
    detailLink[view] = 0
    detailScroll[view] = 0
  }

  mutating func escape() {
    if focus == .detail {
      focus = .list
    } else if view == .documents, reader != nil {
      if !(reader?.find.isEmpty ?? true) {
        reader?.find = ""
      } else {
        goBackOrCloseReader()
      }
    } else if !list.textFilter.isEmpty {
      list.textFilter = ""
      list.applyTextFilter(corpus: corpus)
    }
  }

  mutating func goBackOrCloseReader() {
    if let last = history.last, last.view == .documents, last.readerDocument == nil {
      goBack()
    } else {
      reader = nil
    }
  }

  // MARK: Input line

  mutating func handleInputKey(_ key: Key) -> Command? {
    guard let current = input else { return nil }
    var text: String
    switch current {
    case .filter(let t), .year(let t), .note(let t), .briefingName(let t, _): text = t
    }
    switch key {
    case .escape:
      if case .filter = current { applyFilterText("") }
      input = nil
      return nil
    case .enter:
      input = nil
      switch current {
      case .year(let year): jumpToYear(year)
      case .note(let note): return saveNote(note)
      case .briefingName(let name, let renaming): return nameBriefing(name, renaming: renaming)
      case .filter: break
      }
      return nil
    case .backspace:
      if text.isEmpty {
        if case .filter = current { input = nil }
        return nil
      }
      text.removeLast()
    case .character(let c):
      if case .year = current, !(c.isASCII && c.isNumber) { return nil }
      text.append(c)
    default: return nil
    }
    switch current {
    case .filter:
      input = .filter(text)
      applyFilterText(text)
    case .year:
      input = .year(text)
      if text.count == 4 {
        jumpToYear(text)
        input = nil
      }
    case .note: input = .note(text)
    case .briefingName(_, let renaming): input = .briefingName(text, renaming: renaming)
    }
    return nil
  }

  mutating func applyFilterText(_ text: String) {
    if view == .documents, reader != nil {
      reader?.find = text
      if !text.isEmpty {
        let paragraphs = corpus.paragraphs(of: reader!.document)
        let words = TextFolding.fold(text)
        if let cursor = reader?.cursor,
          let hit =
            (paragraphs.indices.filter { $0 >= cursor } + paragraphs.indices.filter { $0 < cursor })
            .first(where: { TextFolding.fold(paragraphs[$0].paragraph.text.plain).contains(words) })
        {
          reader?.cursor = hit
        }
      }
      return
    }
    list.textFilter = text
    list.applyTextFilter(corpus: corpus)
  }

  mutating func jumpToYear(_ text: String) {
    guard let year = Int(text) else { return }
    if view != .timeline { switchView(.timeline) }
    // The first event of that year, or the nearest later one (events are in date order, so a
    // binary search over the rows finds it).
    let rows = list.itemRows
    func yearAt(_ i: Int) -> Int {
      if case .item(.event(let id), _) = list.entries[rows[i]] {
        return corpus.event(id)?.date.startYear ?? Int.min
      }
      return Int.min
    }
    var low = 0
    var high = rows.count
    while low < high {
      let mid = (low + high) / 2
      if yearAt(mid) < year { low = mid + 1 } else { high = mid }
    }
    guard low < rows.count else {
      message = "No events from \(year) on"
      return
    }
    let found = yearAt(low)
    record()
    list.moveTo(low)
    list.centerSelection(height: layout.listContent.height)
    message = found == year ? nil : "No events in \(year); showing \(found)"
  }

  // MARK: Views and history

  mutating func switchView(_ id: ViewID) {
    guard id != view else { return }
    view = id
    focus = .list
    pendingG = false
  }

  mutating func cycleView(by delta: Int) {
    let views: [ViewID] = [.actors, .timeline, .myths, .documents]
    let index = views.firstIndex(of: view) ?? 0
    switchView(views[(index + delta + views.count) % views.count])
  }

  /// Saves the current place before a jump.
  mutating func record() {
    history.append(location)
    if history.count > 200 { history.removeFirst() }
    future = []
  }

  mutating func restore(_ place: Location) {
    view = place.view
    if place.view == .documents {
      if let doc = place.readerDocument {
        if reader?.document != doc { reader = ReaderState(document: doc) }
        if case .paragraph(let c) = place.selection { moveReader(to: c) }
      } else {
        reader = nil
      }
    }
    if let selection = place.selection, place.readerDocument == nil {
      if !list.itemRows.contains(where: {
        if case .item(let r, _) = list.entries[$0] { r == selection } else { false }
      }) {
        list.textFilter = ""
        list.applyTextFilter(corpus: corpus)
      }
      list.select(selection)
    }
    focus = place.focus
    detailLink[view] = place.detailLink
    detailScroll[view] = 0
    scrollDetailToLink()
  }

  mutating func goBack() {
    guard let place = history.popLast() else {
      message = "Nothing to go back to"
      return
    }
    future.append(location)
    restore(place)
  }

  mutating func goForward() {
    guard let place = future.popLast() else {
      message = "Nothing to go forward to"
      return
    }
    history.append(location)
    restore(place)
  }

  /// Jumps to an item: its view, with it selected.
  public mutating func follow(_ ref: ItemRef) {
    switch ref {
    case .glossary, .disagreement:
      overlay = .item(ref, link: 0)
      return
    default: break
    }
    record()
    focus = .list
    switch ref {
    case .actor: show(ref, in: .actors)
    case .event: show(ref, in: .timeline)
    case .myth: show(ref, in: .myths)
    case .diagnostic: show(ref, in: .problems)
    case .document(let id):
      show(ref, in: .documents)
      reader = nil
      _ = id
    case .source(let id):
      if let doc = corpus.documents.first(where: { $0.sourceID == id }) {
        show(.document(doc.id), in: .documents)
      }
      reader = nil
    case .section(let doc, let section):
      view = .documents
      list.select(.document(doc))
      moveReader(to: Citation(document: doc, section: section, paragraph: 1))
    case .paragraph(let citation):
      view = .documents
      list.select(.document(citation.document))
      moveReader(to: citation)
    case .glossary, .disagreement: break
    }
    detailLink[view] = 0
    detailScroll[view] = 0
  }

  mutating func show(_ ref: ItemRef, in id: ViewID) {
    view = id
    var state = list
    let present = state.itemRows.contains {
      if case .item(let r, _) = state.entries[$0] { r == ref } else { false }
    }
    if !present {
      if id == .timeline, !timelineFilter.isEmpty {
        timelineFilter = EventFilter()
        rebuildList(.timeline)
        message = "Timeline filters cleared to show the event"
      }
      state = list
      state.textFilter = ""
      state.applyTextFilter(corpus: corpus)
    }
    state.select(ref)
    state.centerSelection(height: layout.listContent.height)
    list = state
  }

  mutating func moveReader(to citation: Citation) {
    let paragraphs = corpus.paragraphs(of: citation.document)
    var state =
      reader?.document == citation.document ? reader! : ReaderState(document: citation.document)
    if let index = paragraphs.firstIndex(where: {
      $0.citation.section == citation.section
        && (citation.paragraph == nil || $0.citation.paragraph == citation.paragraph)
    }) {
      state.cursor = index
    }
    reader = state
  }

  // MARK: Overlays

  mutating func openSearch() {
    _ = search()
    overlay = .search(SearchOverlay())
  }

  mutating func runSearch(_ box: inout SearchOverlay) {
    let results = search().search(box.query, limit: 60)
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

  mutating func openFilterPicker() {
    var options: [PickerOverlay.Option] = [
      .init(label: "Clear all filters", action: .filter(.clear))
    ]
    options += corpus.manifest.lanes.map {
      .init(label: "Lane: \($0.name) [\($0.short)]", action: .filter(.lane($0.id)))
    }
    options += corpus.sources.map {
      .init(label: "Source: \($0.title) (\($0.id))", action: .filter(.source($0.id)))
    }
    let actors = corpus.actors.filter { !(corpus.index.eventsByActor[$0.id] ?? []).isEmpty }
      .sorted { $0.name.localizedStandardCompareFolded($1.name) }
    options += actors.map { .init(label: "Actor: \($0.name)", action: .filter(.actor($0.id))) }
    let tags = Set(corpus.events.flatMap(\.tags)).sorted()
    options += tags.map { .init(label: "Tag: \($0)", action: .filter(.tag($0))) }
    overlay = .picker(PickerOverlay(title: "Filter the timeline", options: options))
  }

  mutating func apply(_ action: FilterAction) {
    switch action {
    case .clear: timelineFilter = EventFilter()
    case .lane(let id): timelineFilter.lanes = [id]
    case .actor(let id): timelineFilter.actors = [id]
    case .source(let id): timelineFilter.sources = [id]
    case .tag(let tag): timelineFilter.tags = [tag]
    }
    rebuildList(.timeline)
    list.moveTo(0)
  }

  mutating func handleOverlayKey(_ key: Key) -> Command? {
    guard let current = overlay else { return nil }
    switch current {
    case .help(let scroll):
      // The last line of help stops at the bottom of the box.
      let inner = layout.overlayBox.inset(1)
      let rows = max(1, inner.height)
      let last = max(0, HelpText.rows(width: inner.width).count - rows)
      switch key {
      case .down, .character("j"): overlay = .help(scroll: min(last, scroll + 1))
      case .up, .character("k"): overlay = .help(scroll: max(0, scroll - 1))
      case .pageDown, .character(" "): overlay = .help(scroll: min(last, scroll + rows))
      case .pageUp: overlay = .help(scroll: max(0, scroll - rows))
      case .home: overlay = .help(scroll: 0)
      case .end: overlay = .help(scroll: last)
      default: overlay = nil
      }
    case .search(var box):
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
      case .backspace:
        if !box.query.isEmpty {
          box.query.removeLast()
          runSearch(&box)
        }
      case .character(let c):
        box.query.append(c)
        runSearch(&box)
      default: break
      }
      if case .search = overlay { overlay = .search(box) }
    case .picker(var picker):
      switch key {
      case .escape: overlay = nil
      case .enter:
        overlay = nil
        let visible = picker.visible
        if picker.cursor < visible.count { return choose(visible[picker.cursor].action) }
      case .down, .tab: picker.cursor = min(picker.cursor + 1, max(0, picker.visible.count - 1))
      case .up, .backTab: picker.cursor = max(0, picker.cursor - 1)
      case .pageDown: picker.cursor = min(picker.cursor + 10, max(0, picker.visible.count - 1))
      case .pageUp: picker.cursor = max(0, picker.cursor - 10)
      case .backspace:
        if !picker.query.isEmpty { picker.query.removeLast() }
        picker.cursor = 0
      case .character(let c):
        picker.query.append(c)
        picker.cursor = 0
      default: break
      }
      if case .picker = overlay { overlay = .picker(picker) }
    case .item(let ref, let link):
      let links = DetailBuilder(corpus: corpus, width: layout.overlayBox.width - 4).lines(for: ref)
        .filter { $0.link != nil }
      switch key {
      case .escape, .character("q"), .backspace: overlay = nil
      case .down, .character("j"):
        overlay = .item(ref, link: min(link + 1, max(0, links.count - 1)))
      case .up, .character("k"): overlay = .item(ref, link: max(0, link - 1))
      case .enter:
        overlay = nil
        if link < links.count, let target = links[link].link { follow(target) }
      default: break
      }
    }
    return nil
  }

  // MARK: Editor

  mutating func openInEditor(_ n: Int) -> Command? {
    guard n < corpus.diagnostics.count else { return nil }
    let diagnostic = corpus.diagnostics[n]
    guard let span = diagnostic.span, span.file < corpus.files.count else {
      message = "This problem concerns \(diagnostic.path ?? "the corpus") as a whole"
      return nil
    }
    let file = corpus.files[span.file]
    return .openEditor(path: file.path, line: file.line(of: span.offset))
  }

  // MARK: Mouse

  mutating func handleMouse(_ mouse: MouseEvent) {
    let layout = self.layout
    guard !layout.tooSmall, overlay == nil else { return }
    switch mouse.kind {
    case .wheelUp, .wheelDown:
      let delta = mouse.kind == .wheelUp ? -3 : 3
      if layout.detailContent.contains(x: mouse.x, y: mouse.y) {
        detailScroll[view] = max(0, (detailScroll[view] ?? 0) + delta)
      } else if view == .documents, reader != nil {
        handleReaderKey(delta < 0 ? .up : .down)
        handleReaderKey(delta < 0 ? .up : .down)
        handleReaderKey(delta < 0 ? .up : .down)
      } else {
        list.move(by: delta)
        keepSelectionVisible()
      }
    case .press:
      if mouse.y == layout.topBar.y {
        if let tab = TopBar.tab(self, at: mouse.x, y: mouse.y, in: layout.topBar) {
          switchView(tab)
        }
        return
      }
      if layout.listContent.contains(x: mouse.x, y: mouse.y) {
        focus = .list
        if view == .documents, reader != nil {
          let lines = ReaderLayout(state: self).lines
          let row = (reader?.scroll ?? 0) + (mouse.y - layout.listContent.y)
          if let index = lines[safe: row]?.paragraph { reader?.cursor = index }
          return
        }
        let row = list.scroll + (mouse.y - layout.listContent.y)
        if let i = list.itemRows.firstIndex(of: row) {
          list.moveTo(i)
          detailLink[view] = 0
          detailScroll[view] = 0
        }
      } else if layout.detailContent.contains(x: mouse.x, y: mouse.y) {
        let wrapped = wrappedDetail
        let row = (detailScroll[view] ?? 0) + (mouse.y - layout.detailContent.y)
        if row < wrapped.count, let linkIndex = wrapped[row].linkIndex {
          focus = .detail
          detailLink[view] = linkIndex
        }
      }
    }
  }

  // MARK: Scrolling

  /// Keeps the list selection (or reader cursor) inside the visible window.
  mutating func keepSelectionVisible() {
    let height = layout.listContent.height
    if view == .documents, reader != nil {
      ReaderLayout.scroll(&self, height: height)
    } else {
      list.scrollToSelection(height: height)
    }
  }

  /// The detail lines of the current selection.
  var detailLines: [DetailLine] {
    var lines = DetailBuilder(corpus: corpus, width: layout.detailContent.width).lines(
      for: detailSubject)
    guard let subject = detailSubject else { return lines }
    var header: [DetailLine] = []
    if userData.isMarked(subject) {
      header.append(DetailLine("● marked in briefing \u{201C}\(userData.current)\u{201D}", .mark))
    }
    if let note = userData.note(for: subject) {
      header.append(
        DetailLine([.init(text: "✎ Note: ", role: .mark), .init(text: note.text, role: .normal)]))
    }
    if !header.isEmpty { lines = header + [.blank] + lines }
    return lines
  }

  /// The item the detail pane describes.
  var detailSubject: ItemRef? {
    if view == .documents, let reader {
      return corpus.paragraphs(of: reader.document)[safe: reader.cursor].map {
        .paragraph($0.citation)
      }
    }
    return list.selected
  }

  var detailLinks: [DetailLine] { detailLines.filter { $0.link != nil } }

  /// The detail lines wrapped to the pane, each knowing the link it belongs to.
  var wrappedDetail: [WrappedLine] {
    DetailLayout.wrap(detailLines, width: layout.detailContent.width - 3)
  }

  mutating func scrollDetailToLink() {
    let wrapped = wrappedDetail
    let height = layout.detailContent.height
    guard let index = detailLink[view],
      let first = wrapped.firstIndex(where: { $0.linkIndex == index })
    else { return }
    var scroll = detailScroll[view] ?? 0
    if first < scroll { scroll = max(0, first - 1) }
    if first >= scroll + height - 1 { scroll = first - height + 2 }
    detailScroll[view] = max(0, scroll)
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    index >= 0 && index < count ? self[index] : nil
  }
}
