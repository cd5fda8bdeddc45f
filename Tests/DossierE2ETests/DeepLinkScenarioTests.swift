import Foundation
import Testing

/// `dossier open REF` in a real terminal: the explorer starts at the item.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct DeepLinkScenarioTests {
  @Test func openAnEventLandsOnItInTheTimeline() throws {
    let session = try TmuxSession(["open", "event:zapad-2017-exercise"], width: 120, height: 40)
    defer { session.kill() }
    try session.waitUntil("the timeline at Zapad-2017") {
      $0.contains("[2 Timeline]") && $0.contains("›  Sep 2017")
        && $0.contains("Zapad-2017 joint exercise")
    }
    // The status line gives its position; nothing to go back to yet.
    try session.sendKeys("BSpace")
    try session.waitFor("Nothing to go back to")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func anUnknownRefEndsWithTheNearestOne() throws {
    let session = try TmuxSession(["open", "actor:lukashenko"], width: 100, height: 30)
    defer { session.kill() }
    #expect(try session.waitForExit() == 2)
    try session.waitFor("did you mean 'actor:lukashenka'?")
  }
}
