import Foundation

/// FTS5's `bm25()` computed in Swift from the index's own numbers, so that every matching row of
/// a query is scored in one pass over the postings.
///
/// For each phrase of a query FTS5 adds `idf × f × (k1 + 1) / (f + k1 × (1 − b + b × D / avgdl))`
/// (k1 = 1.2, b = 0.75), where `f` is the sum of the column weights of the phrase's
/// occurrences in the row, `D` the row's length in tokens, `avgdl` the average length and
/// `idf = log((N − n + 0.5) / (n + 0.5))` (1e-6 when not positive) for a phrase in `n` of the
/// `N` rows; the score is minus the sum. The same operations in the same order give the same
/// doubles (a test compares them with FTS5's).
struct BM25Scorer {
  /// A phrase's rows (each once, in any order) and its part of each row's score: given (FTS5's
  /// phrases), or made from each row's weighted frequency when asked for (``scored(_:)``), or
  /// row by row (``part(_:at:)``) where only some rows are read.
  struct Phrase {
    var rows: [Int32]
    var parts: [Double]
    /// The weighted frequency in each row, while the parts are not made.
    var weights: [Double] = []
    var idf: Double = 0
  }

  /// The rows of a word or prefix and the weighted frequency of it in each (each row once).
  struct Postings {
    var rows: [Int32]
    var weights: [Double]
  }

  let rowCount: Int
  /// `k1 × (1 − b + b × D / avgdl)` of each row (of length `D` tokens), by row id: the part of
  /// the denominator that depends on the row alone, computed once with the same operations as
  /// FTS5 (so the same doubles).
  let norms: [Double]
  /// The same for a row of no tokens (a row id beyond the lengths: none should be).
  let emptyNorm: Double
  static let k1 = 1.2
  static let b = 0.75

  init(rowCount: Int, tokens: Int, lengths: [UInt32]) {
    self.rowCount = rowCount
    let averageLength = Double(tokens) / Double(max(1, rowCount))
    func norm(_ d: Double) -> Double { Self.k1 * (1 - Self.b + Self.b * d / averageLength) }
    norms = lengths.map { norm(Double($0)) }
    emptyNorm = norm(0)
  }

  /// The inverse document frequency of a phrase in `hits` rows, as FTS5 computes it.
  func idf(hits: Int) -> Double {
    let idf = log((Double(rowCount - hits) + 0.5) / (Double(hits) + 0.5))
    return idf <= 0 ? 1e-6 : idf
  }

  /// The phrase of a word's or prefix's postings, its parts not yet made.
  func phrase(_ postings: Postings) -> Phrase {
    Phrase(
      rows: postings.rows, parts: [], weights: postings.weights,
      idf: idf(hits: postings.rows.count))
  }

  /// `phrase` with its part of the score of every row made.
  func scored(_ phrase: Phrase) -> Phrase {
    guard !phrase.weights.isEmpty else { return phrase }
    let k1 = Self.k1
    let idf = phrase.idf
    let parts = [Double](unsafeUninitializedCapacity: phrase.rows.count) { parts, made in
      norms.withUnsafeBufferPointer { norms in
        phrase.rows.withUnsafeBufferPointer { rows in
          phrase.weights.withUnsafeBufferPointer { weights in
            for i in 0..<rows.count {
              let f = weights[i]
              let row = Int(rows[i])
              let norm = row >= 0 && row < norms.count ? norms[row] : emptyNorm
              parts[i] = idf * ((f * (k1 + 1.0)) / (f + norm))
            }
          }
        }
      }
      made = phrase.rows.count
    }
    return Phrase(rows: phrase.rows, parts: parts)
  }

  /// The part of the score of row `i` of `phrase` (the same double as ``scored(_:)`` makes).
  @inline(__always)
  func part(_ phrase: Phrase, at i: Int) -> Double {
    guard !phrase.weights.isEmpty else { return phrase.parts[i] }
    let f = phrase.weights[i]
    let row = Int(phrase.rows[i])
    let norm = row >= 0 && row < norms.count ? norms[row] : emptyNorm
    return phrase.idf * ((f * (Self.k1 + 1.0)) / (f + norm))
  }
}

extension SearchEngine {
  /// The scorer of this index (the row lengths are read on the first query).
  func bm25Scorer() throws -> BM25Scorer {
    if let scorer { return scorer }
    let statement = try database.statement("SELECT value FROM blobs WHERE key = 'lengths'")
    guard try statement.step() else { throw SQLiteError(code: 0, message: "no row lengths") }
    let made = BM25Scorer(
      rowCount: count, tokens: tokenCount, lengths: statement.blob(0, as: UInt32.self))
    scorer = made
    return made
  }

  /// The postings of one term (none when the index does not have it).
  func postings(of term: String) throws -> BM25Scorer.Postings {
    let statement = try database.statement("SELECT rows, weights FROM words WHERE term = ?")
    statement.bind(1, term)
    guard try statement.step() else { return BM25Scorer.Postings(rows: [], weights: []) }
    return BM25Scorer.Postings(
      rows: statement.blob(0, as: Int32.self),
      weights: statement.blob(1, as: UInt16.self).map(Double.init))
  }

  /// The postings of every term that starts with `prefix`, as one phrase: each row once, with
  /// the weights of all those terms in it added (what FTS5 counts for `"prefix"*`).
  func postings(startingWith prefix: String) throws -> BM25Scorer.Postings {
    let statement = try database.statement(
      "SELECT rows, weights FROM words WHERE term >= ?1 AND term < ?1 || char(1114111)")
    statement.bind(1, prefix)
    var lists: [(rows: [Int32], weights: [UInt16])] = []
    while try statement.step() {
      lists.append((statement.blob(0, as: Int32.self), statement.blob(1, as: UInt16.self)))
    }
    if lists.count == 1 {
      return BM25Scorer.Postings(rows: lists[0].rows, weights: lists[0].weights.map(Double.init))
    }
    var weight = [Double](repeating: 0, count: count + 1)
    var seen = [Bool](repeating: false, count: count + 1)
    var rows: [Int32] = []
    for list in lists {
      for (row, w) in zip(list.rows, list.weights) {
        if !seen[Int(row)] {
          seen[Int(row)] = true
          rows.append(row)
        }
        weight[Int(row)] += Double(w)
      }
    }
    return BM25Scorer.Postings(rows: rows, weights: rows.map { weight[Int($0)] })
  }
}
