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
    #expect(csv.stdout.hasPrefix("event_id,event_date,date_precision,"))
    #expect(csv.stdout.hasSuffix("\r\n"))
    let records = csv.stdout.split(separator: "\r\n")
    #expect(records.count == count + 1)
    for line in csv.stdout.utf8.split(separator: 0x0A) { #expect(line.last == 0x0D) }

    let ics = try dossierRun(["export", "--format", "ics"] + corpus)
    #expect(ics.status == 0, "\(ics.stderr)")
    #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
    #expect(ics.stdout.hasSuffix("END:VCALENDAR\r\n"))
    #expect(ics.stdout.components(separatedBy: "BEGIN:VEVENT\r\n").count - 1 == count)
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
