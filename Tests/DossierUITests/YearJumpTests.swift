import DossierModel
import DossierTUI
import Testing

@testable import DossierUI

/// A clock the tests move by hand, for the pending `g`'s timeout.
final class TestClock: @unchecked Sendable {
  var now = ContinuousClock.now
  func advance(_ duration: Duration) { now += duration }
}

/// The year jump (`:` or `g` then a year) and the traps around it (issue 12): the prompt keeps
/// Enter, `g` waits for its second key and gives up after a while, and lists without dates
/// say so instead of switching views.
@Suite("Year jump")
struct YearJumpTests {
  func timeline(_ clock: TestClock? = nil) -> AppState {
    var state = bundledApp()
    if let clock { state.ctx.now = { clock.now } }
    state.press(.character("2"))
    return state
  }

  /// The first event of a year, as `dossier timeline --year` finds it.
  func firstEvent(of year: Int, _ state: AppState) -> ItemRef? {
    let landing = Corpus.firstEvent(ofYear: year, in: state.corpus.events)
    return landing.map { .event(state.corpus.events[$0.index].id) }
  }

  @Test func colonYearEnterStaysInTheList() {
    var state = timeline()
    state.press(.character(":"))
    state.type("2013")
    #expect(state.list.selected == firstEvent(of: 2013, state))
    // The prompt is still open: Enter closes it, and goes no further.
    #expect(state.screen.contains("jump to year: 2013"))
    state.press(.enter)
    #expect(state.input == nil)
    #expect(state.focus == .list)
    #expect(state.list.selected == firstEvent(of: 2013, state))
  }

  @Test func theYearHeadingIsAtTheTopAfterAJump() {
    var state = timeline()
    state.press(.character(":"))
    state.type("2013")
    state.press(.enter)
    let lines = state.screen.split(separator: "\n").map(String.init)
    // Row 3 is the first row of the list (under the top bar, the strip and the list title).
    #expect(lines[3].contains("2013") || lines[4].contains("2013"), "\(lines[3])\n\(lines[4])")
  }

  @Test func gThenEscapeStaysPut() {
    var state = timeline()
    for _ in 0..<81 { state.press(.character("j")) }
    #expect(state.list.cursor == 81)
    state.press(.character("g"))
    #expect(state.list.cursor == 81, "g alone waits before it moves")
    #expect(state.screen.split(separator: "\n").last?.contains("g…") == true)
    state.press(.escape)
    #expect(state.list.cursor == 81)
    #expect(state.pendingG == nil)
  }

  @Test func gGGoesToTheTopAtOnce() {
    var state = timeline()
    state.press(.character("G"), .character("g"), .character("g"))
    #expect(state.list.cursor == 0)
    #expect(state.pendingG == nil)
  }

  @Test func aPendingGExpires() {
    let clock = TestClock()
    var state = timeline(clock)
    state.press(.character("G"), .character("g"))
    #expect(state.tickInterval != nil && state.tickInterval! <= 1000)
    clock.advance(.milliseconds(1100))
    state.press(.character("3"))
    #expect(state.view == .myths)
    #expect(state.input == nil)
    #expect(state.screens[.timeline]?.list.cursor == 0, "the expired g went to the top")
  }

  @Test func aTickShowsTheExpiredGAtTheTop() {
    let clock = TestClock()
    var state = timeline(clock)
    state.press(.character("G"), .character("g"))
    _ = state.handle(.tick)
    #expect(state.pendingG != nil, "not yet: the second has not passed")
    clock.advance(.seconds(1))
    _ = state.handle(.tick)
    #expect(state.pendingG == nil)
    #expect(state.list.cursor == 0)
    #expect(state.tickInterval == nil)
  }

  @Test func aYearThenAnotherKeyKeepsTheJumpAndActs() {
    var state = timeline()
    state.press(.character("g"))
    state.type("2013")
    let landed = state.list.cursor
    state.press(.character("j"))
    #expect(state.input == nil)
    #expect(state.list.cursor == landed + 1)
  }

  @Test func beforeFourDigitsThePromptKeepsEveryKey() {
    var state = timeline()
    state.press(.character(":"))
    state.type("20q3")
    #expect(state.input?.text == "203")
    state.press(.escape)
    #expect(state.input == nil)
  }

  @Test func escapeGoesBackToWhereThePromptOpened() {
    var state = timeline()
    state.press(.character("G"))
    let history = state.history.count
    state.press(.character(":"))
    state.type("2013")
    #expect(state.list.selected == firstEvent(of: 2013, state))
    state.press(.escape)
    #expect(state.list.cursor == state.list.itemRows.count - 1)
    #expect(state.history.count == history)
  }

  @Test func aJumpCanBeUndoneWithBackspace() {
    var state = timeline()
    state.press(.character(":"))
    state.type("2013")
    state.press(.enter, .backspace)
    #expect(state.list.cursor == 0)
  }

  @Test func outsideTheTimelineGAndAYearDoNotSwitchViews() {
    for view in ["1", "3"] {
      var state = bundledApp()
      state.press(.character(Character(view)), .character("j"))
      let before = state.view
      let selected = state.list.selected
      state.press(.character("g"))
      state.type("2013")
      state.press(.enter)
      #expect(state.view == before)
      #expect(state.list.selected == selected)
      #expect(state.message?.contains("no years to jump to") == true, "\(state.message ?? "")")
    }
  }

  @Test func documentsJumpToTheFirstSourceOfTheYear() {
    var state = bundledApp()
    state.press(.character("4"))
    state.type("g2019")
    state.press(.enter)
    #expect(state.view == .documents)
    guard case .document(let id) = state.list.selected,
      let source = state.corpus.document(id).flatMap({ state.corpus.source($0.sourceID) })
    else {
      Issue.record("no document selected")
      return
    }
    #expect(source.date?.startYear == 2019)
  }

  @Test func pastTheLastYearLandsOnTheLastEvent() {
    var state = timeline()
    state.type(":2030")
    state.press(.enter)
    #expect(state.list.cursor == state.list.itemRows.count - 1)
    #expect(state.message?.hasPrefix("No events from 2030 on; showing the last") == true)
  }
}
