import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// The hostile fixture corpus (Tests/Fixtures/hostile): every input that once crashed, hung or
/// fooled the loader, in one corpus beside items that must still load. What git cannot hold is
/// made at test time in a copy: a FIFO, a device, broken and looping links, a file that never
/// ends (/proc/self/pagemap), a file whose read fails (/proc/self/mem), a name that is not
/// UTF-8, a name made of escape sequences and a deep folder.
@Suite("Hostile fixture corpus", .serialized)
struct HostileCorpusTests {
  /// A copy of the fixture with the entries git cannot hold.
  func makeCorpus() throws -> String {
    let root =
      FileManager.default.temporaryDirectory.path + "/dossier-hostile-corpus-\(getpid())"
    try? FileManager.default.removeItem(atPath: root)
    try FileManager.default.copyItem(atPath: fixture("hostile"), toPath: root)
    let actors = root + "/actors/"
    #expect(mkfifo(actors + "pipe.yaml", 0o644) == 0)
    let links: [(String, String)] = [
      ("null.yaml", "/dev/null"), ("gone.yaml", "nowhere"), ("loop1.yaml", "loop2.yaml"),
      ("loop2.yaml", "loop1.yaml"), ("pagemap.yaml", "/proc/self/pagemap"),
      ("mem.yaml", "/proc/self/mem"),
    ]
    for (name, target) in links {
      try FileManager.default.createSymbolicLink(
        atPath: actors + name, withDestinationPath: target)
    }
    try write(
      Array((actors + "bad").utf8) + [0xFF] + Array(".yaml".utf8),
      "- id: minsk\n  name: Minsk\n  kind: organisation\n  summary: A city.\n")
    // A name that would set the clipboard, the window title and clear the screen.
    try write(
      Array((actors + "\u{1B}]52;c;aGk=\u{07}\u{1B}]0;title\u{07}\u{1B}[2J.yaml").utf8),
      "- id: grodno\n  name: Grodno\n  kind: organisation\n  summary: A city.\n  colour: red\n")
    var deep = root + "/documents"
    for level in 0..<40 { deep += "/level-\(level)" }
    try FileManager.default.createDirectory(atPath: deep, withIntermediateDirectories: true)
    try Data(
      "---\nid: deep\nsource: alpha\ntitle: Deep folder\n---\n\n## One {#one}\n\nText.\n"
        .utf8
    ).write(to: URL(fileURLWithPath: deep + "/deep.md"))
    return root
  }

  /// Writes `text` to the file whose path is `path` (bytes, not necessarily UTF-8).
  func write(_ path: [UInt8], _ text: String) throws {
    let fd = (path + [0]).withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      }
    }
    #expect(fd >= 0)
    let bytes = Array(text.utf8)
    #expect(Glibc.write(fd, bytes, bytes.count) == bytes.count)
    close(fd)
  }

  /// Each diagnostic as "id path:line" (or "id path" when it has no position), with the
  /// corpus folder shown as `c` and the path sanitised as `dossier check` prints it.
  func located(_ corpus: Corpus, root: String) -> [String] {
    corpus.diagnostics.map { diagnostic in
      let path: String
      var line = ""
      if let span = diagnostic.span, span.file < corpus.files.count {
        let file = corpus.files[span.file]
        path = file.path
        line = ":\(file.location(of: span.offset).line)"
      } else {
        path = diagnostic.path ?? "-"
      }
      let shown = TerminalText.sanitized(path).replacingOccurrences(of: root, with: "c")
      return "\(diagnostic.id.rawValue) \(shown)\(line)"
    }
  }

  @Test func everyHostileInputHasItsDiagnosticAndTheRestLoads() throws {
    let root = try makeCorpus()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let corpus = try CorpusLoader.load(directory: root)
    let escapes = "^[]52;c;aGk=^G^[]0;title^G^[[2J"
    #expect(
      located(corpus, root: root) == [
        "file-name c/actors/bad\u{FFFD}.yaml",
        "broken-link c/actors/gone.yaml",
        "broken-link c/actors/loop1.yaml",
        "broken-link c/actors/loop2.yaml",
        "unreadable-file c/actors/mem.yaml",
        "special-file c/actors/null.yaml",
        "file-too-large c/actors/pagemap.yaml",
        "special-file c/actors/pipe.yaml",
        "unknown-field c/actors/\(escapes).yaml:5",
        "missing-field c/actors/controls.yaml:5",
        "unknown-field c/actors/controls.yaml:5",
        "control-character c/actors/controls.yaml:7",
        "too-deep c/actors/deep-block.yaml:1",
        "too-deep c/actors/deep-flow.yaml:1",
        "too-deep c/actors/deep-map.yaml:2",
        "unattested-alias c/actors/people.yaml:8",
        "self-relation c/actors/self.yaml:7",
        "too-deep c/documents/deep-event.md:15",
        "too-deep c/documents/deep-front.md:4",
        "myth-cycle c/myths.yaml:3",
      ])
    // Nothing from a file or its name reaches the terminal raw.
    let text = rendered(corpus)
    #expect(!text.unicodeScalars.contains { TerminalText.isForbidden($0) })
    #expect(text.contains("unknown field '^[]0;key-title^G' in a role"))
    #expect(text.contains("/actors/\(escapes).yaml:5:3: warning: unknown field 'colour'"))

    // The rest loads: actors from a CRLF file, a BOM file, a non-UTF-8 name and an escaped
    // name; the CRLF document's paragraphs and event join their lines with one space.
    #expect(
      Set(corpus.actors.map(\.id)).isSuperset(of: [
        "belarus", "lukashenka", "russia", "minsk", "grodno", "narcissus", "raw-escape",
        "crlf-escape",
      ]))
    let belarus = try #require(corpus.actors.first { $0.id == "belarus" })
    #expect(belarus.summary.plain == "A country whose summary runs over two lines.")
    #expect(corpus.actors.first { $0.id == "crlf-escape" }?.name == "CRLF Escape")
    let alpha = try #require(corpus.documents.first { $0.id == "alpha" })
    #expect(
      alpha.sections.flatMap(\.paragraphs).map(\.text.plain) == [
        "The exercise was held near the border by Belarus."
      ])
    let drill = try #require(corpus.events.first { $0.id == "drill-2009" })
    #expect(drill.summary.plain == "A drill with Belarus forces.")
    #expect(corpus.documents.map(\.id).contains("deep"))
    #expect(corpus.myths.map(\.id) == ["ouroboros"])
  }
}
