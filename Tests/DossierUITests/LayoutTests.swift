import DossierModel
import DossierTestSupport
import Foundation
import Testing

@testable import DossierUI

@Suite("Pane layout")
struct LayoutTests {
  /// The UI fixture with one event's title made long and its date a long label.
  static func longTitleCorpus() -> Corpus {
    let input = try! CorpusInput.read(directory: fixture("ui"))
    let long = String(repeating: "Very long title of the treaty ", count: 5)
    let files = input.files.map { file -> CorpusInput.File in
      guard file.path.hasSuffix("alpha.md") else { return file }
      let text = String(decoding: file.bytes, as: UTF8.self)
        .replacingOccurrences(of: "title: Treaty signed", with: "title: \(long)")
        .replacingOccurrences(of: "date: 1999-12-08", with: "date: 1999-12-08?")
      return CorpusInput.File(path: file.path, bytes: Array(text.utf8))
    }
    return CorpusLoader.load(CorpusInput(root: "fixtures/ui", files: files))
  }

  @Test func zHidesTheDetailPaneAndTheTimelineTakesTheWidth() throws {
    var state = AppState(
      corpus: Self.longTitleCorpus(), theme: Theme(.monochrome), size: Size(width: 120, height: 40))
    state.press(.character("2"))
    let event = try #require(state.corpus.event("treaty-1999"))
    state.follow(.event("treaty-1999"))
    state.press(.character("z"))
    #expect(state.detailHidden)
    #expect(state.layout.listContent.width == 120)
    let row = try #require(state.screen.split(separator: "\n").first { $0.contains("Very long") })
    // The full date label, then at least 90 columns of the title.
    #expect(row.contains(event.date.display))
    let title = row[row.range(of: "Very long")!.lowerBound...]
    #expect(title.count >= 90, "\(title.count) columns: \(row)")
    // Into the detail pane is refused while it is hidden; z shows it again.
    state.press(.character("l"))
    #expect(state.focus == .list)
    state.press(.character("z"))
    #expect(!state.detailHidden)
    #expect(state.layout.listContent.width == 54)
  }

  @Test func angleBracketsMoveTheSplitInEveryListView() {
    for view in ["1", "2", "3", "4", "p"] {
      var state = app(120, 40)
      state.press(.character(Character(view)))
      let before = state.layout.listContent.width
      state.press(.character(">"))
      #expect(state.layout.listContent.width == before + 6, "view \(view)")
      state.press(.character("<"), .character("<"))
      #expect(state.layout.listContent.width == before - 6, "view \(view)")
    }
    var state = app(120, 40)
    for _ in 0..<20 { state.press(.character(">")) }
    #expect(state.paneSplit == 80)
    for _ in 0..<20 { state.press(.character("<")) }
    #expect(state.paneSplit == 20)
  }

  @Test func theLayoutIsRememberedBetweenRuns() {
    var state = app(120, 40)
    state.press(.character("2"), .character(">"), .character("z"))
    let position = state.lastPosition
    #expect(position.paneSplit == 50)
    #expect(position.detailHidden == true)
    var next = app(120, 40)
    next.start(
      userData: UserData(), message: nil, lastPosition: position, startView: nil, paneSplit: 45,
      editsNotesExternally: false)
    #expect(next.view == .timeline)
    #expect(next.paneSplit == 50)
    #expect(next.detailHidden)
    // Without a saved layout, the configured split.
    var fresh = app(120, 40)
    fresh.start(
      userData: UserData(), message: nil, lastPosition: nil, startView: "myths", paneSplit: 60,
      editsNotesExternally: false)
    #expect(fresh.paneSplit == 60)
    #expect(fresh.view == .myths)
  }

  @Test(arguments: RenderingTests.sizes)
  func fullWidthTimeline(width: Int, height: Int) {
    var state = app(width, height)
    state.press(.character("2"), .character("j"), .character("z"))
    assertSnapshot(state.screen, named: "timeline-full-\(width)x\(height)")
  }
}

@Suite("Top bar")
struct TopBarTests {
  @Test func narrowBarsShortenTheOtherTabsAndClicksStillHitThem() {
    var state = app(80, 24, corpus: "broken")
    state.press(.character("p"))
    let bar = state.screen.split(separator: "\n")[0]
    #expect(bar.contains("[! Problems]"))
    #expect(bar.contains(" 2 ") && !bar.contains("Timeline"))
    _ = state.handle(.mouse(MouseEvent(.press, x: 14, y: 0)))
    #expect(state.view == .timeline)
    #expect(state.screen.split(separator: "\n")[0].contains("[2 Timeline]"))
  }
}

@Suite("Loading screen")
struct LoadingScreenTests {
  @Test func itSaysWhatLoadsForHowLongAndThatQQuits() {
    let screen = LoadingScreen(
      size: Size(width: 80, height: 24), theme: Theme(.monochrome), label: "/data/big",
      elapsed: 1.23
    ).render().text
    #expect(screen.contains("Loading /data/big…"))
    #expect(screen.contains("1.2 s · q quits"))
    #expect(screen.contains("◆"))
  }

  @Test func itShowsTheLoadersProgressWhenItReportsIt() {
    let screen = LoadingScreen(
      size: Size(width: 80, height: 24), theme: Theme(.monochrome), label: "/data/big",
      elapsed: 2.0, progress: (0.5, "parsing the files")
    ).render().text
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    let bar = try! #require(lines.first { $0.contains("%") })
    #expect(bar.contains("█") && bar.contains("░") && bar.contains(" 50%"))
    #expect(!screen.contains("◆"))
    #expect(screen.contains("parsing the files · 2.0 s · q quits"))
  }

  @Test func itsActivityMarkerMovesAndTurnsAtTheEnds() {
    #expect(LoadingScreen.activity(width: 4, elapsed: 0) == "◆···")
    #expect(LoadingScreen.activity(width: 4, elapsed: 0.1) == "·◆··")
    #expect(LoadingScreen.activity(width: 4, elapsed: 0.3) == "···◆")
    #expect(LoadingScreen.activity(width: 4, elapsed: 0.4) == "··◆·")
    #expect(LoadingScreen.activity(width: 4, elapsed: 0.6) == "◆···")
  }
}
