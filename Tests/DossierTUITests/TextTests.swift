import Testing

@testable import DossierTUI

@Suite("Cell buffer and text")
struct CoreTests {
  @Test func widthsPerGrapheme() {
    #expect(TextWidth.of("abc") == 3)
    #expect(TextWidth.of("Лукашэнка") == 9)
    #expect(TextWidth.of("Łukasiewicz") == 11)
    #expect(TextWidth.of("e\u{301}") == 1)
    #expect(TextWidth.of("北京") == 4)
    #expect(TextWidth.of("👍") == 2)
    #expect(TextWidth.of("\u{1B}") == 0)
  }

  @Test func wideCharactersTakeTwoCells() {
    var buffer = Buffer(size: Size(width: 6, height: 1))
    let end = buffer.write("a北b", x: 0, y: 0)
    #expect(end == 4)
    #expect(buffer[1, 0].symbol == "北")
    #expect(buffer[2, 0].symbol == "")
    #expect(buffer.text == "a北b")
    // A wide character that would cross the edge is not drawn half.
    var narrow = Buffer(size: Size(width: 2, height: 1))
    narrow.write("a北", x: 0, y: 0)
    #expect(narrow.text == "a")
  }

  @Test func controlAndEscapeCharactersNeverReachACell() {
    var buffer = Buffer(size: Size(width: 20, height: 1))
    buffer.write("a\u{1B}[31mb\u{7}c\u{9B}d\u{202E}e", x: 0, y: 0)
    #expect(buffer.text == "a[31mbcde")
    #expect(!buffer.cells.contains { $0.symbol.unicodeScalars.contains { $0.value < 0x20 } })
  }

  @Test func truncationUsesAnEllipsis() {
    #expect(TextLayout.truncate("Alexander Lukashenka", to: 10) == "Alexander…")
    #expect(TextLayout.truncate("short", to: 10) == "short")
    #expect(TextLayout.truncate("北京北京", to: 5) == "北京…")
    #expect(TextLayout.fit("ab", to: 4) == "ab  ")
  }

  @Test func wrappingBreaksOnWords() {
    #expect(
      TextLayout.wrap("the quick brown fox jumps", width: 10) == [
        "the quick", "brown fox", "jumps",
      ])
    #expect(TextLayout.wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
    #expect(
      TextLayout.wrap("Мінскі штаб і Лукашэнка", width: 12) == ["Мінскі штаб", "і Лукашэнка"])
    #expect(TextLayout.wrap("", width: 5) == [""])
  }
}
