import Testing

@testable import DossierTUI

/// The one-pass line breaker for long text: rows fit, words stay whole unless longer than a
/// row, nothing is lost, and wide and zero-width characters count as they are drawn.
@Suite("Line breaks of long text")
struct LineBreaksTests {
  /// The rows of `text` at `width`, trailing spaces trimmed as the reader draws them.
  func rows(_ text: String, _ width: Int) -> [String] {
    let starts = LineBreaks.starts(of: text, width: width)
    let bytes = Array(text.utf8)
    return starts.indices.map { i in
      let end = i + 1 < starts.count ? starts[i + 1] : bytes.count
      var row = String(decoding: bytes[starts[i]..<end], as: UTF8.self)
      while row.last == " " { row.removeLast() }
      return row
    }
  }

  @Test func breaksAfterTheLastSpaceThatFits() {
    #expect(rows("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
    #expect(rows("abcde fghij", 5) == ["abcde", "fghij"])
    #expect(rows("", 5) == [""])
  }

  @Test func aWordLongerThanARowIsCut() {
    #expect(rows("ab abcdefgh", 5) == ["ab", "abcde", "fgh"])
  }

  @Test func wideAndZeroWidthCharactersCountAsDrawn() {
    #expect(rows("北京 北京 北京", 5) == ["北京", "北京", "北京"])
    #expect(rows("e\u{301}e\u{301}e\u{301} abc", 7) == ["e\u{301}e\u{301}e\u{301} abc"])
    #expect(rows("Лукашэнка Лукашэнка", 10) == ["Лукашэнка", "Лукашэнка"])
  }

  @Test func everyRowFitsAndTheRowsMakeTheText() {
    var words: [String] = []
    for i in 0..<5_000 {
      words.append(
        String(repeating: "abcdefghij北é", count: 1 + i % 3).prefix(1 + (i * 7) % 23).description)
    }
    let text = words.joined(separator: " ")
    for width in [1, 7, 40, 117] {
      let starts = LineBreaks.starts(of: text, width: width)
      #expect(starts.first == 0)
      #expect(zip(starts, starts.dropFirst()).allSatisfy { $0 < $1 })
      let made = rows(text, width)
      #expect(made.allSatisfy { TextWidth.of($0) <= max(width, 2) })
      #expect(made.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }
  }
}
