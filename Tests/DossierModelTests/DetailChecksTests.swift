import Foundation
import Testing

@testable import DossierModel

/// The checks of details a careful editor would catch: attested aliases, citations and
/// relations given once, figures cited from their event's passages, mention labels that read
/// well in their sentence, one spelling per tag, and events placed after the event they follow.
@Suite("Detail checks")
struct DetailChecksTests {
  static let source = "- id: s\n  title: S\n  kind: report\n- id: t\n  title: T\n  kind: report\n"

  func ids(_ corpus: Corpus) -> [DiagnosticID] { corpus.diagnostics.map(\.id) }

  @Test func aliasesNameTheSourcesThatSpellThem() throws {
    let corpus = load([
      "sources.yaml": Self.source,
      "actors.yaml": """
      - id: lukashenka
        name: Alexander Lukashenka
        aliases:
          - {name: Lukashenko, sources: [s, t]}
          - name: Alyaksandr Lukashenka
            sources: [t]
        kind: person
        summary: x
      """,
    ])
    #expect(corpus.diagnostics.isEmpty, "\(rendered(corpus))")
    let actor = try #require(corpus.actor("lukashenka"))
    #expect(actor.aliases == ["Lukashenko", "Alyaksandr Lukashenka"])
    #expect(actor.aliasSources["Lukashenko"] == ["s", "t"])
    let detail = try #require(ItemDetail(.actor("lukashenka"), in: corpus))
    #expect(detail.rendered.contains("alias: Lukashenko — s, t\n"))
    #expect(corpus.actors(named: "Lukashenko").first?.id == "lukashenka")
  }

  @Test func anAliasMustNameAKnownSource() {
    let corpus = load([
      "sources.yaml": Self.source,
      "actors.yaml": """
      - id: a
        name: A
        aliases: [{name: Ay, sources: [nowhere]}, {name: Bee}]
        kind: country
        summary: x
      """,
    ])
    #expect(ids(corpus).contains(.unknownSource))
    #expect(ids(corpus).contains(.unattestedAlias))
  }

  @Test func aRelationStatedFromBothEndsIsReportedOnce() {
    let corpus = load([
      "actors.yaml": """
      - id: a
        name: A
        kind: country
        summary: x
        relations:
          - type: allied-with
            to: b
          - type: allied-with
            to: b
      - id: b
        name: B
        kind: country
        summary: y
        relations:
          - type: allied-with
            to: a
      """
    ])
    #expect(ids(corpus) == [.duplicateRelation, .duplicateRelation], "\(rendered(corpus))")
  }

  static let document = """
    ---
    id: d
    source: s
    title: D
    ---

    ## Intro

    First.

    Second: the 301-mm [[a200]] missile, near Baranovichi in [[brest]] (the radar).

    ```event
    id: e
    date: 2019-12-07
    title: E
    summary: S.
    actors: [a200]
    lane: exercises
    tags: [exercise]
    cite: [d#intro.2, d#intro.1]
    figures:
      - value: 3
        unit: roadmaps
        counts: roadmaps without consensus
        cite: d#intro.1
    ```

    ```event
    id: f
    date: 2020
    display: planned for spring 2020
    title: F
    summary: S.
    actors: [a200]
    lane: exercises
    tags: [exercises]
    figures:
      - value: 2
        unit: sites
        note: From d#intro.1.
    ```
    """

  @Test func citationsFiguresAndWordingOfADocument() {
    let corpus = load([
      "sources.yaml": Self.source, "documents/d.md": Self.document,
      "actors.yaml": """
      - id: a200
        name: A200 missile
        kind: weapon-system
        summary: x
      - id: brest
        name: Brest region
        kind: region
        summary: y
      """,
    ])
    let found = ids(corpus)
    #expect(found.filter { $0 == .duplicateCitation }.count == 1, "\(rendered(corpus))")
    #expect(found.filter { $0 == .repeatedWord }.count == 2, "\(rendered(corpus))")
    #expect(found.filter { $0 == .figureCitation }.count == 1, "\(rendered(corpus))")
    #expect(found.filter { $0 == .similarTag }.count == 1, "\(rendered(corpus))")
    #expect(corpus.event("e")?.citations.count == 2)
    #expect(corpus.event("e")?.figures.first?.citation?.description == "d#intro.1")
  }

  @Test func aFigureCitedFromAnotherPassageIsReported() {
    let text = Self.document.replacingOccurrences(
      of: "cite: [d#intro.2, d#intro.1]", with: "cite: d#intro.2")
    let corpus = load([
      "sources.yaml": Self.source, "documents/d.md": text,
      "actors.yaml": "- id: a200\n  name: A200\n  kind: weapon-system\n  summary: x\n"
        + "- id: brest\n  name: Brest\n  kind: region\n  summary: y\n",
    ])
    #expect(
      corpus.diagnostics.contains {
        $0.id == .figureCitation && $0.message.contains("not among the citations")
      }, "\(rendered(corpus))")
  }

  @Test func aNameAloneInParenthesesRestatingTheSentence() {
    let corpus = load([
      "sources.yaml": Self.source,
      "documents/d.md": """
      ---
      id: d
      source: s
      title: D
      ---

      The early-warning radar near Baranovichi ([[radar]]) and the NATO summit in Warsaw ([[poland]]).
      """,
      "actors.yaml": """
      - id: radar
        name: Baranovichi early-warning radar
        kind: facility
        summary: x
      - id: poland
        name: Poland
        kind: country
        summary: y
      """,
    ])
    #expect(ids(corpus) == [.mentionWording], "\(rendered(corpus))")
  }

  /// A display text that only restates the date ("September 2017" for 2017-09) makes that
  /// date read differently from every other ("Sep 2017") in the timeline and the handouts.
  @Test func aDisplayThatOnlyRestatesTheDateIsReported() {
    func block(_ id: String, _ date: String, _ display: String) -> String {
      "```event\nid: \(id)\ndate: \(date)\ndisplay: \(display)\ntitle: T\nsummary: S.\n"
        + "actors: [a]\nlane: exercises\n```\n\n"
    }
    let corpus = load([
      "sources.yaml": Self.source,
      "actors.yaml": "- id: a\n  name: A\n  kind: country\n  summary: x\n",
      "documents/d.md": "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n\n"
        + block("a", "2017-09", "September 2017") + block("b", "2019-12-07", "7 December 2019")
        + block("c", "2018", "2018") + block("d", "2020-03", "early March 2020")
        + block("e", "2020", "from early 2020") + block("f", "2013-06", "June 2013?"),
    ])
    let found = corpus.diagnostics.filter { $0.id == .redundantDisplay }
    #expect(found.count == 3, "\(rendered(corpus))")
    #expect(found.first?.message == "the display 'September 2017' says only what the date says")
    #expect(found.allSatisfy { $0.severity == .warning })
  }

  @Test func anEventAfterAnotherSortsBehindIt() throws {
    let corpus = load([
      "sources.yaml": Self.source,
      "actors.yaml": "- id: a\n  name: A\n  kind: country\n  summary: x\n",
      "documents/d.md": """
      ---
      id: d
      source: s
      title: D
      ---

      Text.

      ```event
      id: election
      date: 2020-08-09
      title: Election
      summary: S.
      actors: [a]
      lane: exercises
      ```

      ```event
      id: plea
      date: 2020-08
      display: immediately after the 9 August 2020 election
      after: election
      title: Plea
      summary: S.
      actors: [a]
      lane: exercises
      ```

      ```event
      id: early-august
      date: 2020-08-02
      title: Early August
      summary: S.
      actors: [a]
      lane: exercises
      ```
      """,
    ])
    #expect(corpus.diagnostics.isEmpty, "\(rendered(corpus))")
    #expect(corpus.events.map(\.id) == ["early-august", "election", "plea"])
    #expect(corpus.event("plea")?.after == "election")
    #expect(corpus.index.eventByID["plea"] == 2)
  }

  @Test func placingAfterKeepsFollowersInOrderAndSurvivesCycles() {
    #expect(CorpusBuilder.placeAfter([0, 1, 2, 3], after: [nil, nil, nil, nil]) == [0, 1, 2, 3])
    #expect(CorpusBuilder.placeAfter([0, 1, 2, 3], after: [3, 3, nil, nil]) == [2, 3, 0, 1])
    #expect(CorpusBuilder.placeAfter([0, 1], after: [1, 0]).sorted() == [0, 1])
  }
}
