import Foundation
import Testing

/// The explorer's terminal handling end to end: start, quit, resize, signals.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalBackendTests {
  @Test func quitsWithQAndClearsTheScreen() throws {
    let session = try TmuxSession(width: 100, height: 30)
    defer { session.kill() }
    try session.waitFor("q quit")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
    #expect(try !session.capture().contains("q quit"))
  }

  @Test func redrawsAtTheNewSizeAfterAResize() throws {
    let session = try TmuxSession(width: 80, height: 24)
    defer { session.kill() }
    try session.waitFor("q quit")
    try session.resize(width: 120, height: 40)
    // The status line moves to the new bottom row.
    try session.waitUntil("the status line on row 40") { screen in
      let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
      return rows.count >= 40 && rows[39].contains("q quit")
    }
  }

  @Test(arguments: [("C-c", Int32(130))])
  func controlCEndsTheProgramCleanly(key: String, status: Int32) throws {
    let session = try TmuxSession(width: 100, height: 30)
    defer { session.kill() }
    try session.waitFor("q quit")
    try session.sendKeys(key)
    #expect(try session.waitForExit() == status)
  }

  @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
  func terminationSignalsEndTheProgramCleanly(signal: Int32, status: Int32) throws {
    let session = try TmuxSession(width: 100, height: 30)
    defer { session.kill() }
    try session.waitFor("q quit")
    try session.signal(signal)
    #expect(try session.waitForExit() == status)
    #expect(try !session.capture().contains("q quit"))
  }
}
