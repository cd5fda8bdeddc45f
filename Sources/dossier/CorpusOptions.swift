import ArgumentParser
import DossierCorpus
import DossierModel
import Foundation

/// `--data DIR`: which corpus a subcommand works on (the bundled one by default).
struct CorpusOptions: ParsableArguments {
  @Option(name: .long, help: "A corpus folder to open instead of the bundled corpus.")
  var data: String?

  /// Loads the selected corpus, or fails with a clear message when the folder is unusable: a
  /// path that is not a folder is a usage error (exit 2), a folder without `corpus.yaml` is not a
  /// corpus (exit 1) unless `allowIncomplete` (for `check`, which reports it as a diagnostic).
  /// The corpus is kept until the process exits (see ``lastLoaded``); `progress`, if given,
  /// follows the load (for the explorer's loading screen); with `snapshot`, a folder is read
  /// from its snapshot in the cache when it is current (``CorpusSnapshot``: the explorer), and
  /// a new snapshot is written by `later` once it starts (at once without it).
  func load(
    directory override: String? = nil, allowIncomplete: Bool = false,
    progress: LoadProgress? = nil, snapshot: Bool = false, later: BackgroundWork? = nil
  ) throws -> Corpus {
    let corpus: Corpus
    if let path = override ?? data {
      try Self.checkFolder(path)
      do {
        corpus =
          snapshot
          ? try CorpusSnapshot.load(folder: path, progress: progress, later: later).corpus
          : try CorpusLoader.load(directory: path, progress: progress)
      } catch {
        throw CommandFailure(message: "cannot open corpus '\(Columns.sanitize(path))': \(error)")
      }
      if !allowIncomplete, corpus.diagnostics.contains(where: { $0.id == .missingManifest }) {
        throw CommandFailure(
          message:
            "'\(Columns.sanitize(path))' is not a corpus: it has no corpus.yaml "
            + "(see 'dossier check \(Columns.sanitize(path))')")
      }
    } else {
      corpus = CorpusLoader.load(bundledInput(), progress: progress)
    }
    lastLoaded = corpus
    return corpus
  }

  /// Fails with a clear message when `path` cannot be a corpus folder: missing or a file is a
  /// usage error (exit 2), an unreadable folder a failure (exit 1).
  static func checkFolder(_ path: String) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw ValidationError("cannot open corpus '\(Columns.sanitize(path))': no such folder")
    }
    guard isFolder.boolValue else {
      throw ValidationError(
        "cannot open corpus '\(Columns.sanitize(path))': it is a file, not a folder")
    }
    guard access(path, R_OK | X_OK) == 0 else {
      throw CommandFailure(
        message: "cannot open corpus '\(Columns.sanitize(path))': permission denied")
    }
  }

  /// Fails when the folder has no manifest, as ``load(directory:allowIncomplete:)`` does.
  static func checkManifest(_ path: String) throws {
    let manifest = (path as NSString).appendingPathComponent("corpus.yaml")
    guard FileManager.default.fileExists(atPath: manifest) else {
      throw CommandFailure(
        message:
          "'\(Columns.sanitize(path))' is not a corpus: it has no corpus.yaml "
          + "(see 'dossier check \(Columns.sanitize(path))')")
    }
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
