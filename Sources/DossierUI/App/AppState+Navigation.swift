import DossierModel
import DossierTUI

/// Switching views, following links and the history, like a browser's.
extension AppState {
  mutating func switchView(_ id: ViewID) {
    guard id != view else { return }
    view = id
    focus = .list
    pendingG = nil
  }

  mutating func cycleView(by delta: Int) {
    let views = ViewID.tabs
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
    if place.view.opensReader {
      if let doc = place.readerDocument {
        if reader?.document != doc { reader = ReaderScreen(document: doc) }
        if case .paragraph(let c) = place.selection { moveReader(to: c) }
      } else {
        reader = nil
      }
    }
    if let selection = place.selection, place.readerDocument == nil {
      if !list.shows(selection) {
        list.textFilter = ""
        list.applyTextFilter(corpus: corpus)
      }
      list.select(selection)
    }
    focus = place.focus
    screen.detail = DetailPaneState(link: place.detailLink, scroll: 0)
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

  mutating func escape() {
    if focus == .detail {
      focus = .list
    } else if reading {
      if !(reader?.findText.isEmpty ?? true) {
        let corpus = self.corpus
        reader?.find("", in: corpus)
      } else if let last = history.last, last.view.opensReader, last.readerDocument == nil {
        goBack()
      } else {
        reader = nil
      }
    } else if !list.textFilter.isEmpty {
      list.textFilter = ""
      list.applyTextFilter(corpus: corpus)
    }
  }

  /// Jumps to an item: the view that lists it, with it selected (a passage opens the reader;
  /// an item without a view opens in a box).
  public mutating func follow(_ ref: ItemRef) {
    guard let owner = ViewID.owner(of: ref) else {
      overlay = .item(ref, link: 0)
      return
    }
    record()
    focus = .list
    switch ref {
    case .source(let id):
      if let doc = corpus.documents.first(where: { $0.sourceID == id }) {
        show(.document(doc.id), in: owner)
      }
      reader = nil
    case .section(let doc, let section):
      view = owner
      list.select(.document(doc))
      moveReader(to: Citation(document: doc, section: section, paragraph: 1))
    case .paragraph(let citation):
      view = owner
      list.select(.document(citation.document))
      moveReader(to: citation)
    case .document:
      show(ref, in: owner)
      reader = nil
    default:
      show(ref, in: owner)
    }
    screen.detail = DetailPaneState()
  }

  mutating func show(_ ref: ItemRef, in id: ViewID) {
    view = id
    var state = list
    if !state.shows(ref) {
      if id.jumpsToYears, !timelineFilter.isEmpty {
        timelineFilter = EventFilter()
        rebuildList(id)
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
    var state =
      reader?.document == citation.document ? reader! : ReaderScreen(document: citation.document)
    state.move(to: citation, in: corpus)
    reader = state
  }
}
