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

/// Compares text with the snapshot file `Snapshots/NAME.txt`, recording it when the file is
/// missing or when DOSSIER_RECORD_SNAPSHOTS is set (and failing, so a recording is never a pass).
func assertSnapshot(
  _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(
    path: "Snapshots")
  let file = folder.appending(path: "\(name).txt")
  let record = ProcessInfo.processInfo.environment["DOSSIER_RECORD_SNAPSHOTS"] != nil
  if record || !FileManager.default.fileExists(atPath: file.path) {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? (text + "\n").write(to: file, atomically: true, encoding: .utf8)
    Issue.record("recorded snapshot \(name); run the tests again", sourceLocation: sourceLocation)
    return
  }
  let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
  #expect(text + "\n" == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
}
