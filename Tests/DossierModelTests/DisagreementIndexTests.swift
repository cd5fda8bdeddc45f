import DossierCorpus
import DossierModel
import DossierTestSupport
import Testing

@Suite("Disagreements by item and by aspect")
struct DisagreementIndexTests {
  let corpus = try! CorpusLoader.load(directory: fixture("good"))
  var index: DisagreementIndex { DisagreementIndex(corpus: corpus) }

  func relations(_ ref: ItemRef) -> [String] {
    index.entries(for: ref).map {
      "\(corpus.disagreements[$0.disagreement].id) \($0.relation.label)"
    }
  }

  @Test func directLinksComeFromAboutVersionsAndCitations() {
    #expect(relations(.event("drill-2009")) == ["drill-size about it"])
    #expect(
      relations(.paragraph(Citation(parsing: "beta#ex.1")!)) == ["drill-size a version cites it"])
    #expect(
      relations(.section(document: "beta", section: "ex")) == ["drill-size a version cites it"])
    #expect(relations(.document("alpha")) == ["drill-size a version cites it"])
    #expect(relations(.source("beta")) == ["drill-size a version cites it"])
  }

  @Test func actorsAndMythsAreConcernedThroughTheirEvents() {
    // Belarus is a primary actor of the drill; Lukashenka only an associated one.
    #expect(relations(.actor("belarus")) == ["drill-size through event:drill-2009"])
    #expect(relations(.actor("lukashenka")) == [])
    // The myth gives the drill as evidence.
    #expect(relations(.myth("strong-ally")) == ["drill-size through event:drill-2009"])
    #expect(relations(.event("treaty-1999")) == [])
  }

  @Test func everyAspectIsGrouped() {
    #expect(index.byAspect.map(\.aspect) == Disagreement.Aspect.allCases)
    #expect(index.byAspect.first { $0.aspect == .figure }?.disagreements == [0])
    #expect(index.byAspect.filter { $0.aspect != .figure }.allSatisfy { $0.disagreements.isEmpty })
  }

  @Test func theBundledActorPagesHaveTheirDisagreements() {
    let corpus = CorpusLoader.load(
      CorpusInput(
        root: BundledCorpus.displayRoot,
        files: BundledCorpus.files.map { CorpusInput.File(path: $0.path, bytes: $0.bytes) }))
    let index = DisagreementIndex(corpus: corpus)
    func ids(_ ref: ItemRef) -> Set<String> {
      Set(index.entries(for: ref).map { corpus.disagreements[$0.disagreement].id })
    }
    #expect(
      ids(.actor("regional-group-of-forces")).isSuperset(of: [
        "rgf-wartime-command", "rgf-size", "rgf-founding-date",
      ]))
    #expect(ids(.actor("s-400")).contains("s-400-supply"))
    #expect(
      ids(.actor("union-state-military-doctrine-2018")).contains("union-doctrine-2018-status"))
    // Every disagreement concerns its sources and every passage it cites.
    for (d, item) in corpus.disagreements.enumerated() {
      for version in item.versions {
        let refs =
          [ItemRef(citation: version.citation)]
          + (corpus.source(of: version.citation).map { [ItemRef.source($0.id)] } ?? [])
        for ref in refs {
          #expect(index.entries(for: ref).contains { $0.disagreement == d }, "\(item.id) \(ref)")
        }
      }
    }
    // Direct entries come first.
    for entries in index.byItem.values {
      let direct = entries.map(\.relation.isDirect)
      #expect(direct == direct.sorted { $0 && !$1 })
    }
  }
}
