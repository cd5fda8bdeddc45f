import Foundation
import Testing

/// After a crash (a bad access, an abort, a real stack overflow, a fatal signal) the terminal is
/// given back whole: mouse tracking and keypad mode off, the normal screen, echo and canonical
/// input on. The crash is forced with `DOSSIER_CRASH_FOR_TEST` right after the first frame.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct CrashRestoreTests {
  /// The pane's modes: mouse tracking, keypad, alternate screen.
  func modes(_ session: TmuxSession) throws -> String {
    try session.query("#{mouse_any_flag} #{keypad_flag} #{keypad_cursor_flag} #{alternate_on}")
  }

  @Test func theExplorerTurnsTheModesOn() throws {
    // Without this, the checks after a crash could pass for a program that never set them.
    let session = try TmuxSession(width: 100, height: 30)
    defer { session.kill() }
    try session.waitUntil(timeout: 30, "the first frame") {
      !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
    #expect(try modes(session) == "1 1 1 1")
    try session.sendKeys("q")
    #expect(try session.waitForExit(timeout: 30) == 0)
  }

  /// Each forced crash and the status the shell sees: 128 + the signal the process died of.
  static let crashes: [(kind: String, status: Int32)] = [
    ("segv", 128 + SIGSEGV), ("abort", 128 + SIGABRT), ("overflow", 128 + SIGSEGV),
    ("usr1", 128 + SIGUSR1), ("alarm", 128 + SIGALRM),
  ]

  @Test(arguments: crashes.map(\.kind))
  func aCrashGivesTheTerminalBack(kind: String) throws {
    let status = Self.crashes.first { $0.kind == kind }!.status
    let session = try TmuxSession(shellWidth: 100, height: 30)
    defer { session.kill() }
    try session.waitFor("$", timeout: 30)
    let report = FileManager.default.temporaryDirectory.appending(
      path: "dossier-crash-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: report) }
    try session.type(
      "DOSSIER_CRASH_FOR_TEST=\(kind) dossier; echo \"status $?\"; stty -a > \(report)")
    try session.sendKeys("Enter")
    try session.waitUntil(timeout: 60, "the shell after the crash") {
      $0.contains("status \(status)")
        && $0.split(separator: "\n").last?.trimmingCharacters(in: .whitespaces) == "$"
    }
    #expect(try modes(session) == "0 0 0 0", "\(kind)")
    let stty = try String(contentsOfFile: report, encoding: .utf8)
    let words = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }))
    #expect(words.contains("echo") && words.contains("icanon"), "\(kind): \(stty)")
    #expect(!words.contains("-echo") && !words.contains("-icanon"))
  }

  @Test func aBrokenPipeDoesNotKillTheExplorer() throws {
    // SIGPIPE is ignored in the process (a write to a closed pipe is an EPIPE error): the
    // explorer goes on, and quits normally with the terminal given back.
    let session = try TmuxSession(environment: ["DOSSIER_CRASH_FOR_TEST": "pipe"])
    defer { session.kill() }
    try session.waitUntil(timeout: 30, "the first frame") {
      !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
    try session.sendKeys("q")
    #expect(try session.waitForExit(timeout: 30) == 0)
  }
}
