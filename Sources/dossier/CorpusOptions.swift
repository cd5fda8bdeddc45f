import ArgumentParser
import DossierCorpus
import DossierModel
import Foundation

/// `--data DIR`: which corpus a subcommand works on (the bundled one by default).
struct CorpusOptions: ParsableArguments {
  @Option(name: .long, help: "A corpus folder to open instead of the bundled corpus.")
  var data: String?

  /// Loads the selected corpus, or fails with a clear message when the folder is unusable.
  /// The corpus is kept until the process exits (see ``lastLoaded``).
  func load(directory override: String? = nil) throws -> Corpus {
    let corpus: Corpus
    if let path = override ?? data {
      do {
        corpus = try CorpusLoader.load(directory: path)
      } catch {
        throw ValidationError("cannot open corpus: \(error)")
      }
    } else {
      corpus = CorpusLoader.load(bundledInput())
    }
    lastLoaded = corpus
    return corpus
  }

  func bundledInput() -> CorpusInput {
    CorpusInput(
      root: BundledCorpus.displayRoot,
      files: BundledCorpus.files.map { CorpusInput.File(path: $0.path, bytes: $0.bytes) })
  }
}

/// The corpus loaded last, never freed: freeing the millions of values of a large corpus takes
/// a noticeable time when a command ends, while the system takes the memory back at once.
nonisolated(unsafe) private var lastLoaded: Corpus?

/// Writes text to standard output or standard error. Text for a terminal goes through the one
/// sanitiser (``TerminalText``), line breaks kept; only exports are written as they are.
enum Output {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(
      Data(TerminalText.sanitized(text, keepingLineBreaks: true).utf8))
  }
  static func err(_ text: String) {
    FileHandle.standardError.write(Data(TerminalText.sanitized(text, keepingLineBreaks: true).utf8))
  }
  /// An export's bytes, unchanged (its format escapes what it must).
  static func export(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
