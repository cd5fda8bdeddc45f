import DossierModel
import DossierSlides
import DossierTUI
import DossierTestSupport
import Testing

@testable import DossierUI

/// The explorer's presenter (DossierSlides wired into the app), driven by keys.
@Suite("Presenter")
struct PresenterTests {
  /// The UI fixture with an actor, a myth and two events marked, in that order, presented.
  func presenting(
    _ width: Int = 80, _ height: Int = 24, clock: ManualClock = ManualClock()
  )
    -> AppState
  {
    var state = app(width, height)
    state.clock = clock.read
    for ref: ItemRef in [.actor("lukashenka"), .myth("strong-ally"), .event("treaty-1999")] {
      _ = state.userData.toggleMark(ref)
    }
    _ = state.userData.toggleMark(.event("drill-2009"))
    state.press(.character("b"))
    return state
  }

  @Test func everyMarkedKindIsASlideThenTheEndSlide() {
    var state = presenting()
    #expect(state.presenter?.slides.map(\.kind) == [.actor, .myth, .event, .event, .end])
    #expect(state.screen.contains("1 of 4"))
    #expect(state.screen.contains("ACTOR"))
    state.press(.right)
    #expect(state.screen.contains("2 of 4"))
    #expect(state.screen.contains("MYTH"))
    state.press(.pageDown)
    #expect(state.screen.contains("3 of 4 · Early years · 1999"))
    state.press(.character(" "))
    #expect(state.screen.contains("4 of 4"))
    state.press(.down)
    #expect(state.screen.contains("End · 4 items"))
    #expect(state.screen.contains("End of briefing default"))
    state.press(.right)  // the end slide is the last
    #expect(state.presenter?.session.isAtEnd == true)
    state.press(.pageUp, .left, .up)
    #expect(state.screen.contains("2 of 4"))
  }

  @Test func anItemTheCorpusLacksIsShownNotDropped() {
    var state = app()
    _ = state.userData.toggleMark(.event("treaty-1999"))
    _ = state.userData.toggleMark(.event("gone-from-the-corpus"))
    state.press(.character("b"))
    #expect(state.screen.contains("1 of 2"))
    state.press(.right)
    #expect(state.screen.contains("2 of 2"))
    #expect(state.screen.contains("event:gone-from-the-corpus"))
    #expect(state.screen.contains("not in the corpus"))
  }

  @Test func qAndEscLeaveForTheExplorerNeverTheApp() {
    var state = presenting()
    state.press(.right, .right)
    #expect(state.handle(.key(.character("q"))) == nil)
    #expect(state.screen.contains("Leave the presenter?"))
    #expect(state.handle(.key(.character("q"))) == nil)
    #expect(state.presenter == nil)
    #expect(state.view == .timeline)
    #expect(state.list.selected == .event("treaty-1999"))
    // Esc twice does the same; any other key at the question stays.
    state.press(.character("3"), .character("b"))
    state.press(.escape, .character("x"))
    #expect(state.presenter != nil)
    state.press(.escape, .escape)
    #expect(state.presenter == nil)
  }

  @Test func itStartsFromTheSelectedItem() {
    var state = app()
    for ref: ItemRef in [.event("treaty-1999"), .actor("lukashenka"), .event("drill-2009")] {
      _ = state.userData.toggleMark(ref)
    }
    state.follow(.actor("lukashenka"))
    state.press(.character("b"))
    #expect(state.presenter?.index == 1)
    // An item that is not in the briefing: from the first.
    state.press(.escape, .escape)
    state.follow(.actor("zoe"))
    state.press(.character("b"))
    #expect(state.presenter?.index == 0)
  }

  @Test func blankScreenShowsNothingAndTheFirstStepBringsTheSlideBack() {
    var state = presenting()
    state.press(.character("b"))
    #expect(state.screen.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    state.press(.right)
    #expect(state.screen.contains("1 of 4"))
    state.press(.character("."))
    #expect(state.presenter?.session.blank == true)
    state.press(.character("."))
    #expect(state.screen.contains("1 of 4"))
  }

  @Test func autoAdvanceShowsItsCountdownAndSteps() {
    let clock = ManualClock()
    var state = presenting(clock: clock)
    #expect(state.tickInterval == nil)
    state.press(.character("a"))
    #expect(state.screen.contains("next in 10 s"))
    #expect(state.tickInterval == 1000)
    clock.now += 4.5
    _ = state.handle(.tick)
    #expect(state.screen.contains("next in 6 s"))
    #expect(state.tickInterval == 500)
    clock.now += 5.5
    _ = state.handle(.tick)
    #expect(state.screen.contains("2 of 4"))
    #expect(state.screen.contains("next in 10 s"))
    state.press(.character("p"))
    #expect(state.screen.contains("paused at 10 s"))
    #expect(state.tickInterval == nil)
  }

  @Test func theIntervalComesFromTheSettings() {
    let clock = ManualClock()
    var state = AppState(
      corpus: fixtureCorpus("ui"), theme: Theme(.default), size: Size(width: 200, height: 60))
    state.clock = clock.read
    state.start(
      userData: UserData(), message: nil, lastPosition: nil, startView: nil, paneSplit: 45,
      editsNotesExternally: false, autoAdvance: 30)
    state.press(.character("2"), .character("b"), .character("a"))
    #expect(state.presenter?.session.countdown(at: clock.now) == 30)
    state.press(.character("-"))
    #expect(state.presenter?.session.countdown(at: clock.now) == 25)
  }

  @Test func theTimelineIsPresentedWhenTheBriefingIsEmpty() {
    var state = AppState(
      corpus: fixtureCorpus("ui"), theme: Theme(.default), size: Size(width: 120, height: 40))
    state.press(.character("2"), .character("b"))
    #expect(state.theme.name == .contrast)
    #expect(state.screen.contains("timeline"))
    state.press(.character("g"))
    state.type("2009")
    #expect(state.presenter?.index == 1)
    state.press(.end, .right)
    #expect(state.screen.contains("End · 2 items"))
    #expect(state.presenter?.slides.last?.title == "End of the timeline")
    state.press(.escape, .escape)
    #expect(state.theme.name == .default)
  }

  @Test func speakerCommandsStepButNeverLeave() {
    var state = presenting()
    _ = state.receive(.speakerCommands([.next, .next, .requestLeave, .confirmLeave]))
    #expect(state.presenter?.index == 2)
    #expect(state.presenter?.session.mode == .showing)
    #expect(state.speakerSnapshot?.index == 2)
  }

  @Test func theSpeakerIsToldTheNotesTheAudienceNeverSeesThem() {
    var state = presenting()
    state.userData.setNote("Mention the 1999 treaty first.", for: .actor("lukashenka"))
    #expect(state.speakerSnapshot?.notes["actor:lukashenka"] == "Mention the 1999 treaty first.")
    for width in [80, 200] {
      var wide = state
      _ = wide.handle(.resize(Size(width: width, height: 60)))
      #expect(!wide.screen.contains("Mention the 1999"))
    }
  }

  @Test func aLinkFailureIsSaidOnTheStatusLineUntilTheNextKey() {
    var state = presenting()
    _ = state.receive(.speakerLinkFailed("another presenter (process 7) already presents"))
    #expect(state.screen.contains("No speaker view: another presenter (process 7)"))
    state.press(.right)
    #expect(!state.screen.contains("No speaker view"))
  }

  @Test(arguments: Theme.Name.allCases)
  func neighboursAreQuieterInEveryThemeWithoutColour(theme: Theme.Name) {
    var state = presenting(120, 40)
    state.theme = Theme(theme)
    state.press(.right)
    let buffer = state.render()
    let rows = buffer.text.split(separator: "\n", omittingEmptySubsequences: false)
    let previous = rows.firstIndex { $0.contains("↑ ") }!
    let next = rows.firstIndex { $0.contains("↓ ") }!
    for y in [previous, next] {
      let x =
        rows[y].firstIndex(of: "↑").map { rows[y].distance(from: rows[y].startIndex, to: $0) }
        ?? rows[y].distance(from: rows[y].startIndex, to: rows[y].firstIndex(of: "↓")!)
      let style = buffer[x + 2, y].style
      #expect(style.dim && !style.bold, "\(theme) neighbour at row \(y)")
    }
    let progress = buffer[4, 0].style
    #expect(progress.bold && !progress.dim)
  }

  /// The screen of the fixture's treaty at 200x60 with the `presenter.font` setting given.
  func treaty(font: BigType.Font) -> String {
    var state = app(200, 60)
    state.start(
      userData: UserData(), message: nil, lastPosition: nil, startView: nil, paneSplit: 45,
      editsNotesExternally: false, presenterFont: font)
    _ = state.userData.toggleMark(.event("treaty-1999"))
    state.press(.character("b"))
    return state.screen
  }

  /// Rows drawn with full blocks, and rows with half blocks.
  func blockRows(_ screen: String) -> (full: Int, half: Int) {
    let rows = screen.split(separator: "\n")
    return (
      rows.filter { $0.contains("█") }.count,
      rows.filter { $0.contains("▀") || $0.contains("▄") }.count
    )
  }

  @Test func thePresenterFontSettingChoosesTheType() {
    let auto = blockRows(treaty(font: .auto))
    let block = blockRows(treaty(font: .block))
    let half = blockRows(treaty(font: .halfBlock))
    let plain = blockRows(treaty(font: .plain))
    // auto: the largest letters that fit (ten rows a line for "TREATY SIGNED" at 200x60).
    #expect(auto.half == 0 && auto.full >= 10)
    // block: five rows a line at most.
    #expect(block.half == 0 && block.full >= 5 && block.full < auto.full)
    #expect(half.half >= 2)
    #expect(plain.full == 0 && plain.half == 0)
    #expect(treaty(font: .plain).contains("Treaty signed"))
  }

  @Test func aTerminalWithoutUTF8GetsTheLettersInHashes() {
    var state = app(200, 60)
    state.start(
      userData: UserData(), message: nil, lastPosition: nil, startView: nil, paneSplit: 45,
      editsNotesExternally: false)
    state.ascii = true
    _ = state.userData.toggleMark(.event("treaty-1999"))
    state.press(.character("b"))
    #expect(state.screen.contains("####"))
    #expect(!state.screen.contains("█"))
  }
}

/// The wired presenter at the sizes of a laptop, a large terminal and a projector, on the
/// bundled corpus: the event with the most figures (every one shown), an actor card and a myth
/// card.
@Suite("Presenter rendering")
struct PresenterRenderingTests {
  static let sizes = [(80, 24), (120, 40), (200, 60)]

  static let manyFigures = bundledCorpus.events.max { $0.figures.count < $1.figures.count }!
  static let myth = bundledCorpus.myths.max { $0.stances.count < $1.stances.count }!

  func presenting(_ ref: ItemRef, _ width: Int, _ height: Int) -> AppState {
    var state = AppState(
      corpus: bundledCorpus, theme: Theme(.monochrome), size: Size(width: width, height: height),
      corpusLabel: "bundled")
    state.clock = ManualClock().read
    state.present(items: [ref.description], label: "briefing room", name: "room")
    return state
  }

  @Test(arguments: sizes)
  func eventWithManyFigures(width: Int, height: Int) {
    let event = Self.manyFigures
    #expect(event.figures.count >= 7)
    let state = presenting(.event(event.id), width, height)
    let screen = state.screen
    assertSnapshot(screen, named: "presenter-event-\(width)x\(height)")
    // Every figure is there, or the slide says how many are not.
    let shown = event.figures.filter { screen.contains(String($0.display.prefix(12))) }.count
    #expect(shown == event.figures.count || screen.contains("more not shown"))
    if width >= 120 { #expect(shown == event.figures.count) }
  }

  @Test(arguments: sizes)
  func actorCard(width: Int, height: Int) {
    let state = presenting(.actor("zapad-2017"), width, height)
    assertSnapshot(state.screen, named: "presenter-actor-\(width)x\(height)")
    #expect(state.screen.contains("ACTOR"))
  }

  @Test(arguments: sizes)
  func mythCard(width: Int, height: Int) {
    let state = presenting(.myth(Self.myth.id), width, height)
    assertSnapshot(state.screen, named: "presenter-myth-\(width)x\(height)")
    #expect(state.screen.contains("MYTH"))
    #expect(state.screen.contains("[") && state.screen.contains("]"))
  }
}
