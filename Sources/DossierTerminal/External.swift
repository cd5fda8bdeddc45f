import CNcursesw
import DossierTUI

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
  /// terminal's foreground, so it can read the keyboard and gets Ctrl-C (see ``ChildProcess``).
  public func runExternal(_ arguments: [String]) -> Int32? {
    var status: Int32?
    runExternal { status = try? ChildProcess.run(arguments) }
    return status
  }
}

/// The ncurses terminal is what the explorer's runtime runs against.
extension NcursesTerminal: TerminalBackend {}
