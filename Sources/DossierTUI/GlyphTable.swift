import Foundation

/// The characters the explorer draws with, and their ASCII stand-ins for terminals whose locale
/// is not UTF-8 (`LANG=C`) or when `--ascii` is given.
///
/// Every stand-in is one cell wide, so that a drawn buffer keeps its layout when its cells are
/// translated one by one (``ascii(_:)``, used by the terminal backend).
public enum GlyphTable {
  /// The stand-ins of the symbols the views draw: frames, arrows, bars, badges and marks.
  public static let standIns: [Character: Character] = [
    "─": "-", "━": "-", "═": "=", "│": "|", "┃": "|", "▏": "|", "▌": "|",
    "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
    "›": ">", "▶": ">", "▸": ">", "→": ">", "←": "<", "↑": "^", "↓": "v", "▼": "v", "↳": ">",
    "↵": "<", "⌫": "<",
    "●": "*", "•": "*", "◆": "*", "·": ".", "✎": "n", "¶": "P", "≠": "#", "×": "x",
    "…": ".", "—": "-", "–": "-", "−": "-", "\u{201C}": "\"", "\u{201D}": "\"", "\u{2018}": "'",
    "\u{2019}": "'", "«": "\"", "»": "\"",
    "▁": "_", "▂": ".", "▃": ":", "▄": "-", "▅": "=", "▆": "+", "▇": "#", "█": "#", "░": "-",
  ]

  /// The ASCII stand-in of one cell's symbol: itself when it is ASCII, the table's stand-in, the
  /// letter without its accents (`ł` is `l`, `é` is `e`), else `?`.
  public static func ascii(_ symbol: String) -> String {
    if symbol.utf8.allSatisfy({ $0 < 0x80 }) { return symbol }
    guard let first = symbol.first else { return symbol }
    if let standIn = standIns[first] { return String(standIn) }
    let special: [Character: String] = [
      "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "s", "æ": "a", "Æ": "A",
    ]
    if let letter = special[first] { return letter }
    let base = String(first).decomposedStringWithCanonicalMapping.unicodeScalars.first
    if let base, base.isASCII, base.value >= 0x20 { return String(Character(base)) }
    return "?"
  }

  /// Whether to draw in ASCII: `--ascii` was given, or the locale the environment selects
  /// (`LC_ALL`, else `LC_CTYPE`, else `LANG`, the POSIX order) does not name UTF-8. An unset
  /// locale is the POSIX "C" locale, which is ASCII.
  public static func asciiNeeded(flag: Bool, environment: [String: String]) -> Bool {
    if flag { return true }
    let locale =
      ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
      ?? "C"
    let lower = locale.lowercased()
    return !(lower.contains("utf-8") || lower.contains("utf8"))
  }
}
