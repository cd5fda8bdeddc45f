import DossierModel
import DossierTestSupport
import Foundation

/// A minimal manifest for in-memory corpora.
let manifestYAML = """
  id: test
  title: Test corpus
  lanes:
    - id: exercises
      name: Exercises
      short: EXR
  """

/// Loads an in-memory corpus; a manifest is added unless the files give one.
func load(_ files: [String: String], root: String = "c") -> Corpus {
  var all = files
  if all["corpus.yaml"] == nil { all["corpus.yaml"] = manifestYAML }
  return CorpusLoader.load(
    CorpusInput(
      root: root,
      files: all.map { CorpusInput.File(path: $0.key, bytes: Array($0.value.utf8)) }))
}

/// Every diagnostic of a corpus, formatted as `dossier check` prints it.
func rendered(_ corpus: Corpus) -> String {
  corpus.diagnostics.map { DiagnosticFormatter().format($0, files: corpus.files) }
    .joined(separator: "\n")
}

/// Parses YAML text and returns the root and the errors.
func yaml(_ text: String) -> YAMLParser.Result {
  YAMLParser.parse(Array(text.utf8))
}

extension YAMLNode {
  /// A compact text form for comparisons: scalars quoted, lists in [], mappings in {}.
  var dump: String {
    switch value {
    case .null: "~"
    case .scalar(let s): "\"\(s)\""
    case .sequence(let items): "[" + items.map(\.dump).joined(separator: ", ") + "]"
    case .mapping(let entries):
      "{" + entries.map { "\($0.key): \($0.value.dump)" }.joined(separator: ", ") + "}"
    }
  }
}
