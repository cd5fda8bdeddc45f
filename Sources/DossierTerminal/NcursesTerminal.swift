import CNcursesw
import Dispatch
import DossierTUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the terminal could not be opened.
public enum TerminalError: Error, CustomStringConvertible {
  /// Standard input or output is not a terminal.
  case notATerminal
  /// ncurses does not know the terminal type (no terminfo entry for `TERM`).
  case unknownTerminal(String)

  public var description: String {
    switch self {
    case .notATerminal:
      "the explorer needs a terminal on standard input and output (use a subcommand in scripts)"
    case .unknownTerminal(let term):
      "cannot open the terminal \(term.isEmpty ? "(TERM is not set)" : "'\(term)'"): "
        + "no terminfo entry; try TERM=xterm-256color"
    }
  }
}

/// A full-screen terminal driven by ncurses: reads input events and flushes cell buffers.
///
/// Use it from one thread. The main loop is: `draw`, then `readEvent` (which blocks until a key,
/// a mouse action or a resize), until `readEvent` returns nil (a termination signal or a closed
/// input), then `stop()`.
public final class NcursesTerminal {
  private let window: UnsafeMutablePointer<WINDOW>
  private var signals = SignalHandlers()
  private var stopped = false
  /// The buffer last flushed; cells equal to it are not written again.
  private var last: Buffer?
  /// Whether the next draw must repaint every cell (after a resize, a stop or an external program).
  private var needsFullRedraw = true
  private var colorsEnabled = false
  /// Whether `use_default_colors` worked, so that -1 means the terminal's own colour.
  private var defaultColors = false
  /// Colour pairs allocated so far, by foreground and background.
  private var pairs: [Int: Int16] = [:]
  /// Whether every cell is drawn with its ASCII stand-in (see `GlyphTable`).
  private let ascii: Bool

  /// Takes over the terminal. Colours are used only when asked for and supported; `ascii` draws
  /// every cell with its ASCII stand-in (a locale that is not UTF-8, or `--ascii`).
  public init(useColor: Bool, ascii: Bool = false) throws {
    self.ascii = ascii
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw TerminalError.notATerminal
    }
    Self.selectLocale()
    SignalHandlers.saveTerminalSettings()
    guard dossier_newterm() != nil, let window = dossier_stdscr() else {
      throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
    }
    self.window = window
    cbreak()
    noecho()
    nonl()
    keypad(window, true)
    // Home and End as other terminals send them, whatever the terminfo entry says.
    for (sequence, code) in Self.alternativeKeys { _ = define_key(sequence, code) }
    curs_set(0)
    set_escdelay(25)
    mousemask(dossier_all_mouse_events() | dossier_report_mouse_position(), nil)
    mouseinterval(0)
    if useColor, has_colors() {
      start_color()
      defaultColors = use_default_colors() == OK
      colorsEnabled = true
    }
    signals.install()
  }

  deinit { stop() }

  /// The terminal's size in cells.
  public var size: Size {
    var rows: Int32 = 0
    var columns: Int32 = 0
    dossier_getmaxyx(window, &rows, &columns)
    return Size(width: Int(columns), height: Int(rows))
  }

  /// The termination signal (SIGINT, SIGTERM, SIGHUP or SIGQUIT) that ended `readEvent`, if any.
  public var terminationSignal: Int32? { SignalHandlers.terminationSignal }

  /// Blocks until the next event; nil when a termination signal arrived or input is closed.
  public func readEvent(timeout milliseconds: Int? = nil) -> InputEvent? {
    guard !stopped else { return nil }
    var failures = 0
    // With a timeout, the wait ends with a tick when no key comes (presenter auto-advance);
    // without one, it sleeps until input or a signal.
    wtimeout(window, Int32(milliseconds ?? -1))
    let deadline = milliseconds.map { DispatchTime.now() + .milliseconds($0) }
    while true {
      if SignalHandlers.terminationSignal != nil { return nil }
      if SignalHandlers.takeContinued() { repaint() }
      var character: wint_t = 0
      errno = 0
      let status = wget_wch(window, &character)
      if status == ERR {
        if errno == EINTR { continue }  // a signal: the flags are checked above
        if let deadline, DispatchTime.now() >= deadline { return .tick }
        // Without a signal, an error that keeps coming back means the input is gone.
        failures += 1
        if failures >= 100 { return nil }
        continue
      }
      failures = 0
      if status == KEY_CODE_YES {
        switch Int32(character) {
        case KEY_RESIZE:
          needsFullRedraw = true
          return .resize(size)
        case KEY_MOUSE:
          if let event = readMouse() { return .mouse(event) }
        default:
          if let key = Self.decodeKeyCode(Int32(character)) { return .key(key) }
        }
      } else if let key = Self.decodeCharacter(UInt32(character)) {
        return .key(key)
      }
    }
  }

  /// Flushes the cells that changed since the last draw (all of them after a resize or a stop).
  public func draw(_ buffer: Buffer) {
    guard !stopped else { return }
    let full = needsFullRedraw || last?.size != buffer.size
    if full {
      werase(window)
      clearok(dossier_curscr(), true)
    }
    for position in buffer.diff(from: full ? nil : last) { put(buffer, position.x, position.y) }
    last = buffer
    needsFullRedraw = false
    wnoutrefresh(window)
    doupdate()
    CrashForTest.crashIfAsked()
  }

  /// Leaves the screen to another program (an editor, a pager), then takes it back.
  public func runExternal(_ body: () -> Void) {
    guard !stopped else { return body() }
    let signalBefore = SignalHandlers.terminationSignal
    def_prog_mode()
    endwin()
    body()
    // Ctrl-C or Ctrl-\ typed into the other program reached us too: it was meant for that program.
    if signalBefore == nil,
      let signal = SignalHandlers.terminationSignal, signal == SIGINT || signal == SIGQUIT
    {
      SignalHandlers.clearTermination()
    }
    reset_prog_mode()
    repaint()
  }

  /// Clears the screen and gives the terminal back; safe to call more than once.
  public func stop() {
    guard !stopped else { return }
    stopped = true
    // Clearing first keeps the explorer's rows out of the shell's scrollback after a resize.
    wclear(window)
    wrefresh(window)
    endwin()
    signals.restore()
  }

  /// Repaints the whole screen from the last buffer (after the program was stopped and continued,
  /// or after an external program).
  private func repaint() {
    needsFullRedraw = true
    clearok(dossier_curscr(), true)
    if let last { draw(last) }
  }

  /// The mouse event waiting after a `KEY_MOUSE`; nil for events the UI does not use.
  private func readMouse() -> MouseEvent? {
    var event = MEVENT()
    guard getmouse(&event) == OK, let kind = Self.mouseKind(event.bstate) else { return nil }
    return MouseEvent(kind, x: Int(event.x), y: Int(event.y))
  }

  /// Writes one cell at (x, y).
  private func put(_ buffer: Buffer, _ x: Int, _ y: Int) {
    let cell = buffer[x, y]
    var text = " "
    if cell.symbol.isEmpty {
      // The right half of a wide character is drawn by that character, unless it is orphaned
      // (or drawn as one ASCII cell).
      if !ascii, x > 0, Self.glyph(buffer[x - 1, y].symbol, next: "").width == 2 { return }
    } else if ascii {
      text = GlyphTable.ascii(cell.symbol)
    } else {
      let next = x + 1 < buffer.size.width ? buffer[x + 1, y].symbol : nil
      text = Self.glyph(cell.symbol, next: next).text
    }
    var characters = Self.wideCharacters(text)
    var complex = cchar_t()
    let attributes = Self.attributes(cell.style, colors: colorsEnabled)
    setcchar(&complex, &characters, attributes, pair(cell.style), nil)
    // Writing the bottom-right cell cannot move the cursor on and reports ERR: the cell is written.
    _ = mvwadd_wch(window, Int32(y), Int32(x), &complex)
  }

  /// The colour pair for a style's colours, allocated on first use (0 without colours).
  private func pair(_ style: Style) -> Int16 {
    guard colorsEnabled, style.foreground != .default || style.background != .default else {
      return 0
    }
    let key = (style.foreground.rawValue + 1) * 16 + style.background.rawValue + 1
    if let pair = pairs[key] { return pair }
    let number = pairs.count + 1
    guard number < min(Int(dossier_color_pairs()), Int(Int16.max)) else { return 0 }
    var foreground = Int16(style.foreground.rawValue)
    var background = Int16(style.background.rawValue)
    if !defaultColors {
      if foreground < 0 { foreground = Int16(COLOR_WHITE) }
      if background < 0 { background = Int16(COLOR_BLACK) }
    }
    init_pair(Int16(number), foreground, background)
    pairs[key] = Int16(number)
    return Int16(number)
  }

  /// Uses the environment's locale, or a UTF-8 one when the environment's is not UTF-8 (as with
  /// `LANG` unset), so that wide characters reach the terminal.
  private static func selectLocale() {
    setlocale(LC_ALL, "")
    guard dossier_locale_is_utf8() == 0 else { return }
    for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"] {
      if setlocale(LC_CTYPE, name) != nil, dossier_locale_is_utf8() != 0 { return }
    }
    setlocale(LC_ALL, "")
  }
}
