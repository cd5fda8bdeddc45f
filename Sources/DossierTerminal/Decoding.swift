import CNcursesw
import DossierTUI

/// Pure translations between ncurses values and the UI's types, kept apart to be testable.
extension NcursesTerminal {
  /// The key for an ncurses key code (`wget_wch` returned `KEY_CODE_YES`); nil when not used.
  static func decodeKeyCode(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE, KEY_A3: return .pageUp
    case KEY_NPAGE, KEY_C3: return .pageDown
    case KEY_HOME, KEY_A1, KEY_FIND: return .home
    case KEY_END, KEY_C1, KEY_SELECT: return .end
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_BTAB: return .backTab
    case KEY_DC: return .delete
    case dossier_key_f(1)...dossier_key_f(12): return .function(Int(code - dossier_key_f(0)))
    default: return nil
    }
  }

  /// The key for a character read by `wget_wch`; nil for controls without a meaning here.
  static func decodeCharacter(_ value: UInt32) -> Key? {
    switch value {
    case 10, 13: return .enter
    case 9: return .tab
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
    case 0..<32, 0x80..<0xA0: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// The kind of a mouse event from its ncurses button state; nil for releases and motion.
  static func mouseKind(_ state: mmask_t) -> MouseEvent.Kind? {
    if state & dossier_button4_pressed() != 0 { return .wheelUp }
    if state & dossier_button5_pressed() != 0 { return .wheelDown }
    if state & (dossier_button1_pressed() | dossier_button1_clicked()) != 0 { return .press }
    if state & dossier_button1_released() != 0 { return .release }
    return nil
  }

  /// Home and End as terminals send them besides their terminfo entries (PuTTY and tmux with
  /// `TERM=xterm-256color` send `ESC [1~` and `ESC [4~`; xterm in its two cursor modes `ESC [H`
  /// and `ESC O H`; rxvt `ESC [7~` and `ESC [8~`), given to ncurses with `define_key`.
  static let alternativeKeys: [(sequence: String, code: Int32)] = [
    ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[H", KEY_HOME),
    ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
    ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
  ]

  /// The video attributes of a style, without colours. Without colours (`colors` false, as on
  /// a vt100), a style that stands out by its background (the selection, the bars) is drawn in
  /// reverse video instead, so that it still stands out.
  static func attributes(_ style: Style, colors: Bool = true) -> attr_t {
    var result = dossier_attr_normal()
    if !colors, style.background != .default { result |= dossier_attr_reverse() }
    if style.bold { result |= dossier_attr_bold() }
    if style.dim { result |= dossier_attr_dim() }
    if style.underline { result |= dossier_attr_underline() }
    if style.reverse { result |= dossier_attr_reverse() }
    return result
  }

  /// What to put on the terminal for a cell's symbol, and how many columns ncurses gives it.
  ///
  /// `next` is the symbol of the cell to the right (nil at the end of a row). Characters the
  /// locale cannot print, and wide characters without room, become "?", so that ncurses never
  /// draws an escape notation or covers a neighbour the buffer did not give it.
  static func glyph(_ symbol: String, next: String?) -> (text: String, width: Int) {
    guard let first = symbol.unicodeScalars.first else { return (" ", 1) }
    let width = Int(dossier_wcwidth(wchar_t(bitPattern: first.value)))
    if width < 1 { return ("?", 1) }
    if width >= 2 { return next == "" ? (symbol, 2) : ("?", 1) }
    if next == "", symbol.unicodeScalars.contains("\u{FE0F}") {
      // An emoji presentation ("❤️") that the buffer gives two cells and ncurses one: terminals
      // disagree on its width, so draw the plain character, one cell wide everywhere.
      var scalars = String.UnicodeScalarView()
      scalars.append(contentsOf: symbol.unicodeScalars.filter { $0 != "\u{FE0F}" })
      return (String(scalars), 1)
    }
    return (symbol, 1)
  }

  /// A NUL-terminated wide string of a grapheme's scalars, at most as many as a cell holds.
  static func wideCharacters(_ text: String) -> [wchar_t] {
    var result = text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
    result.append(0)
    return result
  }
}
