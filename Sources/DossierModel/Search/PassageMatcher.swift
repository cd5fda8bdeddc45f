import Atomics
import Foundation

/// The query matched against one long text (a paragraph, a title) in a single pass over its
/// UTF-8 bytes, with the same tokens, folding and terms as ``SearchTokenizer`` and the same
/// answers as ``SearchText``, but without building a token list: the reader's find runs on
/// every keystroke, and a paragraph may hold 15 MB.
///
/// The cost is linear in the text and small per byte. ASCII takes a byte loop; other scalars of
/// the Basic Multilingual Plane take a table built once. A word is looked at further only when
/// its first byte is the first byte of a query term or folded word: a word's term always begins
/// with the word's first byte (spelling folding and stemming change endings and inner letters,
/// never the first letter), so every other word cannot match. The words that pass are folded
/// to their terms once per distinct word and pass call.
struct PassageMatcher {
  /// A word clause, as bytes.
  private struct Word {
    var term: [UInt8]
    var folded: [UInt8]
    var prefix: Bool
    /// The clause's index in the query.
    var clause: Int
  }

  private var words: [Word] = []
  /// Each phrase as term numbers (into `phraseTerms`), with its clause index.
  private var phrases: [(terms: [Int32], clause: Int)] = []
  /// The distinct terms of all phrases.
  private var phraseTerms: [[UInt8]] = []
  private var longestPhrase = 0
  /// The first bytes a word must start with to match anything.
  private var firstBytes = [Bool](repeating: false, count: 256)
  /// The bytes a scan stops at: wanted first letters in either case, and every byte of a
  /// non-ASCII scalar; and the same letters lowered, eight to a word, when few enough.
  private var stops = [Bool](repeating: false, count: 256)
  private var blocks: [UInt64]?
  /// What each distinct folded word matched, kept for every text this matcher scans (the
  /// words of a page's snippets or a document's paragraphs repeat: folding one to its term
  /// stems it, most of a scan's time when done again for each text).
  private let memo = ClassificationMemo()
  let clauseCount: Int

  init(_ query: SearchQuery) {
    clauseCount = query.clauses.count
    for (index, clause) in query.clauses.enumerated() {
      switch clause {
      case .word(let term, let folded, let prefix):
        let word = Word(
          term: Array(term.utf8), folded: Array(folded.utf8), prefix: prefix, clause: index)
        for bytes in [word.term, word.folded] {
          if let first = bytes.first { firstBytes[Int(first)] = true }
        }
        words.append(word)
      case .phrase(let terms):
        var numbers: [Int32] = []
        for term in terms {
          let bytes = Array(term.utf8)
          if let first = bytes.first { firstBytes[Int(first)] = true }
          if let known = phraseTerms.firstIndex(of: bytes) {
            numbers.append(Int32(known))
          } else {
            numbers.append(Int32(phraseTerms.count))
            phraseTerms.append(bytes)
          }
        }
        if !numbers.isEmpty {
          phrases.append((numbers, index))
          longestPhrase = max(longestPhrase, numbers.count)
        }
      }
    }
    for byte in 0..<256 where firstBytes[byte] || byte >= 0x80 {
      stops[byte] = true
      if byte >= 0x61 && byte <= 0x7A { stops[byte - 0x20] = true }
    }
    // Eight bytes at a time: every ASCII stop byte, lowered by setting its 0x20 bit, is one of
    // these; a block of eight that holds none of them and no byte of 0x80 or more is skipped.
    var lowered = Set<UInt8>()
    for byte in 0..<0x80 where stops[byte] { lowered.insert(UInt8(byte) | 0x20) }
    blocks =
      lowered.count <= Scanner.mostBlockLetters ? lowered.map { UInt64($0) &* Scanner.ones } : nil
  }

  /// What a distinct word matches: the word clauses (bit i for `words[i]`) and its phrase term
  /// number (-1 for none).
  fileprivate struct Match {
    var words: UInt64
    var phraseTerm: Int32
    static let none = Match(words: 0, phraseTerm: -1)
    var isNone: Bool { words == 0 && phraseTerm < 0 }
  }

  /// The length in bytes from which a text goes through this matcher: a shorter one (a title, a
  /// snippet's passage) is cheaper as a token list, and a process that only meets short texts
  /// never builds the ``FoldingTable``.
  static let shortest = 1024

  /// Whether the query has few enough words for the word bit set (at most 64).
  var isSupported: Bool { words.count <= 64 }

  /// Marks satisfied the clause of each word in `bits`, counting down `remaining`.
  @inline(__always)
  private func satisfy(_ bits: UInt64, _ satisfied: inout [Bool], _ remaining: inout Int) {
    var bits = bits
    while bits != 0 {
      let clause = words[bits.trailingZeroBitCount].clause
      bits &= bits - 1
      if !satisfied[clause] {
        satisfied[clause] = true
        remaining -= 1
      }
    }
  }

  /// Whether `text` matches every clause (stops at the first point where all have matched).
  func matches(_ text: String) -> Bool {
    guard clauseCount > 0 else { return false }
    var satisfied = [Bool](repeating: false, count: clauseCount)
    var remaining = clauseCount
    var state = PhraseState(length: longestPhrase)
    return scan(text) { range, match, adjacent in
      satisfy(match.words, &satisfied, &remaining)
      if match.phraseTerm >= 0 {
        state.push(match.phraseTerm, range, adjacent)
        for phrase in phrases where !satisfied[phrase.clause] && state.ends(with: phrase.terms) {
          satisfied[phrase.clause] = true
          remaining -= 1
        }
      }
      return remaining > 0
    }
  }

  /// The byte ranges of the words that match a clause, in order (a phrase's words only where
  /// the whole phrase is there).
  func highlights(in text: String) -> [Range<Int>] { find(in: text).highlights }

  /// Whether `text` matches every clause and the words that match a clause, in one pass (what
  /// the reader's find needs on each key: ``matches(_:)`` and ``highlights(in:)`` together).
  func find(in text: String) -> (matches: Bool, highlights: [Range<Int>]) {
    var marked: [Range<Int>] = []
    var state = PhraseState(length: longestPhrase)
    var needsSort = false
    var satisfied = [Bool](repeating: false, count: clauseCount)
    var remaining = clauseCount
    scan(text) { range, match, adjacent in
      if match.words != 0 {
        marked.append(range)
        satisfy(match.words, &satisfied, &remaining)
      }
      if match.phraseTerm >= 0 {
        state.push(match.phraseTerm, range, adjacent)
        for phrase in phrases where state.ends(with: phrase.terms) {
          marked.append(contentsOf: state.lastRanges(phrase.terms.count))
          needsSort = true
          if !satisfied[phrase.clause] {
            satisfied[phrase.clause] = true
            remaining -= 1
          }
        }
      }
      return true
    }
    let matches = clauseCount > 0 && remaining == 0
    guard needsSort else { return (matches, marked) }
    marked.sort { $0.lowerBound < $1.lowerBound }
    var result: [Range<Int>] = []
    for range in marked where range.lowerBound != result.last?.lowerBound {
      result.append(range)
    }
    return (matches, result)
  }

  /// The last words seen that are phrase terms (a ring), each with whether it directly follows
  /// the one before it: a phrase of n terms ends at the current word when the last n such
  /// words have its terms and follow one another.
  private struct PhraseState {
    var terms: [Int32]
    var ranges: [Range<Int>]
    var adjacent: [Bool]
    var next = 0
    var seen = 0

    init(length: Int) {
      terms = [Int32](repeating: -1, count: max(length, 1))
      ranges = [Range<Int>](repeating: 0..<0, count: max(length, 1))
      adjacent = [Bool](repeating: false, count: max(length, 1))
    }

    mutating func push(_ term: Int32, _ range: Range<Int>, _ follows: Bool) {
      terms[next] = term
      ranges[next] = range
      adjacent[next] = follows
      next = (next + 1) % terms.count
      seen += 1
    }

    func ends(with phrase: [Int32]) -> Bool {
      guard seen >= phrase.count else { return false }
      let n = terms.count
      for i in 0..<phrase.count {
        let slot = (next - phrase.count + i + n) % n
        if terms[slot] != phrase[i] || (i > 0 && !adjacent[slot]) { return false }
      }
      return true
    }

    func lastRanges(_ count: Int) -> [Range<Int>] {
      let n = ranges.count
      return (0..<count).map { ranges[(next - count + $0 + n) % n] }
    }
  }

  /// Calls `body` with the byte range and match of every word that matches something, and, for
  /// a phrase term, whether it directly follows the previous phrase term reported (no word in
  /// between), until `body` returns false; returns whether it stopped early.
  @discardableResult
  private func scan(_ text: String, _ body: (Range<Int>, Match, Bool) -> Bool) -> Bool {
    var copy = text
    return copy.withUTF8 { bytes in
      firstBytes.withUnsafeBufferPointer { first in
        stops.withUnsafeBufferPointer { stops in
          var scanner = Scanner(bytes: bytes, firstBytes: first, stops: stops, blocks: blocks)
          defer { scanner.release() }
          return scan(&scanner, body)
        }
      }
    }
  }

  private func scan(_ s: inout Scanner, _ body: (Range<Int>, Match, Bool) -> Bool) -> Bool {
    var table = WordTable()
    var matchOf: [Match] = []
    var lastPhraseEnd = -1
    var i = 0
    let count = s.count
    let p = s.p
    while true {
      // Only a wanted letter (either case) or a byte of a non-ASCII scalar can start a word
      // that matters; everything else is skipped a byte at a time.
      i = s.skip(from: i)
      guard i < count else { return false }
      let byte = p[i]
      if byte >= 0x80 {
        let (scalar, width) = s.decode(i)
        guard s.folding.isWord(scalar) else {
          i += width
          continue
        }
      }
      let (afterWord, afterApostrophe) = s.previous(i)
      if afterWord {
        // Inside a word that began with an unwanted letter: skip its ASCII letters here, and
        // anything else the slow way.
        if byte < 0x80 {
          i += 1
          while i < count && FoldingTable.isASCIIWord(p[i]) { i += 1 }
        }
        if i < count && p[i] >= 0x80 { i = s.endOfWord(i) }
        continue
      }
      let start = i
      i = s.collect(i)
      if s.length == 0 || (afterApostrophe && s.length == 1 && s.first == 0x73) { continue }
      guard s.wanted else { continue }
      let folded = UnsafeBufferPointer(start: s.word, count: s.collected)
      let number = table.number(of: folded)
      if number == matchOf.count { matchOf.append(memo.match(folded, classify)) }
      let match = matchOf[number]
      if match.isNone { continue }
      var adjacent = false
      if match.phraseTerm >= 0 {
        adjacent = lastPhraseEnd >= 0 && !s.hasWord(lastPhraseEnd..<start)
        lastPhraseEnd = i
      }
      if !body(start..<i, match, adjacent) { return true }
    }
  }

  /// The text's bytes and the word being read.
  private struct Scanner {
    let p: UnsafePointer<UInt8>
    let count: Int
    let firstBytes: UnsafeBufferPointer<Bool>
    let stops: UnsafeBufferPointer<Bool>
    /// Built the first time text that is not ASCII needs it: a scan of ASCII text never does.
    var folding: FoldingTable { FoldingTable.shared }
    /// The folded word collected by `collect` (grown as needed), its folded length in bytes,
    /// its first folded byte, and whether that byte is wanted (only then are bytes collected).
    var word: UnsafeMutablePointer<UInt8>
    var capacity = 256
    var collected = 0
    var length = 0
    var first: UInt8 = 0
    var wanted = false

    /// The lowered stop letters, each repeated in the eight bytes of a word (nil: too many to
    /// be worth testing eight bytes at a time).
    let blocks: [UInt64]?
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080
    static let mostBlockLetters = 6

    init(
      bytes: UnsafeBufferPointer<UInt8>, firstBytes: UnsafeBufferPointer<Bool>,
      stops: UnsafeBufferPointer<Bool>, blocks: [UInt64]?
    ) {
      p = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
      count = bytes.count
      self.firstBytes = firstBytes
      self.stops = stops
      self.blocks = blocks
      word = .allocate(capacity: capacity)
    }

    /// The first byte from `start` on that can begin a word that matters (`count` if none).
    /// Eight bytes of ASCII at a time: a wanted letter right after a letter or digit is inside
    /// a word and passed over with the rest of the block; other blocks go a byte at a time.
    @inline(__always)
    func skip(from start: Int) -> Int {
      var i = start
      guard let blocks else {
        while i < count && !stops[Int(p[i])] { i += 1 }
        return i
      }
      let raw = UnsafeRawPointer(p)
      while i < count {
        if i >= 1 && i + 8 <= count {
          let block = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
          let before = UInt64(
            littleEndian: raw.loadUnaligned(fromByteOffset: i - 1, as: UInt64.self))
          if (block | before) & Scanner.highs == 0 {
            let lowered = block | Scanner.spaces
            var hits: UInt64 = 0
            for letter in blocks { hits |= Scanner.zeroBytes(lowered ^ letter) }
            hits &= ~Scanner.letterOrDigit(before)
            if hits == 0 {
              i += 8
              continue
            }
            let at = i + hits.trailingZeroBitCount / 8
            // A lowered letter stands for two bytes; the table says which one is wanted.
            if stops[Int(p[at])] { return at }
            i = at + 1
            continue
          }
        }
        let end = min(i + 8, count)
        while i < end {
          if stops[Int(p[i])] { return i }
          i += 1
        }
      }
      return count
    }

    static let spaces: UInt64 = 0x2020_2020_2020_2020

    /// 0x80 in each byte of `t` that is zero, and nothing elsewhere.
    @inline(__always)
    static func zeroBytes(_ t: UInt64) -> UInt64 {
      let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
      return ~(((t & low) &+ low) | t | low)
    }

    /// 0x80 in each byte of `x` (all ASCII) from `lowest` to `highest`.
    @inline(__always)
    static func between(_ x: UInt64, _ lowest: UInt64, _ highest: UInt64) -> UInt64 {
      (x &+ (0x80 - lowest) &* ones) & ~(x &+ (0x7F - highest) &* ones) & highs
    }

    /// 0x80 in each byte of `x` (all ASCII) that is a letter or a digit.
    @inline(__always)
    static func letterOrDigit(_ x: UInt64) -> UInt64 {
      between(x | spaces, 0x61, 0x7A) | between(x, 0x30, 0x39)
    }

    func release() { word.deallocate() }

    /// The scalar that starts at `i` (a byte of 0x80 or more) and its width in bytes.
    @inline(__always)
    func decode(_ i: Int) -> (Unicode.Scalar, Int) {
      let byte = p[i]
      let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
      var value = UInt32(byte) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
      for k in 1..<width { value = value << 6 | UInt32(p[i + k] & 0x3F) }
      return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// Whether the scalar before `i` is part of a word, and whether it is an apostrophe.
    @inline(__always)
    func previous(_ i: Int) -> (word: Bool, apostrophe: Bool) {
      guard i > 0 else { return (false, false) }
      let byte = p[i - 1]
      if byte < 0x80 { return (FoldingTable.isASCIIWord(byte), byte == 0x27) }
      var j = i - 1
      while j > 0 && p[j] & 0xC0 == 0x80 { j -= 1 }
      let (scalar, _) = decode(j)
      return (folding.isWord(scalar), scalar.value == 0x2019)
    }

    /// The end of the word that `i` is in.
    func endOfWord(_ i: Int) -> Int {
      var i = i
      while i < count {
        let byte = p[i]
        if byte < 0x80 {
          guard FoldingTable.isASCIIWord(byte) else { break }
          i += 1
        } else {
          let (scalar, width) = decode(i)
          guard folding.isWord(scalar) else { break }
          i += width
        }
      }
      return i
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
      if length == 0 {
        first = byte
        wanted = firstBytes[Int(byte)]
      }
      length += 1
      guard wanted else { return }
      if collected == capacity {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: word, count: collected)
        word.deallocate()
        word = larger
        capacity *= 2
      }
      word[collected] = byte
      collected += 1
    }

    /// Reads the word that starts at `i` (folding it while its first byte is wanted) and
    /// returns its end.
    mutating func collect(_ i: Int) -> Int {
      var i = i
      collected = 0
      length = 0
      wanted = false
      while i < count {
        let byte = p[i]
        if byte < 0x80 {
          guard FoldingTable.isASCIIWord(byte) else { break }
          append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
          i += 1
          if !wanted {
            // Not wanted: the rest of an ASCII run at once (only the length's being more
            // than one matters).
            while i < count, FoldingTable.isASCIIWord(p[i]) {
              i += 1
              length += 1
            }
          }
        } else {
          let (scalar, width) = decode(i)
          guard folding.isWord(scalar) else { break }
          folding.withFolded(scalar) { folded in
            for b in folded { append(b) }
          }
          i += width
        }
      }
      return i
    }

    /// Whether `range` (between two words) holds a word of its own.
    mutating func hasWord(_ range: Range<Int>) -> Bool {
      var i = range.lowerBound
      var apostrophe = false
      while i < range.upperBound {
        let byte = p[i]
        var isWord: Bool
        var width = 1
        var scalarIsApostrophe = false
        if byte < 0x80 {
          isWord = FoldingTable.isASCIIWord(byte)
          scalarIsApostrophe = byte == 0x27
        } else {
          let (scalar, w) = decode(i)
          width = w
          isWord = folding.isWord(scalar)
          scalarIsApostrophe = scalar.value == 0x2019
        }
        if !isWord {
          apostrophe = scalarIsApostrophe
          i += width
          continue
        }
        var folded = 0
        var first: UInt8 = 0
        while i < range.upperBound {
          let byte = p[i]
          if byte < 0x80 {
            guard FoldingTable.isASCIIWord(byte) else { break }
            if folded == 0 { first = byte | 0x20 }
            folded += 1
            i += 1
          } else {
            let (scalar, w) = decode(i)
            guard folding.isWord(scalar) else { break }
            folding.withFolded(scalar) { bytes in
              if folded == 0, let b = bytes.first { first = b }
              folded += bytes.count
            }
            i += w
          }
        }
        if folded > 0 && !(apostrophe && folded == 1 && first == 0x73) { return true }
        apostrophe = false
      }
      return false
    }
  }

  /// What a word (folded, as bytes) matches.
  private func classify(_ folded: [UInt8]) -> Match {
    let term = SearchTokenizer.term(ofFolded: folded)
    var matched: UInt64 = 0
    for (index, clause) in words.enumerated() {
      if term == clause.term
        || (clause.prefix
          && (folded.starts(with: clause.folded) || term.starts(with: clause.term)))
      {
        matched |= 1 << UInt64(index)
      }
    }
    let phraseTerm = phraseTerms.firstIndex(of: term).map(Int32.init) ?? -1
    return Match(words: matched, phraseTerm: phraseTerm)
  }
}

/// What a matcher's folded words matched, shared by every copy of the matcher and every text
/// it scans (under a lock: a matcher may be used from more than one thread).
private final class ClassificationMemo: @unchecked Sendable {
  private let lock = NSLock()
  private var known: [[UInt8]: PassageMatcher.Match] = [:]

  /// The match of `word`, from `classify` the first time.
  func match(
    _ word: UnsafeBufferPointer<UInt8>, _ classify: ([UInt8]) -> PassageMatcher.Match
  ) -> PassageMatcher.Match {
    let key = Array(word)
    lock.lock()
    let found = known[key]
    lock.unlock()
    if let found { return found }
    let made = classify(key)
    lock.lock()
    known[key] = made
    lock.unlock()
    return made
  }
}

/// Distinct byte strings numbered in order of first sight (open addressing, FNV-1a).
struct WordTable {
  private var bytes: [UInt8] = []
  /// (hash, start, length) of each number.
  private var keys: [(hash: UInt64, start: Int, length: Int)] = []
  /// Slot → number + 1 (0: empty).
  private var slots = [Int32](repeating: 0, count: 1024)

  /// The number of `word`: an existing one, or the next (`count`) when it is new.
  mutating func number(of word: UnsafeBufferPointer<UInt8>) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01b3
    }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      let number = Int(slots[slot]) - 1
      let key = keys[number]
      if key.hash == hash && key.length == word.count
        && bytes.withUnsafeBufferPointer({
          memcmp($0.baseAddress! + key.start, word.baseAddress!, word.count) == 0
        })
      {
        return number
      }
      slot = (slot + 1) & mask
    }
    let number = keys.count
    keys.append((hash, bytes.count, word.count))
    bytes.append(contentsOf: word)
    slots[slot] = Int32(number + 1)
    if keys.count * 2 > slots.count { grow() }
    return number
  }

  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (number, key) in keys.enumerated() {
      var slot = Int(truncatingIfNeeded: key.hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(number + 1)
    }
  }
}

/// ``SearchTokenizer``'s word test and folding for every scalar of the Basic Multilingual Plane:
/// whether it is part of a word, and the UTF-8 bytes it adds to the folded word.
///
/// The table is made a page of 1,024 scalars at a time, the first time a scalar of the page is
/// asked for (by any thread: under a lock, then published with an atomic flag). The whole plane
/// took 15-20 ms to make (Unicode property lookups), paid by the first search of every
/// process; a text needs a few pages.
final class FoldingTable: @unchecked Sendable {
  static let shared = FoldingTable()
  private static let pageShift = 10
  private static let pages = 0x10000 >> pageShift

  /// Per scalar: bit 31 set when it is a word scalar; bits 8-30 the start of its folded bytes
  /// in its page's bytes, bits 0-7 their count. Zero until the page is made. Never freed (one
  /// table for the process).
  private let entries: UnsafeMutableBufferPointer<UInt32>
  /// Each page's folded bytes, once made.
  private let pageBytes: UnsafeMutableBufferPointer<UnsafeMutablePointer<UInt8>?>
  /// Bit `n` set once page `n` is made (set with release, read with acquire ordering).
  private let made = ManagedAtomic<UInt64>(0)
  private let lock = NSLock()

  private init() {
    entries = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: 0x10000)
    entries.initialize(repeating: 0)
    pageBytes = UnsafeMutableBufferPointer.allocate(capacity: Self.pages)
    pageBytes.initialize(repeating: nil)
  }

  /// The entry of a scalar of the plane, its page made first if need be.
  @inline(__always)
  private func entry(_ value: Int) -> UInt32 {
    let bit = UInt64(1) << UInt64(value >> Self.pageShift)
    if made.load(ordering: .acquiring) & bit == 0 { make(page: value >> Self.pageShift) }
    return entries[value]
  }

  /// Makes one page of the table (once, whichever thread asks first).
  @inline(never)
  private func make(page: Int) {
    lock.lock()
    defer { lock.unlock() }
    let bit = UInt64(1) << UInt64(page)
    guard made.load(ordering: .relaxed) & bit == 0 else { return }
    var folded: [UInt8] = []
    let table = TextFolding.table
    for value in (page << Self.pageShift)..<((page + 1) << Self.pageShift) {
      guard let scalar = Unicode.Scalar(UInt32(value)), SearchTokenizer.isWordScalar(scalar)
      else { continue }
      let start = folded.count
      if value >= 0x80, table[UInt32(value)] == nil, !(0x300...0x36F).contains(value),
        !scalar.properties.changesWhenLowercased
      {
        // Most word scalars (CJK, Hangul, letters without case) fold to themselves.
        UTF8.encode(scalar) { folded.append($0) }
      } else {
        TextFolding.fold(scalar) { f in
          if SearchTokenizer.isWordScalar(f), !(0x300...0x36F).contains(f.value) {
            UTF8.encode(f) { folded.append($0) }
          }
        }
      }
      entries[value] = 1 << 31 | UInt32(start) << 8 | UInt32(folded.count - start)
    }
    let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(folded.count, 1))
    folded.withUnsafeBufferPointer { source in
      if let base = source.baseAddress { bytes.initialize(from: base, count: source.count) }
    }
    pageBytes[page] = bytes
    _ = made.loadThenBitwiseOr(with: bit, ordering: .releasing)
  }

  /// Letters and digits of ASCII.
  @inline(__always)
  static func isASCIIWord(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
  }

  @inline(__always)
  func isWord(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x10000 ? entry(Int(v)) & (1 << 31) != 0 : SearchTokenizer.isWordScalar(scalar)
  }

  /// Calls `body` with the folded bytes of a word scalar (none for a mark that folding drops).
  @inline(__always)
  func withFolded(_ scalar: Unicode.Scalar, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    let v = scalar.value
    if v < 0x10000 {
      let entry = entry(Int(v))
      let bytes = pageBytes[Int(v) >> Self.pageShift]!
      body(
        UnsafeBufferPointer(start: bytes + Int((entry >> 8) & 0x7F_FFFF), count: Int(entry & 0xFF)))
      return
    }
    var bytes: [UInt8] = []
    TextFolding.fold(scalar) { f in
      if SearchTokenizer.isWordScalar(f), !(0x300...0x36F).contains(f.value) {
        bytes.append(contentsOf: String(f).utf8)
      }
    }
    bytes.withUnsafeBufferPointer(body)
  }
}

extension SearchTokenizer {
  /// Calls `body` with the folded bytes of every word of `text`: the same words and folded
  /// forms as ``scan(_:_:)``, read from the UTF-8 bytes without making a string a word (the
  /// index build's tokenizer).
  static func forEachFoldedWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var copy = text
    copy.withUTF8 { bytes in
      guard let p = bytes.baseAddress else { return }
      let folding = FoldingTable.shared
      let count = bytes.count
      var word: [UInt8] = []
      word.reserveCapacity(64)
      var previousApostrophe = false
      var i = 0
      while i < count {
        let byte = p[i]
        if byte < 0x80 {
          guard FoldingTable.isASCIIWord(byte) else {
            previousApostrophe = byte == 0x27
            i += 1
            continue
          }
        } else {
          let (scalar, width) = decodeScalar(p, i)
          guard folding.isWord(scalar) else {
            previousApostrophe = scalar.value == 0x2019
            i += width
            continue
          }
        }
        let afterApostrophe = previousApostrophe
        previousApostrophe = false
        word.removeAll(keepingCapacity: true)
        while i < count {
          let byte = p[i]
          if byte < 0x80 {
            guard FoldingTable.isASCIIWord(byte) else { break }
            word.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            i += 1
          } else {
            let (scalar, width) = decodeScalar(p, i)
            guard folding.isWord(scalar) else { break }
            folding.withFolded(scalar) { word.append(contentsOf: $0) }
            i += width
          }
        }
        if word.isEmpty || (afterApostrophe && word.count == 1 && word[0] == 0x73) { continue }
        word.withUnsafeBufferPointer(body)
      }
    }
  }
}

/// The scalar whose UTF-8 encoding starts at `p[i]` (a byte of 0x80 or more, in valid UTF-8)
/// and its width in bytes.
@inline(__always)
func decodeScalar(_ p: UnsafePointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
  let byte = p[i]
  let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
  var value = UInt32(byte) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
  for k in 1..<width { value = value << 6 | UInt32(p[i + k] & 0x3F) }
  return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
}
