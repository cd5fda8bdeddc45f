import DossierModel
import Foundation
import Testing

/// docs/format.md against the program: every diagnostic is documented with its severity, and the
/// string escapes it lists are exactly those the parser accepts.
@Suite("Docs agree with the program")
struct DocsAgreementTests {
  static let format: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return (try? String(contentsOf: root.appendingPathComponent("docs/format.md"), encoding: .utf8))
      ?? ""
  }()

  @Test func everyDiagnosticIsInTheTableWithItsSeverity() {
    let rows = Self.format.split(separator: "\n").filter { $0.hasPrefix("| `") }
    for id in DiagnosticID.allCases {
      let row = rows.first {
        $0.split(separator: "|").first?.contains("`\(id.rawValue)`") == true
      }
      #expect(row != nil, "docs/format.md does not list \(id.rawValue)")
      if let row {
        let severity = id.defaultSeverity == .error ? "| error |" : "| warning |"
        #expect(row.contains(severity), "\(id.rawValue) is documented as: \(row)")
      }
    }
  }

  /// docs/json-export.md: optional values are left out, lists are always written.
  @Test func theJSONExportLeavesOutAbsentValuesButNotEmptyLists() throws {
    let corpus = load([
      "actors.yaml": "- id: a\n  name: A\n  kind: country\n  summary: x\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
      "documents/d.md":
        "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n\n```event\nid: e\ndate: 2009\ntitle: E\nsummary: S.\nactors: [a]\nlane: exercises\n```\n",
    ])
    let json = try JSONExport.encode(corpus)
    #expect(!json.contains("null"))
    #expect(!json.contains("\"location\""))
    #expect(json.contains("\"figures\" : [\n\n      ]") || json.contains("\"figures\" : []"))
    #expect(json.contains("\"tags\" : [\n\n      ]") || json.contains("\"tags\" : []"))
    let documented = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/json-export.md"), encoding: .utf8)
    #expect(documented.contains("a list is always there"))
  }

  @Test func theDocumentedEscapesAreTheAcceptedOnes() throws {
    let start = try #require(Self.format.range(of: "with the escapes"))
    let end = try #require(
      Self.format.range(of: "any other escape", range: start.upperBound..<Self.format.endIndex))
    let list = Self.format[start.upperBound..<end.lowerBound]
    // Each `\X…` in backquotes: the letter after the backslash.
    var documented: Set<Character> = []
    var rest = list[...]
    while let tick = rest.range(of: "`\\") {
      let after = rest[tick.upperBound...]
      if let c = after.first { documented.insert(c) }
      rest = after
    }
    let candidates = (32...126).compactMap { Unicode.Scalar($0).map(Character.init) }
    for c in candidates {
      let hex: String =
        switch c {
        case "x": "41"
        case "u": "0041"
        case "U": "00000041"
        default: ""
        }
      let text = "a: \"x\\\(c)\(hex)y\"\n"
      let accepted = YAMLParser.parse(Array(text.utf8)).errors.isEmpty
      #expect(accepted == documented.contains(c), "escape \\\(c): accepted \(accepted)")
    }
    #expect(documented.count == 20)
  }
}
