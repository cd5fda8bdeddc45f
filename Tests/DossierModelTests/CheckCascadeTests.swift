import Foundation
import Testing

@testable import DossierModel

/// One fault, one diagnostic: a bad field keeps its record, so that references to it resolve;
/// hints never suggest an id for nothing, nor list an empty manifest.
@Suite("Check cascades")
struct CheckCascadeTests {
  static let exerciseCorpus: [String: String] = [
    "actors.yaml": """
    - id: zapad-2009
      name: Zapad-2009
      kind: exercize
      summary: A joint exercise of [[russia]].
    - id: russia
      name: Russia
      kind: country
      summary: Holds [[zapad-2009]].
      relations:
        - type: related-to
          to: zapad-2009
    """,
    "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
    "documents/d.md": """
    ---
    id: d
    source: s
    title: D
    ---

    [[zapad-2009]] was held in 2009.

    ```event
    id: e
    date: 2009-09
    title: Zapad-2009
    summary: "[[russia]] holds [[zapad-2009]]."
    actors: [russia, zapad-2009]
    lane: exercises
    ```
    """,
  ]

  @Test func aTypoInAnActorsKindIsOneError() {
    let corpus = load(Self.exerciseCorpus)
    let errors = corpus.diagnostics.filter { $0.severity == .error }
    #expect(errors.map(\.id) == [.unknownKind], "\(rendered(corpus))")
    #expect(corpus.actor("zapad-2009")?.kind == .other)
    #expect(corpus.index.eventsByActor["zapad-2009"]?.count == 1)
  }

  @Test func anActorWithoutANameKeepsItsID() {
    var files = Self.exerciseCorpus
    files["actors.yaml"] = files["actors.yaml"]!.replacingOccurrences(
      of: "  name: Zapad-2009\n  kind: exercize", with: "  kind: exercise")
    let corpus = load(files)
    #expect(corpus.diagnostics.filter { $0.severity == .error }.map(\.id) == [.missingField])
    #expect(corpus.actor("zapad-2009")?.name == "zapad-2009")
  }

  @Test func aSourceWithABadKindStillResolves() {
    var files = Self.exerciseCorpus
    files["sources.yaml"] = "- id: s\n  title: S\n  kind: reprot\n"
    files["actors.yaml"] = files["actors.yaml"]!.replacingOccurrences(
      of: "kind: exercize", with: "kind: exercise")
    let corpus = load(files)
    let errors = corpus.diagnostics.filter { $0.severity == .error }
    #expect(errors.map(\.id) == [.unknownKind], "\(rendered(corpus))")
    #expect(corpus.source("s")?.kind == .other)
  }

  @Test func anEmptyMentionIsEmptyTextWithoutAGuess() throws {
    let corpus = load([
      "actors.yaml": """
      - id: lukashenka
        name: Alexander Lukashenka
        kind: person
        summary: x
      """,
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
      "documents/d.md": "---\nid: d\nsource: s\ntitle: D\n---\n\nA [[]] here.\n",
    ])
    let problem = try #require(corpus.diagnostics.first)
    #expect(corpus.diagnostics.count == 1)
    #expect(problem.id == .emptyText)
    #expect(problem.hint?.contains("lukashenka") != true)
  }

  @Test func withoutLanesTheLanesOfEventsAreNotReportedOneByOne() {
    let corpus = CorpusLoader.load(
      CorpusInput(
        root: "c",
        files: Self.exerciseCorpus.map {
          CorpusInput.File(path: $0.key, bytes: Array($0.value.utf8))
        }
      ))
    #expect(corpus.diagnostics.contains { $0.id == .missingManifest })
    #expect(!corpus.diagnostics.contains { $0.id == .unknownLane })
    #expect(!corpus.diagnostics.contains { $0.hint?.hasSuffix(": ") == true })
  }

  @Test func anEmptyListOfLanesIsReportedOnceAtTheList() throws {
    var files = Self.exerciseCorpus
    files["corpus.yaml"] = "id: c\ntitle: C\nlanes: []\n"
    let corpus = load(files)
    let empty = corpus.diagnostics.filter { $0.message.contains("no lanes") }
    #expect(empty.count == 1)
    #expect(empty.first?.id == .emptyText)
    // Located at the empty list itself.
    let span = try #require(empty.first?.span)
    #expect(corpus.files[span.file].path.hasSuffix("corpus.yaml"))
    #expect(corpus.files[span.file].bytes[span.offset] == UInt8(ascii: "["))
    #expect(!corpus.diagnostics.contains { $0.id == .unknownLane })
  }

  @Test func anEventWithABadDateIsReportedOnceNotAtEveryReference() {
    var files = Self.exerciseCorpus
    files["actors.yaml"] = files["actors.yaml"]!.replacingOccurrences(
      of: "kind: exercize", with: "kind: exercise")
    files["documents/d.md"] =
      files["documents/d.md"]!.replacingOccurrences(
        of: "date: 2009-09", with: "date: 2009-13")
      + "\nAgain.\n\n```reports\n[e]\n```\n"
    files["myths.yaml"] =
      "- id: m\n  claim: C.\n  verdict: myth\n  conclusion: X.\n  cite: d\n  evidence:\n    - event: e\n      effect: supports\n"
    files["disagreements.yaml"] =
      "- id: x\n  about: e\n  aspect: date\n  note: N.\n  versions:\n    - cite: d#preamble.1\n      says: A.\n      event: e\n    - cite: d#preamble.2\n      says: B.\n"
    let corpus = load(files)
    #expect(corpus.diagnostics.map(\.id) == [.invalidDate], "\(rendered(corpus))")
  }

  @Test func suggestionsNeedSomethingToBeNear() {
    #expect(Suggestions.nearest("", among: ["lukashenka", "ab"]) == nil)
    #expect(Suggestions.nearest("x", among: ["ab", "y"]) == nil)
    #expect(Suggestions.nearest("ab", among: ["cd"]) == nil)
    #expect(Suggestions.nearest("lukashenko", among: ["lukashenka", "putin"]) == "lukashenka")
    #expect(Suggestions.nearest("zapad-2009", among: ["zapad-2013"]) == "zapad-2013")
  }
}
