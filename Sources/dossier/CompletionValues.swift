import ArgumentParser
import DossierCorpus
import DossierModel
import Foundation

/// Values for shell completion read from the corpus on the command line being completed
/// (`--data DIR` honoured, the bundled corpus otherwise): lanes, actors, sources, tags and
/// briefings. Each runs inside `dossier` when the shell asks, so it must be quick and silent.
enum CompletionValues {
  /// Lane ids.
  static let lanes = CompletionKind.custom { words, _, prefix in
    matching(prefix, corpus(words)?.manifest.lanes.map(\.id) ?? [])
  }

  /// Actor ids, then names (names with spaces are completed whole by the shell's quoting).
  static let actors = CompletionKind.custom { words, _, prefix in
    let actors = corpus(words)?.actors ?? []
    return matching(prefix, actors.map(\.id) + actors.map(\.name))
  }

  /// Source ids.
  static let sources = CompletionKind.custom { words, _, prefix in
    matching(prefix, corpus(words)?.sources.map(\.id) ?? [])
  }

  /// Every tag used by an event, once.
  static let tags = CompletionKind.custom { words, _, prefix in
    let tags = Set(corpus(words)?.events.flatMap(\.tags) ?? [])
    return matching(prefix, tags.sorted())
  }

  /// Briefing names of the corpus's user data.
  static let briefings = CompletionKind.custom { words, _, prefix in
    guard let corpus = corpus(words),
      let data = try? UserDataStore(corpusID: corpus.manifest.id).load()
    else { return [] }
    return matching(prefix, data.briefings.map(\.name))
  }

  /// The values starting with `prefix` (ignoring case), control characters removed.
  static func matching(_ prefix: String, _ values: [String]) -> [String] {
    let lowered = prefix.lowercased()
    return values.map(Columns.sanitize).filter {
      lowered.isEmpty || $0.lowercased().hasPrefix(lowered)
    }
  }

  /// The corpus named by `--data DIR` (or `--data=DIR`) among `words`, else the bundled one;
  /// nil when that folder does not load.
  static func corpus(_ words: [String]) -> Corpus? {
    var folder: String?
    for (index, word) in words.enumerated() {
      if word == "--data", index + 1 < words.count {
        folder = words[index + 1]
      } else if word.hasPrefix("--data=") {
        folder = String(word.dropFirst("--data=".count))
      }
    }
    if let folder {
      let expanded = (folder as NSString).expandingTildeInPath
      guard FileManager.default.fileExists(atPath: expanded) else { return nil }
      return try? CorpusLoader.load(directory: expanded)
    }
    return CorpusLoader.load(
      CorpusInput(
        root: BundledCorpus.displayRoot,
        files: BundledCorpus.files.map { CorpusInput.File(path: $0.path, bytes: $0.bytes) }))
  }
}
