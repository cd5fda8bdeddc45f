import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// A briefing with every kind of item, exported in each format: nothing marked is left out
/// without saying so.
@Suite("Briefing exports")
struct BriefingExportTests {
  static let corpus = ExportTests.bundled
  static let exportedAt = ExportTests.exportedAt
  static let marks = [
    "actor:lukashenka", "myth:a19-free-access", "event:force-comparison-2013",
    "event:lukashenka-putin-talks-2019", "paragraph:analysis-2019#summit.1", "event:gone-since",
    "not an item",
  ]
  static let data: UserData = {
    var data = UserData()
    data.briefings = [Briefing(name: "Room 4", items: marks)]
    data.current = "Room 4"
    let when = Date(timeIntervalSince1970: 1_700_000_000)
    data.notes = [
      "actor:lukashenka": Note(text: "Ask about 1994.", updated: when),
      "myth:a19-free-access": Note(text: "Keep it short.", updated: when),
    ]
    return data
  }()
  static var selection: ExportSelection { data.selection(ofBriefing: "Room 4", in: corpus) }

  @Test func theSelectionKeepsEveryMarkedItemInOrder() {
    let selection = Self.selection
    #expect(selection.items.map(\.description) == Array(Self.marks.prefix(5)))
    #expect(selection.missing == ["event:gone-since", "not an item"])
    #expect(
      selection.events(in: Self.corpus).map(\.id) == [
        "force-comparison-2013", "lukashenka-putin-talks-2019",
      ])
    #expect(
      ExportSelection.describe(selection.otherItems) == "1 actor, 1 myth and 1 paragraph")
    // The events alone, as before, for callers that want only them.
    #expect(Self.data.events(ofBriefing: "Room 4", in: Self.corpus).count == 2)
    // Filters choose among the events and keep the other items.
    let narrowed = selection.filteringEvents { $0 == "force-comparison-2013" }
    #expect(narrowed.items.count == 4)
  }

  @Test func theHandoutHoldsActorsMythsAndPassages() throws {
    let text = try ExportFormat.md.encode(
      Self.corpus, selection: Self.selection, filter: nil, exportedAt: Self.exportedAt,
      briefing: "Room 4", notes: Self.data.noteTexts)
    #expect(text.hasPrefix("# Room 4\n"))
    #expect(text.contains("- **Briefing:** Room 4\n"))
    #expect(text.contains("- **Events:** 2\n"))
    #expect(text.contains("- **Other items:** 1 actor, 1 myth and 1 paragraph\n"))
    #expect(text.contains("- **Not in this corpus:** `event:gone-since`, `not an item`\n"))
    // In the briefing's order.
    let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
    #expect(headings.count == 6)
    #expect(headings.first?.hasPrefix("## Alexander Lukashenka") == true)
    #expect(headings[1].hasPrefix("## Myth: Russia already has free military access"))
    #expect(headings[2].hasSuffix("— Size of the Belarusian army compared with Russia and NATO"))
    #expect(headings[4] == "## Paragraph: A summit with integration on the agenda ¶1")
    #expect(headings[5] == "## Sources")
    // The actor card: kind, summary, events, note.
    #expect(text.contains("*Person*"))
    #expect(text.contains("> **Note:** Ask about 1994.\n"))
    #expect(text.contains("- Events ("))
    // The myth: verdict, stances in date order, evidence both ways.
    let myth = try #require(Self.corpus.myth("a19-free-access"))
    let verdict = Self.corpus.verdict(myth.verdict)?.label ?? myth.verdict
    #expect(text.contains("**Verdict: \(verdict)**"))
    #expect(text.contains("Stances of the sources, in date order:\n"))
    let stances = text.split(separator: "\n").filter { line in
      myth.stances.contains { stance in
        line.hasPrefix("- ") && line.contains("**\(stance.stance.rawValue)** — ")
      }
    }
    #expect(stances.count == myth.stances.count)
    #expect(stances.first?.hasPrefix("- Jul 2019?, *") == true)
    #expect(text.contains("Evidence for the claim:\n"))
    #expect(text.contains("Evidence against the claim:\n"))
    #expect(text.contains("> **Note:** Keep it short.\n"))
    // Every figure as the explorer shows it.
    let event = try #require(Self.corpus.event("force-comparison-2013"))
    #expect(event.figures.count == 7)
    for figure in event.figures {
      #expect(text.contains(MarkdownExport.inline(figure.display)))
    }
    #expect(text.contains("1,260,000 troops"))
    // The passage is given in our words, and so is every cited passage.
    #expect(text.contains("In our words:"))
    #expect(!text.contains("“"))
    let listed = marks(in: text.components(separatedBy: "\n## Sources\n").last ?? "")
    #expect(!listed.isEmpty)
    #expect(listed == Array(1...listed.count))
  }

  @Test func theOtherFormatsSayWhatTheyLeaveOut() throws {
    let selection = Self.selection
    let others = ["actor:lukashenka", "myth:a19-free-access", "paragraph:analysis-2019#summit.1"]
    #expect(ExportFormat.md.leftOut(of: selection, in: Self.corpus).isEmpty)
    #expect(ExportFormat.json.leftOut(of: selection, in: Self.corpus).isEmpty)
    for format in [ExportFormat.csv, .ics, .timelinejs] {
      #expect(format.leftOut(of: selection, in: Self.corpus).map(\.description) == others)
    }
    let csv = try ExportFormat.csv.encode(
      Self.corpus, selection: selection, filter: nil, exportedAt: Self.exportedAt,
      briefing: "Room 4")
    let rows = try parseCSV(csv)
    #expect(rows.count == 3)
    #expect(rows.dropFirst().allSatisfy { $0.last == "Room 4" })
    let ics = try ExportFormat.ics.encode(
      Self.corpus, selection: selection, filter: nil, exportedAt: Self.exportedAt,
      briefing: "Room 4")
    let calendar = try validateExport("ics", ics)
    #expect(calendar["events"] as? Int == 2)
    #expect(calendar["calendar_name"] as? String == "Room 4")
    let description = try #require(calendar["calendar_description"] as? String)
    // (icalendar leaves the escapes of this non-standard property as they are.)
    #expect(description.contains("Left out: 1 actor\\, 1 myth and 1 paragraph: only events fit"))
    let timeline = try ExportFormat.timelinejs.encode(
      Self.corpus, selection: selection, filter: nil, exportedAt: Self.exportedAt,
      briefing: "Room 4")
    #expect(try timelineJSProblems(timeline) == [])
    #expect(timeline.contains("Left out: 1 actor, 1 myth and 1 paragraph"))
    let actorOnly = ExportSelection(items: [.actor("lukashenka")])
    #expect(throws: ExportError.self) {
      try ExportFormat.timelinejs.encode(
        Self.corpus, selection: actorOnly, filter: nil, briefing: "Room 4")
    }
  }

  @Test func theJSONNamesTheBriefingItsItemsAndNotes() throws {
    let text = try ExportFormat.json.encode(
      Self.corpus, selection: Self.selection, filter: nil, exportedAt: Self.exportedAt,
      briefing: "Room 4", notes: Self.data.noteTexts)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let briefing = try #require(root["briefing"] as? [String: Any])
    #expect(briefing["name"] as? String == "Room 4")
    #expect(briefing["items"] as? [String] == Array(Self.marks.prefix(5)))
    #expect(briefing["missing"] as? [String] == ["event:gone-since", "not an item"])
    #expect(
      briefing["notes"] as? [String: String] == [
        "actor:lukashenka": "Ask about 1994.", "myth:a19-free-access": "Keep it short.",
      ])
    #expect((root["events"] as? [Any])?.count == 2)
    #expect((root["actors"] as? [Any])?.count == Self.corpus.actors.count)
    // Without a briefing there is no such key.
    let plain = try ExportFormat.json.encode(
      Self.corpus, events: Self.corpus.events, filter: nil, exportedAt: Self.exportedAt)
    let object = try JSONSerialization.jsonObject(with: Data(plain.utf8)) as? [String: Any]
    #expect(object?["briefing"] == nil)
  }

  /// docs/json-export.md and the output agree: the same top-level keys, and every key the
  /// output writes under each is named in its row of the table.
  @Test func theJSONSchemaDocumentMatchesTheOutput() throws {
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appending(
        path: "docs/json-export.md")
    let table = try String(contentsOf: docs, encoding: .utf8)
    var documented: [String: Set<String>] = [:]
    let name = try NSRegularExpression(pattern: "`([a-z_]+)`")
    for line in table.split(separator: "\n") where line.hasPrefix("| `") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count >= 2 else { continue }
      let key = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
      let text = cells[1]
      let range = NSRange(text.startIndex..., in: text)
      documented[key] = Set(
        name.matches(in: text, range: range).compactMap { match in
          Range(match.range(at: 1), in: text).map { String(text[$0]) }
        })
    }
    let text = try ExportFormat.json.encode(
      Self.corpus, selection: Self.selection, filter: "lane x", exportedAt: Self.exportedAt,
      briefing: "Room 4", notes: Self.data.noteTexts)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(Set(root.keys) == Set(documented.keys))
    /// Every key of the objects under a value, at any depth (the keys of `notes` are item
    /// references and those of `alias_sources` aliases, not fields).
    func keys(_ value: Any, skipping: Set<String> = ["notes", "alias_sources"]) -> Set<String> {
      switch value {
      case let object as [String: Any]:
        var all = Set(object.keys)
        for (key, inner) in object where !skipping.contains(key) { all.formUnion(keys(inner)) }
        return all
      case let array as [Any]:
        return array.reduce(into: Set<String>()) { $0.formUnion(keys($1)) }
      default:
        return []
      }
    }
    for (key, value) in root {
      let undocumented = keys(value).subtracting(documented[key] ?? [])
      #expect(undocumented.isEmpty, "\(key): \(undocumented.sorted()) not in docs/json-export.md")
    }
  }

  func marks(in text: String) -> [Int] {
    let regex = try! NSRegularExpression(pattern: #"(?m)^- \[(\d+)\] "#)
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap { match in
      Range(match.range(at: 1), in: text).flatMap { Int(text[$0]) }
    }
  }
}
