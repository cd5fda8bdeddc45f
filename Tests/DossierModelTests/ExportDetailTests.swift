import DossierModel
import Foundation
import Testing

/// What the corpus says about an alias's sources, a figure's passage and the event an event
/// comes after reaches every export that has a place for it (issue 12).
@Suite("Export details")
struct ExportDetailTests {
  static let corpus = ExportTests.bundled
  let protests = "belarus-post-election-protests-2020"
  let election = "belarus-presidential-election-2020"
  let roadmaps = "integration-talks-collapse-2019"
  let roadmapsCite = "policy-paper-2020#union-state-at-twenty-ultimatum.7"

  func events(_ ids: String...) -> [Event] { ids.compactMap { Self.corpus.event($0) } }

  func json() throws -> [String: Any] {
    let text = try ExportFormat.json.encode(Self.corpus, events: Self.corpus.events, filter: nil)
    return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func jsonCarriesAfterFigureCitationsAndAliasSources() throws {
    let root = try json()
    let events = try #require(root["events"] as? [[String: Any]])
    let protests = try #require(events.first { $0["id"] as? String == self.protests })
    #expect(protests["after"] as? String == election)
    // Left out, never null, where the corpus says nothing.
    let election = try #require(events.first { $0["id"] as? String == self.election })
    #expect(election["after"] == nil)
    let talks = try #require(events.first { $0["id"] as? String == roadmaps })
    let figures = try #require(talks["figures"] as? [[String: Any]])
    #expect(figures.contains { $0["cite"] as? String == roadmapsCite })
    let actors = try #require(root["actors"] as? [[String: Any]])
    let lukashenka = try #require(actors.first { $0["id"] as? String == "lukashenka" })
    let sources = try #require(lukashenka["alias_sources"] as? [String: [String]])
    #expect(sources["Lukashenko"] == ["analysis-2019", "policy-paper-2020"])
  }

  @Test func theHandoutSaysAfterWhatAndWhereAFigureComesFrom() throws {
    let text = try ExportFormat.md.encode(
      Self.corpus,
      selection: ExportSelection(items: [.event(protests), .event(roadmaps), .actor("lukashenka")]),
      filter: nil)
    #expect(text.contains("after: Disputed presidential election"), "\(text.prefix(800))")
    // The figure carries the citation mark of its passage, listed among the sources.
    let figures = try #require(text.split(separator: "\n").first { $0.hasPrefix("- Figures: ") })
    #expect(figures.contains("roadmaps"))
    let mark = try #require(figures.firstMatch(of: /roadmaps[^;]*? \[(\d+)\]/)?.output.1)
    #expect(text.contains("[\(mark)] "))
    #expect(text.contains("Lukashenko (analysis-2019, policy-paper-2020)"))
  }

  @Test func csvHasAnAfterColumnAndFigureSources() throws {
    let text = try ExportFormat.csv.encode(
      Self.corpus, events: events(protests, roadmaps), filter: nil)
    let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(CSVExport.columns.contains("after"))
    #expect(rows[0].contains(",after,"))
    #expect(text.contains(election))
    #expect(text.contains("[\(roadmapsCite)]"))
  }

  @Test func calendarAndTimelineSayAfterWhat() throws {
    let ics = try ExportFormat.ics.encode(Self.corpus, events: events(protests), filter: nil)
    #expect(
      ics.replacingOccurrences(of: "\r\n ", with: "").contains("After: Disputed presidential"))
    let timeline = try ExportFormat.timelinejs.encode(
      Self.corpus, events: events(protests), filter: nil)
    #expect(timeline.contains("After: Disputed presidential election"))
  }
}
