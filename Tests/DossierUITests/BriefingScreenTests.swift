import DossierModel
import DossierTestSupport
import Testing

@testable import DossierUI

@Suite("Briefing screen")
struct BriefingScreenTests {
  /// The UI fixture with two events, an actor and a passage marked, and a note on the actor.
  func marked(_ width: Int = 120, _ height: Int = 40) -> AppState {
    var state = app(width, height)
    state.press(.character("2"), .character("m"), .character("j"), .character("m"))
    state.press(.character("1"), .character("m"), .character("a"))
    state.type("Ask about the drill")
    state.press(.enter)
    state.press(.character("4"), .enter, .character("m"), .escape)
    return state
  }

  @Test func tabFiveListsEveryMarkedItemInRunningOrder() {
    var state = marked()
    state.press(.character("5"))
    #expect(state.view == .briefing)
    let items = state.list.itemRows.compactMap { row -> ItemRef? in
      if case .item(let ref, _) = state.list.entries[row] { ref } else { nil }
    }
    #expect(items.map(\.description) == state.userData.currentBriefing.items)
    #expect(items.count == 4)
    let screen = state.screen
    #expect(screen.contains("Briefing \u{201C}default\u{201D} (4 items)"))
    #expect(screen.contains("8 Dec 1999"))
    #expect(screen.contains("Treaty signed"))
    #expect(screen.contains("✎ Ask about"))
    #expect(screen.contains("[passage]"))
    // Tab cycles through it too, on to the Stances.
    state.press(.tab)
    #expect(state.view == .stances)
  }

  @Test func jAndKReorderAndTheListFollows() {
    var state = marked()
    state.press(.character("5"))
    #expect(state.list.selected == .event("treaty-1999"))
    #expect(state.handle(.key(.character("J"))) == .saveUserData)
    #expect(state.userData.currentBriefing.items.first == "event:drill-2009")
    #expect(state.list.selected == .event("treaty-1999"))
    #expect(state.list.cursor == 1)
    state.press(.character("K"))
    #expect(state.list.cursor == 0)
  }

  @Test func xRemovesAndANoteIsEditedInline() {
    var state = marked()
    state.press(.character("5"), .character("j"))
    #expect(state.handle(.key(.character("x"))) == .saveUserData)
    #expect(state.userData.currentBriefing.items.count == 3)
    #expect(!state.userData.currentBriefing.items.contains("event:drill-2009"))
    #expect(state.list.itemRows.count == 3)
    state.press(.character("a"))
    state.type(" first")
    state.press(.enter)
    #expect(state.userData.note(for: .actor("belarus"))?.text == "Ask about the drill first")
  }

  @Test func briefingsAreCreatedRenamedAndDeletedAfterAsking() {
    var state = marked()
    state.press(.character("5"), .character("c"))
    state.type("Morning")
    #expect(state.handle(.key(.enter)) == .saveUserData)
    #expect(state.screen.contains("Briefing \u{201C}Morning\u{201D} (0 items"))
    #expect(state.screen.contains("Nothing marked yet"))
    state.press(.character("R"))
    for _ in 0..<7 { state.press(.backspace) }
    state.type("Evening")
    state.press(.enter)
    #expect(state.userData.current == "Evening")
    state.press(.character("D"))
    #expect(state.screen.contains("Delete the briefing \u{201C}Evening\u{201D}?"))
    state.press(.enter)  // the first choice keeps it
    #expect(state.userData.briefings.contains { $0.name == "Evening" })
    state.press(.character("D"), .down)
    #expect(state.handle(.key(.enter)) == .saveUserData)
    #expect(!state.userData.briefings.contains { $0.name == "Evening" })
    #expect(state.list.itemRows.count == 4)
  }

  @Test func bPresentsFromTheSelectedItemAndEExportsTheBriefing() {
    var state = marked()
    state.press(.character("5"), .character("j"))
    state.press(.character("b"))
    // Every item is a slide, the actor and the passage too; it starts at the selected one.
    #expect(state.presenter?.items == state.userData.currentBriefing.items)
    #expect(state.presenter?.index == 1)
    #expect(state.screen.contains("2 of 4"))
    state.press(.escape, .escape, .character("5"))
    state.press(.character("e"))
    guard case .export(let box) = state.overlay else {
      Issue.record("e opens the export box")
      return
    }
    #expect(box.scope == .briefing)
    state.press(.escape)
    state.press(.character("o"))
    #expect(state.view == .timeline)
  }

  /// Marks read from disk at start show on tab 5 at once (they showed only after the first
  /// change of marks).
  @Test func marksFromAnEarlierSessionAreListedAtStart() {
    var stored = UserData()
    _ = stored.toggleMark(.event("drill-2009"))
    _ = stored.toggleMark(.actor("belarus"))
    var state = app()
    state.start(
      userData: stored, message: nil, lastPosition: nil, startView: nil, paneSplit: 45,
      editsNotesExternally: false)
    state.press(.character("5"))
    #expect(state.list.itemRows.count == 2)
    #expect(state.screen.contains("Joint drill near the gap"))
  }

  /// The row on screen of the list's item `i`.
  func row(_ state: AppState, _ i: Int) -> Int {
    state.layout.listContent.y + state.list.itemRows[i] - state.list.scroll
  }

  @Test func anItemDraggedToAnotherRowMovesThere() {
    var state = marked()
    state.press(.character("5"))
    let before = state.userData.currentBriefing.items
    let x = state.layout.listContent.x + 10
    #expect(state.handle(.mouse(MouseEvent(.press, x: x, y: row(state, 0)))) == nil)
    let effect = state.handle(.mouse(MouseEvent(.release, x: x, y: row(state, 2))))
    #expect(effect == .saveUserData)
    #expect(state.userData.currentBriefing.items == [before[1], before[2], before[0], before[3]])
    #expect(state.list.selected?.description == before[0], "the moved item stays selected")
    #expect(state.screen.contains("Moved \u{201C}Treaty signed\u{201D} to position 3 of 4"))
    #expect(state.screen.contains("3.  [event]   8 Dec 1999    Treaty signed"))
    // Upwards too; and a press let go on its own row is a plain click.
    _ = state.handle(.mouse(MouseEvent(.press, x: x, y: row(state, 3))))
    #expect(state.handle(.mouse(MouseEvent(.release, x: x, y: row(state, 0)))) == .saveUserData)
    #expect(state.userData.currentBriefing.items.first == before[3])
    _ = state.handle(.mouse(MouseEvent(.press, x: x, y: row(state, 1))))
    #expect(state.handle(.mouse(MouseEvent(.release, x: x, y: row(state, 1)))) == nil)
    // A release with no press before it, or elsewhere than the list, moves nothing.
    let now = state.userData.currentBriefing.items
    _ = state.handle(.mouse(MouseEvent(.release, x: x, y: row(state, 2))))
    _ = state.handle(.mouse(MouseEvent(.press, x: x, y: row(state, 0))))
    _ = state.handle(.mouse(MouseEvent(.release, x: x, y: 0)))
    #expect(state.userData.currentBriefing.items == now)
  }

  @Test func draggingElsewhereThanTheBriefingMovesNothing() {
    var state = marked()
    state.press(.character("2"))
    let before = state.userData.currentBriefing.items
    let x = state.layout.listContent.x + 10
    _ = state.handle(.mouse(MouseEvent(.press, x: x, y: row(state, 0))))
    #expect(state.handle(.mouse(MouseEvent(.release, x: x, y: row(state, 1)))) == nil)
    #expect(state.userData.currentBriefing.items == before)
  }

  @Test(arguments: RenderingTests.sizes)
  func snapshot(width: Int, height: Int) {
    var state = marked(width, height)
    state.press(.character("5"))
    assertSnapshot(state.screen, named: "briefing-\(width)x\(height)")
  }
}
