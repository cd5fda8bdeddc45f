import DossierTestSupport
import Foundation
import Testing

/// Text from file names and file contents never reaches the terminal raw: every byte of
/// `dossier check` output is free of ESC, BEL, CR and the other controls.
@Suite("Terminal safety of the command line", .serialized)
struct TerminalSafetyTests {
  /// The control bytes of an output other than line feed and tab, and the C1 range in UTF-8.
  func controls(_ text: String) -> [UInt8] {
    let bytes = Array(text.utf8)
    var found = bytes.filter { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F }
    for i in bytes.indices.dropLast() where bytes[i] == 0xC2 && bytes[i + 1] <= 0x9F {
      found.append(bytes[i + 1])
    }
    return found
  }

  @Test func hostileFileNamesAndKeysPrintNoControlCharacters() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let manifest =
      "id: t\ntitle: T\nlanes:\n  - id: exercises\n    name: Exercises\n    short: EXR\n"
    try Data(manifest.utf8).write(to: URL(fileURLWithPath: root + "/corpus.yaml"))
    try FileManager.default.createDirectory(
      atPath: root + "/actors", withIntermediateDirectories: true)
    // A title-setting and a screen-clearing file name, each an unexpected file with a problem.
    try Data("- id: [\n".utf8).write(
      to: URL(fileURLWithPath: root + "/actors/t\u{1B}]0;owned\u{07}.yaml"))
    try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/\u{1B}[2Jclear.txt"))
    // A quoted flow-mapping key with escapes, and a backslash before a CRLF in a quoted value.
    try Data(
      "- id: a\n  name: A\n  kind: country\n  summary: x\n  roles: [{\"\\e]0;key-title\\a\": 1}]\n"
        .utf8
    ).write(to: URL(fileURLWithPath: root + "/actors/keys.yaml"))
    try Data("- id: b\n  name: \"B \\\r\n\"\n  kind: country\n  summary: y\n".utf8)
      .write(to: URL(fileURLWithPath: root + "/actors/crlf.yaml"))
    let run = try dossier("check", root)
    #expect(run.status == 1)
    #expect(controls(run.stdout) == [], "\(run.stdout.debugDescription)")
    #expect(controls(run.stderr) == [])
    // The names are shown, made visible the way less shows them.
    #expect(run.stdout.contains("t^[]0;owned^G.yaml"))
    #expect(run.stdout.contains("^[[2Jclear.txt"))
    let json = try dossier("check", "--format", "json", root)
    #expect(controls(json.stdout) == [])
  }
}
