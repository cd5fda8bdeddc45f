import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `dossier-bench startup DIR`: the explorer's start-up measured from outside the process, in
/// tmux: the time from launch until the first frame (any text on the screen) and until the first
/// screen showing the list is captured. Several binaries (`--dossier A --dossier B`) are run
/// alternately in the same run, so that a comparison sees the same machine load.
struct Startup: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure the explorer's start-up in tmux: first frame and first list on screen.")
  @Argument(help: "The corpus folder.") var directory: String
  @Option(help: "A dossier binary (repeat to compare; default: the one beside dossier-bench).")
  var dossier: [String] = []
  @Option(help: "Launches of each binary.") var runs = 7
  @Option(help: "Terminal width.") var width = 120
  @Option(help: "Terminal height.") var height = 40
  @Option(help: "Text that shows the list is on the screen.") var ready = "2 Timeline"
  @Option(help: "XDG_CACHE_HOME for the runs, one folder below it a binary (warmed first).")
  var cache = NSTemporaryDirectory() + "dossier-bench-startup-cache"
  @Option(help: "Launches of each binary before the measured ones (they fill its caches).")
  var warmup = 1
  @Flag(help: "Print each run, with the process's own phase times (DOSSIER_TRACE).")
  var verbose = false

  func run() throws {
    let binaries =
      dossier.isEmpty
      ? [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
          .appendingPathComponent("dossier").path
      ] : dossier
    let work = NSTemporaryDirectory() + "dossier-bench-startup-\(getpid())"
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: work) }
    // Each binary has its own cache folder (their search caches differ), warmed as a user who
    // has searched once and opened the explorer once has it.
    func cacheFolder(_ b: Int) -> String { cache + "/\(b)" }
    for b in binaries.indices {
      _ = try? runProcess(
        binaries[b], ["search", "--data", directory, "warm"], cache: cacheFolder(b))
      for w in 0..<warmup {
        let launch = try TmuxLaunch(
          binary: binaries[b], directory: directory, width: width, height: height,
          cache: cacheFolder(b), folder: work + "/warm-\(w)-\(b)")
        // It stays open a while: the explorer writes what it caches after the first frame.
        _ = try launch.measure(ready: self.ready, linger: 15)
      }
    }
    var first: [[Double]] = Array(repeating: [], count: binaries.count)
    var ready: [[Double]] = Array(repeating: [], count: binaries.count)
    for run in 0..<runs {
      // Alternate the order so that neither binary always runs first.
      let order = run % 2 == 0 ? Array(binaries.indices) : binaries.indices.reversed()
      for b in order {
        let launch = try TmuxLaunch(
          binary: binaries[b], directory: directory, width: width, height: height,
          cache: cacheFolder(b), folder: work + "/\(run)-\(b)")
        let times = try launch.measure(ready: self.ready)
        first[b].append(times.first)
        ready[b].append(times.ready)
        if verbose {
          print(
            String(
              format: "run %d  %@  first frame %6.1f ms  list %7.1f ms  %@", run,
              (binaries[b] as NSString).lastPathComponent, times.first, times.ready,
              times.trace))
        }
      }
    }
    print(
      "\(runs) launches each, alternated, \(width)x\(height), \(directory), warm caches (\(warmup) launch first)"
    )
    print(
      "binary                                first frame ms: median    p90    min    max"
        + "   list ms: median     p90     min     max")
    for b in binaries.indices {
      let f = Summary(first[b])
      let r = Summary(ready[b])
      print(
        String(
          format: "%-38@ %21.1f %6.1f %6.1f %6.1f %18.1f %7.1f %7.1f %7.1f",
          String(binaries[b].suffix(38)) as NSString, f.median, f.p90, f.min, f.max, r.median,
          r.p90, r.min, r.max))
    }
    if binaries.count > 1 {
      for b in binaries.indices.dropFirst() {
        let ratios = zip(ready[b], ready[0]).map { $0 / $1 }
        print(
          String(
            format: "list time of %@ / %@: median ratio %.2f (range %.2f-%.2f)",
            (binaries[b] as NSString).lastPathComponent,
            (binaries[0] as NSString).lastPathComponent, Summary(ratios).median,
            ratios.min() ?? 0, ratios.max() ?? 0))
      }
    }
  }
}

/// Median, 90th percentile, minimum and maximum of a list of figures.
struct Summary {
  var median = 0.0
  var p90 = 0.0
  var min = 0.0
  var max = 0.0
  init(_ values: [Double]) {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return }
    median = sorted[sorted.count / 2]
    p90 = sorted[Swift.min(sorted.count - 1, sorted.count * 9 / 10)]
    min = sorted[0]
    max = sorted[sorted.count - 1]
  }
}

/// A child process started with `posix_spawn` (Foundation's `Process` can miss the exit of a
/// program that starts a daemon, such as tmux's first client): its id and, when asked for, pipes
/// to its standard input and from its standard output.
struct Child {
  let pid: pid_t
  /// Writes to the child's standard input (-1 without a pipe).
  let input: Int32
  /// Reads the child's standard output (-1 without a pipe).
  let output: Int32

  init(
    _ path: String, _ arguments: [String], environment: [String: String]? = nil, pipes: Bool = false
  ) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var toChild: [Int32] = [-1, -1]
    var fromChild: [Int32] = [-1, -1]
    if pipes {
      guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw ValidationError("pipe failed") }
      posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
      posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
      for fd in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, fd) }
    } else {
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup($0) } + [nil]
    defer {
      for p in argv { free(p) }
      for p in envp { free(p) }
    }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, path, &actions, nil, argv, envp)
    if pipes {
      Glibc.close(toChild[0])
      Glibc.close(fromChild[1])
    }
    guard status == 0 else { throw ValidationError("cannot start \(path): \(status)") }
    self.pid = pid
    input = toChild[1]
    output = fromChild[0]
  }

  /// Waits for the child to exit; its exit status.
  @discardableResult
  func wait() -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    return status
  }
}

/// Runs a program to the end, its output discarded; its exit status.
@discardableResult
func runProcess(_ path: String, _ arguments: [String], cache: String) throws -> Int32 {
  var environment = ProcessInfo.processInfo.environment
  environment["XDG_CACHE_HOME"] = cache
  return try Child(path, arguments, environment: environment).wait()
}

/// One launch of the explorer in a private tmux server, watched through a control-mode client:
/// the program starts when the pane's shell reads the end of a FIFO, and every time the pane
/// writes output the screen is captured, until it shows the list.
struct TmuxLaunch {
  let socket: String
  let folder: String
  let binary: String

  init(
    binary: String, directory: String, width: Int, height: Int, cache: String, folder: String
  ) throws {
    self.binary = binary
    self.folder = folder
    socket = "dossier-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    guard mkfifo(folder + "/go", 0o600) == 0 else { throw ValidationError("mkfifo failed") }
    try "set -g status off\n".write(
      toFile: folder + "/tmux.conf", atomically: true, encoding: .utf8)
    let environment = [
      "PATH=/usr/bin:/bin", "HOME=" + folder, "TERM=tmux-256color", "LANG=C.UTF-8",
      "XDG_CACHE_HOME=" + cache, "XDG_DATA_HOME=\(folder)/data",
      "XDG_STATE_HOME=\(folder)/state", "XDG_CONFIG_HOME=\(folder)/config", "DOSSIER_TRACE=1",
    ]
    func quote(_ text: String) -> String {
      "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
    let command =
      "cat \(quote(folder + "/go")) > /dev/null; exec env -i "
      + environment.map(quote).joined(separator: " ") + " " + quote(binary) + " --data "
      + quote(directory) + " 2> " + quote(folder + "/trace")
    try runProcess(
      "/usr/bin/tmux",
      [
        "-L", socket, "-f", folder + "/tmux.conf", "new-session", "-d", "-x", String(width), "-y",
        String(height), "-s", "s", command,
      ], cache: cache)
  }

  /// Starts the program and waits for the list; milliseconds from the start to the first frame
  /// and to the list, and the program's phase times.
  func measure(
    ready: String, linger: Double = 0
  ) throws -> (
    first: Double, ready: Double, trace: String
  ) {
    let control = try ControlClient(socket: socket, config: folder + "/tmux.conf")
    defer {
      control.close()
      _ = try? runProcess("/usr/bin/tmux", ["-L", socket, "kill-server"], cache: "")
    }
    // Opening the FIFO waits for the pane's `cat`; closing it starts the program.
    let fd = open(folder + "/go", O_WRONLY)
    let start = DispatchTime.now()
    Glibc.close(fd)
    var first: Double?
    let deadline = DispatchTime.now().uptimeNanoseconds + 120_000_000_000
    while DispatchTime.now().uptimeNanoseconds < deadline {
      // After output (or 200 ms without any, in case a notification was missed).
      control.waitForOutput()
      let screen = try control.capture()
      let elapsed = Clock.seconds(since: start) * 1000
      let text = screen.filter { !$0.isWhitespace }
      if first == nil, !text.isEmpty { first = elapsed }
      if screen.contains(ready) {
        if linger > 0 { usleep(useconds_t(linger * 1_000_000)) }
        let trace =
          (try? String(contentsOfFile: folder + "/trace", encoding: .utf8))?
          .replacingOccurrences(of: "\n", with: " ") ?? ""
        return (first ?? elapsed, elapsed, trace)
      }
    }
    throw ValidationError("the list never showed '\(ready)'")
  }
}

/// A tmux control-mode client (`tmux -C attach`): output notifications and commands.
final class ControlClient {
  let child: Child
  private var buffer: [UInt8] = []
  /// Whether the pane wrote output while a capture was being answered.
  private var pendingOutput = false

  init(socket: String, config: String) throws {
    child = try Child(
      "/usr/bin/tmux", ["-L", socket, "-f", config, "-C", "attach", "-t", "s"], pipes: true)
  }

  /// One line of the client's output, or nil after `timeout` milliseconds without one.
  func line(timeout: Int32 = 1000) -> String? {
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = String(decoding: buffer[..<newline], as: UTF8.self)
        buffer.removeSubrange(...newline)
        return line
      }
      var poller = pollfd(fd: child.output, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, timeout) > 0 else { return nil }
      var chunk = [UInt8](repeating: 0, count: 65536)
      let count = read(child.output, &chunk, chunk.count)
      guard count > 0 else { return nil }
      buffer.append(contentsOf: chunk[..<count])
    }
  }

  /// Waits up to 200 ms for the pane to write something; whether it did.
  @discardableResult
  func waitForOutput() -> Bool {
    if pendingOutput {
      pendingOutput = false
      return true
    }
    while let line = line(timeout: 200) {
      if line.hasPrefix("%output") { return true }
    }
    return false
  }

  /// The pane's screen as text.
  func capture() throws -> String {
    let command = Array("capture-pane -p -t s\n".utf8)
    _ = command.withUnsafeBytes { write(child.input, $0.baseAddress, $0.count) }
    var lines: [String] = []
    var inside = false
    while let line = line(timeout: 5000) {
      if line.hasPrefix("%begin") {
        inside = true
      } else if line.hasPrefix("%end") || line.hasPrefix("%error") {
        if inside { return lines.joined(separator: "\n") }
      } else if inside {
        lines.append(line)
      } else if line.hasPrefix("%output") {
        pendingOutput = true
      }
    }
    throw ValidationError("tmux did not answer")
  }

  func close() {
    Glibc.close(child.input)
    Glibc.close(child.output)
    kill(child.pid, SIGTERM)
    child.wait()
  }
}
