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
    let timeline = try second.waitFor("Timeline (")
    #expect(timeline.components(separatedBy: "●").count - 1 == 3)
    try second.sendKeys("b")
    try second.waitFor("1 of 3")
    try second.sendKeys("Space")
    try second.waitFor("2 of 3")
    try second.sendKeys("Escape")
    try second.waitFor("Timeline (")
  }
}
