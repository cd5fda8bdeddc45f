import CNcursesw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program and waits for it, started with no blocked signals.
///
/// Not Foundation's `Process`: that starts a program in a process group of its own (an editor is
/// then stopped as soon as it reads the keyboard), and with the signal mask of the calling
/// thread (a tmux server started from a test thread never learns that its pane exited).
public enum ChildProcess {
  /// Why a program could not be started: the system's error number and message.
  public struct SpawnError: Error, CustomStringConvertible {
    public var code: Int32
    public var description: String { String(cString: strerror(code)) }
  }

  /// Runs `arguments[0]` (looked up in PATH unless it holds a slash) in this process's group
  /// with this process's environment; returns its exit status (128 + n after signal n).
  /// Standard input, output and error are the given files, or this process's when nil.
  public static func run(
    _ arguments: [String], input: String? = nil, output: String? = nil, errors: String? = nil
  ) throws -> Int32 {
    guard let program = arguments.first else { throw SpawnError(code: EINVAL) }
    #if os(Linux)
      var actions = posix_spawn_file_actions_t()
      var attributes = posix_spawnattr_t()
    #else
      var actions: posix_spawn_file_actions_t? = nil
      var attributes: posix_spawnattr_t? = nil
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let input { posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0) }
    for (fd, path) in [(Int32(1), output), (2, errors)] {
      if let path {
        posix_spawn_file_actions_addopen(&actions, fd, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      }
    }
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let error = posix_spawnp(&pid, program, &actions, &attributes, argv, dossier_environ())
    guard error == 0 else { throw SpawnError(code: error) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else { throw SpawnError(code: errno) }
    }
    // WIFEXITED and WEXITSTATUS, which Swift does not import.
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + status & 0x7F
  }
}
