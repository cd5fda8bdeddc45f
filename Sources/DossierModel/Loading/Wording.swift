import Foundation

/// Checks of the words around mentions, once their labels are known: a label that repeats the
/// word next to it ("Kaliningrad oblast oblast"), a name alone in parentheses after the words it
/// names, an article before a person's or a country's name ("a Alexander Lukashenka").
///
/// Run on every text with mentions while a corpus loads, so it works on the UTF-8 bytes and
/// compares words by their first letters before it folds and stems them.
enum Wording {
  struct Problem {
    /// The index of the mention in its text.
    var mention: Int
    var id: DiagnosticID
    var message: String
    var hint: String
  }

  /// The problems of `text`; `isName(i)` tells whether mention `i` shows its actor's name (no
  /// label of its own), `isPersonOrCountry(i)` whether its actor is a person or a country.
  static func problems(
    in text: RichText, stems: inout StemMemo, isName: (Int) -> Bool,
    isPersonOrCountry: (Int) -> Bool
  ) -> [Problem] {
    guard !text.mentions.isEmpty else { return [] }
    var plain = text.plain
    return plain.withUTF8 { bytes in
      var problems: [Problem] = []
      for (i, mention) in text.mentions.enumerated() {
        let start = Int(mention.start)
        let end = Int(mention.end)
        guard start < end, end <= bytes.count else { continue }
        func string(_ range: Range<Int>) -> String {
          String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        // The label's last word (before a parenthesised or quoted tail) against the next words.
        if let last = lastWord(bytes, start..<end) {
          let (one, two) = nextWords(bytes, from: end)
          let repeated =
            one.flatMap { same(bytes, last, $0, stems: &stems) ? $0 : nil }
            ?? two.flatMap { same(bytes, last, $0, stems: &stems) ? $0 : nil }
          if let next = repeated {
            problems.append(
              Problem(
                mention: i, id: .repeatedWord,
                message:
                  "the mention shows '\(string(start..<end))', which repeats the word '\(string(next))' after it",
                hint: shorter(mention.id)))
          }
        }
        let previous = previousWord(bytes, before: start)
        if let previous, let first = firstWord(bytes, start..<end),
          same(bytes, first, previous, stems: &stems)
        {
          problems.append(
            Problem(
              mention: i, id: .repeatedWord,
              message:
                "the mention shows '\(string(start..<end))', which repeats the word '\(string(previous))' before it",
              hint: shorter(mention.id)))
        }
        guard isName(i) else { continue }
        if start > 0, end < bytes.count, bytes[start - 1] == UInt8(ascii: "("),
          bytes[end] == UInt8(ascii: ")"), restates(bytes, start..<end, before: start - 1)
        {
          problems.append(
            Problem(
              mention: i, id: .mentionWording,
              message:
                "the name '\(string(start..<end))' stands alone in parentheses, restating the words before it",
              hint: "link those words instead: [[\(mention.id)|the words before]]"))
        }
        if let previous, isArticle(bytes, previous), isPersonOrCountry(i) {
          problems.append(
            Problem(
              mention: i, id: .mentionWording,
              message: "'\(string(previous)) \(string(start..<end))' puts an article before a name",
              hint: "reword, or give the mention a label that takes the article"))
        }
      }
      return problems
    }
  }

  typealias Bytes = UnsafeBufferPointer<UInt8>

  @inline(__always)
  private static func isWordByte(_ c: UInt8) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
      || c == UInt8(ascii: "-") || c >= 0x80
  }

  @inline(__always)
  private static func hasLetter(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
    range.contains {
      let c = bytes[$0] | 0x20; return (c >= 0x61 && c <= 0x7A) || bytes[$0] >= 0x80
    }
  }

  /// The ranges of the words in `range` that have a letter.
  private static func words(_ bytes: Bytes, _ range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var p = range.lowerBound
    while p < range.upperBound {
      guard isWordByte(bytes[p]) else {
        p += 1
        continue
      }
      let start = p
      while p < range.upperBound, isWordByte(bytes[p]) { p += 1 }
      if hasLetter(bytes, start..<p) { result.append(start..<p) }
    }
    return result
  }

  /// Whether a word is "a" or "an", in any case.
  private static func isArticle(_ bytes: Bytes, _ word: Range<Int>) -> Bool {
    guard bytes[word.lowerBound] | 0x20 == UInt8(ascii: "a") else { return false }
    return word.count == 1
      || (word.count == 2 && bytes[word.lowerBound + 1] | 0x20 == UInt8(ascii: "n"))
  }

  private static func shorter(_ id: String) -> String {
    "give the mention a shorter label ([[\(id)|…]]) or drop the word"
  }

  /// The last word of a label, before a parenthesised or quoted tail.
  private static func lastWord(_ bytes: Bytes, _ label: Range<Int>) -> Range<Int>? {
    var end = label.upperBound
    if let tail = label.first(where: {
      bytes[$0] == UInt8(ascii: "(") || bytes[$0] == UInt8(ascii: "\"")
    }) {
      end = tail
    }
    // Backwards to the last word that has a letter.
    var p = end
    while p > label.lowerBound {
      while p > label.lowerBound, !isWordByte(bytes[p - 1]) { p -= 1 }
      let wordEnd = p
      while p > label.lowerBound, isWordByte(bytes[p - 1]) { p -= 1 }
      if p < wordEnd, hasLetter(bytes, p..<wordEnd) { return p..<wordEnd }
    }
    return nil
  }

  private static func firstWord(_ bytes: Bytes, _ label: Range<Int>) -> Range<Int>? {
    var p = label.lowerBound
    while p < label.upperBound, !isWordByte(bytes[p]) { p += 1 }
    let start = p
    while p < label.upperBound, isWordByte(bytes[p]) { p += 1 }
    return start < p && hasLetter(bytes, start..<p) ? start..<p : nil
  }

  /// The next word after `offset`, and a second one only past a parenthesised group right
  /// after the label ("Zapad exercises ("West") strategic exercises", not "West 2009 and West
  /// 2013"); punctuation ends the clause, and a word glued to the label ("Russia's") is not a
  /// next word. No arrays: this runs for every mention of a corpus.
  private static func nextWords(_ bytes: Bytes, from offset: Int) -> (Range<Int>?, Range<Int>?) {
    var p = offset
    guard p < bytes.count, !isWordByte(bytes[p]), bytes[p] != UInt8(ascii: "'") else {
      return (nil, nil)
    }
    var first: Range<Int>?
    var skippedGroup = false
    while p < bytes.count {
      let c = bytes[p]
      if c == UInt8(ascii: " ") {
        p += 1
      } else if c == UInt8(ascii: "("), first == nil, !skippedGroup {
        skippedGroup = true
        while p < bytes.count, bytes[p] != UInt8(ascii: ")") { p += 1 }
        p += 1
      } else if isWordByte(c) {
        let start = p
        while p < bytes.count, isWordByte(bytes[p]) { p += 1 }
        let word = start..<p
        if hasLetter(bytes, word) {
          if first != nil { return (first, word) }
          first = word
        }
        if !skippedGroup || (p < bytes.count && bytes[p] == UInt8(ascii: "'")) { break }
      } else {
        break
      }
    }
    return (first, nil)
  }

  /// The word right before `offset`, separated from it by spaces only.
  private static func previousWord(_ bytes: Bytes, before offset: Int) -> Range<Int>? {
    var p = offset
    guard p > 0, bytes[p - 1] == UInt8(ascii: " ") else { return nil }
    while p > 0, bytes[p - 1] == UInt8(ascii: " ") { p -= 1 }
    let end = p
    while p > 0, isWordByte(bytes[p - 1]) { p -= 1 }
    return p < end && hasLetter(bytes, p..<end) ? p..<end : nil
  }

  /// Whether two words are the same word: first by their bytes (lengths within three, and alike
  /// but for the last three bytes of the shorter, ignoring ASCII case), then folded and stemmed
  /// (each distinct word once, in `stems`).
  static func same(
    _ bytes: Bytes, _ a: Range<Int>, _ b: Range<Int>, stems: inout StemMemo
  ) -> Bool {
    guard a.count > 1, b.count > 1, abs(a.count - b.count) <= 3 else { return false }
    let alike = max(2, min(a.count, b.count) - 3)
    for k in 0..<alike where bytes[a.lowerBound + k] | 0x20 != bytes[b.lowerBound + k] | 0x20 {
      return false
    }
    func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    guard let x = stems.stem(string(a)), let y = stems.stem(string(b)) else { return false }
    return x == y
  }

  /// Whether the words of a label (but perhaps one) are among the dozen words before `offset`:
  /// "the early-warning radar near Baranovichi (Baranovichi early-warning radar)".
  private static func restates(_ bytes: Bytes, _ label: Range<Int>, before offset: Int) -> Bool {
    func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    let minor: Set<String> = ["of", "the", "and", "for", "in", "on", "at", "to", "a", "an"]
    func parts(_ ranges: [Range<Int>]) -> [String] {
      ranges.flatMap { string($0).split(separator: "-").map(String.init) }
    }
    let named = parts(words(bytes, label)).filter { !minor.contains($0.lowercased()) }
    guard !named.isEmpty else { return false }
    let before = Set(
      parts(Array(words(bytes, max(0, offset - 160)..<offset).suffix(12))).map(WordStem.stem))
    let present = named.filter { before.contains(WordStem.stem($0)) }.count
    return named.count == 1 ? present == 1 : present >= named.count - 1 && present >= 2
  }
}

/// Words compared as a reader hears them: case, diacritics and endings aside ("exercise",
/// "Exercises").
enum WordStem {
  static func stem(_ word: String) -> String {
    TextFolding.fold(word).split(separator: "-").map { PorterStemmer.stem(String($0)) }
      .joined(separator: "-")
  }

  /// A tag's key: lower case, each hyphenated part without a final "s" and then a final "e"
  /// ("exercises", "exercise" → "exercis"); cheap, for every distinct tag of a corpus.
  static func tagKey(_ tag: String) -> String {
    guard tag.utf8.allSatisfy({ $0 < 0x80 }) else { return stem(tag) }
    var out: [UInt8] = []
    out.reserveCapacity(tag.utf8.count)
    func endPart(_ start: Int) {
      if out.count - start > 3, out.last == UInt8(ascii: "s") { out.removeLast() }
      if out.count - start > 3, out.last == UInt8(ascii: "e") { out.removeLast() }
    }
    var partStart = 0
    for c in tag.utf8 {
      if c == UInt8(ascii: "-") {
        endPart(partStart)
        out.append(c)
        partStart = out.count
      } else {
        out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
      }
    }
    endPart(partStart)
    return String(decoding: out, as: UTF8.self)
  }

  static func same(_ a: String, _ b: String) -> Bool {
    a.count > 1 && b.count > 1 && stem(a) == stem(b)
  }
}

/// The stems of the words already compared (``WordStem/stem(_:)``), so that a word met again
/// (in a large corpus most words next to mentions are) is not folded and stemmed again.
struct StemMemo {
  /// Each word's stem, or nil for a word of one character (never the same as another word).
  private var stems: [String: String?] = [:]

  /// The stem of `word`, or nil when it has fewer than two characters.
  mutating func stem(_ word: String) -> String? {
    if let known = stems[word] { return known }
    let stem = word.count > 1 ? WordStem.stem(word) : nil
    if stems.count < 1 << 17 { stems[word] = stem }
    return stem
  }
}

/// Stem memos lent to the files parsed in parallel, one file at a time each, so that the words
/// of one file are stemmed once for all the files that follow it on the same memo.
final class StemMemos: @unchecked Sendable {
  private var free: [StemMemo] = []
  private let lock = NSLock()

  /// A memo to use for one file (a new one when every memo is in use).
  func take() -> StemMemo {
    lock.lock()
    defer { lock.unlock() }
    return free.popLast() ?? StemMemo()
  }

  /// Gives back a memo taken with ``take()``.
  func give(_ memo: StemMemo) {
    lock.lock()
    defer { lock.unlock() }
    free.append(memo)
  }
}
