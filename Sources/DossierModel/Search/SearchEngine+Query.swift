import Foundation

/// Every item a query found, ranked, with true counts; pages of it become result rows with
/// ``SearchEngine/page(_:offset:limit:)``. The results are put in order only as far as they
/// are read (``SearchRanking``), so a query that matches most of the corpus answers at once.
public struct SearchMatches: Sendable, Equatable {
  /// The query as run, after misspelled words were replaced.
  public var query: SearchQuery
  /// The query as typed, with the misspelled words replaced, when any were ("did you mean …").
  public var didYouMean: String?
  /// How many words (clauses) the query has.
  public var wordCount: Int
  /// Whether every result has every word; false when too few did and the search fell back to
  /// ranking by how many words matched.
  public var allWords: Bool
  /// How many items matched in all.
  public let total: Int
  /// How many items of each kind matched (true counts, for headings).
  public let countsByKind: [SearchKind: Int]
  /// How many results have every word.
  let fullCount: Int
  /// The results, ordered as they are read.
  let ranking: SearchRanking

  init(
    query: SearchQuery, didYouMean: String? = nil, wordCount: Int, allWords: Bool,
    rows: [SearchRanking.Row], tally: SearchTally? = nil
  ) {
    self.init(
      query: query, didYouMean: didYouMean, wordCount: wordCount, allWords: allWords,
      ranking: SearchRanking(rows),
      tally: tally ?? SearchTally(rows, words: UInt16(clamping: wordCount)))
  }

  /// Matches whose ranking is given (made as it is read) with their counts.
  init(
    query: SearchQuery, didYouMean: String?, wordCount: Int, allWords: Bool,
    ranking: SearchRanking, tally: SearchTally
  ) {
    self.query = query
    self.didYouMean = didYouMean
    self.wordCount = wordCount
    self.allWords = allWords
    total = ranking.count
    let perKind = tally.perKind
    let full = tally.full
    var counts: [SearchKind: Int] = [:]
    for kind in SearchKind.allCases where perKind[kind.rawValue] > 0 {
      counts[kind] = perKind[kind.rawValue]
    }
    countsByKind = counts
    fullCount = full
    self.ranking = ranking
  }

  /// "210 matches"; "4 matches (1 with all 3 words, the rest with fewer)"; "did you mean …" first.
  public var summary: String {
    var text = "\(total) match\(total == 1 ? "" : "es")"
    if !allWords, wordCount > 1, total > 0 {
      text += " (\(fullCount) with all \(wordCount) words, the rest with fewer)"
    }
    if let didYouMean { text = "did you mean \u{201C}\(didYouMean)\u{201D}? " + text }
    return text
  }

  public static func == (a: SearchMatches, b: SearchMatches) -> Bool {
    a.query == b.query && a.didYouMean == b.didYouMean && a.wordCount == b.wordCount
      && a.allWords == b.allWords && a.total == b.total && a.countsByKind == b.countsByKind
      && (a.ranking === b.ranking || a.ranking.all == b.ranking.all)
  }
}

/// How many results a query has of each kind (by the kind's number), and how many have every
/// word: counted while the rows are made where that is cheaper than a pass of its own.
struct SearchTally {
  var perKind = [Int](repeating: 0, count: SearchKind.allCases.count)
  var full = 0

  init() {}

  /// The counts of `rows`, in a pass over them (in an array by the kind's number: a
  /// dictionary update per row cost 10 ms for a word in 145,000 items).
  init(_ rows: [SearchRanking.Row], words: UInt16) {
    var perKind = perKind
    var full = 0
    rows.withUnsafeBufferPointer { rows in
      for row in rows {
        perKind[row.kind.rawValue] += 1
        if row.matched == words { full += 1 }
      }
    }
    self.perKind = perKind
    self.full = full
  }
}

/// One result row: what it is, where its words matched, and a snippet of the matched words.
public struct SearchHit: Sendable, Equatable {
  public var ref: ItemRef
  public var kind: SearchKind
  public var title: String
  /// The title with the matched words marked.
  public var titleParts: [SnippetPart]
  /// The event's date (or the source's).
  public var date: String?
  /// Where the query matched: "name", "alias “Lukashenko”", "text", "tags".
  public var via: String
  /// An extract of the text around the matched words, the words marked; empty when only the
  /// name matched and the item has no text.
  public var snippet: [SnippetPart]
  /// How many of the query's words the item has.
  public var matchedWords: Int
  public var wordCount: Int
}

/// A piece of a snippet or title, marked when it is a matched word.
public struct SnippetPart: Sendable, Equatable {
  public var text: String
  public var highlighted: Bool
  public init(_ text: String, highlighted: Bool) {
    self.text = text
    self.highlighted = highlighted
  }
}

extension SearchEngine {
  /// Runs `text` as a query: every matching item, ranked. An exact name or id comes first; then
  /// items with every word, by BM25; when fewer than ``handful`` items have every word, items with
  /// some of the words follow, by how many they have. Misspelled words are replaced by the
  /// nearest word of the index.
  ///
  /// The scores are FTS5's `bm25()` with the weights 20, 4, 1 and 0, to the last bit, but
  /// computed here from each term's postings and each row's length (``BM25Scorer``) for every
  /// matching row in a single pass: FTS5 itself, even with `ORDER BY rank LIMIT`, scores every
  /// matching row through its auxiliary-function interface (1.2 µs a row, 300 ms for a word in
  /// 145,000 items). Phrases still go through FTS5, which has the positions.
  public func search(_ text: String, prefixLast: Bool = true) throws -> SearchMatches {
    var query = SearchQuery(text, prefixLast: prefixLast)
    guard !query.isEmpty else {
      return SearchMatches(query: query, wordCount: 0, allWords: true, rows: [])
    }
    return try database.serialized {
      let corrected = try correct(&query)
      // A corrected word can name an item exactly too ("lukashneka" for the id lukashenka).
      let exact = try exactMatches(corrected ?? text)
      if let top = try topMatches(query, didYouMean: corrected, exact: exact) { return top }
      let scorer = try bm25Scorer()
      // Each clause's phrases (FTS5's sense: a word, a prefix or words in a row), in order.
      let clauses = try query.clauses.map { try phrases(of: $0, scorer) }
      let rows = combine(clauses, exact: exact, scorer)
      return SearchMatches(
        query: query, didYouMean: corrected, wordCount: query.clauses.count,
        allWords: rows.allWords, rows: rows.rows, tally: rows.tally)
    }
  }

  /// The ranked rows of the clauses' phrases: the rows with every clause, or (under
  /// ``handful`` of them, with two clauses or more) the rows with any, each scored by the sum
  /// of its phrases' parts in the query's order, as `bm25()` adds them; then the exact names.
  private func combine(
    _ clauses: [[BM25Scorer.Phrase]], exact: Set<Int>, _ scorer: BM25Scorer
  ) -> (rows: [SearchRanking.Row], allWords: Bool, tally: SearchTally?) {
    let size = count + 1
    let kinds = rowKinds()
    if clauses.count == 1, clauses[0].count == 1 {
      let (rows, tally) = single(scorer.scored(clauses[0][0]), exact: exact, kinds: kinds)
      return (rows, true, tally)
    }
    if clauses.allSatisfy({ $0.count == 1 }),
      let found = everyWord(clauses.map { $0[0] }, scorer, exact: exact, kinds: kinds)
    {
      return (found.rows, true, found.tally)
    }
    let clauses = clauses.map { $0.map(scorer.scored) }
    // Tables by row id, written through pointers (array writes inside these loops paid
    // uniqueness and exclusivity checks on every row).
    let matched = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: size)
    let stamp = UnsafeMutableBufferPointer<Int32>.allocate(capacity: size)
    let score = UnsafeMutableBufferPointer<Double>.allocate(capacity: size)
    let isExact = UnsafeMutableBufferPointer<Bool>.allocate(capacity: size)
    defer {
      matched.deallocate()
      stamp.deallocate()
      score.deallocate()
      isExact.deallocate()
    }
    matched.initialize(repeating: 0)
    score.initialize(repeating: 0)
    isExact.initialize(repeating: false)
    for row in exact where row > 0 && row < size { isExact[row] = true }
    for (c, phrases) in clauses.enumerated() {
      let mark = Int32(c + 1)
      if phrases.count > 1 { stamp.initialize(repeating: 0) }
      for phrase in phrases {
        phrase.rows.withUnsafeBufferPointer { rows in
          if phrases.count == 1 {
            // A phrase has each row once.
            for row in rows where row > 0 && Int(row) < size { matched[Int(row)] += 1 }
            return
          }
          for row in rows where row > 0 && Int(row) < size && stamp[Int(row)] != mark {
            stamp[Int(row)] = mark
            matched[Int(row)] += 1
          }
        }
      }
    }
    for phrase in clauses.joined() {
      phrase.rows.withUnsafeBufferPointer { rows in
        phrase.parts.withUnsafeBufferPointer { parts in
          for i in 0..<rows.count where rows[i] > 0 && Int(rows[i]) < size {
            score[Int(rows[i])] += parts[i]
          }
        }
      }
    }
    let words = UInt16(clauses.count)
    var all = 0
    for row in 1..<size where matched[row] == words { all += 1 }
    let allWords = all >= SearchEngine.handful || clauses.count == 1
    let least: UInt16 = allWords ? words : 1
    var rows: [SearchRanking.Row] = []
    rows.reserveCapacity((allWords ? all : all + 64) + exact.count)
    for row in 1..<size {
      let found = matched[row] >= least
      guard found || isExact[row] else { continue }
      rows.append(
        SearchRanking.Row(
          id: Int32(row), matched: found ? matched[row] : words, kind: kinds[row],
          exact: isExact[row], score: found ? -score[row] : 0))
    }
    return (rows, allWords, nil)
  }

  /// The rows of a query of one word or phrase, straight from its postings (the same rows and
  /// scores as the general case, without its tables of every row), and the exact names,
  /// counted by kind as they are made.
  func single(
    _ phrase: BM25Scorer.Phrase, exact: Set<Int>, kinds: [SearchKind]
  ) -> (rows: [SearchRanking.Row], tally: SearchTally) {
    phrase.rows.withUnsafeBufferPointer { ids in
      phrase.parts.withUnsafeBufferPointer { parts in
        Self.rowsWithEveryWord(ids, words: 1, exact: exact, kinds: kinds) { -(0 + parts[$0]) }
      }
    }
  }

  /// The rows `ids`, each with every one of the query's `words` and scored `score(i)`, the exact
  /// names among them marked and the others added after (as the general case makes them),
  /// counted by kind as they are made.
  @inline(__always)
  static func rowsWithEveryWord(
    _ ids: UnsafeBufferPointer<Int32>, words: UInt16, exact: Set<Int>, kinds: [SearchKind],
    score: (Int) -> Double
  ) -> (rows: [SearchRanking.Row], tally: SearchTally) {
    // The exact names as a table of rows (a set lookup for each row cost more than the rest).
    var isExact = [Bool](repeating: false, count: exact.isEmpty ? 0 : kinds.count)
    for row in exact where row > 0 && row < kinds.count { isExact[row] = true }
    var exactLeft = exact
    var tally = SearchTally()
    var rows = [SearchRanking.Row](unsafeUninitializedCapacity: ids.count + exact.count) {
      rows, made in
      kinds.withUnsafeBufferPointer { kinds in
        tally.perKind.withUnsafeMutableBufferPointer { perKind in
          for i in 0..<ids.count {
            let row = Int(ids[i])
            guard row > 0, row < kinds.count else { continue }
            let exactRow = !isExact.isEmpty && isExact[row]
            if exactRow { exactLeft.remove(row) }
            let kind = kinds[row]
            perKind[kind.rawValue] += 1
            rows.baseAddress!.advanced(by: made).initialize(
              to: SearchRanking.Row(
                id: ids[i], matched: words, kind: kind, exact: exactRow, score: score(i)))
            made += 1
          }
        }
      }
    }
    for row in exactLeft where row > 0 && row < kinds.count {
      tally.perKind[kinds[row].rawValue] += 1
      rows.append(
        SearchRanking.Row(id: Int32(row), matched: words, kind: kinds[row], exact: true, score: 0))
    }
    tally.full = rows.count
    return (rows, tally)
  }

  /// The phrases of one clause with their rows and score parts: a word is one term; a prefix is
  /// every term that starts with it (and, when the folded word differs, every term that starts
  /// with that, as a second phrase); words in quotes are a phrase for FTS5.
  private func phrases(
    of clause: SearchQuery.Clause, _ scorer: BM25Scorer
  ) throws -> [BM25Scorer.Phrase] {
    switch clause {
    case .word(let term, let folded, let prefix):
      guard prefix else { return [scorer.phrase(try postings(of: term))] }
      let first = scorer.phrase(try postings(startingWith: term))
      guard term != folded else { return [first] }
      return [first, scorer.phrase(try postings(startingWith: folded))]
    case .phrase:
      let statement = try database.statement(
        "SELECT rowid, bm25(fts, 20.0, 4.0, 1.0, 0.0) FROM fts WHERE fts MATCH ?")
      statement.bind(1, expression([clause], join: "AND"))
      var phrase = BM25Scorer.Phrase(rows: [], parts: [])
      // A query of one phrase: its `bm25()` is minus the phrase's part, exactly.
      while try statement.step() {
        phrase.rows.append(Int32(statement.int(0)))
        phrase.parts.append(-statement.double(1))
      }
      return [phrase]
    }
  }

  /// The FTS5 expression of clauses joined by AND or OR.
  func expression(_ clauses: [SearchQuery.Clause], join: String) -> String {
    func quoted(_ term: String) -> String { "\"" + term + "\"" }
    return clauses.map { clause -> String in
      switch clause {
      case .word(let term, let folded, let prefix):
        guard prefix else { return quoted(term) }
        return term == folded
          ? quoted(term) + "*" : "(" + quoted(term) + "* OR " + quoted(folded) + "*)"
      case .phrase(let terms): return quoted(terms.joined(separator: " "))
      }
    }.joined(separator: " \(join) ")
  }

  /// The items whose name, alias or id is exactly the query.
  private func exactMatches(_ text: String) throws -> Set<Int> {
    let key = SearchTokenizer.terms(text).joined(separator: " ")
    guard !key.isEmpty else { return [] }
    let statement = try database.statement("SELECT item FROM names WHERE key = ?")
    statement.bind(1, key)
    var result: Set<Int> = []
    while try statement.step() { result.insert(statement.int(0)) }
    return result
  }
}
