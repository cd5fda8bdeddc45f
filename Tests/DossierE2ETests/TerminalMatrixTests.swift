import Foundation
import Testing

/// The explorer under several terminal types: Home and End as each terminal may send them,
/// the selection in reverse video where there are no colours, ASCII under `LANG=C`.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct TerminalMatrixTests {
  /// Home and End sequences as PuTTY, xterm (both cursor modes), rxvt and tmux send them.
  static let sequences: [(home: [UInt8], end: [UInt8])] = [
    ([0x1B, 0x5B, 0x31, 0x7E], [0x1B, 0x5B, 0x34, 0x7E]),  // ESC [1~  ESC [4~
    ([0x1B, 0x5B, 0x48], [0x1B, 0x5B, 0x46]),  // ESC [H  ESC [F
    ([0x1B, 0x4F, 0x48], [0x1B, 0x4F, 0x46]),  // ESC O H  ESC O F
  ]

  @Test(arguments: ["xterm-256color", "tmux-256color", "screen", "vt100", "linux"])
  func homeAndEndMoveInTheTimelineUnderEveryTerminal(term: String) throws {
    let session = try TmuxSession([], width: 100, height: 30, environment: ["TERM": term])
    defer { session.kill() }
    try session.waitFor("Actors (")
    try session.sendKeys("2")
    let first = try session.waitFor("Timeline (")
    let total = try #require(
      first.firstMatch(of: /Timeline \((\d+)\)/).map { String($0.1) }, "\(first)")
    for (home, end) in Self.sequences {
      try session.sendBytes(end)
      try session.waitUntil("the last event under \(term)") {
        $0.contains(" \(total)/\(total) ") && $0.contains("[2 Timeline]")
      }
      try session.sendBytes(home)
      try session.waitUntil("the first event under \(term)") {
        $0.contains(" 1/\(total) ") && $0.contains("[2 Timeline]")
      }
    }
    // The named keys too, as tmux sends them for this terminal.
    try session.sendKeys("End")
    try session.waitUntil("End") { $0.contains(" \(total)/\(total) ") }
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  /// vt100 has no colours: the default theme's coloured selection must fall back to reverse
  /// video. xterm-256color with the monochrome theme is the reference.
  @Test(arguments: ["vt100", "xterm-256color"])
  func theSelectionIsInReverseVideo(term: String) throws {
    let session = try TmuxSession(
      ["--theme", term == "xterm-256color" ? "monochrome" : "default"], width: 100, height: 30,
      environment: ["TERM": term])
    defer { session.kill() }
    try session.waitFor("Actors (")
    try session.waitUntil("the selected row in reverse video under \(term)") { _ in
      let screen = (try? session.capture(escapes: true)) ?? ""
      // The selected row starts with its marker drawn in reverse video (SGR 7).
      return screen.split(separator: "\n").contains {
        $0.firstMatch(of: /^\x1B\[(?:[0-9]+;)*7m(?:\x1B\[[0-9;]*m)*›/) != nil
      }
    }
  }

  @Test func asciiUnderLangC() throws {
    let session = try TmuxSession([], width: 100, height: 30, environment: ["LANG": "C"])
    defer { session.kill() }
    let screen = try session.waitUntil("the ASCII explorer") {
      $0.contains("Actors (") && $0.contains("-- Countries (")
    }
    #expect(!screen.unicodeScalars.contains { !$0.isASCII }, "\(screen)")
    try session.sendKeys("2")
    let timeline = try session.waitFor("Timeline (")
    #expect(!timeline.unicodeScalars.contains { !$0.isASCII }, "\(timeline)")
  }

  @Test func asciiWithTheFlag() throws {
    let session = try TmuxSession(["--ascii"], width: 100, height: 30)
    defer { session.kill() }
    let screen = try session.waitUntil("the ASCII explorer") { $0.contains("-- Countries (") }
    #expect(!screen.unicodeScalars.contains { !$0.isASCII }, "\(screen)")
  }
}
