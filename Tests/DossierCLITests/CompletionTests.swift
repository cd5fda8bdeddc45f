import DossierTestSupport
import Foundation
import Testing

/// Shell completion offers values read from the corpus being completed, in a real bash.
@Suite("shell completion") struct CompletionTests {
  /// Completes the last word of `line` in bash with dossier's generated script loaded, and
  /// returns what bash would offer.
  func bashCompletions(_ line: String) throws -> [String] {
    let folder = try temporaryFolder()
    let script = try dossier("--generate-completion-script", "bash")
    #expect(script.status == 0)
    let path = folder + "/dossier.bash"
    try script.stdout.write(toFile: path, atomically: true, encoding: .utf8)
    var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    if words.last == nil { words.append("") }
    let quoted = words.map { "'\($0)'" }.joined(separator: " ")
    let cur = words[words.count - 1]
    let prev = words.count > 1 ? words[words.count - 2] : ""
    let program = """
      source '\(path)'
      COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
      COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
      _dossier dossier '\(cur)' '\(prev)'
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", program]
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = productsDirectory.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    environment["XDG_DATA_HOME"] = folder
    process.environment = environment
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return text.split(separator: "\n").map(String.init)
  }

  @Test func lanesComeFromTheBundledCorpus() throws {
    #expect(try bashCompletions("dossier timeline --lane ex") == ["exercises"])
    let all = try bashCompletions("dossier timeline --lane ")
    #expect(all.contains("exercises") && all.contains("diplomacy") && all.count == 10, "\(all)")
  }

  @Test func actorsComeFromTheCorpusGivenWithData() throws {
    let offered = try bashCompletions("dossier timeline --data \(fixture("good")) --actor ")
    #expect(offered.contains("lukashenka"), "\(offered)")
    #expect(offered.contains("belarus"), "\(offered)")
    #expect(!offered.contains("zapad-2017"), "the bundled corpus's actors: \(offered)")
  }

  @Test func themesAreTheThemesNotSubcommands() throws {
    #expect(
      try bashCompletions("dossier explore --theme ") == ["default", "monochrome", "contrast"])
  }
}
