#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Written only by the signal handlers below and read by the terminal; every access to them is in
// this file, so the handlers touch nothing but these two words.
/// The termination signal that arrived (0 while none has).
nonisolated(unsafe) private var pendingTerminationSignal: sig_atomic_t = 0
/// Set when the process was continued after a stop (SIGCONT).
nonisolated(unsafe) private var pendingContinue: sig_atomic_t = 0

private func recordTermination(_ signal: Int32) { pendingTerminationSignal = signal }

/// The terminal's settings before the explorer changed them, restored by a crash.
nonisolated(unsafe) private var originalSettings = termios()
nonisolated(unsafe) private var haveOriginalSettings: sig_atomic_t = 0

/// On a crash (a trap, a bad access, an abort): put the terminal back as it was, then die of the
/// same signal. Only async-signal-safe calls: tcsetattr, write, signal, raise.
private func restoreTerminalAndDie(_ number: Int32) {
  if haveOriginalSettings != 0 { tcsetattr(STDIN_FILENO, TCSANOW, &originalSettings) }
  // Leave the alternate screen, show the cursor, reset attributes, start a fresh line.
  let reset: StaticString = "\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\r\n"
  _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
  signal(number, SIG_DFL)
  raise(number)
}
private func recordContinue(_ signal: Int32) { pendingContinue = 1 }

/// The signal handlers installed while the terminal is in use, and the ones they replaced.
///
/// The handlers only set a flag. They are installed without `SA_RESTART`, so a blocking read
/// returns with `EINTR` and the caller can leave cleanly and restore the terminal. SIGTSTP
/// (Ctrl-Z) stays with ncurses, which restores the terminal, stops and resumes.
struct SignalHandlers {
  /// Signals that end the program.
  static let termination: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  /// Signals of a crash.
  static let crashes: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

  /// Remembers the terminal's settings before the explorer changes them.
  static func saveTerminalSettings() {
    if tcgetattr(STDIN_FILENO, &originalSettings) == 0 { haveOriginalSettings = 1 }
  }

  private var saved: [(signal: Int32, action: sigaction)] = []

  /// The termination signal received so far, if any.
  static var terminationSignal: Int32? {
    pendingTerminationSignal == 0 ? nil : pendingTerminationSignal
  }

  /// Forgets a termination signal received so far.
  static func clearTermination() { pendingTerminationSignal = 0 }

  /// Whether the process was continued since the last call; clears the flag.
  static func takeContinued() -> Bool {
    guard pendingContinue != 0 else { return false }
    pendingContinue = 0
    return true
  }

  /// Installs the handlers, remembering the previous ones.
  mutating func install() {
    // Touch the flags once so that they are initialised before a handler can run.
    pendingTerminationSignal = 0
    pendingContinue = 0
    for signal in Self.termination { replace(signal, with: recordTermination) }
    replace(SIGCONT, with: recordContinue)
    for signal in Self.crashes { replace(signal, with: restoreTerminalAndDie) }
  }

  /// Puts the previous handlers back.
  mutating func restore() {
    for (signal, action) in saved.reversed() {
      var action = action
      sigaction(signal, &action, nil)
    }
    saved.removeAll()
  }

  private mutating func replace(_ signal: Int32, with handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = handler
    #else
      action.__sigaction_u.__sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0  // no SA_RESTART: interrupt the blocking read
    var previous = sigaction()
    if sigaction(signal, &action, &previous) == 0 { saved.append((signal, previous)) }
  }
}
