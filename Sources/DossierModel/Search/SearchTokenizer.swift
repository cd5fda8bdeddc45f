/// Splits text into words and gives each its search term: case and diacritics folded (ł, ø and
/// đ too), British spelling folded to American, English words stemmed; Cyrillic and other
/// scripts are folded and kept whole.
///
/// The index, the queries, the list filters and the reader's find all take their terms from
/// here, so a word found by one is found by all.
public enum SearchTokenizer {
  /// One word of a text.
  public struct Token: Sendable, Equatable {
    /// Where the word is in the text, in UTF-8 bytes.
    public var range: Range<Int>
    /// The word folded (lower case, no diacritics): what a prefix is compared with.
    public var folded: String
    /// The word's search term (folded, spelling folded, stemmed).
    public var term: String
  }

  /// The words of `text` with their ranges, folded forms and terms.
  public static func tokens(_ text: String) -> [Token] {
    var result: [Token] = []
    scan(text) { range, folded in
      result.append(Token(range: range, folded: folded, term: term(ofFolded: folded)))
    }
    return result
  }

  /// The search terms of `text`, in order.
  public static func terms(_ text: String) -> [String] {
    var result: [String] = []
    scan(text) { _, folded in result.append(term(ofFolded: folded)) }
    return result
  }

  /// The term of one folded word: spelling folded and stemmed when it is plain ASCII letters.
  public static func term(ofFolded word: String) -> String {
    let bytes = Array(word.utf8)
    guard isLetters(bytes) else { return word }
    return String(decoding: PorterStemmer.stem(SpellingVariants.fold(bytes: bytes)), as: UTF8.self)
  }

  /// ``term(ofFolded:)`` of a folded word given as UTF-8 bytes.
  static func term(ofFolded bytes: [UInt8]) -> [UInt8] {
    guard isLetters(bytes) else { return bytes }
    return PorterStemmer.stem(SpellingVariants.fold(bytes: bytes))
  }

  /// Whether every byte is a lower-case ASCII letter (only such words are spelled and stemmed).
  private static func isLetters(_ bytes: [UInt8]) -> Bool {
    for byte in bytes where !(byte >= 0x61 && byte <= 0x7A) { return false }
    return true
  }

  /// Calls `body` with the byte range and folded form of every word of `text`. A word is a run
  /// of letters, digits and combining marks; an apostrophe's "s" (Lukashenka's) is dropped.
  static func scan(_ text: String, _ body: (Range<Int>, String) -> Void) {
    var word = String.UnicodeScalarView()
    var start = -1
    var offset = 0
    var afterApostrophe = false
    var previousApostrophe = false
    func flush(at end: Int) {
      guard start >= 0 else { return }
      let folded = String(word)
      let possessive = afterApostrophe && folded == "s"
      if !folded.isEmpty, !possessive { body(start..<end, folded) }
      word.removeAll(keepingCapacity: true)
      start = -1
    }
    for scalar in text.unicodeScalars {
      let width = UTF8.width(scalar)
      if isWordScalar(scalar) {
        if start < 0 {
          start = offset
          afterApostrophe = previousApostrophe
        }
        TextFolding.fold(scalar) { folded in
          if isWordScalar(folded), !(0x300...0x36F).contains(folded.value) { word.append(folded) }
        }
        previousApostrophe = false
      } else {
        flush(at: offset)
        previousApostrophe = scalar == "'" || scalar == "\u{2019}"
      }
      offset += width
    }
    flush(at: offset)
  }

  /// Letters, digits and the combining marks that belong to them.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x80 {
      return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
    }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
  }
}

/// A term cache for indexing: the same word is stemmed once, however often it occurs.
struct TermCache {
  private var terms: [String: String] = [:]

  mutating func term(_ folded: String) -> String {
    if let known = terms[folded] { return known }
    let term = SearchTokenizer.term(ofFolded: folded)
    terms[folded] = term
    return term
  }
}
