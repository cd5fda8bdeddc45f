import Foundation

extension SearchEngine {
  /// Terms in this many rows or more have their best rows ranked when the index is built.
  static let topRowsFrom = 4096
  /// How many of a frequent term's best rows are kept ranked.
  static let topRowCount = 256

  /// The best rows of a frequent word, ranked when the index was built, with its true counts:
  /// nil when the word has no such list (it is in fewer than ``topRowsFrom`` rows).
  ///
  /// A query of one frequent word (a word in 145,000 items, or a misspelling corrected to one)
  /// read, scored, made and ranked every one of its rows to show the first 20 and count them
  /// (1.5-2.5 ms at 100,000 events, most of those queries' time); the first page and the
  /// counts are known in advance. Reading past these rows ranks them all
  /// (``SearchRanking``), with the same order.
  func topRows(of term: String) throws -> (rows: [SearchRanking.Row], counts: [Int])? {
    let statement = try database.statement(
      "SELECT rows, scores, counts FROM tops WHERE term = ?")
    statement.bind(1, term)
    guard try statement.step() else { return nil }
    let ids = statement.blob(0, as: Int32.self)
    let scores = statement.blob(1, as: UInt64.self).map(Double.init(bitPattern:))
    let counts = statement.blob(2, as: Int32.self).map(Int.init)
    let kinds = rowKinds()
    guard ids.count == scores.count, counts.count == SearchKind.allCases.count,
      ids.allSatisfy({ $0 > 0 && Int($0) < kinds.count })
    else {
      throw SQLiteError(code: 0, message: "bad top rows")
    }
    let rows = zip(ids, scores).map { id, score in
      SearchRanking.Row(id: id, matched: 1, kind: kinds[Int(id)], exact: false, score: score)
    }
    return (rows, counts)
  }

  /// The matches of a query of one whole word, from the word's top rows when it has them; the
  /// rest of the ranking is made only if it is read. Items named exactly by the query rank
  /// first, as always: their rows are looked up in the word's postings (their score, and
  /// whether they add to the count), and taken out of the top rows that follow.
  func topMatches(
    _ query: SearchQuery, didYouMean: String?, exact: Set<Int>
  ) throws -> SearchMatches? {
    guard query.clauses.count == 1, case .word(let term, _, false) = query.clauses[0],
      let top = try topRows(of: term)
    else { return nil }
    let kinds = rowKinds()
    let scorer = try bm25Scorer()
    var tally = SearchTally()
    tally.perKind = top.counts
    var best: [SearchRanking.Row] = []
    var exactIDs = Set<Int32>()
    if !exact.isEmpty {
      let postings = try postings(of: term)
      let phrase = scorer.phrase(postings)
      for row in exact.sorted() where row > 0 && row < kinds.count {
        let id = Int32(row)
        exactIDs.insert(id)
        var made = SearchRanking.Row(id: id, matched: 1, kind: kinds[row], exact: true, score: 0)
        if let i = Self.place(of: id, in: postings.rows) {
          made.score = -(0 + scorer.part(phrase, at: i))
        } else {
          tally.perKind[kinds[row].rawValue] += 1
        }
        best.append(made)
      }
      best.sort { $0.ranks(before: $1) }
    }
    best += top.rows.filter { !exactIDs.contains($0.id) }
    tally.full = tally.perKind.reduce(0, +)
    let ranking = SearchRanking(best: best, total: tally.full) { [self] in
      try? database.serialized {
        let scorer = try bm25Scorer()
        let phrase = scorer.scored(scorer.phrase(try postings(of: term)))
        return single(phrase, exact: exact, kinds: rowKinds()).rows
      }
    }
    return SearchMatches(
      query: query, didYouMean: didYouMean, wordCount: 1, allWords: true, ranking: ranking,
      tally: tally)
  }

  /// The place of `id` in the ascending `rows`, if it is there.
  private static func place(of id: Int32, in rows: [Int32]) -> Int? {
    var low = 0
    var high = rows.count
    while low < high {
      let middle = (low + high) / 2
      if rows[middle] < id { low = middle + 1 } else { high = middle }
    }
    return low < rows.count && rows[low] == id ? low : nil
  }
}

/// Writes the best rows of each frequent term while the postings are written.
struct TopRowsWriter {
  let from: Int
  let scorer: BM25Scorer
  let kinds: [SearchKind]

  func write(
    term: [UInt8], rows: [Int32], weights: [UInt16], into database: SQLiteDatabase
  )
    throws
  {
    guard rows.count >= from else { return }
    let phrase = scorer.scored(
      scorer.phrase(BM25Scorer.Postings(rows: rows, weights: weights.map(Double.init))))
    var counts = [Int32](repeating: 0, count: SearchKind.allCases.count)
    var ranked: [SearchRanking.Row] = []
    ranked.reserveCapacity(rows.count)
    for (i, id) in rows.enumerated() where id > 0 && Int(id) < kinds.count {
      let kind = kinds[Int(id)]
      counts[kind.rawValue] += 1
      // As a query makes its rows (``SearchEngine/single``), so the same doubles.
      ranked.append(
        SearchRanking.Row(
          id: id, matched: 1, kind: kind, exact: false, score: -(0 + phrase.parts[i])))
    }
    let best = SearchRanking(ranked).rows(0..<SearchEngine.topRowCount)
    let statement = try database.statement(
      "INSERT INTO tops(term, rows, scores, counts) VALUES (?, ?, ?, ?)")
    statement.bind(1, utf8: term)
    statement.bind(2, blob: best.map(\.id))
    statement.bind(3, blob: best.map(\.score.bitPattern))
    statement.bind(4, blob: counts)
    try statement.run()
  }
}
