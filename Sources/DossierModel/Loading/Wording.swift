/// Checks of the words around mentions, once their labels are known: a label that repeats the
/// word next to it ("Kaliningrad oblast oblast"), a name alone in parentheses after the words it
/// names, an article before a person's or a country's name ("a Alexander Lukashenka").
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
    in text: RichText, isName: (Int) -> Bool, isPersonOrCountry: (Int) -> Bool
  ) -> [Problem] {
    guard !text.mentions.isEmpty else { return [] }
    let bytes = Array(text.plain.utf8)
    var problems: [Problem] = []
    for (i, mention) in text.mentions.enumerated() {
      let start = Int(mention.start)
      let end = Int(mention.end)
      guard start < end, end <= bytes.count else { continue }
      let label = Array(bytes[start..<end])
      let shown = String(decoding: label, as: UTF8.self)
      // The label's last word (before a parenthesised or quoted tail) against the next words.
      if let last = words(in: label, stopAtParenthesis: true).last {
        for next in nextWords(bytes, from: end, count: 2) where WordStem.same(last, next) {
          problems.append(
            Problem(
              mention: i, id: .repeatedWord,
              message: "the mention shows '\(shown)', which repeats the word '\(next)' after it",
              hint: "give the mention a shorter label ([[\(mention.id)|…]]) or drop the word"))
          break
        }
      }
      if let first = words(in: label, stopAtParenthesis: false).first,
        let previous = previousWord(bytes, before: start), WordStem.same(first, previous)
      {
        problems.append(
          Problem(
            mention: i, id: .repeatedWord,
            message: "the mention shows '\(shown)', which repeats the word '\(previous)' before it",
            hint: "give the mention a shorter label ([[\(mention.id)|…]]) or drop the word"))
      }
      if isName(i), start > 0, end < bytes.count, bytes[start - 1] == UInt8(ascii: "("),
        bytes[end] == UInt8(ascii: ")"), restates(label, bytes, before: start - 1)
      {
        problems.append(
          Problem(
            mention: i, id: .mentionWording,
            message:
              "the name '\(shown)' stands alone in parentheses, restating the words before it",
            hint: "link those words instead: [[\(mention.id)|the words before]]"))
      }
      if isName(i), isPersonOrCountry(i), let previous = previousWord(bytes, before: start),
        ["a", "an"].contains(previous.lowercased())
      {
        problems.append(
          Problem(
            mention: i, id: .mentionWording,
            message: "'\(previous) \(shown)' puts an article before a name",
            hint: "reword, or give the mention a label that takes the article"))
      }
    }
    return problems
  }

  private static func isWordByte(_ c: UInt8) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
      || c == UInt8(ascii: "-") || c >= 0x80
  }

  /// The words of a label; with `stopAtParenthesis`, only those before a `(` or a quote.
  private static func words(in label: [UInt8], stopAtParenthesis: Bool) -> [String] {
    var result: [String] = []
    var current: [UInt8] = []
    for c in label {
      if stopAtParenthesis, c == UInt8(ascii: "(") || c == UInt8(ascii: "\"") { break }
      if isWordByte(c) {
        current.append(c)
      } else if !current.isEmpty {
        result.append(String(decoding: current, as: UTF8.self))
        current = []
      }
    }
    if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
    return result.filter { $0.contains(where: \.isLetter) }
  }

  /// The next word after `offset`, or up to `count` words past a parenthesised group right
  /// after the label; punctuation ends the clause, and a word glued to the label ("Russia's") is
  /// not a next word.
  private static func nextWords(_ bytes: [UInt8], from offset: Int, count: Int) -> [String] {
    var p = offset
    guard p < bytes.count, !isWordByte(bytes[p]), bytes[p] != UInt8(ascii: "'") else { return [] }
    var result: [String] = []
    var skippedGroup = false
    while p < bytes.count, result.count < count {
      let c = bytes[p]
      if c == UInt8(ascii: " ") {
        p += 1
      } else if c == UInt8(ascii: "("), result.isEmpty, !skippedGroup {
        skippedGroup = true
        while p < bytes.count, bytes[p] != UInt8(ascii: ")") { p += 1 }
        p += 1
      } else if isWordByte(c) {
        let start = p
        while p < bytes.count, isWordByte(bytes[p]) { p += 1 }
        let word = String(decoding: bytes[start..<p], as: UTF8.self)
        if word.contains(where: \.isLetter) { result.append(word) }
        // Beyond the next word only past a parenthesis: "Zapad exercises ("West") strategic
        // exercises", not "West 2009 and West 2013".
        if !skippedGroup { break }
        // "missile's" and the like: the word ends at the apostrophe.
        if p < bytes.count, bytes[p] == UInt8(ascii: "'") { break }
      } else {
        break
      }
    }
    return result
  }

  /// Whether the words of `label` (but perhaps one) are among the dozen words before `offset`:
  /// "the early-warning radar near Baranovichi (Baranovichi early-warning radar)".
  private static func restates(_ label: [UInt8], _ bytes: [UInt8], before offset: Int) -> Bool {
    let minor: Set<String> = ["of", "the", "and", "for", "in", "on", "at", "to", "a", "an"]
    let named = words(in: label, stopAtParenthesis: false).flatMap { $0.split(separator: "-") }
      .map(String.init).filter { !minor.contains($0.lowercased()) }
    guard !named.isEmpty else { return false }
    let before = words(in: Array(bytes[max(0, offset - 160)..<offset]), stopAtParenthesis: false)
      .suffix(12).flatMap { $0.split(separator: "-") }.map { WordStem.stem(String($0)) }
    let present = named.filter { before.contains(WordStem.stem($0)) }.count
    return named.count == 1 ? present == 1 : present >= named.count - 1 && present >= 2
  }

  /// The word right before `offset`, separated from it by spaces only.
  private static func previousWord(_ bytes: [UInt8], before offset: Int) -> String? {
    var p = offset
    guard p > 0, bytes[p - 1] == UInt8(ascii: " ") else { return nil }
    while p > 0, bytes[p - 1] == UInt8(ascii: " ") { p -= 1 }
    let end = p
    while p > 0, isWordByte(bytes[p - 1]) { p -= 1 }
    guard p < end else { return nil }
    let word = String(decoding: bytes[p..<end], as: UTF8.self)
    return word.contains(where: \.isLetter) ? word : nil
  }
}

/// Words compared as a reader hears them: case, diacritics and endings aside ("exercise",
/// "Exercises").
enum WordStem {
  static func stem(_ word: String) -> String {
    TextFolding.fold(word).split(separator: "-").map { PorterStemmer.stem(String($0)) }
      .joined(separator: "-")
  }

  static func same(_ a: String, _ b: String) -> Bool {
    a.count > 1 && b.count > 1 && stem(a) == stem(b)
  }
}
