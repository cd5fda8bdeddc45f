import Foundation
import Testing

/// The shape issue 10 asks of the code, held on the repository's own files: small files in the
/// UI and toolkit modules, screens told apart only by the catalogue, a thin explorer command.
@Suite("Source shape")
struct SourceShapeTests {
  @Test("No file in the UI and toolkit modules has more than 300 lines of code")
  func smallFiles() throws {
    for module in SourceShape.smallModules {
      let files = try SourceShape.swiftFiles(inModule: module)
      #expect(!files.isEmpty, "no Swift files found under Sources/\(module)")
      for file in files {
        let count = SourceShape.codeLineCount(file.text)
        #expect(
          count <= SourceShape.fileLimit,
          "\(file.path) has \(count) lines of code (limit \(SourceShape.fileLimit)): split it along its seams into Type+Feature.swift files"
        )
      }
    }
  }

  @Test("Only the screen catalogue tells screens apart")
  func noScreenTestsOutsideTheCatalogue() throws {
    let files = try SourceShape.swiftFiles(inModule: "DossierUI")
    let catalogue = "Sources/DossierUI/" + SourceShape.catalogue
    #expect(files.contains { $0.path == catalogue }, "\(catalogue) not found")
    for file in files where file.path != catalogue {
      for line in SourceShape.screenComparisons(file.text) {
        Issue.record(
          "\(file.path):\(line.number) tests which screen is current (\(line.text.trimmingCharacters(in: .whitespaces))): ask the ScreenCatalog instead"
        )
      }
    }
  }

  @Test("Explore.swift is thin glue: arguments, settings, starting the runtime")
  func exploreIsGlue() throws {
    let url = SourceShape.root.appending(path: "Sources/dossier/Explore.swift")
    let text = try String(contentsOf: url, encoding: .utf8)
    for problem in SourceShape.glueProblems(text) {
      Issue.record("Sources/dossier/Explore.swift \(problem)")
    }
  }

  // MARK: The rules themselves

  @Test("Lines of code leave out blank lines and comments")
  func countingLines() {
    let text = """
      import Foundation

      /// A doc comment.
      struct A {
        // a comment
        var b = 1  // a trailing comment still leaves a line of code
      }
      """
    #expect(SourceShape.codeLineCount(text) == 4)
    #expect(SourceShape.codeLineCount(String(repeating: "let x = 1\n", count: 301)) == 301)
  }

  @Test("Each kind of screen test is caught; other comparisons are not")
  func catchingScreenTests() {
    let caught = [
      "if view == .timeline { return }",
      "guard state.view != .myths else { return }",
      "let chart = self.view == .timeline",
      "if .briefing == state.view {",
      "if case .stances = view {",
    ]
    for line in caught {
      #expect(SourceShape.screenComparisons(line).count == 1, "not caught: \(line)")
    }
    let allowed = [
      "box.scope == .briefing",
      "if preview == .none {",
      "// view == .timeline (a comment)",
      "guard id != view else { return }",
      #"let s = "view == .x"  // view == .timeline"#,
    ]
    for line in allowed {
      #expect(SourceShape.screenComparisons(line).isEmpty, "caught: \(line)")
    }
  }

  @Test("Drawing, keys, loops and length are each caught in the explorer's command")
  func catchingFatGlue() {
    let glue = "struct Explore: ParsableCommand {\n  func run() throws { try session.run() }\n}\n"
    #expect(SourceShape.glueProblems(glue).isEmpty)
    for extra in [
      "import DossierTUI", "var buffer = Buffer(size: size)", "if key == .key(.character(\"q\")) {",
      "let keys = KeyMap<Action>()", "while true {",
    ] {
      #expect(!SourceShape.glueProblems(extra + "\n" + glue).isEmpty, "not caught: \(extra)")
    }
    let long = glue + String(repeating: "let x = 1\n", count: SourceShape.glueLimit)
    #expect(SourceShape.glueProblems(long).contains { $0.contains("lines of code") })
    #expect(!SourceShape.glueProblems("struct Other {}").isEmpty)
  }
}
