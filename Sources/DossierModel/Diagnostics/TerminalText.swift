/// The one sanitiser for text printed to a terminal: every path and every piece of file-derived
/// text in command-line output goes through ``sanitized(_:keepingLineBreaks:)``.
///
/// Control characters (C0 but tab and line feed, DEL, C1) and bidirectional overrides are shown
/// as visible text, the way `less` shows them: `^[` for ESC, `^G` for BEL, `^M` for CR, `^?`
/// for DEL and `<U+009B>` for the others. The text keeps its meaning and nothing reaches the
/// terminal as a command.
public enum TerminalText {
  /// Whether a character must never reach the terminal raw. Tab and line feed are allowed (a
  /// one-line text disallows them too, see ``sanitized(_:keepingLineBreaks:)``).
  public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x20 { return v != 0x0A && v != 0x09 }
    if v == 0x7F || (0x80...0x9F).contains(v) { return true }
    return (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
  }

  /// `text` with every forbidden character made visible; line feeds and tabs are kept when
  /// `keepingLineBreaks` is true (whole outputs), made visible otherwise (one-line texts such
  /// as a path or a message).
  public static func sanitized(_ text: String, keepingLineBreaks: Bool = false) -> String {
    func bad(_ s: Unicode.Scalar) -> Bool {
      isForbidden(s) || (!keepingLineBreaks && (s == "\n" || s == "\t"))
    }
    guard mayContainForbidden(text), text.unicodeScalars.contains(where: bad) else { return text }
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      guard bad(s) else {
        out.append(s)
        continue
      }
      let v = s.value
      let shown: String
      if v < 0x20 {
        shown = "^" + String(Unicode.Scalar(UInt8(v + 0x40)))
      } else if v == 0x7F {
        shown = "^?"
      } else {
        let hex = String(v, radix: 16, uppercase: true)
        shown = "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
      }
      out.append(contentsOf: shown.unicodeScalars)
    }
    return String(out)
  }

  /// A fast check on UTF-8 bytes: false means the text certainly holds no forbidden character
  /// (line feeds and tabs count as possibly forbidden).
  static func mayContainForbidden(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      for c in bytes where c < 0x20 || c == 0x7F || c == 0xC2 || c == 0xE2 { return true }
      return false
    }
  }
}
