import Foundation

/// The vocabulary words of one length in scalars, as stored by the index build: the words end
/// to end (a fixed number of scalars each), each one's term and documents.
struct SpellingList {
  let length: Int
  let scalars: [UInt32]
  let terms: [UInt8]
  let starts: [Int32]
  let docs: [Int32]
  /// Each word's letters as bits (``letterBits(_:)``), to pass over most words at once.
  let bits: [UInt64]

  init(length: Int, scalars: [UInt32], terms: [UInt8], starts: [Int32], docs: [Int32]) {
    self.length = length
    self.scalars = scalars
    self.terms = terms
    self.starts = starts
    self.docs = docs
    let count = length > 0 ? scalars.count / length : 0
    var bits = [UInt64](repeating: 0, count: count)
    scalars.withUnsafeBufferPointer { words in
      for i in 0..<count {
        bits[i] = Self.letterBits(
          UnsafeBufferPointer(rebasing: words[(i * length)..<((i + 1) * length)]))
      }
    }
    self.bits = bits
  }

  var count: Int { docs.count }

  /// A word's letters as bits: the low 32 say which letters it has, the high 32 which it has
  /// more than once (each letter taken by its scalar's value modulo 32, so that two letters may
  /// share a bit: the bound below holds all the same). An insertion or deletion changes at
  /// most one of these bits, a substitution two, a swap none, so two words within `d` edits
  /// differ in at most `2 × d` bits: a word that differs in more is not measured at all. (The
  /// second half doubles what the filter throws away on long words, where letters repeat.)
  static func letterBits<C: Collection>(_ word: C) -> UInt64 where C.Element == UInt32 {
    var once: UInt32 = 0
    var twice: UInt32 = 0
    for value in word {
      let bit: UInt32 = 1 << (value & 31)
      if once & bit != 0 { twice |= bit } else { once |= bit }
    }
    return UInt64(once) | UInt64(twice) << 32
  }

  /// The term of word `i`.
  func term(_ i: Int) -> String {
    let start = Int(starts[i])
    let end = i + 1 < starts.count ? Int(starts[i + 1]) : terms.count
    return String(decoding: terms[start..<end], as: UTF8.self)
  }

  /// Word `i` as a string.
  func word(_ i: Int) -> String {
    var view = String.UnicodeScalarView()
    for value in scalars[(i * length)..<((i + 1) * length)] {
      if let scalar = Unicode.Scalar(value) { view.append(scalar) }
    }
    return String(view)
  }
}

extension SearchEngine {
  /// Replaces each word the index does not have by the nearest word it has (edit distance 1, or
  /// 2 for words of eight letters or more; the most frequent of the nearest), and returns the
  /// typed text with the replacements, or nil when nothing was replaced.
  func correct(_ query: inout SearchQuery) throws -> String? {
    var replaced: [(from: String, to: String)] = []
    for (i, clause) in query.clauses.enumerated() {
      guard case .word(let term, let folded, let prefix) = clause, try !known(term, prefix: prefix)
      else { continue }
      guard folded.unicodeScalars.count >= 4, let best = try nearest(folded) else { continue }
      query.clauses[i] = .word(term: best.term, folded: best.word, prefix: false)
      replaced.append((folded, best.word))
    }
    guard !replaced.isEmpty else { return nil }
    var words: [String] = []
    for piece in query.text.split(separator: " ") {
      let folded = TextFolding.fold(String(piece))
      words.append(replaced.first { $0.from == folded }?.to ?? String(piece))
    }
    return words.joined(separator: " ")
  }

  /// Reads now what the first queries would otherwise read on their way: the row lengths and
  /// kinds, and the vocabulary of every length (for misspellings). The explorer does this on
  /// the thread that opens the engine, so that its first searches do not pay for it (15-25 ms
  /// at 100,000 events); a one-off `dossier search` does not.
  public func warm() throws {
    try database.serialized {
      _ = try bm25Scorer()
      _ = rowKinds()
      let statement = try database.statement("SELECT length FROM spelling ORDER BY length")
      var lengths: [Int] = []
      while try statement.step() { lengths.append(statement.int(0)) }
      for length in lengths { _ = try spellingList(length) }
    }
  }

  /// Whether the index has the term (or, for a prefix, a term starting with it).
  private func known(_ term: String, prefix: Bool) throws -> Bool {
    let statement = try database.statement(
      prefix
        ? "SELECT 1 FROM words WHERE term >= ?1 AND term < ?1 || char(1114111) LIMIT 1"
        : "SELECT 1 FROM words WHERE term = ?1")
    statement.bind(1, term)
    return try statement.step()
  }

  /// The vocabulary words of `length` scalars (read once).
  private func spellingList(_ length: Int) throws -> SpellingList? {
    if let list = spelling[length] { return list }
    let statement = try database.statement(
      "SELECT words, terms, starts, docs FROM spelling WHERE length = ?")
    statement.bind(1, length)
    guard try statement.step() else { return nil }
    let list = SpellingList(
      length: length, scalars: statement.blob(0, as: UInt32.self),
      terms: statement.blob(1, as: UInt8.self), starts: statement.blob(2, as: Int32.self),
      docs: statement.blob(3, as: Int32.self))
    guard list.scalars.count == list.count * length, list.starts.count == list.count else {
      throw SQLiteError(code: 0, message: "bad spelling list")
    }
    spelling[length] = list
    return list
  }

  /// The vocabulary word nearest to a folded word, if one is near enough: the smallest
  /// distance, then the most documents, then the first term in order.
  func nearest(_ word: String) throws -> (term: String, word: String)? {
    let target = word.unicodeScalars.map(\.value)
    let limit = target.count >= 8 ? 2 : 1
    var best: (distance: Int, docs: Int32, term: String, list: SpellingList, index: Int)?
    let pattern = EditPattern(target)
    // The table, only for a word the bit-parallel pattern does not take (over 64 scalars).
    var distance = EditDistance(limit: limit, longest: pattern == nil ? target.count + limit : 0)
    let targetBits = SpellingList.letterBits(target)
    for length in max(1, target.count - limit)...(target.count + limit) {
      guard let list = try spellingList(length) else { continue }
      let most = 2 * limit
      list.scalars.withUnsafeBufferPointer { words in
        list.bits.withUnsafeBufferPointer { bits in
          for i in 0..<bits.count {
            // At most `most` bits differ: clearing the lowest set bit that many times leaves
            // none (a few operations; a bit count is a long sequence without the POPCNT
            // instruction, which a portable x86-64 build does not use).
            var differing = bits[i] ^ targetBits
            for _ in 0..<most { differing &= differing &- 1 }
            guard differing == 0 else { continue }
            let candidate = UnsafeBufferPointer(rebasing: words[(i * length)..<((i + 1) * length)])
            let d =
              pattern.map { min($0.distance(to: candidate), limit + 1) }
              ?? distance.between(target, candidate)
            guard d <= limit else { continue }
            let docs = list.docs[i]
            if let current = best {
              if current.distance < d || (current.distance == d && current.docs > docs) { continue }
              if current.distance == d && current.docs == docs {
                let term = list.term(i)
                if current.term <= term { continue }
                best = (d, docs, term, list, i)
                continue
              }
            }
            best = (d, docs, list.term(i), list, i)
          }
        }
      }
    }
    return best.map { ($0.term, $0.list.word($0.index)) }
  }
}

/// Edit distance (insertions, deletions, substitutions and swaps of neighbours) with a limit,
/// computed only in the band of cells within the limit of the diagonal, and given up as soon as
/// a whole row is over it. Its rows are kept for the next call.
struct EditDistance {
  let limit: Int
  private var twoBack: [Int]
  private var previous: [Int]
  private var current: [Int]
  private static let far = Int.max / 4

  init(limit: Int, longest: Int) {
    self.limit = limit
    twoBack = [Int](repeating: 0, count: longest + 2)
    previous = twoBack
    current = twoBack
  }

  /// The distance between `a` and `b`, or `limit + 1` once it is certain to exceed `limit`.
  mutating func between(_ a: [UInt32], _ b: UnsafeBufferPointer<UInt32>) -> Int {
    let n = a.count
    let m = b.count
    if abs(n - m) > limit { return limit + 1 }
    if n == 0 || m == 0 { return max(n, m) }
    if m + 2 > current.count {
      twoBack = [Int](repeating: 0, count: m + 2)
      previous = twoBack
      current = twoBack
    }
    let far = Self.far
    for j in 0...min(m, limit) { previous[j] = j }
    if limit + 1 <= m { previous[limit + 1] = far }
    for i in 1...n {
      let low = max(1, i - limit)
      let high = min(m, i + limit)
      current[low - 1] = low == 1 ? i : far
      var rowBest = low == 1 ? i : far
      for j in low...high {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, twoBack[j - 2] + 1)
        }
        current[j] = value
        rowBest = min(rowBest, value)
      }
      if high + 1 <= m { current[high + 1] = far }
      if rowBest > limit { return limit + 1 }
      swap(&twoBack, &previous)
      swap(&previous, &current)
    }
    return min(previous[m], limit + 1)
  }
}

/// The same edit distance as ``EditDistance`` (insertions, deletions, substitutions and swaps
/// of neighbours), for a word of at most 64 scalars against many candidates, a column of the
/// table at a time in the bits of one word: H. Hyyrö's extension with swaps (2002) of G.
/// Myers's bit-vector algorithm (1999). A candidate costs a few operations per scalar, where
/// the table cost a few per cell; the misspelled query words of 8 letters or more, measured
/// against the thousands of vocabulary words that pass the letter filter, took 2 ms.
struct EditPattern {
  let length: Int
  /// For each ASCII scalar, the places (bits) of the word that hold it.
  private var ascii = [UInt64](repeating: 0, count: 128)
  /// The same for the word's other scalars.
  private var others: [(scalar: UInt32, places: UInt64)] = []

  /// The pattern of `word`; nil when it is longer than 64 scalars or empty.
  init?(_ word: [UInt32]) {
    guard !word.isEmpty, word.count <= 64 else { return nil }
    length = word.count
    for (i, scalar) in word.enumerated() {
      let bit = UInt64(1) << UInt64(i)
      if scalar < 128 {
        ascii[Int(scalar)] |= bit
      } else if let k = others.firstIndex(where: { $0.scalar == scalar }) {
        others[k].places |= bit
      } else {
        others.append((scalar, bit))
      }
    }
  }

  @inline(__always)
  private func places(_ scalar: UInt32) -> UInt64 {
    if scalar < 128 { return ascii[Int(scalar)] }
    for other in others where other.scalar == scalar { return other.places }
    return 0
  }

  /// The distance between the word and `other`.
  func distance(to other: UnsafeBufferPointer<UInt32>) -> Int {
    guard !other.isEmpty else { return length }
    let last = UInt64(1) << UInt64(length - 1)
    var vp: UInt64 = length == 64 ? ~0 : (UInt64(1) << UInt64(length)) &- 1
    var vn: UInt64 = 0
    var previousD0: UInt64 = 0
    var previousPlaces: UInt64 = 0
    var score = length
    for scalar in other {
      let pm = places(scalar)
      let swapped = (((~previousD0) & pm) << 1) & previousPlaces
      let d0 = (((pm & vp) &+ vp) ^ vp) | pm | vn | swapped
      let hp = vn | ~(d0 | vp)
      let hn = d0 & vp
      if hp & last != 0 {
        score += 1
      } else if hn & last != 0 {
        score -= 1
      }
      let x = (hp << 1) | 1
      vn = x & d0
      vp = (hn << 1) | ~(x | d0)
      previousD0 = d0
      previousPlaces = pm
    }
    return score
  }
}
