import DossierModel
import Testing

@testable import DossierUI

/// The list's, the detail pane's and the reader's keys on their own state: each changes only
/// itself and asks the root for the rest (``ScreenRequest``).
@Suite("Screens own their keys")
struct ScreenKeysTests {
  @Test func theListMovesItsSelectionAndTheDetailStartsAgain() throws {
    let state = app(120, 40)
    var screen = try #require(state.screens[.actors])
    screen.detail = DetailPaneState(link: 2, scroll: 5)
    #expect(screen.perform(listAction: .down, corpus: state.corpus, page: 10) == nil)
    #expect(screen.list.cursor == 1)
    #expect(screen.detail == DetailPaneState())
    #expect(screen.perform(listAction: .last, corpus: state.corpus, page: 10) == nil)
    #expect(screen.list.cursor == screen.list.itemRows.count - 1)
    #expect(screen.perform(listAction: .intoDetail, corpus: state.corpus, page: 10) == .focusDetail)
    #expect(screen.perform(listAction: .open, corpus: state.corpus, page: 10) == .focusDetail)
  }

  @Test func enterOnADocumentAsksForTheReaderAndLeavesThePaneToTheRoot() throws {
    let state = app(120, 40)
    var screen = try #require(state.screens[.documents])
    guard case .document(let document) = screen.list.selected else {
      Issue.record("the Documents list starts on a document")
      return
    }
    screen.detail = DetailPaneState(link: 2, scroll: 5)
    #expect(
      screen.perform(listAction: .open, corpus: state.corpus, page: 10)
        == .openReader(document: document))
    // The root records the place (the pane's with it) before it starts the pane again.
    #expect(screen.detail == DetailPaneState(link: 2, scroll: 5))
  }

  @Test func enterOnAProblemAsksForTheEditorAndKeepsThePane() throws {
    let state = app(corpus: "broken")
    var screen = try #require(state.screens[.problems])
    screen.detail = DetailPaneState(link: 1, scroll: 3)
    guard
      case .effect(.openEditor(let path, let line))? = screen.perform(
        listAction: .open, corpus: state.corpus, page: 10)
    else {
      Issue.record("Enter on a problem opens the editor")
      return
    }
    #expect(path.hasSuffix("actors.yaml"))
    #expect(line == 5)
    #expect(screen.detail == DetailPaneState(link: 1, scroll: 3))
  }

  @Test func theDetailPaneMovesBetweenItsLinksAndKeepsTheSelectedOneInView() {
    // Ten links, one every third row, in a pane six rows high.
    let wrapped = (0..<30).map {
      WrappedLine(segments: [], indent: 0, linkIndex: $0 % 3 == 0 ? $0 / 3 : nil)
    }
    let content = DetailPaneState.Content(
      links: (0..<10).map { .actor("a\($0)") }, wrapped: wrapped, height: 6)
    var pane = DetailPaneState()
    #expect(pane.perform(.down, in: content, page: 10) == nil)
    #expect(pane == DetailPaneState(link: 1, scroll: 0))
    #expect(pane.perform(.last, in: content, page: 10) == nil)
    #expect(pane == DetailPaneState(link: 9, scroll: 23))
    #expect(pane.perform(.open, in: content, page: 10) == .follow(.actor("a9")))
    #expect(pane.perform(.halfUp, in: content, page: 10) == nil)
    #expect(pane == DetailPaneState(link: 9, scroll: 18))
    #expect(pane.perform(.first, in: content, page: 10) == nil)
    #expect(pane == DetailPaneState(link: 0, scroll: 0))
    #expect(pane.perform(.toList, in: content, page: 10) == .focusList)
    let empty = DetailPaneState.Content(links: [], wrapped: [], height: 6)
    #expect(pane.perform(.open, in: empty, page: 10) == nil)
  }

  @Test func theReaderMovesItsCursorOrAsksForTheDetailPane() throws {
    let corpus = fixtureCorpus("ui")
    let document = try #require(corpus.documents.first { corpus.paragraphs(of: $0.id).count > 1 })
    var reader = ReaderScreen(document: document.id)
    var detail = DetailPaneState(link: 1, scroll: 4)
    #expect(
      reader.perform(.intoDetail, corpus: corpus, page: 20, cache: nil, detail: &detail)
        == .focusDetail)
    #expect(detail == DetailPaneState(link: 1, scroll: 4))
    #expect(reader.perform(.down, corpus: corpus, page: 20, cache: nil, detail: &detail) == nil)
    #expect(reader.cursor == 1)
    #expect(detail == DetailPaneState(), "the pane describes another paragraph")
    reader.findText = "zzqx"
    #expect(
      reader.perform(.nextMatch, corpus: corpus, page: 20, cache: nil, detail: &detail)
        == .message("No match for \u{201C}zzqx\u{201D}"))
  }

  /// Through the root: going back after opening a document finds the detail pane's link
  /// where it was.
  @Test func goingBackFromTheReaderRestoresTheDetailPanesLink() throws {
    var state = app(120, 40)
    state.press(.character("4"), .character("l"))
    try #require(state.focus == .detail)
    try #require(state.detailLinks.count >= 3)
    state.press(.character("j"), .character("j"), .character("h"))
    #expect(state.screens[state.view]?.detail.link == 2)
    state.press(.enter)
    #expect(state.reading)
    state.press(.backspace)
    #expect(!state.reading)
    #expect(state.screens[state.view]?.detail.link == 2)
  }
}
