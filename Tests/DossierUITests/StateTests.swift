import DossierModel
import Testing

@testable import DossierUI

/// Key sequences drive the app without a terminal.
@Suite("App state")
struct StateTests {
  @Test func numbersTabAndShiftTabSwitchViews() {
    var state = app()
    #expect(state.view == .actors)
    state.press(.character("2"))
    #expect(state.view == .timeline)
    state.press(.tab)
    #expect(state.view == .myths)
    state.press(.tab, .tab, .tab, .tab, .tab)
    #expect(state.view == .actors)
    state.press(.backTab)
    #expect(state.view == .disputes)
  }

  @Test func slashFiltersAsYouTypeAndEscClears() {
    var state = app()
    let all = state.list.itemRows.count
    state.press(.character("/"))
    state.type("suwa")
    #expect(state.list.itemRows.count == 1)
    #expect(state.list.selected == .actor("suwalki"))
    #expect(state.screen.contains("filter: suwa"))
    state.press(.enter)
    #expect(state.input == nil)
    #expect(state.list.itemRows.count == 1)
    state.press(.escape)
    #expect(state.list.itemRows.count == all)
  }

  @Test func filteringKeepsOnlyTheHeadingsOfMatches() {
    var state = app()
    state.press(.character("/"))
    state.type("zoe")
    #expect(state.list.entries == [.heading("People", .heading), .item(.actor("zoe"), depth: 0)])
    // The heading counts what shows of what there is.
    #expect(state.list.headingCounts(at: 0) == (1, 2))
    #expect(state.screen.contains("── People (1 of 2) ──"))
    state.press(.escape, .character("2"), .character("/"))
    state.type("drill")
    #expect(
      state.list.entries == [
        .heading("Outside the named eras", .era), .heading("2009", .heading),
        .item(.event("drill-2009"), depth: 0),
      ])
    state.press(.backspace, .backspace, .backspace, .backspace, .backspace)
    state.type("treaty")
    #expect(
      state.list.entries == [
        .heading("Early years · 1990–1999", .era), .heading("1999", .heading),
        .item(.event("treaty-1999"), depth: 0),
      ])
  }

  @Test func filterIsDiacriticAndAliasAware() {
    var state = app()
    state.press(.character("/"))
    state.type("lukashenko")
    #expect(state.list.selected == .actor("lukashenka"))
    state.press(.escape)
    state.press(.character("/"))
    state.type("ANGSTROM")
    #expect(state.list.selected == .actor("zoe"))
  }

  @Test func enterFollowsALinkAndBackspaceReturnsToTheSameItem() {
    var state = app()
    state.press(.character("2"))
    state.list.select(.event("drill-2009"))
    state.press(.enter)
    #expect(state.focus == .detail)
    // Move to the first actor link in the detail and follow it.
    let links = state.detailLinks.compactMap(\.link)
    let target = links.firstIndex(of: .actor("belarus"))!
    for _ in 0..<target { state.press(.character("j")) }
    state.press(.enter)
    #expect(state.view == .actors)
    #expect(state.list.selected == .actor("belarus"))
    state.press(.backspace)
    #expect(state.view == .timeline)
    #expect(state.list.selected == .event("drill-2009"))
    #expect(state.focus == .detail)
    state.press(.character("L"))
    #expect(state.view == .actors)
  }

  @Test func followingAParagraphOpensTheReader() {
    var state = app()
    state.follow(.paragraph(Citation(parsing: "beta#ex.1")!))
    #expect(state.view == .documents)
    #expect(state.reader?.document == "beta")
    #expect(state.detailSubject == .paragraph(Citation(parsing: "beta#ex.1")!))
    state.press(.backspace)
    #expect(state.view == .actors)
  }

  @Test func searchJumpsToTheChosenResult() {
    var state = app()
    state.press(.control("p"))
    state.type("Treaty signed")
    state.press(.enter)
    #expect(state.overlay == nil)
    #expect(state.view == .timeline)
    #expect(state.list.selected == .event("treaty-1999"))
  }

  @Test func searchUsesTheIndexBuiltInTheBackgroundOnceReady() throws {
    var state = app()
    let pending = PendingSearchEngine(corpus: state.corpus)
    _ = pending.wait()
    state.pendingSearch = pending
    state.press(.control("p"))
    state.type("Treaty signed")
    #expect(state.pendingSearch == nil)
    state.press(.enter)
    #expect(state.list.selected == .event("treaty-1999"))
  }

  @Test func searchWhileIndexingSaysSoKeepsTheQueryAndAnswersWhenReady() {
    var state = app()
    var box = SearchOverlay()
    box.waiting = true
    for c in "Treaty" { _ = box.field.handle(.character(c)) }
    state.overlay = .search(box)
    #expect(state.screen.contains("indexing…"))
    #expect(state.screen.contains("Treaty▏"))
    _ = state.receive(.searchIndexReady)
    #expect(!state.screen.contains("indexing…"))
    #expect(state.screen.contains("Treaty signed"))
    state.press(.enter)
    #expect(state.list.selected == .event("treaty-1999"))
  }

  @Test func aReloadDropsTheIndexOfTheOldCorpus() {
    var state = app()
    state.pendingSearch = PendingSearchEngine(corpus: state.corpus)
    state.replaceCorpus(state.corpus)
    #expect(state.pendingSearch == nil)
  }

  @Test func helpScrollsToItsLastLineAndNoFurther() {
    var state = app(80, 24)
    // The box is 76 wide inside its frame at 80x24, and shows 18 rows.
    let n = HelpText.rows(width: 74).count
    state.press(.character("?"))
    #expect(state.screen.contains("1–18 of \(n) · ▼ more"))
    state.press(.end)
    #expect(state.screen.contains("\(n - 17)–\(n) of \(n) · end"))
    state.press(.character("j"), .pageDown)
    #expect(state.screen.contains("\(n - 17)–\(n) of \(n) · end"))
    state.press(.character("k"))
    #expect(state.screen.contains("\(n - 18)–\(n - 1) of \(n) · ▼ more"))
    state.press(.character("x"))
    #expect(state.overlay == nil)
  }

  @Test func narrowStatusBarsKeepHelpAndQuit() {
    for view in ["1", "2", "3", "4"] {
      var state = app(60, 16)
      state.press(.character(Character(view)))
      let status = state.screen.split(separator: "\n").last.map(String.init) ?? ""
      #expect(status.contains("? help") && status.contains("q quit"), "view \(view): \(status)")
    }
  }

  @Test func helpThatFitsSaysAnyKeyCloses() {
    var state = app(200, 150)
    state.press(.character("?"))
    #expect(state.screen.contains("Keys — any key closes"))
    #expect(!state.screen.contains("▼ more"))
  }

  @Test func yearJumpWithColonOrG() {
    var state = app()
    state.press(.character("2"), .character(":"))
    state.type("2009")
    state.press(.enter)
    #expect(state.list.selected == .event("drill-2009"))
    state.press(.character("g"), .character("g"))
    #expect(state.list.selected == .event("treaty-1999"))
    state.type("g2005")
    state.press(.enter)
    #expect(state.list.selected == .event("drill-2009"))
    #expect(state.message == "No events in 2005; showing 2009")
  }

  @Test func timelineFilterPickerAndClear() {
    var state = app()
    state.press(.character("2"), .character("f"))
    state.type("lane agree")
    state.press(.enter)
    #expect(state.list.itemRows.count == 1)
    #expect(state.screen.contains("lane agreements"))
    state.press(.character("F"))
    #expect(state.list.itemRows.count == 2)
  }

  @Test func readerNavigationAndFind() {
    var state = app()
    state.press(.character("4"))
    state.list.select(.document("alpha"))
    state.press(.enter)
    #expect(state.reader?.cursor == 0)
    state.press(.character("]"))
    #expect(state.detailSubject == .paragraph(Citation(parsing: "alpha#treaty.1")!))
    state.press(.character("["))
    #expect(state.reader?.cursor == 0)
    state.press(.character("/"))
    state.type("treaty")
    state.press(.enter)
    #expect(state.reader?.cursor == 1)
    state.press(.character("n"))
    #expect(state.reader?.cursor == 1)
    state.press(.escape, .escape)
    #expect(state.reader == nil)
  }

  @Test func resizeRelaysOutAndTooSmallRecovers() {
    var state = app(120, 40)
    #expect(state.layout.sideBySide)
    _ = state.handle(.resize(Size(width: 80, height: 24)))
    #expect(!state.layout.sideBySide)
    _ = state.handle(.resize(Size(width: 40, height: 10)))
    #expect(state.screen.contains("Terminal too small"))
    _ = state.handle(.resize(Size(width: 100, height: 30)))
    #expect(state.screen.contains("1 Actors"))
  }

  @Test func mouseClickSelectsAndWheelScrolls() {
    var state = app(120, 40)
    let layout = state.layout
    // Row 0 of the list content is the "Countries" heading; row 1 is the first country.
    _ = state.handle(.mouse(MouseEvent(.press, x: 5, y: layout.listContent.y + 1)))
    let first = state.list.selected
    _ = state.handle(.mouse(MouseEvent(.wheelDown, x: 5, y: layout.listContent.y + 1)))
    #expect(state.list.selected != first)
    _ = state.handle(.mouse(MouseEvent(.press, x: layout.topBar.x + 22, y: 0)))
    #expect(state.view == .timeline)
  }

  @Test func quitAndReloadAreCommands() {
    var state = app()
    #expect(state.handle(.key(.character("r"))) == .reload)
    #expect(state.handle(.key(.character("q"))) == .quit)
  }

  @Test func problemsOpenTheEditorAtTheLine() {
    var state = app(corpus: "broken")
    state.press(.character("p"))
    let command = state.handle(.key(.enter))
    guard case .openEditor(let path, let line) = command else {
      Issue.record("expected an editor command, got \(String(describing: command))")
      return
    }
    #expect(path.hasSuffix("actors.yaml"))
    #expect(line == 5)
  }

  @Test func aYearPastTheLastEventLandsOnTheLastEvent() {
    var state = app()
    state.press(.character("2"), .character("j"), .character(":"))
    state.type("2050")  // four digits jump at once; Enter keeps the jump
    state.press(.enter)
    let rows = state.list.itemRows
    guard case .item(let last, _) = state.list.entries[rows[rows.count - 1]] else {
      Issue.record("no last event")
      return
    }
    #expect(state.list.selected == last)
    #expect(state.message?.hasPrefix("No events from 2050 on; showing the last, ") == true)
  }

  @Test func replacingTheCorpusKeepsTheSelection() {
    var state = app()
    state.press(.character("2"), .character("j"))
    let selected = state.list.selected
    state.replaceCorpus(fixtureCorpus("ui"))
    #expect(state.list.selected == selected)
    #expect(state.message == "Reloaded: 0 errors, 0 warnings")
    state.replaceCorpus(fixtureCorpus("broken"))
    #expect(state.message == "Reloaded: 11 errors, 1 warning")
  }
}
