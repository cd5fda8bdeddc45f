import DossierModel
import DossierTestSupport
import Testing

@testable import DossierUI

/// Marks, notes, briefings and presenter mode, driven by keys.
@Suite("Briefing state")
struct BriefingStateTests {
  @Test func mMarksAndUnmarksAndAsksForASave() {
    var state = app()
    state.press(.character("2"))
    #expect(state.handle(.key(.character("m"))) == .saveUserData)
    #expect(state.userData.isMarked(.event("treaty-1999")))
    #expect(state.screen.contains("●"))
    #expect(state.message == "Marked in briefing \u{201C}default\u{201D} (1 item)")
    _ = state.handle(.key(.character("m")))
    #expect(!state.userData.isMarked(.event("treaty-1999")))
  }

  @Test func marksWorkInEveryViewAndInTheReader() {
    var state = app()
    for key in ["1", "3", "4"] {
      state.press(.character(Character(key)))
      _ = state.handle(.key(.character("m")))
    }
    state.press(.enter)
    _ = state.handle(.key(.character("m")))
    let items = state.userData.currentBriefing.items
    #expect(items.count == 4)
    #expect(items.last?.hasPrefix("paragraph:") == true)
    #expect(state.screen.contains("¶1 ◆1 ●"))
  }

  @Test func notesAreWrittenInlineShownAndRemoved() {
    var state = app()
    state.press(.character("a"))
    state.type("check the 1999 date")
    #expect(state.handle(.key(.enter)) == .saveUserData)
    #expect(state.userData.note(for: .actor("belarus"))?.text == "check the 1999 date")
    #expect(state.screen.contains("✎"))
    #expect(state.screen.contains("Note: check the 1999 date"))
    state.press(.character("a"))
    for _ in 0..<30 { state.press(.backspace) }
    _ = state.handle(.key(.enter))
    #expect(state.userData.note(for: .actor("belarus")) == nil)
  }

  @Test func notesGoToTheEditorWhenOneIsSet() {
    var state = app()
    state.editsNotesExternally = true
    #expect(state.handle(.key(.character("a"))) == .editNote(.actor("belarus"), text: ""))
    #expect(state.finishNote("from the editor\n", for: .actor("belarus")) == .saveUserData)
    #expect(state.userData.note(for: .actor("belarus"))?.text == "from the editor")
  }

  @Test func briefingsAreCreatedSwitchedAndReordered() {
    var state = app()
    state.press(.character("2"), .character("m"), .character("j"), .character("m"))
    state.press(.character("B"))
    state.type("new")
    state.press(.enter)
    state.type("Meeting")
    #expect(state.handle(.key(.enter)) == .saveUserData)
    #expect(state.userData.current == "Meeting")
    state.press(.character("m"))
    #expect(state.userData.currentBriefing.items == ["event:drill-2009"])
    state.press(.character("B"))
    state.type("default")
    _ = state.handle(.key(.enter))
    #expect(state.userData.current == "default")
    #expect(state.userData.currentBriefing.items == ["event:treaty-1999", "event:drill-2009"])
    #expect(state.handle(.key(.character("K"))) == .saveUserData)
    #expect(state.userData.currentBriefing.items == ["event:drill-2009", "event:treaty-1999"])
  }

  @Test func orphanedMarksAreListedNotDropped() {
    var state = app()
    _ = state.userData.toggleMark(.event("gone-from-the-corpus"))
    state.press(.character("B"))
    #expect(state.screen.contains("Orphaned"))
    #expect(state.userData.currentBriefing.items == ["event:gone-from-the-corpus"])
  }
}

@Suite("Input routing")
struct InputRoutingTests {
  @Test func thePresenterOwnsTheMouse() {
    var state = app(120, 40)
    state.press(.character("2"), .character("j"), .character("b"))
    #expect(state.presenter != nil)
    let selected = state.list.selected
    let index = state.presenter?.index ?? -1
    // A click on the Myths tab and a wheel over the hidden list must not reach the explorer.
    _ = state.handle(.mouse(MouseEvent(.press, x: 35, y: 0)))
    _ = state.handle(.mouse(MouseEvent(.wheelUp, x: 5, y: 5)))
    #expect(state.view == .timeline)
    #expect(state.list.selected == selected)
    #expect(state.presenter?.index == index - 1)
  }

  @Test func aBoxOwnsTheMouse() {
    var state = app(120, 40)
    state.press(.character("?"))
    _ = state.handle(.mouse(MouseEvent(.press, x: 35, y: 0)))
    #expect(state.view == .actors)
  }
}
