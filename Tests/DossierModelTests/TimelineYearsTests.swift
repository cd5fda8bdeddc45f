import DossierModel
import Testing

@Suite("Year jumps and timeline headings")
struct TimelineYearsTests {
  /// Eras split at March 2014, and events dated "since 2014", "2014" and March 2014.
  let corpus = load([
    "corpus.yaml": """
    id: test
    title: Test corpus
    eras:
      - id: before
        name: Before
        dates: 2008-08/2014-02
      - id: after
        name: After
        dates: 2014-03/2020-07
    lanes:
      - id: war
        name: War
        short: WAR
    """,
    "sources.yaml": """
    - id: s
      title: A source
      date: 2020
      kind: report
    """,
    "actors.yaml": """
    - id: a
      name: A
      kind: country
      summary: A country.
    """,
    "documents/d.md": """
    ---
    id: d
    source: s
    title: D
    ---

    ## One {#one}

    Text.

    """
      + [
        ("e-2013", "2013-05-01"), ("since-2014", "2014/.."), ("year-2014", "2014"),
        ("march-2014", "2014-03-12"), ("e-2016", "2016-06"),
      ].map { id, date in
        "```event\nid: \(id)\ndate: \(date)\ntitle: Event \(id)\nsummary: S.\n"
          + "actors: [a]\nlane: war\n```\n\n"
      }.joined(),
  ])

  @Test func theFixtureLoads() {
    #expect(corpus.errorCount == 0, "\(corpus.diagnostics.map(\.message))")
    #expect(
      corpus.events.map(\.id) == ["e-2013", "since-2014", "year-2014", "march-2014", "e-2016"])
  }

  @Test func aYearJumpSkipsOpenRangesOfThatYear() {
    let landing = Corpus.firstEvent(ofYear: 2014, in: corpus.events)
    #expect(landing == YearLanding(index: 2, year: 2014, exact: true))
    #expect(
      Corpus.firstEvent(ofYear: 2013, in: corpus.events)
        == YearLanding(index: 0, year: 2013, exact: true))
    // A year with no events lands on the next year that has some.
    #expect(
      Corpus.firstEvent(ofYear: 2015, in: corpus.events)
        == YearLanding(index: 4, year: 2016, exact: false))
    #expect(Corpus.firstEvent(ofYear: 1900, in: corpus.events)?.index == 0)
    #expect(Corpus.firstEvent(ofYear: 2017, in: corpus.events) == nil)
    #expect(Corpus.firstEvent(ofYear: 2014, in: []) == nil)
  }

  @Test func aYearOfOnlyOpenRangesLandsOnTheFirstOfThem() {
    let events = corpus.events.filter { $0.id != "year-2014" && $0.id != "march-2014" }
    #expect(
      Corpus.firstEvent(ofYear: 2014, in: events) == YearLanding(index: 1, year: 2014, exact: true))
  }

  @Test func oneYearHasOneHeadingEvenAcrossAnEraBoundary() {
    let groups = corpus.timelineGroups(corpus.events)
    let eras = corpus.manifest.eras.map(\.id)
    #expect(
      groups.map { "\($0.era.map { eras[$0] } ?? "-") \($0.year ?? 0) \($0.events)" } == [
        "before 2013 0..<1", "after 2014 1..<4", "after 2016 4..<5",
      ])
    // By the first day alone, "2014" would fall in the earlier era.
    #expect(corpus.eraIndex(of: corpus.events[2].date) == 1)
    #expect(corpus.eraIndex(of: corpus.events[0].date) == 0)
  }
}
