import DossierModel
import DossierTestSupport
import Testing

@Suite("Model and indexes")
struct IndexTests {
  let corpus = try! CorpusLoader.load(directory: fixture("good"))

  @Test func theGoodFixtureIsClean() {
    #expect(rendered(corpus) == "")
    #expect(corpus.actors.count == 3)
    #expect(corpus.events.map(\.id) == ["treaty-1999", "drill-2009"])
  }

  @Test func actorsResolveByAnyAliasIgnoringCaseAndDiacritics() {
    for name in [
      "Lukashenko", "lukashenka", "LUKASHENKA", "Alexander Lukashenka", "Аляксандр Лукашэнка",
    ] {
      #expect(corpus.actors(named: name).map(\.id) == ["lukashenka"], "\(name)")
    }
    #expect(corpus.actors(named: "Suwalki Gap").map(\.id) == ["suwalki"])
    #expect(corpus.actors(named: "suwałki gap").map(\.id) == ["suwalki"])
  }

  @Test func actorEventsAreInDateOrder() {
    let events = corpus.index.eventsByActor["belarus"]!.map { corpus.events[$0].id }
    #expect(events == ["treaty-1999", "drill-2009"])
    #expect(
      corpus.index.eventsByActor["lukashenka"]!.map { corpus.events[$0].id } == [
        "treaty-1999", "drill-2009",
      ])
  }

  @Test func mentionsAndLabels() throws {
    let paragraph = try #require(corpus.paragraph(Citation(parsing: "alpha#intro.1")!))
    #expect(paragraph.text.plain == "The president visits the Suwałki Gap area.")
    #expect(paragraph.text.mentionedActors == ["lukashenka", "suwalki"])
    #expect(paragraph.events == ["drill-2009"])
    #expect(corpus.index.mentions["suwalki"] == [.paragraph(Citation(parsing: "alpha#intro.1")!)])
    #expect(corpus.index.mentions["belarus"]?.contains(.actor("lukashenka")) == true)
  }

  @Test func reportsAddCitationsToOneEvent() throws {
    let drill = try #require(corpus.event("drill-2009"))
    #expect(drill.citations.map(\.description) == ["alpha#intro.1", "beta#ex.1"])
    #expect(drill.figures.first?.display == "12,500 troops (servicemen)")
    #expect(drill.dateLabel == "Sep 2009")
  }

  @Test func relationsGoBothWays() {
    let incoming = corpus.index.incomingRelations["belarus"] ?? []
    #expect(incoming.map(\.from) == ["lukashenka"])
    #expect(incoming.first?.relation.type.inverseLabel == "led by")
  }

  @Test func backlinksFromEveryCitingRecord() {
    let paragraph = ItemRef.paragraph(Citation(parsing: "beta#ex.1")!)
    let links = corpus.index.backlinks[paragraph] ?? []
    #expect(
      Set(links) == [.event("drill-2009"), .myth("strong-ally"), .disagreement("drill-size")])
    #expect(corpus.index.backlinks[.event("drill-2009")]?.contains(.myth("strong-ally")) == true)
    #expect(corpus.index.disagreementsByItem[.event("drill-2009")] == [0])
  }

  @Test func mythStancesAreInDateOrderWithSourceDates() throws {
    let myth = try #require(corpus.myth("strong-ally"))
    #expect(myth.stances.map(\.source) == ["alpha", "beta"])
    #expect(myth.stances.map { $0.date?.text } == ["2013-06", "2020"])
    #expect(corpus.index.mythsByActor["lukashenka"] == [0])
  }

  @Test func itemRefsRoundTrip() {
    let refs: [ItemRef] = [
      .actor("a"), .event("e"), .myth("m"), .source("s"), .document("d"),
      .section(document: "d", section: "s"), .paragraph(Citation(parsing: "d#s.2")!),
      .glossary("g"), .disagreement("x"),
    ]
    for ref in refs { #expect(ItemRef(ref.description) == ref) }
    #expect(ItemRef("nonsense") == nil)
  }

  @Test func citationsParse() {
    #expect(Citation(parsing: "doc")?.description == "doc")
    #expect(Citation(parsing: "doc#sec.12")?.paragraph == 12)
    #expect(Citation(parsing: "doc#sec.0") == nil)
    #expect(Citation(parsing: "Doc#sec") == nil)
    #expect(Citation(parsing: "doc#sec.1.2") == nil)
  }

  @Test func eventFilters() {
    func ids(_ filter: EventFilter) -> [String] { filter.apply(to: corpus).map(\.id) }
    #expect(ids(EventFilter(lanes: ["exercises"])) == ["drill-2009"])
    #expect(ids(EventFilter(sources: ["beta"])) == ["drill-2009"])
    #expect(ids(EventFilter(actors: ["lukashenka"])) == ["treaty-1999", "drill-2009"])
    #expect(ids(EventFilter(from: try! EDTFDate.parse("2000").get())) == ["drill-2009"])
    #expect(ids(EventFilter(to: try! EDTFDate.parse("1999").get())) == ["treaty-1999"])
    #expect(ids(EventFilter(text: "treaty")) == ["treaty-1999"])
    #expect(
      EventFilter(lanes: ["exercises"], from: try! EDTFDate.parse("2000").get()).description
        == "lane exercises, from 2000")
  }

  @Test func foldingHandlesLatinCyrillicAndPunctuation() {
    #expect(TextFolding.fold("Suwałki") == "suwalki")
    #expect(TextFolding.fold("Anaïs Marin") == "anais marin")
    #expect(TextFolding.fold("Лукашэнка") == "лукашэнка")
    #expect(TextFolding.fold("Ёлка") == "елка")
    #expect(TextFolding.fold("Belarus’s") == "belarus's")
  }
}
