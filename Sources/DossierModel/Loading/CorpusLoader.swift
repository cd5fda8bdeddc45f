import Dispatch
import Foundation

/// Loads a corpus: reads every file (in parallel), collects every problem, resolves references
/// and builds the indexes. A broken file never stops the others from loading.
public enum CorpusLoader {
  /// Files larger than this are reported and skipped.
  public static let maxFileSize = 16 * 1_048_576

  /// Loads the corpus in a folder; `progress`, if given, follows the load.
  public static func load(directory: String, progress: LoadProgress? = nil) throws -> Corpus {
    var trace = PhaseTrace(progress: progress)
    let input = try CorpusInput.read(directory: directory)
    trace.mark("read")
    trace.report()
    return load(input, progress: progress)
  }

  /// Loads a corpus from files in memory; `progress`, if given, follows the load.
  public static func load(_ input: CorpusInput, progress: LoadProgress? = nil) -> Corpus {
    let root = input.root
    @Sendable func display(_ path: String) -> String { root.isEmpty ? path : root + "/" + path }

    var trace = PhaseTrace(progress: progress)
    var diagnostics: [Diagnostic] = []
    var layout: [(file: CorpusInput.File, role: FileRole)] = []
    for file in input.files {
      if let problem = file.problem {
        diagnostics.append(problem.diagnostic(path: display(file.path)))
        if problem != .nameNotUTF8 { continue }
      }
      let role = FileRole(path: file.path)
      if case .unexpected(let hint) = role {
        diagnostics.append(
          Diagnostic(
            .unexpectedFile, nil, "this file is not part of the corpus layout", at: nil,
            hint: hint, path: display(file.path)))
        continue
      }
      layout.append((file, role))
    }
    let jobs = layout

    // Each file on its own, in parallel: intake checks (size, encoding, control characters),
    // then parsing. The manifest, actors and sources are parsed first (while the other files go
    // through intake), so that the other files check actor ids, lanes and verdicts and label
    // mentions while they are parsed.
    var builder = CorpusBuilder(root: root, fileCount: jobs.count)
    builder.diagnostics = diagnostics
    let first = jobs.indices.filter { jobs[$0].role.isFirstStage }
    let second = jobs.indices.filter { !jobs[$0].role.isFirstStage }
    let intakes = ParallelResults<Intake>(count: jobs.count)
    let stageOne = ParallelResults<FileContext>(count: jobs.count)
    DispatchQueue.concurrentPerform(iterations: jobs.count) { k in
      let n = k < first.count ? first[k] : second[k - first.count]
      let intake = Intake(jobs[n].file, index: n, display: display(jobs[n].file.path))
      intakes.set(n, intake)
      if k < first.count, let file = intake.text {
        stageOne.set(n, parse(file, index: n, role: jobs[n].role, known: nil))
      }
    }
    let intake = intakes.slots
    let firstContexts = stageOne.slots
    for n in first { builder.add(intake[n]!, firstContexts[n], file: n) }
    if builder.manifest == nil {
      builder.diagnostics.append(
        Diagnostic(
          .missingManifest, nil, "the corpus has no manifest", at: nil,
          hint: "create corpus.yaml with id, title and lanes (see docs/format.md)",
          path: display("corpus.yaml")))
    }
    let known = builder.knownNames()
    trace.mark("actors")
    let stems = StemMemos()
    let stageTwo = ParallelResults<FileContext>(count: second.count)
    progress?.willParse(bytes: second.reduce(0) { $0 + jobs[$1].file.bytes.count })
    DispatchQueue.concurrentPerform(iterations: second.count) { k in
      let n = second[k]
      if let file = intake[n]!.text {
        stageTwo.set(k, parse(file, index: n, role: jobs[n].role, known: known, stems: stems))
      }
      progress?.parsed(bytes: jobs[n].file.bytes.count)
    }
    trace.mark("parse")
    let contexts = stageTwo.slots
    let worker = builder.startWorker(
      adding: contexts.enumerated().map { (second[$0.offset], $0.element) }, known: known)
    builder.reserveEvents(contexts.reduce(0) { $0 + ($1?.records.events.count ?? 0) })
    for (k, context) in contexts.enumerated() {
      builder.add(intake[second[k]]!, context, file: second[k])
    }
    trace.mark("merge")
    let corpus = builder.build(known: known, worker: worker, trace: &trace)
    trace.report()
    return corpus
  }

  /// Parses one file that passed intake.
  private static func parse(
    _ file: SourceFile, index: Int, role: FileRole, known: KnownNames?, stems: StemMemos? = nil
  ) -> FileContext {
    let context = FileContext(index: index, file: file, known: known)
    if let stems {
      context.stems = stems.take()
    }
    defer {
      if let stems {
        stems.give(context.stems)
        context.stems = StemMemo()
      }
    }
    switch role {
    case .manifest: context.parseManifest()
    case .collection(let collection): context.parseCollection(collection)
    case .document(let name): context.parseDocument(name: name)
    case .unexpected: break
    }
    return context
  }
}

/// A file after the intake checks: its text (nil when it was skipped) and the problems found.
struct Intake: Sendable {
  var file: SourceFile
  var skipped: Bool
  var diagnostics: [Diagnostic]

  /// The file to parse, unless it was skipped.
  var text: SourceFile? { skipped ? nil : file }

  init(_ input: CorpusInput.File, index: Int, display path: String) {
    var problems: [Diagnostic] = []
    switch FileIntake.check(input, index: index, display: path, into: &problems) {
    case .skipped:
      file = SourceFile(path: path, bytes: [])
      skipped = true
    case .text(let bytes, let lineStarts):
      file = SourceFile(path: path, bytes: bytes, lineStarts: lineStarts)
      skipped = false
    }
    diagnostics = problems
  }
}

/// Phase timings of a load (or of another step, such as the explorer's start), printed to
/// standard error when `DOSSIER_TRACE` is set, and the load's progress when someone follows it.
public struct PhaseTrace {
  private let enabled = ProcessInfo.processInfo.environment["DOSSIER_TRACE"] != nil
  private var last = DispatchTime.now()
  private var phases: [(String, Double)] = []
  private let label: String
  var progress: LoadProgress?

  init(progress: LoadProgress? = nil) {
    self.progress = progress
    label = "load"
  }

  /// A trace whose report starts with `label`.
  public init(label: String) { self.label = label }

  public mutating func mark(_ phase: String) {
    progress?.finished(phase)
    guard enabled else { return }
    let now = DispatchTime.now()
    phases.append((phase, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6))
    last = now
  }

  public func report() {
    guard enabled else { return }
    let text = phases.map { "\($0.0) \(Int($0.1)) ms" }.joined(separator: ", ")
    FileHandle.standardError.write(Data("\(label): \(text)\n".utf8))
  }
}

/// What a file is, by its place in the corpus folder.
enum FileRole: Sendable {
  case manifest
  case collection(FileContext.Collection)
  case document(name: String)
  case unexpected(hint: String)

  /// Files whose records the others refer to while they are parsed.
  var isFirstStage: Bool {
    switch self {
    case .manifest, .collection(.actors), .collection(.sources): true
    default: false
    }
  }

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
public final class ParallelResults<T>: @unchecked Sendable {
  private var storage: [T?]
  private let lock = NSLock()

  /// `count` empty slots.
  public init(count: Int) { storage = Array(repeating: nil, count: count) }

  /// Fills slot `index`.
  public func set(_ index: Int, _ value: T) {
    lock.lock()
    storage[index] = value
    lock.unlock()
  }

  /// The slots that were set, in order.
  public var values: [T] { slots.compactMap { $0 } }

  /// Every slot, nil where nothing was set. Read only after the workers are done.
  public var slots: [T?] {
    lock.lock()
    defer { lock.unlock() }
    return storage
  }
}
