import DossierModel
import DossierTestSupport
import Foundation
import Testing

@testable import DossierUI

/// `e`: the export box, driven by keys, and what it asks the runtime for.
@Suite("Export box")
struct ExportBoxTests {
  /// The UI fixture with two events, an actor and a passage marked (as the Briefing screen
  /// tests have it), in a known folder.
  func marked(_ width: Int = 120, _ height: Int = 40) -> AppState {
    var state = app(width, height)
    state.workingFolder = "/home/user/handouts"
    for ref: ItemRef in [.event("treaty-1999"), .event("drill-2009"), .actor("belarus")] {
      _ = state.userData.toggleMark(ref)
    }
    _ = state.userData.toggleMark(.event("gone-from-the-corpus"))
    state.rebuildUserDataLists()
    return state
  }

  func box(_ state: AppState) -> ExportBox? {
    if case .export(let box) = state.overlay { box } else { nil }
  }

  func request(_ effect: Effect?) -> ExportRequest? {
    if case .export(let request) = effect { request } else { nil }
  }

  @Test func onTheBriefingScreenItOffersTheBriefingAsAHandout() {
    var state = marked()
    state.press(.character("5"), .character("e"))
    #expect(box(state)?.scope == .briefing)
    #expect(box(state)?.format == .md)
    #expect(box(state)?.fileName == "dossier-briefing-default.md")
    let screen = state.screen
    #expect(screen.contains("(•) md"))
    #expect(screen.contains("(•) this briefing \u{201C}default\u{201D} (4 items)"))
    #expect(screen.contains("in /home/user/handouts"))
    let effect = state.handle(.key(.enter))
    let sent = request(effect)
    #expect(sent?.items == [.event("treaty-1999"), .event("drill-2009"), .actor("belarus")])
    #expect(sent?.missing == ["event:gone-from-the-corpus"])
    #expect(sent?.briefing == "default")
    #expect(sent?.title == nil, "the handout's heading is the briefing's name, not a made-up title")
    #expect(sent?.path == "dossier-briefing-default.md")
    #expect(sent?.folder == "/home/user/handouts")
    #expect(sent?.replace == false)
    // The box stays until the runtime says how it went.
    #expect(box(state) != nil)
  }

  @Test func formatAndScopeAreChosenWithTheArrowsAndTheNameFollows() {
    var state = marked()
    state.press(.character("2"), .character("e"))
    #expect(box(state)?.scope == .view)
    #expect(box(state)?.fileName == "dossier-timeline.md")
    state.press(.right)
    #expect(box(state)?.format == .csv)
    #expect(box(state)?.fileName == "dossier-timeline.csv")
    state.press(.right, .right, .right, .right)
    #expect(box(state)?.format == .md, "the formats go round")
    state.press(.left)
    #expect(box(state)?.format == .json)
    state.press(.tab, .left)
    #expect(box(state)?.scope == .briefing)
    #expect(box(state)?.fileName == "dossier-briefing-default.json")
    state.press(.down)
    #expect(box(state)?.field == .path)
    // A name typed by hand keeps its words; the format only changes its extension.
    state.press(.control("u"))
    state.type("~/out/room 4")
    state.press(.up, .up, .character(" "))
    #expect(box(state)?.format == .md)
    #expect(box(state)?.fileName == "~/out/room 4.md")
    state.press(.escape)
    #expect(state.overlay == nil)
  }

  @Test func whatAFormatLeavesOutIsSaidBeforeWriting() {
    var state = marked()
    state.press(.character("5"), .character("e"), .right)
    #expect(box(state)?.format == .csv)
    #expect(
      state.screen.contains(
        "csv holds events only: it leaves out 1 actor (md and json hold every item)"))
  }

  @Test func theViewsListAsFilteredAndTheSelectedItem() {
    var state = marked()
    state.press(.character("2"), .character("/"))
    state.type("drill")
    state.press(.enter, .character("e"))
    var sent = request(state.handle(.key(.enter)))
    #expect(sent?.items == [.event("drill-2009")])
    #expect(sent?.filter == "text \u{201C}drill\u{201D}")
    #expect(sent?.briefing == nil)
    state.overlay = nil
    state.press(.character("1"), .character("e"), .tab, .right)
    #expect(box(state)?.scope == .item)
    let actor = state.list.selected!
    #expect(box(state)?.fileName.hasPrefix("dossier-") == true)
    sent = request(state.handle(.key(.enter)))
    #expect(sent?.items == [actor])
  }

  @Test func nothingToExportIsSaidInTheBox() {
    var state = app()
    state.press(.character("5"), .character("e"))
    #expect(state.handle(.key(.enter)) == nil)
    #expect(state.screen.contains("Nothing to export: the briefing is empty"))
    state.press(.tab, .tab, .control("u"))
    #expect(state.handle(.key(.enter)) == nil)
  }

  @Test func aFileInTheWayIsReplacedOnlyWhenAskedAgain() {
    var state = marked()
    state.press(.character("5"), .character("e"))
    _ = state.handle(.key(.enter))
    _ = state.receive(.exported(.exists(path: "/home/user/handouts/dossier-briefing-default.md")))
    #expect(state.screen.contains("dossier-briefing-default.md exists: Enter again replaces it"))
    #expect(request(state.handle(.key(.enter)))?.replace == true)
    // Any change of name asks again.
    state.press(.tab, .tab, .character("x"))
    #expect(request(state.handle(.key(.enter)))?.replace == false)
  }

  @Test func theFullPathWrittenIsOnTheStatusLineAndInTheLog() {
    var state = marked()
    state.press(.character("5"), .character("e"))
    _ = state.handle(.key(.enter))
    let note = "Exported 3 items as md to /home/user/handouts/dossier-briefing-default.md"
    _ = state.receive(
      .exported(.written(path: "/home/user/handouts/dossier-briefing-default.md", message: note)))
    #expect(state.overlay == nil)
    #expect(state.screen.contains("/home/user/handouts/dossier-briefing-default.md"))
    state.press(.character("M"))
    #expect(state.screen.contains(note))
  }

  @Test func aFailureStaysInTheBoxToBeMended() {
    var state = marked()
    state.press(.character("5"), .character("e"))
    _ = state.handle(.key(.enter))
    _ = state.receive(.exported(.failed("cannot write /nope/x.md: no such folder '/nope'")))
    #expect(box(state) != nil)
    #expect(state.screen.contains("no such folder '/nope'"))
  }

  @Test(arguments: RenderingTests.sizes)
  func snapshot(width: Int, height: Int) {
    var state = marked(width, height)
    state.press(.character("5"), .character("e"), .right)
    assertSnapshot(state.screen, named: "export-\(width)x\(height)")
  }

  @Test func pathsResolveInTheFolderOrHome() {
    #expect(ExportPaths.resolve("a.md", folder: "/w", home: "/h") == "/w/a.md")
    #expect(ExportPaths.resolve("/x/a.md", folder: "/w", home: "/h") == "/x/a.md")
    #expect(ExportPaths.resolve("~/a.md", folder: "/w", home: "/h") == "/h/a.md")
    #expect(ExportPaths.resolve("sub/a.md", folder: "/w", home: "/h") == "/w/sub/a.md")
    #expect(ExportBox.withExtension("room.v2", "csv") == "room.v2.csv")
    #expect(ExportBox.withExtension("room.MD", "ics") == "room.ics")
  }
}
