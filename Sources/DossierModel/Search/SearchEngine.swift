import Foundation

/// Full-text search over every item of a corpus, on SQLite's FTS5.
///
/// Each item is one row of an FTS5 table with four columns of search terms (from
/// ``SearchTokenizer``): name, aliases (with the involved actors' names), body and tags, ranked
/// by BM25 with weights 10, 4, 1 and 0, so a name beats a passage and a tag alone never
/// outranks text (it only keeps the item in the results, after every text match). Beside it the
/// database keeps each item's row data (for result rows and snippets), its names (for exact
/// matches) and the vocabulary (for misspellings). The database is built once
/// (``build(_:at:)``) and then read by any number of queries; ``SearchCache`` keeps it on disk.
public final class SearchEngine: @unchecked Sendable {
  /// The schema version: a database of another version is never read.
  static let schemaVersion = 1
  /// `PRAGMA application_id` of dossier's search databases ("DOSS").
  static let applicationID: Int32 = 0x444F_5353

  let database: SQLiteDatabase
  /// The first row id of each kind (rows are numbered kind by kind), and one past the last.
  private let kindStarts: [Int]
  /// The vocabulary (term, folded word as scalars, documents) by the word's length in scalars,
  /// read on the first misspelling.
  var vocabulary: [Int: [(term: String, word: [Unicode.Scalar], docs: Int)]]?

  /// How many results all the words must find before the search stops asking for fewer words.
  public static let handful = 5

  init(database: SQLiteDatabase) throws {
    self.database = database
    let statement = try database.statement("SELECT value FROM meta WHERE key = 'kinds'")
    guard try statement.step() else { throw SQLiteError(code: 0, message: "no kinds") }
    let starts = statement.text(0).split(separator: ",").compactMap { Int($0) }
    guard starts.count == SearchKind.allCases.count + 1 else {
      throw SQLiteError(code: 0, message: "bad kinds")
    }
    kindStarts = starts
  }

  /// Builds the search database of `items` at `path` (":memory:" for one in memory) and opens it.
  public static func build(
    _ items: [SearchFields], at path: String = ":memory:"
  ) throws
    -> SearchEngine
  {
    let database = try SQLiteDatabase(path: path, create: true)
    try SearchEngine.write(items, into: database, extraMeta: [:])
    return try SearchEngine(database: database)
  }

  /// The number of indexed items.
  public var count: Int { kindStarts.last.map { $0 - 1 } ?? 0 }

  /// The kind of row `id`.
  func kind(ofRow id: Int) -> SearchKind {
    var kind = 0
    while kind + 1 < kindStarts.count - 1, id >= kindStarts[kind + 1] { kind += 1 }
    return SearchKind(rawValue: kind) ?? .paragraph
  }

  /// Writes the schema and every item into an empty database.
  static func write(
    _ items: [SearchFields], into database: SQLiteDatabase, extraMeta: [String: String]
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
      CREATE TABLE words(term TEXT PRIMARY KEY, word TEXT NOT NULL, docs INTEGER NOT NULL)
        WITHOUT ROWID;
      CREATE VIRTUAL TABLE fts USING fts5(name, alias, body, tag, content = '',
        tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
      """)
    let insertItem = try database.statement(
      "INSERT INTO items(id, ref, kind, title, date, body, aliases) VALUES (?, ?, ?, ?, ?, ?, ?)")
    let insertText = try database.statement(
      "INSERT INTO fts(rowid, name, alias, body, tag) VALUES (?, ?, ?, ?, ?)")
    let insertName = try database.statement("INSERT INTO names(key, item) VALUES (?, ?)")
    // Each distinct folded word is numbered once (bytes, no string a word) and mapped to its
    // term's number; the terms' documents are counted with the last item that had them.
    var foldedWords = WordTable()
    var termOfFolded: [Int] = []
    var termNumbers = WordTable()
    var termBytes: [[UInt8]] = []
    var termWords: [String] = []
    var termDocs: [Int] = []
    var lastItem: [Int] = []
    var starts = [Int](repeating: 0, count: SearchKind.allCases.count + 1)
    var lastKind = -1
    var id = 0
    /// Appends the terms of `text` to `out`, space-separated; `count` counts their documents.
    func terms(_ text: String, _ out: inout [UInt8], count: Bool = true) {
      SearchTokenizer.forEachFoldedWord(in: text) { folded in
        let number = foldedWords.number(of: folded)
        if number == termOfFolded.count {
          let word = String(decoding: folded, as: UTF8.self)
          let term = Array(SearchTokenizer.term(ofFolded: word).utf8)
          let t = term.withUnsafeBufferPointer { termNumbers.number(of: $0) }
          if t == termBytes.count {
            termBytes.append(term)
            termWords.append(word)
            termDocs.append(0)
            lastItem.append(0)
          }
          termOfFolded.append(t)
        }
        let t = termOfFolded[number]
        if count, lastItem[t] != id {
          lastItem[t] = id
          termDocs[t] += 1
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
      terms(item.name, &name)
      for text in item.aliases + item.involved { terms(text, &alias) }
      terms(item.body, &body)
      for text in item.tags { terms(text, &tag) }
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
        terms(text, &key, count: false)
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
    let insertWord = try database.statement(
      "INSERT INTO words(term, word, docs) VALUES (?, ?, ?)")
    for t in termBytes.indices {
      insertWord.reset()
      insertWord.bind(1, utf8: termBytes[t])
      insertWord.bind(2, termWords[t])
      insertWord.bind(3, termDocs[t])
      try insertWord.run()
    }
    let insertMeta = try database.statement("INSERT INTO meta(key, value) VALUES (?, ?)")
    var meta = extraMeta
    meta["kinds"] = starts.map(String.init).joined(separator: ",")
    meta["count"] = String(items.count)
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
}

extension ItemRef {
  /// The id part of the reference ("zapad-2017" for `event:zapad-2017`).
  var id: String {
    let text = description
    guard let colon = text.firstIndex(of: ":") else { return text }
    return String(text[text.index(after: colon)...])
  }
}
