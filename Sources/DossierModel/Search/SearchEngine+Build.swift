import Foundation

extension SearchEngine {
  /// The BM25 weight of each field (name, aliases, body, tags), as FTS5's `bm25()` takes them.
  static let fieldWeights = [20, 4, 1, 0]

  /// Writes the schema and every item into an empty database.
  ///
  /// Beside the FTS5 table (kept for phrases) and the items' row data, every term gets its
  /// postings: the rows that have it, ascending, and in each the sum of the field weights of its
  /// occurrences, which is what `bm25()` counts as the term's frequency in the row. With each
  /// row's length in tokens (read back from FTS5), a query scores every matching row in Swift
  /// exactly as `bm25()` would, at a fraction of the cost (``SearchEngine/search(_:prefixLast:)``).
  /// The vocabulary is also kept by word length, for misspellings.
  static func write(
    _ items: [SearchFields], into database: SQLiteDatabase, extraMeta: [String: String],
    topRowsFrom: Int = SearchEngine.topRowsFrom
  ) throws {
    try database.execute(
      """
      PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
      PRAGMA application_id = \(applicationID); PRAGMA user_version = \(schemaVersion);
      BEGIN;
      CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE items(id INTEGER PRIMARY KEY, ref TEXT NOT NULL, kind INTEGER NOT NULL,
        title TEXT NOT NULL, date TEXT, body TEXT NOT NULL, aliases TEXT NOT NULL);
      CREATE TABLE names(key TEXT NOT NULL, item INTEGER NOT NULL);
      CREATE TABLE words(term TEXT PRIMARY KEY, docs INTEGER NOT NULL, rows BLOB NOT NULL,
        weights BLOB NOT NULL);
      CREATE TABLE spelling(length INTEGER PRIMARY KEY, words BLOB NOT NULL, terms BLOB NOT NULL,
        starts BLOB NOT NULL, docs BLOB NOT NULL);
      CREATE TABLE blobs(key TEXT PRIMARY KEY, value BLOB NOT NULL);
      CREATE TABLE tops(term TEXT PRIMARY KEY, rows BLOB NOT NULL, scores BLOB NOT NULL,
        counts BLOB NOT NULL);
      CREATE VIRTUAL TABLE fts USING fts5(name, alias, body, tag, content = '',
        tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
      """)
    let insertItem = try database.statement(
      "INSERT INTO items(id, ref, kind, title, date, body, aliases) VALUES (?, ?, ?, ?, ?, ?, ?)")
    let insertText = try database.statement(
      "INSERT INTO fts(rowid, name, alias, body, tag) VALUES (?, ?, ?, ?, ?)")
    let insertName = try database.statement("INSERT INTO names(key, item) VALUES (?, ?)")
    // Each distinct folded word is numbered once (bytes, no string a word) and mapped to its
    // term's number; the terms' documents are counted with the last item that had them, and
    // each item's weighted frequency of each term is summed while its fields are read.
    var foldedWords = WordTable()
    var termOfFolded: [Int] = []
    var termNumbers = WordTable()
    var termBytes: [[UInt8]] = []
    var termWords: [String] = []
    var termDocs: [Int] = []
    var lastItem: [Int] = []
    var itemWeight: [Int] = []
    var touched: [Int] = []
    var postingTerm: [Int32] = []
    var postingRow: [Int32] = []
    var postingWeight: [UInt16] = []
    var starts = [Int](repeating: 0, count: SearchKind.allCases.count + 1)
    var lastKind = -1
    var id = 0
    /// Appends the terms of `text` to `out`, space-separated; with a `weight`, counts their
    /// documents and adds the weight to the item's frequency of each.
    func terms(_ text: String, _ out: inout [UInt8], weight: Int? = nil) {
      SearchTokenizer.forEachFoldedWord(in: text) { folded in
        let number = foldedWords.number(of: folded)
        if number == termOfFolded.count {
          let term = SearchTokenizer.term(ofFolded: Array(folded))
          let t = term.withUnsafeBufferPointer { termNumbers.number(of: $0) }
          if t == termBytes.count {
            termBytes.append(term)
            termWords.append(String(decoding: folded, as: UTF8.self))
            termDocs.append(0)
            lastItem.append(0)
            itemWeight.append(0)
          }
          termOfFolded.append(t)
        }
        let t = termOfFolded[number]
        if let weight {
          if lastItem[t] != id {
            lastItem[t] = id
            termDocs[t] += 1
            itemWeight[t] = 0
            touched.append(t)
          }
          itemWeight[t] += weight
        }
        if !out.isEmpty { out.append(0x20) }
        out.append(contentsOf: termBytes[t])
      }
    }
    var name: [UInt8] = []
    var alias: [UInt8] = []
    var body: [UInt8] = []
    var tag: [UInt8] = []
    var key: [UInt8] = []
    let weights = fieldWeights
    for (i, item) in items.enumerated() {
      id = i + 1
      precondition(item.kind.rawValue >= lastKind, "items must come kind by kind")
      while lastKind < item.kind.rawValue {
        lastKind += 1
        starts[lastKind] = id
      }
      name.removeAll(keepingCapacity: true)
      alias.removeAll(keepingCapacity: true)
      body.removeAll(keepingCapacity: true)
      tag.removeAll(keepingCapacity: true)
      terms(item.name, &name, weight: weights[0])
      for text in item.aliases + item.involved { terms(text, &alias, weight: weights[1]) }
      terms(item.body, &body, weight: weights[2])
      for text in item.tags { terms(text, &tag, weight: weights[3]) }
      for t in touched {
        postingTerm.append(Int32(t))
        postingRow.append(Int32(id))
        postingWeight.append(UInt16(min(itemWeight[t], Int(UInt16.max))))
      }
      touched.removeAll(keepingCapacity: true)
      insertItem.reset()
      insertItem.bind(1, id)
      insertItem.bind(2, item.ref.description)
      insertItem.bind(3, item.kind.rawValue)
      insertItem.bind(4, item.title)
      if let date = item.date { insertItem.bind(5, date) } else { insertItem.bindNull(5) }
      insertItem.bind(6, item.body)
      insertItem.bind(7, (item.aliases + item.involved).joined(separator: "\n"))
      try insertItem.run()
      insertText.reset()
      insertText.bind(1, id)
      insertText.bind(2, utf8: name)
      insertText.bind(3, utf8: alias)
      insertText.bind(4, utf8: body)
      insertText.bind(5, utf8: tag)
      try insertText.run()
      // Exact names: the name, the item's own aliases and its id.
      var keys = [String(decoding: name, as: UTF8.self)]
      for text in item.aliases + [item.ref.id] {
        key.removeAll(keepingCapacity: true)
        terms(text, &key)
        keys.append(String(decoding: key, as: UTF8.self))
      }
      for key in Set(keys) where !key.isEmpty {
        insertName.reset()
        insertName.bind(1, key)
        insertName.bind(2, id)
        try insertName.run()
      }
    }
    while lastKind < SearchKind.allCases.count {
      lastKind += 1
      starts[lastKind] = items.count + 1
    }
    let (tokens, lengths) = try writeLengths(database, count: items.count)
    try writePostings(
      database, terms: termBytes, docs: termDocs, postingTerm: postingTerm, rows: postingRow,
      weights: postingWeight,
      tops: TopRowsWriter(
        from: topRowsFrom,
        scorer: BM25Scorer(rowCount: items.count, tokens: tokens, lengths: lengths),
        kinds: rowKinds(starts: starts, count: items.count)))
    try writeSpelling(database, terms: termBytes, words: termWords, docs: termDocs)
    let insertMeta = try database.statement("INSERT INTO meta(key, value) VALUES (?, ?)")
    var meta = extraMeta
    meta["kinds"] = starts.map(String.init).joined(separator: ",")
    meta["count"] = String(items.count)
    meta["tokens"] = String(tokens)
    for (key, value) in meta {
      insertMeta.reset()
      insertMeta.bind(1, key)
      insertMeta.bind(2, value)
      try insertMeta.run()
    }
    try database.execute(
      """
      CREATE INDEX names_key ON names(key);
      INSERT INTO fts(fts) VALUES ('optimize');
      COMMIT;
      """)
  }

  /// Each term's postings (rows ascending, weighted frequencies), sorted out of the per-item
  /// lists by term (a counting sort: each term's rows stay in item order).
  private static func writePostings(
    _ database: SQLiteDatabase, terms: [[UInt8]], docs: [Int], postingTerm: [Int32],
    rows: [Int32], weights: [UInt16], tops: TopRowsWriter
  ) throws {
    var offsets = [Int](repeating: 0, count: terms.count + 1)
    for t in terms.indices { offsets[t + 1] = offsets[t] + docs[t] }
    var fill = offsets
    var sortedRows = [Int32](repeating: 0, count: rows.count)
    var sortedWeights = [UInt16](repeating: 0, count: rows.count)
    for p in postingTerm.indices {
      let t = Int(postingTerm[p])
      sortedRows[fill[t]] = rows[p]
      sortedWeights[fill[t]] = weights[p]
      fill[t] += 1
    }
    let insert = try database.statement(
      "INSERT INTO words(term, docs, rows, weights) VALUES (?, ?, ?, ?)")
    for t in terms.indices {
      insert.reset()
      insert.bind(1, utf8: terms[t])
      insert.bind(2, docs[t])
      let termRows = Array(sortedRows[offsets[t]..<offsets[t + 1]])
      let termWeights = Array(sortedWeights[offsets[t]..<offsets[t + 1]])
      insert.bind(3, blob: termRows)
      insert.bind(4, blob: termWeights)
      try insert.run()
      try tops.write(term: terms[t], rows: termRows, weights: termWeights, into: database)
    }
  }

  /// The vocabulary by word length in scalars: each term's first folded word (as scalars, a
  /// fixed number a word), the term and its documents, for the edit-distance search of
  /// misspellings (``SpellingList``).
  private static func writeSpelling(
    _ database: SQLiteDatabase, terms: [[UInt8]], words: [String], docs: [Int]
  ) throws {
    var scalars: [Int: [UInt32]] = [:]
    var termBytes: [Int: [UInt8]] = [:]
    var termStarts: [Int: [Int32]] = [:]
    var termDocs: [Int: [Int32]] = [:]
    for t in terms.indices {
      let word = words[t].unicodeScalars.map(\.value)
      let length = word.count
      scalars[length, default: []].append(contentsOf: word)
      termStarts[length, default: []].append(Int32(termBytes[length]?.count ?? 0))
      termBytes[length, default: []].append(contentsOf: terms[t])
      termDocs[length, default: []].append(Int32(min(docs[t], Int(Int32.max))))
    }
    let insert = try database.statement(
      "INSERT INTO spelling(length, words, terms, starts, docs) VALUES (?, ?, ?, ?, ?)")
    for (length, words) in scalars {
      insert.reset()
      insert.bind(1, length)
      insert.bind(2, blob: words)
      insert.bind(3, blob: termBytes[length]!)
      insert.bind(4, blob: termStarts[length]!)
      insert.bind(5, blob: termDocs[length]!)
      try insert.run()
    }
  }

  /// Each row's length in tokens as FTS5 counted it (its `docsize` table: one varint a column),
  /// kept as one blob; returns the total, which with the row count gives the average length.
  private static func writeLengths(
    _ database: SQLiteDatabase, count: Int
  ) throws -> (tokens: Int, lengths: [UInt32]) {
    var lengths = [UInt32](repeating: 0, count: count + 1)
    var total = 0
    let read = try database.statement("SELECT id, sz FROM fts_docsize")
    while try read.step() {
      let row = read.int(0)
      let size = read.withBlob(1) { bytes -> Int in
        var sum = 0
        var value = 0
        for byte in bytes {
          value = value << 7 | Int(byte & 0x7F)
          if byte < 0x80 {
            sum += value
            value = 0
          }
        }
        return sum
      }
      if row >= 0, row < lengths.count { lengths[row] = UInt32(size) }
      total += size
    }
    let insert = try database.statement("INSERT INTO blobs(key, value) VALUES ('lengths', ?)")
    insert.bind(1, blob: lengths)
    try insert.run()
    return (total, lengths)
  }
}
