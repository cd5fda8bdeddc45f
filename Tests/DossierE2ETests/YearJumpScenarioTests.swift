import Foundation
import Testing

/// The year jump in a real terminal (issue 12): `:2013⏎` as the README writes it, a `g` that
/// waits for its second key and gives up, and `g` then a year outside the timeline.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct YearJumpScenarioTests {
  /// The status line: the last row of the screen.
  func status(_ screen: String) -> String {
    screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty }
      .map(String.init) ?? ""
  }

  /// The selected row of the list (the pointer is drawn at its left edge).
  func selectedRow(_ screen: String) -> String {
    screen.split(separator: "\n").first { $0.hasPrefix("›") }.map(String.init) ?? ""
  }

  @Test func colonYearEnterKeepsTheListFocused() throws {
    let session = try TmuxSession([], width: 120, height: 40)
    defer { session.kill() }
    try session.waitFor("Actors (")
    try session.sendKeys("2")
    try session.waitFor("═ Soviet era")
    try session.type(":2013")
    try session.waitFor("jump to year: 2013")
    try session.sendKeys("Enter")
    let screen = try session.waitUntil("the prompt closed") { !$0.contains("jump to year") }
    #expect(selectedRow(screen).contains("2013"), "\(selectedRow(screen))")
    // The list still has the keyboard: the detail pane's title is not marked.
    #expect(screen.contains("▶ Timeline"))
    #expect(!screen.contains("▶ Event"))
  }

  @Test func gThenEscapeStaysWhereItWas() throws {
    let session = try TmuxSession([], width: 120, height: 40)
    defer { session.kill() }
    try session.waitFor("Actors (")
    try session.sendKeys("2")
    try session.waitFor("═ Soviet era")
    try session.type("jjjj")
    try session.waitUntil("the fifth event") { self.status($0).hasPrefix(" 5/") }
    try session.type("g")
    try session.waitUntil("the pending g") { self.status($0).contains("g…") }
    try session.sendKeys("Escape")
    let screen = try session.waitUntil("g cancelled") { !self.status($0).contains("g…") }
    #expect(status(screen).hasPrefix(" 5/"), "\(status(screen))")
  }

  @Test func aPendingGGivesUpAndTheNextDigitSwitchesViews() throws {
    let session = try TmuxSession([], width: 120, height: 40)
    defer { session.kill() }
    try session.waitFor("Actors (")
    try session.sendKeys("2")
    try session.waitFor("═ Soviet era")
    try session.type("G")
    try session.waitUntil("the last event") { !self.status($0).hasPrefix(" 1/") }
    try session.type("g")
    try session.waitUntil("the pending g") { self.status($0).contains("g…") }
    // About a second later the g gives up and goes to the top, as g alone does.
    try session.waitUntil(timeout: 5, "the g to expire") {
      !self.status($0).contains("g…") && self.status($0).hasPrefix(" 1/")
    }
    try session.type("3")
    try session.waitFor("[3 Myths]")
  }

  @Test func gAndAYearOutsideTheTimelineSaysSo() throws {
    let session = try TmuxSession([], width: 120, height: 40)
    defer { session.kill() }
    try session.waitFor("Actors (")
    try session.type("g2013")
    try session.waitFor("jump to year: 2013")
    try session.sendKeys("Enter")
    let screen = try session.waitFor("no years to jump to")
    #expect(screen.contains("[1 Actors]"))
  }
}
