import Foundation

/// The rules of the code's shape (issue 10), as functions of a file's text, so that each rule
/// can be tried on a small sample as well as on the repository.
enum SourceShape {
  /// The modules whose files must stay small: the explorer, the terminal toolkit and backend,
  /// the charts and the presenter.
  static let smallModules = [
    "DossierUI", "DossierTUI", "DossierTerminal", "DossierCharts", "DossierSlides",
  ]
  /// The most lines of code a file of those modules may have.
  static let fileLimit = 300
  /// The one file allowed to tell screens apart, relative to `Sources/DossierUI`.
  static let catalogue = "App/ScreenCatalog.swift"
  /// The most lines of code `Sources/dossier/Explore.swift` may have.
  static let glueLimit = 120

  /// The repository's root folder, found from this file's place in `Tests/DossierUITests`.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Lines of code: lines that are neither blank nor only a `//` comment (doc comments too).
  static func codeLineCount(_ text: String) -> Int {
    text.split(separator: "\n", omittingEmptySubsequences: false).count { line in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      return !trimmed.isEmpty && !trimmed.hasPrefix("//")
    }
  }

  /// The code of each line (numbered from 1) with comments cut off and the insides of string
  /// literals, multi-line ones included, left out; lines with no code are skipped. What the
  /// rules below look for is code, never a word in a message or a comment.
  static func codeLines(_ text: String) -> [(number: Int, text: String)] {
    var lines: [(number: Int, text: String)] = []
    var inMultiline = false
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let chars = Array(line)
      func startsTriple(_ j: Int) -> Bool {
        j + 2 < chars.count && chars[j] == "\"" && chars[j + 1] == "\"" && chars[j + 2] == "\""
      }
      var code = ""
      var inString = false
      var j = 0
      while j < chars.count {
        if inMultiline {
          if startsTriple(j) {
            inMultiline = false
            code += "\"\"\""
            j += 3
          } else {
            j += chars[j] == "\\" ? 2 : 1
          }
        } else if inString {
          if chars[j] == "\"" {
            inString = false
            code += "\""
          }
          j += chars[j] == "\\" ? 2 : 1
        } else if startsTriple(j) {
          inMultiline = true
          code += "\"\"\""
          j += 3
        } else if chars[j] == "\"" {
          inString = true
          code += "\""
          j += 1
        } else if chars[j] == "/", j + 1 < chars.count, chars[j + 1] == "/" {
          break
        } else {
          code.append(chars[j])
          j += 1
        }
      }
      if !code.trimmed.isEmpty { lines.append((i + 1, code)) }
    }
    return lines
  }

  /// Tests of which screen is current: `view == .x`, `state.view != .x`, `.x == view`,
  /// `case .x = view`. Screens are told apart only by the catalogue.
  static let screenTests = [
    #"\bview\s*[!=]=\s*\."#,
    #"\.\w+\s*[!=]=\s*(\w+\.)*view\b"#,
    #"\bcase\s+\.\w+\s*=\s*(\w+\.)*view\b"#,
  ]

  /// The lines of code of `text` that test which screen is current.
  static func screenComparisons(_ text: String) -> [(number: Int, text: String)] {
    // Simple word boundaries: by Unicode's rules `state.view` is one word.
    let patterns = screenTests.map { try! Regex($0).wordBoundaryKind(.simple) }
    return codeLines(text).filter { line in patterns.contains { line.text.contains($0) } }
  }

  /// What the explorer's command file must not hold: the toolkit's drawing code, key handling,
  /// or a loop (all of that belongs to the runtime in DossierUI).
  static let notGlue: [(pattern: String, what: String)] = [
    ("import DossierTUI", "imports the drawing toolkit"),
    ("Buffer", "draws into a buffer"),
    ("render(", "renders"),
    ("KeyMap", "holds a key map"),
    ("InputEvent", "reads input events"),
    (".key(", "handles keys"),
    (".character(", "handles keys"),
    (".control(", "handles keys"),
    (".mouse(", "handles the mouse"),
    ("while ", "runs a loop"),
  ]

  /// Why `text` (the explorer's command file) is not thin glue; empty when it is.
  static func glueProblems(_ text: String) -> [String] {
    var problems: [String] = []
    let count = codeLineCount(text)
    if count > glueLimit { problems.append("has \(count) lines of code (limit \(glueLimit))") }
    if !text.contains("struct Explore: ParsableCommand") {
      problems.append("does not declare the Explore command")
    }
    for line in codeLines(text) {
      for rule in notGlue where line.text.contains(rule.pattern) {
        problems.append("line \(line.number) \(rule.what): \(line.text.trimmed)")
      }
    }
    return problems
  }

  /// The Swift files under `Sources/MODULE`, with their paths from the repository's root.
  static func swiftFiles(inModule module: String) throws -> [(path: String, text: String)] {
    let folder = root.appending(path: "Sources/\(module)")
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    else { return [] }
    var files: [(path: String, text: String)] = []
    for case let url as URL in walker where url.pathExtension == "swift" {
      let path = String(
        url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
      files.append((path, try String(contentsOf: url, encoding: .utf8)))
    }
    return files.sorted { $0.path < $1.path }
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
