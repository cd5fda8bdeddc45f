/// Many short texts (the rows of a list) tokenised once into an inverted index, so that a query
/// finds which of them match in a few milliseconds however many there are: the same answers as
/// `query.matches(SearchText(text))` for each text, with prefixes compared byte by byte.
///
/// Each distinct folded word is numbered once and given its term once (as the search index
/// build does, from the UTF-8 bytes); every word and every term lists the texts that have it.
/// A word clause marks the texts of its term, and for a prefix those of every word and term
/// that starts with it (found by binary search in the sorted vocabulary); a phrase marks the
/// texts that have all its terms and then checks their order in each. The clauses' marks are
/// intersected.
public struct SearchTextIndex: Sendable {
  /// How many texts were indexed.
  public let count: Int
  /// Folded words and terms, numbered in order of first sight.
  private let words: ByteStrings
  private let terms: ByteStrings
  private let termOfWord: [Int32]
  /// Word and term numbers in byte order, for exact and prefix lookups.
  private let wordsInOrder: [Int32]
  private let termsInOrder: [Int32]
  /// The words of text i in order: `textWords[textStarts[i]..<textStarts[i + 1]]`.
  private let textStarts: [Int32]
  private let textWords: [Int32]
  /// The texts (ascending, each once) that have each word and each term.
  private let wordTexts: Postings
  private let termTexts: Postings

  /// Indexes `texts` (an empty text matches nothing).
  public init(_ texts: [String]) {
    var wordTable = WordTable()
    var termTable = WordTable()
    var words = ByteStrings()
    var terms = ByteStrings()
    var termOfWord: [Int32] = []
    var textStarts: [Int32] = [0]
    var textWords: [Int32] = []
    textStarts.reserveCapacity(texts.count + 1)
    for text in texts {
      SearchTokenizer.forEachFoldedWord(in: text) { folded in
        let w = wordTable.number(of: folded)
        if w == termOfWord.count {
          words.append(folded)
          let term = SearchTokenizer.term(ofFolded: Array(folded))
          let t = term.withUnsafeBufferPointer { termTable.number(of: $0) }
          if t == terms.count { term.withUnsafeBufferPointer { terms.append($0) } }
          termOfWord.append(Int32(t))
        }
        textWords.append(Int32(w))
      }
      textStarts.append(Int32(textWords.count))
    }
    count = texts.count
    self.words = words
    self.terms = terms
    self.termOfWord = termOfWord
    self.textStarts = textStarts
    self.textWords = textWords
    wordsInOrder = words.numbersInOrder()
    termsInOrder = terms.numbersInOrder()
    wordTexts = Postings(keys: words.count, texts: texts.count, starts: textStarts) {
      textWords[$0]
    }
    termTexts = Postings(keys: terms.count, texts: texts.count, starts: textStarts) {
      termOfWord[Int(textWords[$0])]
    }
  }

  /// The texts that match every clause of `query` (none when it has no clauses).
  public func matching(_ query: SearchQuery) -> Matches {
    guard !query.clauses.isEmpty else { return Matches(count: count) }
    var result: Matches?
    for clause in query.clauses {
      var marks = Matches(count: count)
      switch clause {
      case .word(let term, let folded, let prefix):
        let termBytes = Array(term.utf8)
        if prefix {
          for t in terms.range(startingWith: termBytes, in: termsInOrder) {
            termTexts.mark(Int(t), in: &marks)
          }
          for w in words.range(startingWith: Array(folded.utf8), in: wordsInOrder) {
            wordTexts.mark(Int(w), in: &marks)
          }
        } else if let t = terms.number(of: termBytes, in: termsInOrder) {
          termTexts.mark(t, in: &marks)
        }
      case .phrase(let wanted):
        let numbers = wanted.map { terms.number(of: Array($0.utf8), in: termsInOrder) }
        guard let first = numbers.first, numbers.allSatisfy({ $0 != nil }) else {
          return Matches(count: count)
        }
        var candidates = Matches(count: count)
        termTexts.mark(first!, in: &candidates)
        for number in numbers.dropFirst() {
          var other = Matches(count: count)
          termTexts.mark(number!, in: &other)
          candidates.formIntersection(other)
        }
        let sequence = numbers.map { Int32($0!) }
        for text in candidates.indices where has(sequence, inText: text) {
          marks.insert(text)
        }
      }
      if result == nil {
        result = marks
      } else {
        result!.formIntersection(marks)
      }
    }
    return result!
  }

  /// Whether text `i` has the terms `sequence` one after the other.
  private func has(_ sequence: [Int32], inText i: Int) -> Bool {
    let start = Int(textStarts[i])
    let end = Int(textStarts[i + 1])
    guard end - start >= sequence.count else { return false }
    for s in start...(end - sequence.count) {
      var k = 0
      while k < sequence.count, termOfWord[Int(textWords[s + k])] == sequence[k] { k += 1 }
      if k == sequence.count { return true }
    }
    return false
  }

  /// A set of text numbers, as bits.
  public struct Matches: Sendable, Equatable {
    private var bits: [UInt64]
    public let count: Int

    init(count: Int) {
      self.count = count
      bits = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    public func contains(_ i: Int) -> Bool {
      i >= 0 && i < count && bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    mutating func insert(_ i: Int) { bits[i >> 6] |= 1 << UInt64(i & 63) }

    mutating func formIntersection(_ other: Matches) {
      for k in bits.indices { bits[k] &= other.bits[k] }
    }

    /// The members in ascending order.
    public var indices: [Int] {
      var result: [Int] = []
      for (k, word) in bits.enumerated() where word != 0 {
        var w = word
        while w != 0 {
          result.append(k << 6 | w.trailingZeroBitCount)
          w &= w - 1
        }
      }
      return result
    }
  }
}

/// Byte strings numbered in order, stored end to end.
private struct ByteStrings: Sendable {
  private var bytes: [UInt8] = []
  private var starts: [Int32] = [0]

  var count: Int { starts.count - 1 }

  mutating func append(_ string: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: string)
    starts.append(Int32(bytes.count))
  }

  /// Compares string `n` with `key` (negative, zero, positive), or with `key`'s length of it
  /// when `prefix`.
  private func compare(_ n: Int, _ key: [UInt8], prefix: Bool = false) -> Int {
    let start = Int(starts[n])
    let length = Int(starts[n + 1]) - start
    let common = Swift.min(length, key.count)
    for k in 0..<common where bytes[start + k] != key[k] {
      return Int(bytes[start + k]) - Int(key[k])
    }
    if prefix, length >= key.count { return 0 }
    return length - key.count
  }

  /// Every number, ordered by its bytes.
  func numbersInOrder() -> [Int32] {
    (0..<Int32(count)).sorted { a, b in
      let sa = Int(starts[Int(a)])
      let ea = Int(starts[Int(a) + 1])
      let sb = Int(starts[Int(b)])
      let eb = Int(starts[Int(b) + 1])
      return bytes[sa..<ea].lexicographicallyPrecedes(bytes[sb..<eb])
    }
  }

  /// The first position in `order` whose string is not below `key` (compared as a prefix when
  /// `prefix`).
  private func lowerBound(_ key: [UInt8], in order: [Int32], prefix: Bool) -> Int {
    var low = 0
    var high = order.count
    while low < high {
      let mid = (low + high) / 2
      if compare(Int(order[mid]), key, prefix: prefix) < 0 { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The number of the string equal to `key`, if there is one.
  func number(of key: [UInt8], in order: [Int32]) -> Int? {
    let at = lowerBound(key, in: order, prefix: false)
    return at < order.count && compare(Int(order[at]), key) == 0 ? Int(order[at]) : nil
  }

  /// The numbers of the strings that start with `key`.
  func range(startingWith key: [UInt8], in order: [Int32]) -> ArraySlice<Int32> {
    let low = lowerBound(key, in: order, prefix: true)
    var high = low
    while high < order.count, compare(Int(order[high]), key, prefix: true) == 0 { high += 1 }
    return order[low..<high]
  }
}

/// For each key (a word or a term), the texts that have it, ascending and each once.
private struct Postings: Sendable {
  private let starts: [Int32]
  private let texts: [Int32]

  /// Built from every text's keys (`key(position)` for each position of `textWords`).
  init(keys: Int, texts count: Int, starts textStarts: [Int32], key: (Int) -> Int32) {
    var sizes = [Int32](repeating: 0, count: keys + 1)
    var last = [Int32](repeating: -1, count: keys)
    for text in 0..<count {
      for p in Int(textStarts[text])..<Int(textStarts[text + 1]) {
        let k = Int(key(p))
        if last[k] != Int32(text) {
          last[k] = Int32(text)
          sizes[k + 1] += 1
        }
      }
    }
    for k in 0..<keys { sizes[k + 1] += sizes[k] }
    var fill = sizes
    var list = [Int32](repeating: 0, count: Int(sizes[keys]))
    last = [Int32](repeating: -1, count: keys)
    for text in 0..<count {
      for p in Int(textStarts[text])..<Int(textStarts[text + 1]) {
        let k = Int(key(p))
        if last[k] != Int32(text) {
          last[k] = Int32(text)
          list[Int(fill[k])] = Int32(text)
          fill[k] += 1
        }
      }
    }
    starts = sizes
    texts = list
  }

  /// Marks the texts of key `k`.
  func mark(_ k: Int, in matches: inout SearchTextIndex.Matches) {
    for p in Int(starts[k])..<Int(starts[k + 1]) { matches.insert(Int(texts[p])) }
  }
}
