import Dispatch
import Foundation

/// Loads a corpus: reads every file (in parallel), collects every problem, resolves references
/// and builds the indexes. A broken file never stops the others from loading.
public enum CorpusLoader {
  /// Files larger than this are reported and skipped.
  public static let maxFileSize = 16 * 1_048_576

  /// Loads the corpus in a folder.
  public static func load(directory: String) throws -> Corpus {
    load(try CorpusInput.read(directory: directory))
  }

  /// Loads a corpus from files in memory.
  public static func load(_ input: CorpusInput) -> Corpus {
    let root = input.root
    @Sendable func display(_ path: String) -> String { root.isEmpty ? path : root + "/" + path }

    var trace = PhaseTrace()
    var diagnostics: [Diagnostic] = []
    var jobs: [(file: CorpusInput.File, role: FileRole)] = []
    for file in input.files {
      let role = FileRole(path: file.path)
      if case .unexpected(let hint) = role {
        diagnostics.append(
          Diagnostic(
            .unexpectedFile, nil, "this file is not part of the corpus layout", at: nil,
            hint: hint, path: display(file.path)))
        continue
      }
      jobs.append((file, role))
    }

    // Each file on its own, in parallel: intake checks (size, encoding, control characters),
    // then parsing. File n of the jobs is file n of the corpus (a skipped file stays empty).
    let results = ParallelResults<(SourceFile, [Diagnostic], FileContext?)>(count: jobs.count)
    let work = jobs
    DispatchQueue.concurrentPerform(iterations: work.count) { n in
      let job = work[n]
      let path = display(job.file.path)
      var intake: [Diagnostic] = []
      switch FileIntake.check(job.file, index: n, display: path, into: &intake) {
      case .skipped:
        results.set(n, (SourceFile(path: path, bytes: []), intake, nil))
      case .text(let bytes):
        let context = FileContext(index: n, file: SourceFile(path: path, bytes: bytes))
        switch job.role {
        case .manifest: context.parseManifest()
        case .collection(let collection): context.parseCollection(collection)
        case .document(let name): context.parseDocument(name: name)
        case .unexpected: break
        }
        results.set(n, (context.file, intake, context))
      }
    }
    let parsed = results.values
    let files = parsed.map(\.0)
    trace.mark("parse")

    // 3. Merge, resolve and index.
    var builder = CorpusBuilder(root: root, files: files)
    builder.diagnostics = diagnostics
    for (_, intake, context) in parsed {
      builder.diagnostics += intake
      if let context {
        builder.diagnostics += context.diagnostics
        builder.add(context.records)
      }
    }
    if builder.manifest == nil {
      builder.diagnostics.append(
        Diagnostic(
          .missingManifest, nil, "the corpus has no manifest", at: nil,
          hint: "create corpus.yaml with id, title and lanes (see docs/format.md)",
          path: display("corpus.yaml")))
    }
    trace.mark("merge")
    let corpus = builder.build(trace: &trace)
    trace.report()
    return corpus
  }
}

/// Phase timings of a load, printed to standard error when `DOSSIER_TRACE` is set.
struct PhaseTrace {
  private let enabled = ProcessInfo.processInfo.environment["DOSSIER_TRACE"] != nil
  private var last = DispatchTime.now()
  private var phases: [(String, Double)] = []

  mutating func mark(_ phase: String) {
    guard enabled else { return }
    let now = DispatchTime.now()
    phases.append((phase, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6))
    last = now
  }

  func report() {
    guard enabled else { return }
    let text = phases.map { "\($0.0) \(Int($0.1)) ms" }.joined(separator: ", ")
    FileHandle.standardError.write(Data("load: \(text)\n".utf8))
  }
}

/// What a file is, by its place in the corpus folder.
enum FileRole: Sendable {
  case manifest
  case collection(FileContext.Collection)
  case document(name: String)
  case unexpected(hint: String)

  init(path: String) {
    let parts = path.split(separator: "/").map(String.init)
    let name = parts.last ?? path
    if parts.contains(where: { $0.hasPrefix(".") }) {
      self = .unexpected(hint: "hidden files are ignored")
      return
    }
    if parts.count == 1, name == "corpus.yaml" {
      self = .manifest
      return
    }
    for collection in FileContext.Collection.allCases {
      if (parts.count == 1 && name == collection.rawValue + ".yaml")
        || (parts.count >= 2 && parts[0] == collection.rawValue && name.hasSuffix(".yaml"))
      {
        self = .collection(collection)
        return
      }
    }
    if parts.count >= 2, parts[0] == "documents", name.hasSuffix(".md") {
      self = .document(name: String(name.dropLast(3)))
      return
    }
    if name.hasSuffix(".yml") {
      self = .unexpected(hint: "dossier reads '.yaml' files; rename it")
      return
    }
    self = .unexpected(
      hint:
        "a corpus holds corpus.yaml, sources, actors, myths, disagreements, glossary (.yaml) and documents/*.md"
    )
  }
}

/// Results written by parallel workers, one slot each.
final class ParallelResults<T>: @unchecked Sendable {
  private var slots: [T?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: T) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  var values: [T] { slots.compactMap { $0 } }
}
