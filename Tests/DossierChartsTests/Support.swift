import DossierCorpus
import DossierModel
import Foundation
import Testing

/// An in-memory corpus with two eras (split at March 2014), three lanes and the given events
/// `(id, date, lane)`, all cited from one paragraph of one source.
func chartCorpus(_ events: [(String, String, String)], extraLanes: Bool = false) -> Corpus {
  var document = """
    ---
    id: d
    source: s
    title: D
    ---

    ## One {#one}

    Text.


    """
  for (id, date, lane) in events {
    document +=
      "```event\nid: \(id)\ndate: \(date)\ntitle: Event \(id)\nsummary: S.\nactors: [a]\n"
      + "lane: \(lane)\ntags: [t-\(lane)]\n```\n\n"
  }
  let files = [
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
      - id: diplomacy
        name: Diplomacy
        short: DIP
      - id: arms
        name: Arms
        short: ARM
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
    "documents/d.md": document,
  ]
  return CorpusLoader.load(
    CorpusInput(
      root: "c", files: files.map { CorpusInput.File(path: $0.key, bytes: Array($0.value.utf8)) }))
}

/// The bundled corpus (data/), loaded once.
let bundled: Corpus = CorpusLoader.load(
  CorpusInput(
    root: BundledCorpus.displayRoot,
    files: BundledCorpus.files.map { CorpusInput.File(path: $0.path, bytes: $0.bytes) }))
