import ArgumentParser
import DossierModel
import Foundation

/// `dossier-bench`: generates synthetic corpora and prints performance figures.
@main
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dossier-bench",
    abstract: "Measure dossier: load time, throughput, peak memory, start-up, frames and search.",
    subcommands: [
      RunAll.self, Generate.self, Measure.self, Frames.self, ChartFrames.self, StressSave.self,
      Find.self, SearchBench.self, SearchMeasure.self, Startup.self,
    ],
    defaultSubcommand: RunAll.self)
}

/// `dossier-bench generate DIR --events N`.
struct Generate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a deterministic synthetic corpus in the real format.")
  @Argument(help: "The folder to write (replaced if it exists).") var directory: String
  @Option(help: "How many events.") var events: Int = 1000
  @Option(help: "Random seed.") var seed: UInt64 = 42

  func run() throws {
    var corpus = SyntheticCorpus(events: events, seed: seed)
    let bytes = try corpus.write(to: directory)
    print(
      "wrote \(events) events, \(String(format: "%.1f", Double(bytes) / 1e6)) MB to \(directory)")
  }
}

/// `dossier-bench measure DIR`: one corpus, measured in this process (for a clean peak memory).
struct Measure: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Load one corpus folder and print the figures as one JSON line (search: search-measure).")
  @Argument var directory: String
  @Option(help: "Load repetitions (the median is reported).") var repeats: Int = 3
  @Flag(help: "Measure loading only (for profiling).") var loadOnly = false
  @Flag(help: "Load through the explorer's corpus snapshot (written first if needed).")
  var snapshot = false

  func run() throws {
    if snapshot {
      let cache = NSTemporaryDirectory() + "dossier-bench-snapshot"
      let first = DispatchTime.now()
      let cold = try CorpusSnapshot.load(
        folder: directory, cacheDirectory: cache, writeInBackground: false)
      print(
        String(
          format: "first: %.0f ms (%@)", Clock.seconds(since: first) * 1000,
          cold.fromSnapshot ? "snapshot" : "loaded and written"))
      var times: [Double] = []
      for _ in 0..<repeats {
        let start = DispatchTime.now()
        let warm = try CorpusSnapshot.load(folder: directory, cacheDirectory: cache)
        times.append(Clock.seconds(since: start))
        guard warm.fromSnapshot else { throw ValidationError("the snapshot was not used") }
      }
      print(
        String(
          format: "from the snapshot: median %.0f ms of %d (%@ ms)",
          times.sorted()[times.count / 2] * 1000, times.count,
          times.map { String(Int($0 * 1000)) }.joined(separator: ", ")))
      return
    }
    let readStart = DispatchTime.now()
    let input = try CorpusInput.read(directory: directory)
    let readTime = Clock.seconds(since: readStart)
    let bytes = input.files.reduce(0) { $0 + $1.bytes.count }
    var times: [Double] = []
    var corpus: Corpus?
    for _ in 0..<repeats {
      corpus = nil  // free the previous run's corpus outside the timed region
      let start = DispatchTime.now()
      let loaded = CorpusLoader.load(input)
      times.append(Clock.seconds(since: start))
      corpus = loaded
    }
    guard let corpus else { return }
    let load = times.sorted()[times.count / 2]
    if loadOnly {
      print("load \(Int(load * 1000)) ms, \(corpus.events.count) events")
      return
    }
    let figures: [String: Double] = [
      "events": Double(corpus.events.count),
      "errors": Double(corpus.errorCount),
      "megabytes": Double(bytes) / 1e6,
      "read_s": readTime,
      "load_s": load,
      "first_load_s": times[0],
      "mb_per_s": Double(bytes) / 1e6 / load,
      "peak_mib": Double(Memory.peakKiB()) / 1024,
    ]
    let data = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
  }
}

/// The default: 1k, 10k and 100k events, each measured in a fresh process.
struct RunAll: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Generate and measure corpora of 1k, 10k and 100k events.")
  @Option(help: "Event counts to measure.") var sizes: [Int] = [1000, 10000, 100_000]
  @Option(help: "Where to keep generated corpora.") var work: String =
    NSTemporaryDirectory() + "dossier-bench"

  func run() throws {
    print("dossier-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores")
    print(
      "events     MB  read ms  load ms  first load   MB/s  peak MiB"
    )
    for size in sizes {
      let folder = "\(work)/\(size)"
      var corpus = SyntheticCorpus(events: size)
      try corpus.write(to: folder)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
      if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
        process.executableURL = Bundle.main.executableURL
      }
      process.arguments = ["measure", folder]
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      guard
        let figures = try JSONSerialization.jsonObject(with: data) as? [String: Double]
      else {
        print("\(size): measurement failed")
        continue
      }
      func f(_ key: String, _ width: Int, _ decimals: Int, scale: Double = 1) -> String {
        let text = String(format: "%.\(decimals)f", (figures[key] ?? .nan) * scale)
        return String(repeating: " ", count: max(1, width - text.count)) + text
      }
      print(
        pad(String(size), 7) + f("megabytes", 6, 1) + f("read_s", 8, 0, scale: 1000)
          + f("load_s", 9, 0, scale: 1000) + f("first_load_s", 11, 0, scale: 1000)
          + f("mb_per_s", 7, 0) + f("peak_mib", 9, 0))
      if (figures["errors"] ?? 0) > 0 { print("  warning: the synthetic corpus had errors") }
    }
  }

  func pad(_ s: String, _ n: Int) -> String {
    s + String(repeating: " ", count: max(1, n - s.count))
  }
}

enum Clock {
  static func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  }
}

enum Memory {
  /// The process's peak resident memory (VmHWM) in KiB, from /proc/self/status.
  static func peakKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
    return 0
  }
}

/// A fixed, deterministic query set: names, aliases, prefixes, typos and two-word queries.
enum QuerySet {
  static func make(from corpus: Corpus) -> [String] {
    var queries: [String] = []
    let actors = corpus.actors
    guard !actors.isEmpty else { return ["test"] }
    let step = max(1, actors.count / 15)
    for i in stride(from: 0, to: actors.count, by: step).prefix(15) {
      let actor = actors[i]
      queries.append(actor.name)
      queries.append(String(actor.name.prefix(4)))
      if let alias = actor.aliases.first { queries.append(alias) }
      var typo = Array(actor.name.split(separator: " ").first ?? "")
      if typo.count > 4 { typo.swapAt(2, 3) }
      queries.append(String(typo))
    }
    let events = corpus.events
    let eventStep = max(1, events.count / 10)
    for i in stride(from: 0, to: events.count, by: eventStep).prefix(10) {
      queries.append(events[i].title.split(separator: " ").prefix(2).joined(separator: " "))
    }
    return queries
  }
}
