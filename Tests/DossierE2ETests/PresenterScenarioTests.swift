import Foundation
import Testing

/// The presenter in a real terminal: every kind of marked item a slide, the end slide, `q`
/// back to the explorer, and a speaker view in a second window that follows it and steps it.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PresenterScenarioTests {
  /// A private data and runtime folder with the briefing "Room 4": an actor, a myth and two
  /// events, a note on each.
  final class Folders {
    let path: String
    var environment: [String: String] {
      ["XDG_DATA_HOME": path, "XDG_RUNTIME_DIR": path + "/run"]
    }

    init() throws {
      path =
        FileManager.default.temporaryDirectory.appending(
          path: "dossier-present-\(UUID().uuidString)"
        ).path
      for folder in ["/dossier", "/run"] {
        try FileManager.default.createDirectory(
          atPath: path + folder, withIntermediateDirectories: true)
      }
      let store = """
        {"version": 1, "current": "Room 4", "briefings": [{"name": "Room 4", "items": [
          "actor:lukashenka", "myth:a19-free-access", "event:force-comparison-2013",
          "event:lukashenka-putin-talks-2019"]}],
         "notes": {
          "actor:lukashenka": {"text": "Start with who decides", "updated": "2024-01-01T00:00:00Z"},
          "myth:a19-free-access": {"text": "Ask the room first", "updated": "2024-01-01T00:00:00Z"},
          "event:force-comparison-2013": {"text": "Point at the figures", "updated": "2024-01-01T00:00:00Z"},
          "event:lukashenka-putin-talks-2019": {"text": "End on the talks", "updated": "2024-01-01T00:00:00Z"}}}
        """
      try Data(store.utf8).write(
        to: URL(fileURLWithPath: path + "/dossier/belarus-russia-defence.json"))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
  }

  @Test func aBriefingOfEveryKindPresentsToTheEndAndQReturnsToTheExplorer() throws {
    let folders = try Folders()
    let session = try TmuxSession(
      ["brief", "Room 4"], width: 120, height: 40, environment: folders.environment)
    defer { session.kill() }
    try session.waitFor("1 of 4")
    try session.waitFor("ACTOR")
    for (n, kind) in [(2, "MYTH"), (3, "EVENT"), (4, "EVENT")] {
      try session.sendKeys(n % 2 == 0 ? "Right" : "Space")
      try session.waitUntil("\(n) of 4 with \(kind)") {
        $0.contains("\(n) of 4") && $0.contains(kind)
      }
    }
    #expect(!(try session.capture()).contains("End on the talks"), "the audience never sees notes")
    try session.sendKeys("NPage")
    try session.waitFor("End · 4 items")
    try session.sendKeys("q")
    try session.waitFor("Leave the presenter?")
    try session.sendKeys("q")
    // Back in the explorer at the last item, which is an event: the timeline, not the shell.
    try session.waitFor("Timeline (")
    #expect(try session.exitStatus() == nil)
  }

  @Test func aSpeakerViewInASecondWindowFollowsAndSteps() throws {
    let folders = try Folders()
    let speaker = try TmuxSession(
      ["brief", "--speaker"], width: 120, height: 40, environment: folders.environment)
    defer { speaker.kill() }
    try speaker.waitFor("No presenter is running for the corpus")
    let presenter = try TmuxSession(
      ["brief", "Room 4"], width: 100, height: 30, environment: folders.environment)
    defer { presenter.kill() }
    try presenter.waitFor("1 of 4")
    // The speaker view finds the presenter on its own, with the note of the item shown.
    try speaker.waitUntil("the first item's note") {
      $0.contains("1 of 4") && $0.contains("Start with who decides")
    }
    try presenter.sendKeys("Right")
    try presenter.waitFor("2 of 4")
    try speaker.waitUntil("the second item's note") {
      $0.contains("2 of 4") && $0.contains("Ask the room first")
    }
    // The speaker view steps the presenter.
    try speaker.sendKeys("Right")
    try presenter.waitFor("3 of 4")
    try speaker.waitFor("Point at the figures")
    #expect(!(try presenter.capture()).contains("Point at the figures"))
    // q closes the speaker view only; the presenter goes on.
    try speaker.sendKeys("q")
    #expect(try speaker.waitForExit() == 0)
    try presenter.sendKeys("Right")
    try presenter.waitFor("4 of 4")
    // A new speaker view, then the presenter leaves: the view says so.
    let again = try TmuxSession(
      ["brief", "--speaker"], width: 80, height: 24, environment: folders.environment)
    defer { again.kill() }
    try again.waitFor("End on the talks")
    try presenter.sendKeys("Escape", "Escape")
    try presenter.waitFor("Timeline (")
    try again.waitFor("The presenter has closed.")
  }
}
