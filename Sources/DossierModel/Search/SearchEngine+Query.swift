import Foundation

/// Every item a query found, in rank order, with true counts; pages of it become result rows
/// with ``SearchEngine/page(_:offset:limit:)``.
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
  /// Matching rows, best first.
  var rows: [Row]

  struct Row: Sendable, Equatable {
    var id: Int
    var kind: SearchKind
    var score: Double
    var matched: Int
    var exact: Bool
  }

  /// How many items matched in all.
  public var total: Int { rows.count }

  /// How many items of each kind matched (true counts, for headings).
  public var countsByKind: [SearchKind: Int] {
    var counts: [SearchKind: Int] = [:]
    for row in rows { counts[row.kind, default: 0] += 1 }
    return counts
  }

  /// Only the results of the given kinds, in the same order.
  public func only(_ kinds: Set<SearchKind>) -> SearchMatches {
    var copy = self
    copy.rows = rows.filter { kinds.contains($0.kind) }
    return copy
  }

  /// "210 matches"; "4 matches (1 with all 3 words, the rest with fewer)"; "did you mean …" first.
  public var summary: String {
    var text = "\(total) match\(total == 1 ? "" : "es")"
    if !allWords, wordCount > 1, total > 0 {
      let full = rows.count { $0.matched == wordCount }
      text += " (\(full) with all \(wordCount) words, the rest with fewer)"
    }
    if let didYouMean { text = "did you mean \u{201C}\(didYouMean)\u{201D}? " + text }
    return text
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
  public func search(_ text: String, prefixLast: Bool = true) throws -> SearchMatches {
    var query = SearchQuery(text, prefixLast: prefixLast)
    guard !query.isEmpty else {
      return SearchMatches(query: query, wordCount: 0, allWords: true, rows: [])
    }
    return try database.serialized {
      let corrected = try correct(&query)
      // A corrected word can name an item exactly too ("lukashneka" for the id lukashenka).
      let exact = try exactMatches(corrected ?? text)
      let all = try scored(expression(query.clauses, join: "AND"))
      var rows: [SearchMatches.Row]
      var allWords = true
      if all.count >= SearchEngine.handful || query.clauses.count == 1 {
        rows = all.map { row($0.id, $0.score, query.clauses.count, exact) }
      } else {
        allWords = false
        var matched: [Int: Int] = [:]
        for clause in query.clauses {
          for id in try ids(expression([clause], join: "AND")) { matched[id, default: 0] += 1 }
        }
        rows = try scored(expression(query.clauses, join: "OR")).map {
          row($0.id, $0.score, matched[$0.id] ?? 0, exact)
        }
      }
      let present = Set(rows.map(\.id))
      for id in exact where !present.contains(id) {
        rows.append(row(id, 0, query.clauses.count, exact))
      }
      rows.sort { a, b in
        if a.exact != b.exact { return a.exact }
        if a.matched != b.matched { return a.matched > b.matched }
        if a.score != b.score { return a.score < b.score }
        if a.kind != b.kind { return a.kind < b.kind }
        return a.id < b.id
      }
      return SearchMatches(
        query: query, didYouMean: corrected, wordCount: query.clauses.count,
        allWords: allWords, rows: rows)
    }
  }

  private func row(
    _ id: Int, _ score: Double, _ matched: Int, _ exact: Set<Int>
  )
    -> SearchMatches.Row
  {
    SearchMatches.Row(
      id: id, kind: kind(ofRow: id), score: score, matched: matched, exact: exact.contains(id))
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

  /// The rows matching an FTS5 expression with their BM25 scores (lower is better).
  private func scored(_ expression: String) throws -> [(id: Int, score: Double)] {
    let statement = try database.statement(
      "SELECT rowid, bm25(fts, 20.0, 4.0, 1.0, 0.0) FROM fts WHERE fts MATCH ?")
    statement.bind(1, expression)
    var result: [(id: Int, score: Double)] = []
    while try statement.step() { result.append((statement.int(0), statement.double(1))) }
    return result
  }

  /// The rows matching an FTS5 expression.
  private func ids(_ expression: String) throws -> [Int] {
    let statement = try database.statement("SELECT rowid FROM fts WHERE fts MATCH ?")
    statement.bind(1, expression)
    var result: [Int] = []
    while try statement.step() { result.append(statement.int(0)) }
    return result
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

  /// Replaces each word the index does not have by the nearest word it has (edit distance 1, or
  /// 2 for words of eight letters or more; the most frequent of the nearest), and returns the
  /// typed text with the replacements, or nil when nothing was replaced.
  private func correct(_ query: inout SearchQuery) throws -> String? {
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

  /// Whether the index has the term (or, for a prefix, a term starting with it).
  private func known(_ term: String, prefix: Bool) throws -> Bool {
    let statement = try database.statement(
      prefix
        ? "SELECT 1 FROM words WHERE term >= ?1 AND term < ?1 || char(1114111) LIMIT 1"
        : "SELECT 1 FROM words WHERE term = ?1")
    statement.bind(1, term)
    return try statement.step()
  }

  /// The vocabulary word nearest to a folded word, if one is near enough.
  private func nearest(_ word: String) throws -> (term: String, word: String)? {
    let target = Array(word.unicodeScalars)
    let limit = target.count >= 8 ? 2 : 1
    // The words of the lengths not read yet (SQLite's length() counts code points, as
    // unicodeScalars does), so a process reads only the part of the vocabulary it needs.
    let missing = (max(0, target.count - limit)...(target.count + limit)).filter {
      vocabulary?[$0] == nil
    }
    if let low = missing.first, let high = missing.last {
      let statement = try database.statement(
        "SELECT term, word, docs FROM words WHERE length(word) BETWEEN ?1 AND ?2")
      statement.bind(1, low)
      statement.bind(2, high)
      var read = vocabulary ?? [:]
      for length in low...high where read[length] == nil { read[length] = [] }
      while try statement.step() {
        let word = Array(statement.text(1).unicodeScalars)
        guard missing.contains(word.count) else { continue }
        read[word.count, default: []].append((statement.text(0), word, statement.int(2)))
      }
      vocabulary = read
    }
    var best: (distance: Int, docs: Int, term: String, word: [Unicode.Scalar])?
    // Only words within `limit` of the length can be near enough. Of the nearest, the most
    // frequent wins, then the first term in order.
    let lengths = max(0, target.count - limit)...(target.count + limit)
    for entry in lengths.flatMap({ vocabulary?[$0] ?? [] }) {
      let distance = EditDistance.distance(target, entry.word, limit: limit)
      guard distance <= limit else { continue }
      if let current = best,
        current.distance < distance
          || (current.distance == distance
            && (current.docs > entry.docs
              || (current.docs == entry.docs && current.term <= entry.term)))
      {
        continue
      }
      best = (distance, entry.docs, entry.term, entry.word)
    }
    return best.map { ($0.term, String(String.UnicodeScalarView($0.word))) }
  }
}

/// Edit distance (insertions, deletions, substitutions and swaps of neighbours) with a limit.
enum EditDistance {
  /// The distance between `a` and `b`, or `limit + 1` once it is certain to exceed `limit`.
  static func distance<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> Int {
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowBest = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
        rowBest = min(rowBest, value)
      }
      if rowBest > limit { return limit + 1 }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
