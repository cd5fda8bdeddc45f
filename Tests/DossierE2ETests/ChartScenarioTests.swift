import Foundation
import Testing

/// The timeline chart, the stances matrix and the disputes page in a real terminal.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ChartScenarioTests {
  @Test func chartZoomStepEnterAndBack() throws {
    let session = try TmuxSession([], width: 80, height: 24)
    defer { session.kill() }
    try session.waitFor("Actors (")
    try session.sendKeys("2")
    try session.waitFor("Timeline (")
    try session.sendKeys("v")
    try session.waitUntil("the chart") { $0.contains("Timeline chart (") && $0.contains("● day") }
    try session.sendKeys(":")
    try session.type("2014")
    try session.sendKeys("Enter")
    try session.waitFor("Russia annexes Crimea")
    try session.sendKeys("+")
    try session.waitFor("· months")
    try session.sendKeys("-", "-")
    try session.waitFor("· decades")
    try session.sendKeys("+")
    try session.waitFor("· years")
    // Step to the next event in time, whichever lane it is in.
    try session.sendKeys("l")
    try session.waitUntil("the next event") { !$0.contains("Russia annexes Crimea") }
    try session.sendKeys("Enter")
    try session.waitFor("▶ Event")
    try session.sendKeys("BSpace")
    try session.waitUntil("the chart again") { $0.contains("● day") && !$0.contains("▶ Event") }
    try session.sendKeys("v")
    try session.waitFor("Timeline (")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func matrixCellShowsItsReason() throws {
    let session = try TmuxSession([], width: 120, height: 40)
    defer { session.kill() }
    try session.waitFor("Actors (")
    try session.sendKeys("6")
    try session.waitFor("Stances: 41 claims")
    try session.sendKeys("j", "]")
    try session.waitUntil("a stance's reason under the matrix") {
      $0.contains(" · real") || $0.contains(" · myth") || $0.contains(" · partly")
        || $0.contains(" · open")
    }
    try session.sendKeys("Enter")
    try session.waitFor("[3 Myths]")
    try session.sendKeys("BSpace")
    try session.waitFor("Stances: 41 claims")
  }

  @Test func disputesPageShowsVersionsSideBySide() throws {
    let session = try TmuxSession(
      ["open", "disagreement:union-doctrine-2018-status"], width: 120, height: 40)
    defer { session.kill() }
    // At 120 columns the four versions stand in one row.
    try session.waitUntil("four versions side by side") { screen in
      screen.split(separator: "\n").contains {
        $0.contains("[analysis-2019#doctrine.1]") && $0.contains("[industry-article#")
          && $0.contains("[bulletin-2020#") && $0.contains("[policy-paper-2020#")
      }
    }
    try session.sendKeys("Enter")
    try session.waitFor("▶ Disagreement")
    try session.sendKeys("BSpace")
    try session.waitFor("› ≠ about Union State military doctrine")
  }
}
