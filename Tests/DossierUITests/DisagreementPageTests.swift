import DossierCorpus
import DossierModel
import DossierTestSupport
import Testing

@testable import DossierUI

/// The bundled corpus (data/), loaded once.
let bundledCorpus: Corpus = CorpusLoader.load(
  CorpusInput(
    root: BundledCorpus.displayRoot,
    files: BundledCorpus.files.map { CorpusInput.File(path: $0.path, bytes: $0.bytes) }))

/// An app on the bundled corpus at a size, in the monochrome theme.
func bundledApp(_ width: Int = 120, _ height: Int = 40) -> AppState {
  AppState(
    corpus: bundledCorpus, theme: Theme(.monochrome), size: Size(width: width, height: height),
    corpusLabel: "bundled corpus")
}

@Suite("Disagreements on every page")
struct DisagreementPageTests {
  /// The detail lines of an item as the pane shows them.
  func pane(_ ref: ItemRef, _ state: AppState = bundledApp()) -> [DetailLine] {
    DetailBuilder(corpus: state.corpus, width: 70, disagreements: state.ctx.disagreements)
      .lines(for: ref)
  }

  func links(_ lines: [DetailLine]) -> [ItemRef] { lines.compactMap(\.link) }

  @Test func theActorPagesNamedInTheIssueListTheirDisagreementsAsLinks() {
    for (actor, id) in [
      ("regional-group-of-forces", "rgf-size"), ("s-400", "s-400-supply"),
      ("union-state-military-doctrine-2018", "union-doctrine-2018-status"),
    ] {
      let lines = pane(.actor(actor))
      #expect(links(lines).contains(.disagreement(id)), "\(actor)")
      #expect(lines.contains { $0.segments.first?.text.hasPrefix("Sources disagree (") == true })
    }
  }

  @Test func eventsMythsSourcesAndPassagesListTheirsToo() {
    let state = bundledApp()
    for ref in [
      ItemRef.event("union-state-military-doctrine-2018-russia"), .source("bulletin-2020"),
      .paragraph(Citation(parsing: "bulletin-2020#possible-steps.2")!),
    ] {
      #expect(
        links(pane(ref, state)).contains(.disagreement("union-doctrine-2018-status")), "\(ref)")
    }
    // A myth through its sub-claims or evidence: every myth the index names shows them.
    let index = state.ctx.disagreements
    let myth = state.corpus.myths.first { !index.entries(for: .myth($0.id)).isEmpty }!
    let expected = index.entries(for: .myth(myth.id)).map {
      ItemRef.disagreement(state.corpus.disagreements[$0.disagreement].id)
    }
    #expect(Set(expected).isSubset(of: Set(links(pane(.myth(myth.id), state)))))
  }

  @Test func anIndirectDisagreementSaysHowItConcernsThePage() {
    // Lukashenka is a primary actor of events that sources date or read differently.
    let lines = pane(.actor("lukashenka"))
    let text = lines.map { $0.segments.map(\.text).joined() }
    #expect(text.contains { $0.contains("· through the event \u{201C}") })
  }

  @Test func fourVersionsGoTwoByTwoAndEachPassageIsALink() {
    let d = bundledCorpus.disagreement("union-doctrine-2018-status")!
    #expect(d.versions.count == 4)
    var state = bundledApp(120, 60)
    state.overlay = .item(.disagreement(d.id), link: 0)
    let screen = state.screen
    // Two versions a row: the first row has the 2019 analysis beside the industry article, the
    // second the bulletin beside the policy paper.
    let rows = screen.split(separator: "\n").map(String.init)
    let first = rows.firstIndex { $0.contains("[analysis-2019#doctrine.1]") }!
    #expect(rows[first].contains("[industry-article#limits.1]"))
    let second = rows.firstIndex { $0.contains("[bulletin-2020#possible-steps.2]") }!
    #expect(rows[second].contains("[policy-paper-2020#"))
    let versionLinks = links(pane(.disagreement(d.id))).filter {
      if case .paragraph = $0 { true } else { false }
    }
    #expect(versionLinks.count == 4)
    assertSnapshot(screen, named: "disagreement-four-versions-120x60")
  }

  @Test func anActorPageInThePane() throws {
    var state = bundledApp(120, 40)
    state.follow(.actor("s-400"))
    // Into the pane, then down its links to the disagreement's.
    state.press(.enter)
    #expect(state.focus == .detail)
    while state.detailLinks[state.screens[.actors]!.detail.link].link
      != .disagreement("s-400-supply")
    {
      let before = state.screens[.actors]!.detail.link
      state.press(.character("j"))
      try #require(state.screens[.actors]!.detail.link != before)
    }
    assertSnapshot(state.screen, named: "actor-s-400-disagreement-120x40")
  }
}
