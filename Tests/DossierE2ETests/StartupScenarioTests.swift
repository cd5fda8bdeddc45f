import Foundation
import Testing

/// Start-up in a real terminal: the loading screen comes first, and a corpus that cannot be
/// opened (or a request it cannot answer) ends the session with the error every command prints,
/// its exit status, and the terminal given back.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct StartupScenarioTests {
  @Test func aMissingFolderIsAUsageError() throws {
    let session = try TmuxSession(["--data", "/nonexistent"], width: 100, height: 30)
    defer { session.kill() }
    #expect(try session.waitForExit() == 2)
    let screen = try session.waitFor("Usage: dossier explore")
    #expect(screen.contains("Error: cannot open corpus '/nonexistent': no such folder"))
  }

  @Test func aFolderThatIsNotACorpusFailsWithStatusOne() throws {
    let folder = FileManager.default.temporaryDirectory.appending(
      path: "dossier-empty-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let session = try TmuxSession(["--data", folder], width: 200, height: 30)
    defer { session.kill() }
    #expect(try session.waitForExit() == 1)
    try session.waitFor("error: '\(folder)' is not a corpus: it has no corpus.yaml")
  }

  @Test func anUnknownBriefingIsAUsageErrorAndThePromptComesBack() throws {
    let session = try TmuxSession(shellWidth: 120, height: 30)
    defer { session.kill() }
    try session.waitFor("$")
    try session.type("dossier brief no-such-briefing; echo \"status $?\"")
    try session.sendKeys("Enter")
    let screen = try session.waitFor("status 2")
    #expect(screen.contains("Error: There is no briefing named “no-such-briefing”."))
    #expect(screen.contains("Usage: dossier brief"))
    // The terminal was given back: what is typed echoes again.
    try session.type("echo back-$((1 + 1))")
    try session.sendKeys("Enter")
    try session.waitFor("back-2")
  }
}
