import Foundation
import Testing

/// Marks survive a restart, and presenter mode steps through them, in a real terminal.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BriefingScenarioTests {
  @Test func marksPersistAndThePresenterStepsThroughThem() throws {
    let data = FileManager.default.temporaryDirectory.appending(
      path: "dossier-xdg-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: data) }
    let environment = ["XDG_DATA_HOME": data]

    let first = try TmuxSession([], width: 100, height: 30, environment: environment)
    try first.waitFor("Actors (")
    try first.sendKeys("2")
    try first.waitFor("Timeline (")
    for _ in 0..<3 {
      try first.sendKeys("j", "m")
      try first.waitFor("Marked in briefing")
    }
    try first.waitFor("(3 items)")
    try first.sendKeys("q")
    #expect(try first.waitForExit() == 0)
    first.kill()

    let second = try TmuxSession([], width: 100, height: 30, environment: environment)
    defer { second.kill() }
    try second.waitFor("Actors (")
    try second.sendKeys("2")
    // The three marks, read from disk, show on the timeline (polled: a capture can catch a
    // frame half drawn).
    try second.waitUntil("three marks on the timeline") {
      $0.contains("Timeline (") && $0.components(separatedBy: "●").count - 1 == 3
    }
    try second.sendKeys("b")
    try second.waitFor("1 of 3")
    try second.sendKeys("Space")
    try second.waitFor("2 of 3")
    try second.sendKeys("Escape")
    try second.waitFor("Leave the presenter?")
    try second.sendKeys("Escape")
    try second.waitFor("Timeline (")
  }

  @Test func notesAreWrittenInTheEditor() throws {
    let data = FileManager.default.temporaryDirectory.appending(
      path: "dossier-xdg-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: data) }
    // An "editor" that writes the note into the file it is given.
    let editor = #"sh -c 'echo written-in-the-editor > "$1"' sh"#
    let session = try TmuxSession(
      [], width: 100, height: 30, environment: ["XDG_DATA_HOME": data, "EDITOR": editor])
    defer { session.kill() }
    try session.waitFor("Actors (")
    try session.sendKeys("a")
    try session.waitFor("Note: written-in-the-editor")
    try session.waitFor("Note saved")
  }

  @Test func briefPresentsAFilteredTimeline() throws {
    let session = try TmuxSession(["brief", "--lane", "exercises"], width: 100, height: 30)
    defer { session.kill() }
    try session.waitFor("timeline, lane exercises")
    try session.waitFor("1 of ")
    try session.sendKeys("Right")
    try session.waitFor("2 of ")
    try session.sendKeys("Escape", "Escape")
    try session.waitFor("Timeline (")
  }
}
