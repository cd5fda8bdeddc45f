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

/// On a crash (a trap, a bad access, an abort) or a fatal signal: put the terminal back as it was,
/// then die of the same signal. Runs on the alternate signal stack, so that a stack overflow
/// still restores. Only async-signal-safe calls: tcsetattr, write, signal, raise.
private func restoreTerminalAndDie(_ number: Int32) {
  if haveOriginalSettings != 0 { tcsetattr(STDIN_FILENO, TCSANOW, &originalSettings) }
  _ = write(STDOUT_FILENO, terminalReset.utf8Start, terminalReset.utf8CodeUnitCount)
  signal(number, SIG_DFL)
  raise(number)
}

/// Everything the explorer turns on, turned off: mouse tracking (clicks, drags, motion, SGR and
/// urxvt encodings, focus events), bracketed paste, the keypad and cursor-key modes (`rmkx`),
/// the alternate screen; then the cursor shown, attributes reset and a fresh line.
private let terminalReset: StaticString = """
  \u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1005l\u{1B}[?1006l\u{1B}[?1015l\
  \u{1B}[?1004l\u{1B}[?2004l\u{1B}[?1l\u{1B}>\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\r\n
  """

/// The alternate stack crash handlers run on (allocated once, never freed).
nonisolated(unsafe) private var alternateStack: UnsafeMutableRawPointer?

private func recordContinue(_ signal: Int32) { pendingContinue = 1 }

/// The signal handlers installed while the terminal is in use, and the ones they replaced.
///
/// The handlers only set a flag. They are installed without `SA_RESTART`, so a blocking read
/// returns with `EINTR` and the caller can leave cleanly and restore the terminal. SIGTSTP
/// (Ctrl-Z) stays with ncurses, which restores the terminal, stops and resumes.
struct SignalHandlers {
  /// Signals that end the program.
  static let termination: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  /// Signals of a crash, and signals whose default is to kill the process without a chance to
  /// leave cleanly (an unexpected user signal or alarm): the terminal is restored before the
  /// process dies of them. SIGPIPE is ignored instead (see ``install()``).
  static let crashes: [Int32] = [
    SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGUSR1, SIGALRM,
  ]

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
    Self.installAlternateStack()
    for signal in Self.crashes { replace(signal, with: restoreTerminalAndDie, flags: SA_ONSTACK) }
    // A broken pipe (a program the explorer writes to quit) is an EPIPE error, never a death
    // that leaves the terminal raw.
    ignore(SIGPIPE)
  }

  /// Ignores a signal, remembering its previous action.
  private mutating func ignore(_ signal: Int32) {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = SIG_IGN
    #else
      action.__sigaction_u.__sa_handler = SIG_IGN
    #endif
    sigemptyset(&action.sa_mask)
    var previous = sigaction()
    if sigaction(signal, &action, &previous) == 0 { saved.append((signal, previous)) }
  }

  /// Gives the crash handlers a stack of their own, so that they run after a stack overflow.
  private static func installAlternateStack() {
    let size = 256 * 1024
    if alternateStack == nil { alternateStack = malloc(size) }
    guard let alternateStack else { return }
    var stack = stack_t()
    stack.ss_sp = alternateStack
    stack.ss_size = size
    stack.ss_flags = 0
    sigaltstack(&stack, nil)
  }

  /// Puts the previous handlers back.
  mutating func restore() {
    for (signal, action) in saved.reversed() {
      var action = action
      sigaction(signal, &action, nil)
    }
    saved.removeAll()
  }

  private mutating func replace(
    _ signal: Int32, with handler: @convention(c) (Int32) -> Void, flags: Int32 = 0
  ) {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = handler
    #else
      action.__sigaction_u.__sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = flags  // no SA_RESTART: interrupt the blocking read
    var previous = sigaction()
    if sigaction(signal, &action, &previous) == 0 { saved.append((signal, previous)) }
  }
}
