import Foundation
import Testing

/// Tab 5, the Briefing screen, in a real terminal: the marks of an earlier session, reordering
/// with the keys and by dragging with the mouse, a note, presenting from the selected item, and
/// an export written from the box into the current folder.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BriefingScreenScenarioTests {
  /// A mouse event as the terminal sends it to dossier (X10 encoding, as ncurses asks of tmux
  /// for `kmous=\E[M`): button 0 pressed or 3 released, at a 0-based cell.
  func mouse(_ session: TmuxSession, released: Bool, x: Int, y: Int) throws {
    try session.sendBytes([0x1B, 0x5B, 0x4D, released ? 35 : 32, UInt8(33 + x), UInt8(33 + y)])
  }

  /// The row of the screen holding `text`.
  func row(of text: String, in screen: String) -> Int? {
    screen.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
      $0.contains(text)
    }
  }

  @Test func theBriefingScreenListsReordersPresentsAndExports() throws {
    let folders = try PresenterScenarioTests.Folders()
    let work = folders.path + "/work"
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    let session = try TmuxSession(
      [], width: 200, height: 30, environment: folders.environment, directory: work)
    defer { session.kill() }
    try session.waitFor("Actors (")
    try session.sendKeys("5")
    // The four marks of the stored briefing, in order, with their notes.
    var screen = try session.waitFor("4.  [event]")
    #expect(screen.contains("Briefing \u{201C}Room 4\u{201D} (4 items)"))
    #expect(screen.contains("1.  [actor]"))
    #expect(screen.contains("✎ Note: Start with who decides"))

    // J moves the selected item down.
    try session.sendKeys("J")
    try session.waitFor("Position 2 of 4 in the briefing")
    try session.waitUntil("the actor second") { $0.contains("2.  [actor]") }

    // Dragging the last item onto the first row puts it first.
    screen = try session.capture()
    let last = try #require(row(of: "4.  [event]", in: screen))
    let first = try #require(row(of: "1.  [myth]", in: screen))
    try mouse(session, released: false, x: 8, y: last)
    try mouse(session, released: true, x: 8, y: first)
    try session.waitFor("to position 1 of 4")
    try session.waitUntil("the talks first") {
      guard let line = $0.split(separator: "\n").first(where: { $0.contains("1.  [event]") })
      else { return false }
      return line.contains("Lukashenka travels")
    }

    // b presents from the selected item (the one just moved, now first); leaving comes back
    // here, at the item shown.
    try session.sendKeys("b")
    try session.waitFor("1 of 4")
    try session.sendKeys("Right")
    try session.waitFor("2 of 4")
    try session.sendKeys("Escape", "Escape")
    try session.waitUntil("back on tab 5 at the second item") {
      $0.contains("[5 Briefing]") && $0.contains("›●✎2.")
    }

    // e, then Enter: the handout of the briefing, written in the current folder.
    try session.sendKeys("e")
    try session.waitFor("Export")
    try session.sendKeys("Enter")
    let path = work + "/dossier-briefing-room-4.md"
    try session.waitFor("to \(path)")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("# Room 4\n"))
    #expect(text.contains("Start with who decides"))
    // The new order is the handout's order.
    let talks = try #require(text.range(of: "Lukashenka travels"))
    let actor = try #require(text.range(of: "## Alexander Lukashenka"))
    #expect(talks.lowerBound < actor.lowerBound)
  }
}
