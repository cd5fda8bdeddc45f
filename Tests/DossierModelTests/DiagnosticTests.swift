import DossierModel
import DossierTestSupport
import Foundation
import Testing

@Suite("Diagnostics")
struct DiagnosticTests {
  @Test func everyDiagnosticIDHasACase() {
    let covered = Set(diagnosticCases.map(\.id))
    let expected = Set(DiagnosticID.allCases.map(\.rawValue)).subtracting([
      "missing-manifest", "invalid-utf8", "binary-file", "file-too-large",  // tested below
      "unreadable-file", "special-file", "broken-link", "file-name",  // HostileFolderTests
    ])
    #expect(expected.subtracting(covered).isEmpty, "uncovered: \(expected.subtracting(covered))")
  }

  @Test(arguments: diagnosticCases.map(\.id))
  func exactText(id: String) throws {
    let files = try #require(diagnosticCases.first { $0.id == id }?.files)
    let corpus = load(files)
    let matching = corpus.diagnostics.filter { $0.id.rawValue == id }
    let first = try #require(matching.first, "no \(id) in:\n\(rendered(corpus))")
    let text = DiagnosticFormatter().format(first, files: corpus.files)
    if let folder = ProcessInfo.processInfo.environment["DOSSIER_RECORD_DIAGNOSTICS"] {
      try text.write(toFile: "\(folder)/\(id).txt", atomically: true, encoding: .utf8)
    }
    #expect(text == (expectedDiagnosticText[id] ?? "<missing expectation>"), "\(id):\n\(text)")
  }

  @Test func missingManifest() {
    let corpus = CorpusLoader.load(CorpusInput(root: "c", files: []))
    #expect(
      rendered(corpus) == """
        c/corpus.yaml: error: the corpus has no manifest [missing-manifest]
          = hint: create corpus.yaml with id, title and lanes (see docs/format.md)

        """)
  }

  @Test func unreadableFilesAreSkippedAndTheRestLoads() {
    let files = [
      CorpusInput.File(path: "corpus.yaml", bytes: Array(manifestYAML.utf8)),
      CorpusInput.File(path: "actors/bad.yaml", bytes: [0x2D, 0x20, 0xFF, 0x0A]),
      CorpusInput.File(path: "actors/nul.yaml", bytes: [0x61, 0x00]),
      CorpusInput.File(path: "actors/huge.yaml", bytes: [], size: 20 * 1_048_576),
      CorpusInput.File(
        path: "actors/good.yaml",
        bytes: Array("- id: a\n  name: A\n  kind: country\n  summary: x\n".utf8)),
    ]
    let corpus = CorpusLoader.load(CorpusInput(root: "c", files: files))
    #expect(corpus.actors.map(\.id) == ["a"])
    #expect(
      rendered(corpus) == """
        c/actors/bad.yaml: error: the file is not valid UTF-8 (line 1, column 3); it was skipped [invalid-utf8]
          = hint: save the file as UTF-8

        c/actors/huge.yaml: error: the file is 20 MiB, over the limit of 16 MiB; it was skipped [file-too-large]
          = hint: split it into several files

        c/actors/nul.yaml: error: the file contains NUL bytes (at byte 1); it was skipped [binary-file]
          = hint: only UTF-8 text files belong in a corpus

        """)
  }

  @Test func controlCharactersNeverReachTheModel() throws {
    let corpus = load([
      "actors.yaml":
        "- id: a\n  name: \"A\\e[2J\\u009b\"\n  kind: country\n  summary: x\u{7}y\u{202E}z\n"
    ])
    let actor = try #require(corpus.actor("a"))
    #expect(actor.name == "A[2J")
    #expect(actor.summary.plain == "x y   z")
    #expect(corpus.diagnostics.filter { $0.id == .controlCharacter }.count == 2)
  }

  @Test func aBrokenFileDoesNotStopTheOthers() {
    let corpus = load([
      "actors/broken.yaml": "- id: [\n",
      "actors/good.yaml": "- id: b\n  name: B\n  kind: country\n  summary: x\n",
    ])
    #expect(corpus.actors.map(\.id) == ["b"])
    #expect(corpus.errorCount == 1)
  }

  @Test func diagnosticsAreOrderedAndSummarised() {
    let corpus = try! CorpusLoader.load(directory: fixture("broken"))
    let summary = DiagnosticFormatter().summary(corpus.diagnostics)
    #expect(
      summary
        == "\(corpus.errorCount) errors, \(corpus.warningCount) warning\(corpus.warningCount == 1 ? "" : "s")"
    )
    let positions = corpus.diagnostics.compactMap(\.span).map { [$0.file, $0.offset] }
    #expect(positions == positions.sorted { $0.lexicographicallyPrecedes($1) })
  }
}
