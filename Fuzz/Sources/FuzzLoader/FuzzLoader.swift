import DossierModel

/// libFuzzer entry point: the input becomes one file of a corpus, in each of the roles a file can
/// have (manifest, actors, myths, a document), and the whole corpus is loaded, indexed and
/// searched. Any crash, hang or sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let manifest = Array("id: f\ntitle: F\nlanes:\n  - id: x\n    name: X\n    short: X\n".utf8)
  let document = Array("---\nid: d\nsource: s\ntitle: D\n---\n\n## A\n\nText.\n".utf8)
  let sources = Array("- id: s\n  title: S\n  kind: report\n".utf8)
  let roles: [[CorpusInput.File]] = [
    [.init(path: "corpus.yaml", bytes: bytes)],
    [.init(path: "corpus.yaml", bytes: manifest), .init(path: "actors/a.yaml", bytes: bytes)],
    [
      .init(path: "corpus.yaml", bytes: manifest), .init(path: "myths.yaml", bytes: bytes),
      .init(path: "documents/d.md", bytes: document), .init(path: "sources.yaml", bytes: sources),
    ],
    [
      .init(path: "corpus.yaml", bytes: manifest), .init(path: "documents/d.md", bytes: bytes),
      .init(path: "sources.yaml", bytes: sources),
    ],
  ]
  for files in roles {
    let corpus = CorpusLoader.load(CorpusInput(root: "fuzz", files: files))
    let formatter = DiagnosticFormatter()
    for diagnostic in corpus.diagnostics { _ = formatter.format(diagnostic, files: corpus.files) }
    _ = SearchIndex(corpus: corpus).search(String(decoding: bytes.prefix(12), as: UTF8.self))
    _ = JSONExport.encode(corpus)
  }
  _ = EDTFDate.parse(String(decoding: bytes.prefix(40), as: UTF8.self))
  return 0
}
