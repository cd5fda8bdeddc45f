import Foundation
import Testing

@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct SmokeTests {
  @Test func helpRunsInATerminal() throws {
    let session = try TmuxSession(["--help"], width: 100, height: 40)
    defer { session.kill() }
    try session.waitFor("USAGE")
    #expect(try session.waitForExit() == 0)
  }

  @Test func harnessTypesTextAndKeys() {
    #expect(TmuxSession.isKeyName("Enter"))
    #expect(TmuxSession.isKeyName("C-c"))
    #expect(TmuxSession.isKeyName("F12"))
    #expect(!TmuxSession.isKeyName("q"))
    #expect(!TmuxSession.isKeyName("F13"))
    #expect(!TmuxSession.isKeyName("Cold war"))
    #expect(TmuxSession.quote("it's") == "'it'\\''s'")
  }
}
