import ArgumentParser
import DossierCorpus
import DossierModel
import Foundation

/// `--data DIR`: which corpus a subcommand works on (the bundled one by default).
struct CorpusOptions: ParsableArguments {
  @Option(name: .long, help: "A corpus folder to open instead of the bundled corpus.")
  var data: String?

  /// Loads the selected corpus, or fails with a clear message when the folder is unusable.
  func load(directory override: String? = nil) throws -> Corpus {
    if let path = override ?? data {
      do {
        return try CorpusLoader.load(directory: path)
      } catch {
        throw ValidationError("cannot open corpus: \(error)")
      }
    }
    return CorpusLoader.load(bundledInput())
  }

  func bundledInput() -> CorpusInput {
    CorpusInput(
      root: BundledCorpus.displayRoot,
      files: BundledCorpus.files.map { CorpusInput.File(path: $0.path, bytes: $0.bytes) })
  }
}

/// Writes text to standard output or standard error.
enum Output {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
  static func err(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
