import CNcursesw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension NcursesTerminal {
  /// Hands the screen to a program (an editor, a pager) until it exits, then takes it back;
  /// returns its exit status (128 + n after signal n), or nil when it could not be started.
  ///
  /// `arguments[0]` is looked up in PATH. The program runs in this process's group, in the
  /// terminal's foreground, so it can read the keyboard and gets Ctrl-C. (Foundation's `Process`
  /// starts a program in a group of its own, where an editor is stopped as soon as it reads.)
  public func runExternal(_ arguments: [String]) -> Int32? {
    var status: Int32?
    runExternal { status = Self.spawnAndWait(arguments) }
    return status
  }

  /// Starts a program with no blocked signals and waits for it; returns its exit status.
  static func spawnAndWait(_ arguments: [String]) -> Int32? {
    guard let program = arguments.first else { return nil }
    #if os(Linux)
      var attributes = posix_spawnattr_t()
    #else
      var attributes: posix_spawnattr_t? = nil
    #endif
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawnp(&pid, program, nil, &attributes, argv, dossier_environ()) == 0 else {
      return nil
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else { return nil }
    }
    // WIFEXITED and WEXITSTATUS, which Swift does not import.
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + status & 0x7F
  }
}
