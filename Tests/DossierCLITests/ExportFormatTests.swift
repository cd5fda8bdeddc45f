import DossierTestSupport
import Foundation
import Testing

/// `dossier export --format md|csv|ics|timelinejs|json` on the fixture and the bundled corpus.
@Suite("dossier export formats", .serialized)
struct ExportFormatTests {
  /// The number of events a corpus exports, from the JSON export.
  func eventCount(_ arguments: [String]) throws -> Int {
    let run = try dossierRun(["export", "--format", "json"] + arguments)
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    return try #require(object?["events"] as? [Any]).count
  }

  func dossierRun(_ arguments: [String]) throws -> Run {
    try dossier(arguments: arguments)
  }

  static let corpora: [[String]] = [["--data", fixture("good")], [], ["--lane", "exercises"]]

  @Test(arguments: 0..<3) func everyFormatRuns(_ which: Int) throws {
    let corpus = Self.corpora[which]
    let count = try eventCount(corpus)
    #expect(count > 0)

    let md = try dossierRun(["export", "--format", "md"] + corpus)
    #expect(md.status == 0, "\(md.stderr)")
    #expect(md.stdout.hasPrefix("# "))
    #expect(md.stdout.contains("- **Exported:** "))
    #expect(md.stdout.contains("\n## Sources\n"))
    #expect(md.stdout.contains("- **Filter:** ") == (which == 2))

    let csv = try dossierRun(["export", "--format", "csv"] + corpus)
    #expect(csv.status == 0, "\(csv.stderr)")
    #expect(csv.stdout.hasPrefix("event_id,event_date,start_date,end_date,date_precision,"))
    let table = try validateExport("csv", csv.stdout)
    #expect(table["problems"] as? [String] == [])
    #expect(table["rows_with_a_date"] as? Int == count)
    #expect(csv.stdout.hasSuffix("\r\n"))
    let records = csv.stdout.split(separator: "\r\n")
    #expect(records.count == count + 1)
    for line in csv.stdout.utf8.split(separator: 0x0A) { #expect(line.last == 0x0D) }

    let ics = try dossierRun(["export", "--format", "ics"] + corpus)
    #expect(ics.status == 0, "\(ics.stderr)")
    #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
    #expect(ics.stdout.hasSuffix("END:VCALENDAR\r\n"))
    #expect(ics.stdout.components(separatedBy: "BEGIN:VEVENT\r\n").count - 1 == count)
    let calendar = try validateExport("ics", ics.stdout)
    #expect(calendar["problems"] as? [String] == [])
    #expect(calendar["events"] as? Int == count)
    for line in ics.stdout.utf8.split(separator: 0x0A) {
      #expect(line.last == 0x0D)
      #expect(line.count - 1 <= 75)
    }

    let timeline = try dossierRun(["export", "--format", "timelinejs"] + corpus)
    #expect(timeline.status == 0, "\(timeline.stderr)")
    let root = try JSONSerialization.jsonObject(with: Data(timeline.stdout.utf8)) as? [String: Any]
    #expect((root?["events"] as? [Any])?.count == count)
    #expect(root?["title"] is [String: Any])
    #expect(root?["eras"] is [Any])
    #expect(try timelineJSProblems(timeline.stdout) == [])
  }

  /// The selection of issue 13: the deployments of 2013 carry the two eras they overlap, each
  /// with distinct start and end dates.
  @Test func aFilteredTimelineCarriesOnlyItsEras() throws {
    let run = try dossierRun([
      "export", "--format", "timelinejs", "--lane", "deployments", "--from", "2013", "--to", "2013",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try timelineJSProblems(run.stdout) == [])
    let root = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    let eras = try #require(root?["eras"] as? [[String: Any]])
    #expect(
      eras.map { ($0["text"] as? [String: String])?["headline"] ?? "" } == [
        "After Georgia", "After Crimea",
      ])
    let none = try dossierRun([
      "export", "--format", "timelinejs", "--lane", "deployments", "--from", "1800", "--to", "1801",
    ])
    #expect(none.status == 1)
    #expect(none.stdout == "")
    #expect(none.stderr.contains("at least one event with a date"))
  }

  /// `--briefing` exports every marked item: the handout and JSON hold them all, the other
  /// formats say on standard error what they leave out, and the CSV's `briefing` column holds
  /// the name.
  @Test func aBriefingExportsEveryMarkedItem() throws {
    let home = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    try FileManager.default.createDirectory(
      atPath: home + "/dossier", withIntermediateDirectories: true)
    let store = """
      {"version": 1, "current": "Room 4", "briefings": [{"name": "Room 4", "items": [
        "actor:lukashenka", "myth:a19-free-access", "event:force-comparison-2013",
        "event:lukashenka-putin-talks-2019", "event:gone-since"]}],
       "notes": {"event:force-comparison-2013": {"text": "=Point at the map", "updated": "2023-11-14T22:13:20Z"}}}
      """
    try Data(store.utf8).write(
      to: URL(fileURLWithPath: home + "/dossier/belarus-russia-defence.json"))
    let environment = ["XDG_DATA_HOME": home]
    func export(_ format: String, _ more: [String] = []) throws -> Run {
      try dossier(
        arguments: ["export", "--format", format, "--briefing", "Room 4"] + more,
        environment: environment)
    }
    let md = try export("md")
    #expect(md.status == 0, "\(md.stderr)")
    #expect(md.stdout.hasPrefix("# Room 4\n"))
    #expect(md.stdout.contains("\n## Alexander Lukashenka\n"))
    #expect(md.stdout.contains("\n## Myth: Russia already has free military access"))
    #expect(md.stdout.contains("**Verdict: "))
    #expect(md.stdout.contains("> **Note:** \\=Point at the map\n"))
    #expect(
      md.stderr == "dossier: left out 1 marked item this corpus does not have: event:gone-since\n")

    let csv = try export("csv")
    #expect(csv.status == 0)
    let rows = csv.stdout.split(separator: "\r\n")
    #expect(rows.count == 3)
    #expect(rows.dropFirst().allSatisfy { $0.hasSuffix(",Room 4") })
    #expect(csv.stdout.contains(",'=Point at the map,"))
    #expect(
      csv.stderr.contains(
        "dossier: csv holds events only; left out 1 actor and 1 myth: actor:lukashenka, myth:a19-free-access"
      ))
    let table = try validateExport("csv", csv.stdout)
    #expect(table["briefing"] as? [String] == ["Room 4"])

    let narrowed = try export("csv", ["--lane", "deployments"])
    #expect(narrowed.stdout.split(separator: "\r\n").count == 2)

    let ics = try export("ics")
    #expect(ics.status == 0)
    #expect(ics.stdout.contains("X-WR-CALNAME:Room 4\r\n"))
    #expect(
      ics.stderr.contains("dossier: ics holds dated events only; left out 1 actor and 1 myth"))
    let timeline = try export("timelinejs")
    #expect(timeline.status == 0)
    #expect(try timelineJSProblems(timeline.stdout) == [])

    let json = try export("json")
    let root = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let briefing = root?["briefing"] as? [String: Any]
    #expect((briefing?["items"] as? [String])?.count == 4)
    #expect(briefing?["missing"] as? [String] == ["event:gone-since"])
    #expect(json.stderr.contains("event:gone-since"))
    #expect(!json.stderr.contains("left out 1 actor"))
  }

  @Test func outWritesTheFileAtomically() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/timeline.ics"
    let run = try dossier(
      "export", "--format", "ics", "--data", fixture("good"), "--lane", "exercises", "--out", path)
    #expect(run.status == 0)
    #expect(run.stdout == "")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    #expect(text.contains("UID:drill-2009@fixture.dossier\r\n"))
    #expect(!text.contains("treaty-1999"))
    #expect(text.contains("Filter: lane exercises"))
  }

  @Test func unknownFormatIsAUsageError() throws {
    let run = try dossier("export", "--format", "xml", "--data", fixture("good"))
    #expect(run.status == 2)
    #expect(run.stderr.contains("timelinejs"))
  }
}
