import CNcursesw
import DossierUI
import Foundation
import Testing

@testable import DossierTerminal

/// The backend's pure translations: ncurses key codes, characters, mouse masks and styles.
struct TerminalDecodingTests {
  @Test func controlCharacters() {
    #expect(NcursesTerminal.decodeCharacter(10) == .enter)
    #expect(NcursesTerminal.decodeCharacter(13) == .enter)
    #expect(NcursesTerminal.decodeCharacter(9) == .tab)
    #expect(NcursesTerminal.decodeCharacter(127) == .backspace)
    #expect(NcursesTerminal.decodeCharacter(8) == .backspace)
    #expect(NcursesTerminal.decodeCharacter(27) == .escape)
    #expect(NcursesTerminal.decodeCharacter(4) == .control("d"))
    #expect(NcursesTerminal.decodeCharacter(16) == .control("p"))
    #expect(NcursesTerminal.decodeCharacter(1) == .control("a"))
    #expect(NcursesTerminal.decodeCharacter(26) == .control("z"))
    #expect(NcursesTerminal.decodeCharacter(0) == nil)
    #expect(NcursesTerminal.decodeCharacter(28) == nil)
    #expect(NcursesTerminal.decodeCharacter(0x85) == nil)
  }

  @Test func printableCharacters() {
    #expect(NcursesTerminal.decodeCharacter(0x61) == .character("a"))
    #expect(NcursesTerminal.decodeCharacter(0x20) == .character(" "))
    #expect(NcursesTerminal.decodeCharacter(0xE9) == .character("é"))
    #expect(NcursesTerminal.decodeCharacter(0x4E2D) == .character("中"))
    #expect(NcursesTerminal.decodeCharacter(0xD800) == nil)
  }

  @Test func keyCodes() {
    #expect(NcursesTerminal.decodeKeyCode(KEY_UP) == .up)
    #expect(NcursesTerminal.decodeKeyCode(KEY_DOWN) == .down)
    #expect(NcursesTerminal.decodeKeyCode(KEY_LEFT) == .left)
    #expect(NcursesTerminal.decodeKeyCode(KEY_RIGHT) == .right)
    #expect(NcursesTerminal.decodeKeyCode(KEY_PPAGE) == .pageUp)
    #expect(NcursesTerminal.decodeKeyCode(KEY_NPAGE) == .pageDown)
    #expect(NcursesTerminal.decodeKeyCode(KEY_HOME) == .home)
    #expect(NcursesTerminal.decodeKeyCode(KEY_END) == .end)
    #expect(NcursesTerminal.decodeKeyCode(KEY_ENTER) == .enter)
    #expect(NcursesTerminal.decodeKeyCode(KEY_BACKSPACE) == .backspace)
    #expect(NcursesTerminal.decodeKeyCode(KEY_BTAB) == .backTab)
    #expect(NcursesTerminal.decodeKeyCode(KEY_DC) == .delete)
    #expect(NcursesTerminal.decodeKeyCode(dossier_key_f(1)) == .function(1))
    #expect(NcursesTerminal.decodeKeyCode(dossier_key_f(12)) == .function(12))
    #expect(NcursesTerminal.decodeKeyCode(dossier_key_f(13)) == nil)
    #expect(NcursesTerminal.decodeKeyCode(KEY_RESIZE) == nil)
  }

  @Test func mouseButtons() {
    #expect(NcursesTerminal.mouseKind(dossier_button1_pressed()) == .press)
    #expect(NcursesTerminal.mouseKind(dossier_button1_clicked()) == .press)
    #expect(NcursesTerminal.mouseKind(dossier_button1_released()) == .release)
    #expect(NcursesTerminal.mouseKind(dossier_button4_pressed()) == .wheelUp)
    #expect(NcursesTerminal.mouseKind(dossier_button5_pressed()) == .wheelDown)
    #expect(NcursesTerminal.mouseKind(dossier_report_mouse_position()) == nil)
    #expect(NcursesTerminal.mouseKind(0) == nil)
  }

  @Test func styleAttributes() {
    #expect(NcursesTerminal.attributes(.plain) == dossier_attr_normal())
    #expect(NcursesTerminal.attributes(Style(bold: true)) == dossier_attr_bold())
    #expect(NcursesTerminal.attributes(Style(dim: true)) == dossier_attr_dim())
    #expect(NcursesTerminal.attributes(Style(underline: true)) == dossier_attr_underline())
    #expect(NcursesTerminal.attributes(Style(reverse: true)) == dossier_attr_reverse())
    #expect(
      NcursesTerminal.attributes(Style(.red, on: .blue, bold: true, reverse: true))
        == dossier_attr_bold() | dossier_attr_reverse())
  }

  @Test func wideStrings() {
    #expect(NcursesTerminal.wideCharacters("a") == [0x61, 0])
    #expect(NcursesTerminal.wideCharacters("e\u{301}") == [0x65, 0x301, 0])
  }

  @Test(.enabled(if: useUTF8Locale(), "no UTF-8 locale"))
  func glyphs() {
    #expect(NcursesTerminal.glyph("a", next: "b") == ("a", 1))
    #expect(NcursesTerminal.glyph("中", next: "") == ("中", 2))
    // A wide character without its right half, or at the end of a row, is not drawn wide.
    #expect(NcursesTerminal.glyph("中", next: "b") == ("?", 1))
    #expect(NcursesTerminal.glyph("中", next: nil) == ("?", 1))
    #expect(NcursesTerminal.glyph("e\u{301}", next: nil) == ("e\u{301}", 1))
    #expect(NcursesTerminal.glyph("\u{301}", next: nil) == ("?", 1))
    // Two cells in the buffer, one for ncurses: the emoji presentation selector is dropped.
    #expect(NcursesTerminal.glyph("\u{2764}\u{FE0F}", next: "") == ("\u{2764}", 1))
  }
}

/// Switches the character type to UTF-8, as the terminal does; false when no such locale exists.
private func useUTF8Locale() -> Bool {
  let names: [String] = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"]
  return names.contains { (name: String) in setlocale(LC_CTYPE, name) != nil }
    && dossier_locale_is_utf8() != 0
}

/// Home and End from other terminals' sequences, reverse video without colours, ASCII cells.
struct TerminalFallbackTests {
  @Test func alternativeHomeAndEndSequences() {
    let keys = Dictionary(
      NcursesTerminal.alternativeKeys.map { ($0.sequence, $0.code) },
      uniquingKeysWith: { a, _ in a }
    )
    #expect(keys["\u{1B}[1~"] == KEY_HOME)
    #expect(keys["\u{1B}[4~"] == KEY_END)
    #expect(keys["\u{1B}[H"] == KEY_HOME)
    #expect(keys["\u{1B}[F"] == KEY_END)
    #expect(keys["\u{1B}OH"] == KEY_HOME)
    #expect(keys["\u{1B}OF"] == KEY_END)
  }

  @Test func withoutColoursABackgroundBecomesReverseVideo() {
    let selected = Style(.black, on: .cyan)
    #expect(NcursesTerminal.attributes(selected, colors: true) == dossier_attr_normal())
    #expect(NcursesTerminal.attributes(selected, colors: false) == dossier_attr_reverse())
    #expect(
      NcursesTerminal.attributes(Style(.red, bold: true), colors: false) == dossier_attr_bold())
  }

  @Test func asciiStandIns() {
    #expect(GlyphTable.ascii("─") == "-")
    #expect(GlyphTable.ascii("│") == "|")
    #expect(GlyphTable.ascii("›") == ">")
    #expect(GlyphTable.ascii("▼") == "v")
    #expect(GlyphTable.ascii("●") == "*")
    #expect(GlyphTable.ascii("≠") == "#")
    #expect(GlyphTable.ascii("ł") == "l")
    #expect(GlyphTable.ascii("é") == "e")
    #expect(GlyphTable.ascii("Ж") == "?")
    #expect(GlyphTable.ascii("a") == "a")
    for (symbol, standIn) in GlyphTable.standIns {
      #expect(standIn.isASCII, "\(symbol)")
    }
  }

  @Test func asciiWhenTheLocaleIsNotUTF8() {
    #expect(GlyphTable.asciiNeeded(flag: false, environment: ["LANG": "C"]))
    #expect(GlyphTable.asciiNeeded(flag: false, environment: [:]))
    #expect(!GlyphTable.asciiNeeded(flag: false, environment: ["LANG": "C.UTF-8"]))
    #expect(
      !GlyphTable.asciiNeeded(flag: false, environment: ["LC_ALL": "en_US.utf8", "LANG": "C"]))
    #expect(GlyphTable.asciiNeeded(flag: false, environment: ["LC_ALL": "C", "LANG": "C.UTF-8"]))
    #expect(
      GlyphTable.asciiNeeded(flag: false, environment: ["LC_CTYPE": "POSIX", "LANG": "C.UTF-8"]))
    #expect(GlyphTable.asciiNeeded(flag: true, environment: ["LANG": "C.UTF-8"]))
  }
}
