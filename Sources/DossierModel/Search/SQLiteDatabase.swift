import CSQLite
import Foundation

/// A small wrapper over one SQLite connection: statements, bound values, rows.
///
/// The search engine needs only this much of SQLite; every failure becomes a ``SQLiteError``
/// carrying SQLite's code and message, so that a corrupt cache can be told apart and rebuilt.
final class SQLiteDatabase: @unchecked Sendable {
  private(set) var handle: OpaquePointer?
  /// Statements kept prepared, by their SQL text.
  private var cached: [String: SQLiteStatement] = [:]
  private let lock = NSRecursiveLock()

  /// Opens (or creates, when `create`) the database at `path`; ":memory:" for one in memory.
  init(path: String, readOnly: Bool = false, create: Bool = false) throws {
    var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
    if create { flags |= SQLITE_OPEN_CREATE }
    flags |= SQLITE_OPEN_NOMUTEX
    let code = sqlite3_open_v2(path, &handle, flags, nil)
    guard code == SQLITE_OK else {
      let error = SQLiteError(
        code: code, message: handle.map { String(cString: sqlite3_errmsg($0)) })
      sqlite3_close_v2(handle)
      handle = nil
      throw error
    }
  }

  deinit {
    cached.removeAll()
    sqlite3_close_v2(handle)
  }

  /// Runs one or more statements that return no rows.
  func execute(_ sql: String) throws {
    var message: UnsafeMutablePointer<CChar>?
    let code = sqlite3_exec(handle, sql, nil, nil, &message)
    if code != SQLITE_OK {
      let text = message.map { String(cString: $0) }
      sqlite3_free(message)
      throw SQLiteError(code: code, message: text)
    }
  }

  /// A prepared statement for `sql`, reused across calls (reset and unbound first).
  ///
  /// The connection is opened without SQLite's own mutex: once the database is shared between
  /// threads, call this (and use the statement) only inside ``serialized(_:)``.
  func statement(_ sql: String) throws -> SQLiteStatement {
    if let statement = cached[sql] {
      statement.reset()
      return statement
    }
    let statement = try SQLiteStatement(database: self, sql: sql)
    cached[sql] = statement
    return statement
  }

  /// Runs `body` with this connection to itself: queries from several threads take turns.
  func serialized<T>(_ body: () throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }

  /// The last error's code and message.
  var lastError: SQLiteError {
    SQLiteError(code: sqlite3_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
  }
}

/// A failure reported by SQLite (code 0: the database is not one of ours).
struct SQLiteError: Error, CustomStringConvertible {
  var code: Int32
  var message: String?
  var description: String { "SQLite error \(code): \(message ?? "unknown")" }
}

/// One prepared statement: bind values by position (from 1), step through the rows.
final class SQLiteStatement {
  private var handle: OpaquePointer?
  private unowned let database: SQLiteDatabase

  init(database: SQLiteDatabase, sql: String) throws {
    self.database = database
    let flags = UInt32(SQLITE_PREPARE_PERSISTENT)
    guard sqlite3_prepare_v3(database.handle, sql, -1, flags, &handle, nil) == SQLITE_OK else {
      throw database.lastError
    }
  }

  deinit { sqlite3_finalize(handle) }

  /// Clears the bindings and rewinds the statement.
  func reset() {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  func bind(_ index: Int32, _ text: String) {
    sqlite3_bind_text(handle, index, text, -1, dossier_sqlite_transient())
  }

  /// Binds UTF-8 text given as bytes.
  func bind(_ index: Int32, utf8 bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { buffer in
      sqlite3_bind_text(
        handle, index,
        UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!)
          .assumingMemoryBound(to: CChar.self), Int32(buffer.count), dossier_sqlite_transient())
    }
  }

  /// Binds the bytes of an array of fixed-width values as a blob (in this machine's byte order).
  func bind<T: FixedWidthInteger>(_ index: Int32, blob values: [T]) {
    values.withUnsafeBytes { buffer in
      sqlite3_bind_blob(
        handle, index, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!,
        Int32(buffer.count), dossier_sqlite_transient())
    }
  }

  func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(handle, index, Int64(value)) }
  func bindNull(_ index: Int32) { sqlite3_bind_null(handle, index) }

  /// Advances to the next row: true while there is one, false at the end.
  func step() throws -> Bool {
    switch sqlite3_step(handle) {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw database.lastError
    }
  }

  /// Runs a statement that returns no rows.
  func run() throws {
    while try step() {}
    sqlite3_reset(handle)
  }

  func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
  func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }
  func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

  /// A blob column read as an array of fixed-width values (written by ``bind(_:blob:)``).
  func blob<T: FixedWidthInteger>(_ column: Int32, as type: T.Type) -> [T] {
    let count = Int(sqlite3_column_bytes(handle, column)) / MemoryLayout<T>.size
    guard count > 0, let bytes = sqlite3_column_blob(handle, column) else { return [] }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      memcpy(buffer.baseAddress!, bytes, count * MemoryLayout<T>.size)
      initialized = count
    }
  }

  /// A blob column's bytes, passed to `body` without a copy (valid only during the call).
  func withBlob<R>(_ column: Int32, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    let count = Int(sqlite3_column_bytes(handle, column))
    return try body(
      UnsafeRawBufferPointer(start: sqlite3_column_blob(handle, column), count: count))
  }

  func text(_ column: Int32) -> String {
    guard let bytes = sqlite3_column_text(handle, column) else { return "" }
    let count = Int(sqlite3_column_bytes(handle, column))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }
}
