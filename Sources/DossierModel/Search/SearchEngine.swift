import Foundation

/// Full-text search over every item of a corpus, on SQLite's FTS5.
///
/// Each item is one row of an FTS5 table with four columns of search terms (from
/// ``SearchTokenizer``): name, aliases (with the involved actors' names), body and tags, ranked
/// by BM25 with weights 20, 4, 1 and 0, so a name beats a passage and a tag alone never
/// outranks text (it only keeps the item in the results, after every text match). Beside it the
/// database keeps each item's row data (for result rows and snippets), its names (for exact
/// matches), each term's postings and each row's length (to score a query in one pass,
/// ``BM25Scorer``) and the vocabulary by word length (for misspellings). The database is built once
/// (``build(_:at:)``) and then read by any number of queries; ``SearchCache`` keeps it on disk.
public final class SearchEngine: @unchecked Sendable {
  /// The schema version: a database of another version is never read.
  static let schemaVersion = 3
  /// `PRAGMA application_id` of dossier's search databases ("DOSS").
  static let applicationID: Int32 = 0x444F_5353

  let database: SQLiteDatabase
  /// The first row id of each kind (rows are numbered kind by kind), and one past the last.
  let kindStarts: [Int]
  /// The tokens of all rows, for the average row length of BM25.
  let tokenCount: Int
  /// The scorer, made on the first query (it reads every row's length).
  var scorer: BM25Scorer?
  /// The kind of every row by its id (made on the first query).
  var rowKindTable: [SearchKind]?
  /// The vocabulary words of each length in scalars, read on the first misspelling of a length.
  var spelling: [Int: SpellingList] = [:]

  /// How many results all the words must find before the search stops asking for fewer words.
  public static let handful = 5

  init(database: SQLiteDatabase) throws {
    self.database = database
    let statement = try database.statement(
      "SELECT key, value FROM meta WHERE key IN ('kinds', 'tokens')")
    var meta: [String: String] = [:]
    while try statement.step() { meta[statement.text(0)] = statement.text(1) }
    let starts = (meta["kinds"] ?? "").split(separator: ",").compactMap { Int($0) }
    guard starts.count == SearchKind.allCases.count + 1,
      let tokens = meta["tokens"].flatMap(Int.init)
    else {
      throw SQLiteError(code: 0, message: "bad kinds or tokens")
    }
    kindStarts = starts
    tokenCount = tokens
  }

  /// Builds the search database of `items` at `path` (":memory:" for one in memory) and opens it.
  ///
  /// Terms in `topRowsFrom` rows or more get their best rows ranked ahead (tests lower it).
  public static func build(
    _ items: [SearchFields], at path: String = ":memory:"
  ) throws
    -> SearchEngine
  {
    try build(items, at: path, topRowsFrom: topRowsFrom)
  }

  static func build(
    _ items: [SearchFields], at path: String = ":memory:", topRowsFrom: Int
  ) throws -> SearchEngine {
    let database = try SQLiteDatabase(path: path, create: true)
    try SearchEngine.write(items, into: database, extraMeta: [:], topRowsFrom: topRowsFrom)
    return try SearchEngine(database: database)
  }

  /// The number of indexed items.
  public var count: Int { kindStarts.last.map { $0 - 1 } ?? 0 }

  /// The kind of every row, by row id (row 0, unused, is the first kind): made once.
  func rowKinds() -> [SearchKind] {
    if let rowKindTable { return rowKindTable }
    let table = Self.rowKinds(starts: kindStarts, count: count)
    rowKindTable = table
    return table
  }

  /// The kind of each of `count` rows (and row 0) from the first row id of each kind.
  static func rowKinds(starts: [Int], count: Int) -> [SearchKind] {
    var table = [SearchKind](repeating: SearchKind.allCases[0], count: count + 1)
    for (k, kind) in SearchKind.allCases.enumerated() where k + 1 < starts.count {
      let start = max(0, starts[k])
      let end = min(starts[k + 1], table.count)
      if start < end { for row in start..<end { table[row] = kind } }
    }
    return table
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
