import DossierTerminal
import DossierTestSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sends a signal to a process (outside `TmuxSession`, whose `kill()` hides the C function).
private func sendSignal(_ pid: Int32, _ signal: Int32) -> Int32 { kill(pid, signal) }

/// The built `dossier` binary running in a detached tmux session of a fixed size, on a private
/// tmux server, so that a test can type keys and read the screen.
///
/// The pane stays after the program exits (to read its last output and exit status). Waits poll
/// the screen every 50 ms until a condition holds or a timeout passes; no fixed sleeps.
///
/// The pane runs a small shell that starts `dossier`, records its pid and exit status in files,
/// then keeps the pane open. (Not tmux's remain-on-exit: Debian's tmux can lose the SIGCHLD of a
/// pane that exits while it updates utmp, and then never marks the pane dead.)
final class TmuxSession {
  /// A wait that timed out, with the screen as it was last seen.
  struct Timeout: Error, CustomStringConvertible {
    var waitingFor: String
    var screen: String
    var description: String { "timed out waiting for \(waitingFor); the screen:\n\(screen)" }
  }

  /// A tmux command that failed.
  struct CommandFailed: Error, CustomStringConvertible {
    var arguments: [String]
    var status: Int32
    var stderr: String
    var description: String {
      "tmux \(arguments.joined(separator: " ")) exited with \(status): \(stderr)"
    }
  }

  /// The tmux executable, or nil when tmux is not installed.
  static let tmuxPath: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let folders =
      path.split(separator: ":").map(String.init) + ["/usr/local/bin", "/opt/homebrew/bin"]
    return folders.map { $0 + "/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// Whether end-to-end tests can run.
  static var isAvailable: Bool { tmuxPath != nil }

  /// Key names sent as keys rather than typed as text.
  static let keyNames: Set<String> = [
    "Enter", "Escape", "BSpace", "Tab", "BTab", "Space", "Up", "Down", "Left", "Right", "Home",
    "End", "PPage", "NPage", "PageUp", "PageDown", "DC", "IC",
  ]

  let width: Int
  let height: Int
  private let socket = "dossier-test-\(UUID().uuidString)"
  /// A private folder for the tmux configuration and the program's pid and exit status.
  private let folder: String
  private var configPath: String { folder + "/tmux.conf" }
  private var pidPath: String { folder + "/pid" }
  private var statusPath: String { folder + "/status" }
  private var killed = false

  /// Starts `dossier` with arguments in a new session of `width` × `height` cells.
  ///
  /// The program gets a clean environment: PATH, HOME, `TERM=tmux-256color`, `LANG=C.UTF-8`,
  /// and `environment` on top (for example `NO_COLOR` or `EDITOR`).
  convenience init(
    _ arguments: [String] = [], width: Int = 100, height: Int = 30,
    environment: [String: String] = [:], directory: String? = nil
  ) throws {
    try self.init(width: width, height: height) { session in
      // Settings and the last position are the session's own, so that no test (and no user's
      // files) decides where another one starts.
      var isolated = environment
      isolated["XDG_CONFIG_HOME"] = environment["XDG_CONFIG_HOME"] ?? session.folder + "/config"
      isolated["XDG_STATE_HOME"] = environment["XDG_STATE_HOME"] ?? session.folder + "/state"
      // The presenter's speaker link too (tests that pair two windows share one folder).
      isolated["XDG_RUNTIME_DIR"] = environment["XDG_RUNTIME_DIR"] ?? session.folder
      let program =
        Self.cleanEnvironment(isolated)
        + [productsDirectory.appending(path: "dossier").path] + arguments
      // The shell survives the signals sent to the program (a trap, unlike an ignored signal,
      // is not inherited), records its status, then waits on the terminal until tmux closes it.
      var command =
        "trap true INT TERM HUP QUIT; sh -c 'echo $$ > \(Self.quote(session.pidPath)); exec \"$@\"' sh "
        + program.map(Self.quote).joined(separator: " ")
        + "; echo $? > \(Self.quote(session.statusPath)); stty -echo 2>/dev/null; exec cat > /dev/null"
      if let directory { command = "cd \(Self.quote(directory)) && " + command }
      return command
    }
  }

  /// Starts an interactive POSIX shell (prompt `$ `, dossier on its PATH) instead of dossier,
  /// for tests that run dossier from a prompt and check that the prompt works again afterwards.
  convenience init(shellWidth width: Int, height: Int, environment: [String: String] = [:]) throws {
    var env = environment
    env["PS1"] = "$ "
    env["PATH"] =
      productsDirectory.path + ":"
      + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    try self.init(width: width, height: height) { session in
      // The same isolation as a session of dossier itself: a user's last position (left on
      // Myths, say) must not decide what this shell's dossier opens on.
      env["XDG_CONFIG_HOME"] = environment["XDG_CONFIG_HOME"] ?? session.folder + "/config"
      env["XDG_STATE_HOME"] = environment["XDG_STATE_HOME"] ?? session.folder + "/state"
      env["XDG_RUNTIME_DIR"] = environment["XDG_RUNTIME_DIR"] ?? session.folder
      return (Self.cleanEnvironment(env) + ["sh", "-i"]).map(Self.quote).joined(separator: " ")
    }
  }

  /// Creates the session's folder and configuration, then starts tmux with the command that
  /// `command` builds for this session.
  private init(width: Int, height: Int, command: (TmuxSession) -> String) throws {
    self.width = width
    self.height = height
    folder = FileManager.default.temporaryDirectory.appending(path: socket).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    // No status line: the pane is the whole window.
    try "set -g status off\n".write(toFile: configPath, atomically: true, encoding: .utf8)
    try tmux(
      "new-session", "-d", "-x", String(width), "-y", String(height), "-s", "s", command(self))
  }

  /// `env -i` with PATH, HOME, TERM, LANG and `extra` on top, as a command prefix.
  private static func cleanEnvironment(_ extra: [String: String]) -> [String] {
    var env = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/tmp",
      "TERM": "tmux-256color", "LANG": "C.UTF-8",
    ]
    for (key, value) in extra { env[key] = value }
    return ["env", "-i"] + env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
  }

  deinit { kill() }

  /// Sends keys: tmux key names (Enter, Escape, BSpace, Tab, BTab, Up, PPage, F1…F12, C-c, M-x)
  /// are pressed, anything else is typed literally.
  func sendKeys(_ keys: String...) throws {
    for key in keys {
      if Self.isKeyName(key) {
        try tmux("send-keys", "-t", "s", key)
      } else {
        try tmux("send-keys", "-t", "s", "-l", key)
      }
    }
  }

  /// Sends bytes as they are, such as a terminal's own escape sequence for a key
  /// (`send-keys -H`).
  func sendBytes(_ bytes: [UInt8]) throws {
    try tmux(["send-keys", "-t", "s", "-H"] + bytes.map { String(format: "%02x", $0) })
  }

  /// Types text literally, even text that looks like a key name.
  func type(_ text: String) throws {
    try tmux("send-keys", "-t", "s", "-l", text)
  }

  /// The screen as text, one line per row (trailing spaces removed); with `escapes`, including
  /// the escape sequences for colours and attributes.
  func capture(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", "s"] + (escapes ? ["-e"] : []))
  }

  /// Waits until the screen shows `text` and holds still; returns the screen.
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 10) throws -> String {
    try waitUntil(timeout: timeout, "\"\(text)\"") { $0.contains(text) }
  }

  /// Waits until the screen satisfies a condition and holds still; returns the screen.
  @discardableResult
  func waitUntil(
    timeout: Double = 10, _ description: String = "a condition",
    _ condition: (String) throws -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var previous: String?
    while true {
      let screen = try capture()
      // A capture can catch a frame half drawn: the screen counts once it holds still.
      if screen == previous, try condition(screen) { return screen }
      if Date() >= deadline { throw Timeout(waitingFor: description, screen: screen) }
      previous = screen
      usleep(25_000)
    }
  }

  /// The program's exit status once it has exited (128 + n after signal n), or nil while it runs.
  func exitStatus() throws -> Int32? {
    guard let text = try? String(contentsOfFile: statusPath, encoding: .utf8) else { return nil }
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Waits until the program exits; returns its exit status.
  @discardableResult
  func waitForExit(timeout: Double = 10) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let status = try exitStatus() { return status }
      if Date() >= deadline {
        throw Timeout(waitingFor: "the program to exit", screen: try capture())
      }
      usleep(50_000)
    }
  }

  /// The program's process id (0 before it started).
  func pid() -> Int32 {
    guard let text = try? String(contentsOfFile: pidPath, encoding: .utf8) else { return 0 }
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
  }

  /// Sends a signal (SIGTERM, SIGHUP, …) to the program.
  func signal(_ signal: Int32) throws {
    let pid = pid()
    guard pid > 0, try exitStatus() == nil else { return }
    _ = sendSignal(pid, signal)
  }

  /// A tmux format expanded for the pane (`#{mouse_any_flag}`, `#{alternate_on}`).
  func query(_ format: String) throws -> String {
    try tmux("display-message", "-p", "-t", "s", format)
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Resizes the window; the program gets SIGWINCH.
  func resize(width: Int, height: Int) throws {
    try tmux("resize-window", "-t", "s", "-x", String(width), "-y", String(height))
  }

  /// Ends the session and its tmux server; safe to call more than once.
  func kill() {
    guard !killed else { return }
    killed = true
    // Closing the terminal sends SIGHUP to the program, which then exits.
    _ = try? tmux("kill-server")
    try? FileManager.default.removeItem(atPath: folder)
    // tmux leaves its socket behind.
    let tmuxFolder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
    try? FileManager.default.removeItem(atPath: "\(tmuxFolder)/tmux-\(getuid())/\(socket)")
  }

  static func isKeyName(_ key: String) -> Bool {
    if keyNames.contains(key) { return true }
    if key.hasPrefix("F"), let n = Int(key.dropFirst()), (1...12).contains(n) { return true }
    for prefix in ["C-", "M-", "S-"] where key.hasPrefix(prefix) && key.count > 2 {
      return true
    }
    return false
  }

  /// Quotes a word for `sh`.
  static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  @discardableResult
  private func tmux(_ arguments: String...) throws -> String { try tmux(arguments) }

  /// Runs a tmux command against this session's server; returns its output.
  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    let result = try spawnAndWait(
      Self.tmuxPath ?? "/usr/bin/tmux", ["-L", socket, "-f", configPath] + arguments)
    guard result.status == 0 else {
      throw CommandFailed(arguments: arguments, status: result.status, stderr: result.errors)
    }
    return result.output
  }
}

/// A finished program's exit status and output.
private struct SpawnResult {
  var status: Int32
  var output: String
  var errors: String
}

/// Runs a program to its end and returns its exit status and output, which goes to files, not
/// pipes that a forked tmux server could hold open.
private func spawnAndWait(_ path: String, _ arguments: [String]) throws -> SpawnResult {
  let base = FileManager.default.temporaryDirectory.appending(path: "tmux-\(UUID().uuidString)")
  let outPath = base.path + ".out"
  let errPath = base.path + ".err"
  defer {
    try? FileManager.default.removeItem(atPath: outPath)
    try? FileManager.default.removeItem(atPath: errPath)
  }
  let status: Int32
  do {
    status = try ChildProcess.run(
      [path] + arguments, input: "/dev/null", output: outPath, errors: errPath)
  } catch {
    throw TmuxSession.CommandFailed(arguments: arguments, status: -1, stderr: "\(error)")
  }
  let read = { (path: String) in
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }
  return SpawnResult(status: status, output: read(outPath), errors: read(errPath))
}
