import ArgumentParser
import DossierModel
import Foundation

/// `dossier-bench search`: the search engine's figures at 1k, 10k and 100k events: index build
/// time and cache size, query latency in process, and whole-process `dossier search` with a
/// warm cache against `fzf --filter` over the exported timeline lines of the same corpus.
struct SearchBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Measure search: index build, cache size, query latency, dossier against fzf.")
  @Option(help: "Event counts to measure.") var sizes: [Int] = [1000, 10000, 100_000]
  @Option(help: "Where to keep generated corpora and caches.") var work: String =
    NSTemporaryDirectory() + "dossier-bench"
  @Option(help: "Whole-process runs of each query (the median is reported).") var runs = 11
  @Option(help: "Compare with fzf at these sizes only.") var fzfSizes: [Int] = [100_000]

  func run() throws {
    let bench = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    let dossier = bench.deletingLastPathComponent().appending(path: "dossier").path
    guard FileManager.default.isExecutableFile(atPath: dossier) else {
      throw ValidationError("build dossier first: \(dossier) is missing")
    }
    print("dossier-bench search: \(ProcessInfo.processInfo.activeProcessorCount) cores")
    print(
      "events    items  load ms  fields ms  build ms  warm ms  cache MB  peak MiB  query p50 ms  p99 ms  max ms"
    )
    var comparisons: [(Int, [String])] = []
    for size in sizes {
      let folder = "\(work)/\(size)"
      var corpus = SyntheticCorpus(events: size)
      try corpus.write(to: folder)
      let output = try capture(bench.path, ["search-measure", folder])
      guard let figures = try JSONSerialization.jsonObject(with: output) as? [String: Any]
      else {
        print("\(size): measurement failed")
        continue
      }
      func f(_ key: String, _ width: Int, _ decimals: Int, scale: Double = 1) -> String {
        let value = (figures[key] as? Double ?? .nan) * scale
        let text = String(format: "%.\(decimals)f", value)
        return String(repeating: " ", count: max(1, width - text.count)) + text
      }
      print(
        String(size).padding(toLength: 6, withPad: " ", startingAt: 0)
          + f("items", 9, 0) + f("load_s", 9, 0, scale: 1000) + f("fields_s", 11, 0, scale: 1000)
          + f("build_s", 10, 0, scale: 1000) + f("warm_ms", 9, 1) + f("cache_mb", 10, 1)
          + f("peak_mib", 10, 0)
          + f("query_p50_ms", 14, 2) + f("query_p99_ms", 8, 2) + f("query_max_ms", 8, 2))
      if fzfSizes.contains(size), let queries = figures["cli_queries"] as? [String] {
        comparisons.append((size, queries))
      }
    }
    for (size, queries) in comparisons {
      try compare(size: size, queries: queries, dossier: dossier)
    }
  }

  /// Whole processes on the same corpus: `dossier search` (cold once, then with a warm cache)
  /// and `fzf --filter` over the lines of `dossier timeline --format tsv`.
  func compare(size: Int, queries: [String], dossier: String) throws {
    let folder = "\(work)/\(size)"
    let cache = "\(work)/cache-\(size)"
    try? FileManager.default.removeItem(atPath: cache)
    let environment = ["XDG_CACHE_HOME": cache]
    print("\nwhole process at \(size) events (median of \(runs) runs a query)")
    let cold = try timed(dossier, ["search", "--data", folder, queries[0]], environment)
    print(String(format: "dossier search, cold cache (load and build): %.2f s", cold))
    let lines = "\(work)/timeline-\(size).tsv"
    let export = try timed(
      dossier, ["timeline", "--data", folder, "--format", "tsv", "--no-header"], environment,
      output: lines)
    let count =
      (try? String(contentsOfFile: lines, encoding: .utf8))?.split(separator: "\n")
      .count ?? 0
    print(String(format: "timeline export: %d lines in %.2f s", count, export))
    guard let fzf = which("fzf") else {
      print("fzf is not installed (apt-get install fzf): no comparison")
      return
    }
    print("query                      dossier ms   fzf ms   dossier/fzf")
    var ratios: [Double] = []
    for query in queries {
      var ours: [Double] = []
      var theirs: [Double] = []
      for _ in 0..<runs {
        ours.append(try timed(dossier, ["search", "--data", folder, query], environment))
        theirs.append(try timed(fzf, ["--filter", query], [:], input: lines))
      }
      let a = median(ours)
      let b = median(theirs)
      ratios.append(a / b)
      print(
        query.padding(toLength: 26, withPad: " ", startingAt: 0)
          + String(format: "%10.1f %8.1f %12.2f", a * 1000, b * 1000, a / b))
    }
    print(String(format: "median ratio dossier/fzf: %.2f", median(ratios)))
  }

  func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

  func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Runs a program to the end and returns its standard output.
  func capture(_ program: String, _ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
  }

  /// The wall time of one run of a program, from start to exit, with its output discarded (or
  /// written to `output`) and its input read from `input`.
  func timed(
    _ program: String, _ arguments: [String], _ environment: [String: String],
    input: String? = nil, output: String? = nil
  ) throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    if let output {
      FileManager.default.createFile(atPath: output, contents: nil)
      process.standardOutput = FileHandle(forWritingAtPath: output)
    } else {
      process.standardOutput = FileHandle.nullDevice
    }
    process.standardError = FileHandle.nullDevice
    process.standardInput = input.flatMap { FileHandle(forReadingAtPath: $0) }
    let start = DispatchTime.now()
    try process.run()
    process.waitUntilExit()
    let seconds = Clock.seconds(since: start)
    guard process.terminationStatus == 0 || program.hasSuffix("fzf") else {
      throw ValidationError("\(program) \(arguments) exited with \(process.terminationStatus)")
    }
    return seconds
  }
}

/// `dossier-bench search-measure DIR`: one corpus, in this process (for a clean peak memory).
struct SearchMeasure: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search-measure",
    abstract: "Build one corpus's search index and time its queries; one JSON line.")
  @Argument var directory: String
  @Option(help: "Where to write the index (deleted afterwards).") var database: String?
  @Option(help: "Use the search cache in this folder instead (built when not current).")
  var cache: String?
  @Flag(help: "Print the slowest queries (search and page times) to standard error.")
  var showSlow = false
  @Option(help: "Run only this query, many times (for profiling).") var query: String?
  @Option(help: "How many times --query runs after its first run.") var times = 200
  @Flag(help: "Do not warm the engine before the queries (as a one-off `dossier search`).")
  var cold = false
  @Flag(
    help: "Read the last word as a prefix, as the explorer's search does while a word is typed.")
  var prefix = false

  func run() throws {
    let input = try CorpusInput.read(directory: directory)
    var start = DispatchTime.now()
    let corpus = CorpusLoader.load(input)
    let load = Clock.seconds(since: start)
    start = DispatchTime.now()
    let items = corpus.searchFields()
    let fields = Clock.seconds(since: start)
    let path = database ?? NSTemporaryDirectory() + "dossier-bench-search-\(getpid()).sqlite"
    try? FileManager.default.removeItem(atPath: path)
    defer { try? FileManager.default.removeItem(atPath: path) }
    start = DispatchTime.now()
    let engine: SearchEngine
    if let cache {
      engine = try SearchCache.engine(folder: directory, cacheDirectory: cache) { _ in corpus }
        .engine
    } else {
      engine = try SearchEngine.build(items, at: path)
    }
    let build = Clock.seconds(since: start)
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    // The explorer warms its engine on the thread that opens it (PendingSearchEngine); the
    // queries below are timed as its searches run. `--cold` leaves that out (a one-off
    // `dossier search` does not warm).
    start = DispatchTime.now()
    if !cold { try engine.warm() }
    let warm = Clock.seconds(since: start)
    if let query {
      var first = DispatchTime.now()
      var searched = try engine.search(query, prefixLast: prefix)
      let firstSearch = Clock.seconds(since: first)
      first = DispatchTime.now()
      _ = try engine.page(searched, limit: 20)
      let firstPage = Clock.seconds(since: first)
      let start = DispatchTime.now()
      for _ in 0..<times {
        searched = try engine.search(query, prefixLast: prefix)
        _ = try engine.page(searched, limit: 20)
      }
      print(
        "\(query): \(searched.total) hits, \(Clock.seconds(since: start) * 1000 / Double(max(1, times))) ms a query;"
          + " the first: search \(firstSearch * 1000) ms, page \(firstPage * 1000) ms")
      return
    }
    let queries = QuerySet.make(from: corpus)
    var firstPass: [Double] = []
    var latencies: [Double] = []
    var slow: [(Double, Double, String, Int, Int)] = []
    for pass in 1...5 {
      for query in queries {
        let start = DispatchTime.now()
        let matches = try engine.search(query, prefixLast: prefix)
        let searched = Clock.seconds(since: start)
        _ = try engine.page(matches, limit: 20)
        latencies.append(Clock.seconds(since: start))
        if firstPass.count < queries.count { firstPass.append(latencies.last!) }
        slow.append((searched, latencies.last! - searched, query, matches.total, pass))
      }
    }
    if showSlow {
      for (search, page, query, total, pass) in slow.sorted(by: { $0.0 + $0.1 > $1.0 + $1.1 })
        .prefix(12)
      {
        FileHandle.standardError.write(
          Data(
            String(
              format: "search %8.2f ms  page %7.2f ms  %7d hits  pass %d  %@\n", search * 1000,
              page * 1000, total, pass, query
            ).utf8))
      }
    }
    latencies.sort()
    firstPass.sort()
    // The whole-process comparison asks a few of the same queries: a name, an alias, a
    // misspelling and two words of a title.
    let cli = [queries[0], queries[2], queries[3], queries[queries.count - 1]]
    let figures: [String: Any] = [
      "events": corpus.events.count, "items": Double(items.count), "load_s": load,
      "fields_s": fields, "build_s": build, "warm_ms": warm * 1000, "warmed": !cold,
      "cache_mb": Double(size) / 1e6,
      "peak_mib": Double(Memory.peakKiB()) / 1024,
      "query_p50_ms": latencies[latencies.count / 2] * 1000,
      "query_p99_ms": latencies[min(latencies.count - 1, latencies.count * 99 / 100)] * 1000,
      "query_max_ms": latencies[latencies.count - 1] * 1000, "queries": queries.count,
      "first_pass_p50_ms": firstPass[firstPass.count / 2] * 1000,
      "first_pass_max_ms": firstPass[firstPass.count - 1] * 1000,
      "cli_queries": cli,
    ]
    let data = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
  }
}
