import Foundation
import Testing

/// The explorer on the bundled corpus in a real terminal (tmux), driven by keys.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ExplorerScenarioTests {
  @Test func allFourViewsShowRealCorpusContent() throws {
    let session = try TmuxSession([], width: 120, height: 40)
    defer { session.kill() }
    try session.waitFor("── Countries (")
    try session.waitFor("Belarus")
    try session.sendKeys("2")
    try session.waitFor("═ Soviet era")
    try session.waitFor("Timeline (")
    try session.sendKeys("3")
    try session.waitFor("Belarus and Russia are military brothers")
    try session.waitFor("[PARTLY TRUE]")
    try session.sendKeys("4")
    try session.waitFor("Trading Off Sovereignty")
    try session.sendKeys("Enter")
    try session.waitFor("Reading: ")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func slashFilterNarrowsTheList() throws {
    let session = try TmuxSession([], width: 100, height: 30)
    defer { session.kill() }
    try session.waitFor("Actors (")
    try session.sendKeys("/")
    try session.type("lukashenko")
    // Polled as a whole: a capture can catch a frame half drawn.
    try session.waitUntil("the filtered list") {
      $0.contains("Actors (1 of ") && $0.contains(") matching “lukashenko”")
        && $0.contains("Alexander Lukashenka")
        && $0.contains("filter: lukashenko")
    }
    try session.sendKeys("Escape")
    try session.waitUntil("the full list") { !$0.contains("matching") && $0.contains("Actors (2") }
  }

  @Test func enterThenBackspaceReturnsToTheSameItem() throws {
    let session = try TmuxSession([], width: 120, height: 40)
    defer { session.kill() }
    try session.waitFor("Actors (")
    try session.sendKeys("/")
    try session.type("lukashenka")
    try session.sendKeys("Enter")
    try session.waitFor("›  Alexander Lukashenka")
    // Into the detail pane, down to a relation, and follow it.
    try session.sendKeys("Enter")
    try session.waitFor("▶ Actor")
    try session.sendKeys("Enter")
    try session.waitUntil("another actor") { !$0.contains("›  Alexander Lukashenka") }
    try session.sendKeys("BSpace")
    try session.waitFor("›  Alexander Lukashenka")
  }

  @Test func resizeRelaysOut() throws {
    let session = try TmuxSession([], width: 80, height: 24)
    defer { session.kill() }
    // Stacked panes on 80 columns: the detail pane's title sits on the separator line.
    try session.waitUntil("stacked panes") { $0.contains("Actors (") && $0.contains("─  Actor ─") }
    try session.resize(width: 130, height: 40)
    let wide = try session.waitUntil("side-by-side panes") { $0.contains("│   Actor") }
    #expect(wide.components(separatedBy: "\n").count >= 39)
    try session.resize(width: 50, height: 12)
    try session.waitFor("Terminal too small")
    try session.resize(width: 100, height: 30)
    try session.waitFor("Actors (")
  }

  @Test func noColorShowsNoColour() throws {
    let colourCodes = try Regex(#"\x1b\[[0-9;]*(3[0-7]|4[0-7]|38|48)[;m]"#)
    let plain = try TmuxSession([], width: 100, height: 30, environment: ["NO_COLOR": "1"])
    defer { plain.kill() }
    // Whole frames: the status line is drawn last.
    try plain.waitUntil("the whole screen") { $0.contains("Actors (") && $0.contains("q quit") }
    let mono = try plain.capture(escapes: true)
    #expect(mono.firstMatch(of: colourCodes) == nil)
    // The same screen in the default theme does use colour.
    let coloured = try TmuxSession([], width: 100, height: 30)
    defer { coloured.kill() }
    try coloured.waitUntil("the whole screen") { $0.contains("Actors (") && $0.contains("q quit") }
    #expect(try coloured.capture(escapes: true).firstMatch(of: colourCodes) != nil)
  }

  @Test func quitReturnsToAWorkingShellPrompt() throws {
    let session = try TmuxSession(shellWidth: 100, height: 30)
    defer { session.kill() }
    try session.waitFor("$")
    try session.type("dossier")
    try session.sendKeys("Enter")
    try session.waitFor("Actors (")
    try session.sendKeys("q")
    try session.waitUntil("the explorer to close") { !$0.contains("Actors (") }
    try session.type("echo ready-$((40 + 2))")
    try session.sendKeys("Enter")
    try session.waitFor("ready-42")
  }

  @Test func searchFindsAnActorByAnotherSpelling() throws {
    let session = try TmuxSession([], width: 120, height: 40)
    defer { session.kill() }
    try session.waitFor("Actors (")
    try session.sendKeys("s")
    try session.type("lukashenko")
    try session.waitFor("alias “Lukashenko”")
    try session.sendKeys("Enter")
    try session.waitFor("›  Alexander Lukashenka")
  }

  @Test func aDumbTerminalGetsASummaryNotGarbage() throws {
    let session = try TmuxSession([], width: 100, height: 30, environment: ["TERM": "dumb"])
    defer { session.kill() }
    try session.waitFor("TERM=dumb cannot show the full-screen explorer")
    #expect(try session.waitForExit() == 0)
    #expect(try session.capture().contains("events"))
  }

  @Test func aCrashStillRestoresTheTerminal() throws {
    let session = try TmuxSession(shellWidth: 100, height: 30)
    defer { session.kill() }
    try session.waitFor("$")
    try session.type("DOSSIER_TEST_CRASH=1 dossier")
    try session.sendKeys("Enter")
    // After the crash, the shell echoes what is typed again (the terminal left cbreak/noecho).
    // The shell reports the signal the program died of (the fatal error's own text went to the
    // alternate screen, which the crash handler leaves).
    try session.waitUntil("the shell to report the crash") { screen in
      ["Illegal instruction", "Trace/breakpoint trap", "Aborted", "Segmentation fault"].contains {
        screen.contains($0)
      }
    }
    try session.type("echo restored-$((2 + 3))")
    try session.sendKeys("Enter")
    let screen = try session.waitFor("restored-5")
    #expect(screen.contains("echo restored-$((2 + 3))"))
  }
}
