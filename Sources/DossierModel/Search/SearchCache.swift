import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The search database kept on disk under `$XDG_CACHE_HOME/dossier/` (`~/.cache/dossier/`), one
/// per corpus folder, so that a search does not load and index the corpus again.
///
/// The database records every corpus file's path, size, modification time (nanoseconds) and
/// content hash (64-bit FNV-1a). It is used only when the folder holds exactly those paths with
/// those sizes, and each file either has the recorded modification time, older than the build by
/// more than two seconds, or has the recorded hash when read again. Size and time alone are
/// cheap (one `stat` a file) but miss an edit within the clock's granularity of the build, so
/// such recent files are always hashed, as git does with racily clean files. A database that
/// does not open, is not ours (application id), has another schema or engine version or another
/// folder, or fails while read, is deleted and built again; it is never trusted.
public enum SearchCache {
  /// Bumped whenever the tokenizer or the ranking changes, so an old database is rebuilt.
  static let engineVersion = "fts5-3"

  /// The cache folder: `$XDG_CACHE_HOME/dossier`, else `~/.cache/dossier`.
  public static func directory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  )
    -> String
  {
    if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return base + "/dossier" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.cache/dossier"
  }

  /// One corpus file as the cache records it.
  struct FileStamp: Equatable {
    var path: String
    var size: Int
    var modified: Int
    var hash: UInt64?
  }

  /// The search engine of the corpus in `folder`: from the cache when it is current, else
  /// built from the corpus that `load` reads and stored. `rebuilt` says which happened.
  public static func engine(
    folder: String, cacheDirectory: String = directory(), load: (CorpusInput) -> Corpus
  ) throws -> (engine: SearchEngine, rebuilt: Bool) {
    let root = URL(fileURLWithPath: folder).standardizedFileURL.path
    let path = cacheDirectory + "/search-" + hex(fnv(Array(root.utf8))) + ".sqlite"
    let stamps = CorpusInput.listEntries(in: root).map {
      FileStamp(path: $0.relative, size: $0.size, modified: $0.modified)
    }
    if let engine = try? openCurrent(path, root: root, stamps: stamps, folder: root) {
      return (engine, false)
    }
    let started = now()
    let input = try CorpusInput.read(directory: root)
    var hashed = stamps
    let hashes = Dictionary(
      input.files.map { ($0.path, fnv($0.bytes)) }, uniquingKeysWith: { first, _ in first })
    for i in hashed.indices { hashed[i].hash = hashes[hashed[i].path] }
    let items = load(input).searchFields()
    let engine = try store(items, at: path, root: root, stamps: hashed, built: started)
    return (engine, true)
  }

  /// The search engine of a corpus held in memory (the bundled one), keyed by a hash of all its
  /// bytes; `load` loads it when the cache is not current.
  public static func engine(
    input: CorpusInput, cacheDirectory: String = directory(), load: () -> Corpus
  ) throws -> (engine: SearchEngine, rebuilt: Bool) {
    var hash = fnvBasis
    for file in input.files {
      hash = fnv(Array(file.path.utf8), hash)
      hash = fnv(file.bytes, hash)
    }
    let key = "memory:" + input.root + ":" + hex(hash)
    let path = cacheDirectory + "/search-" + hex(fnv(Array(input.root.utf8))) + "-bundled.sqlite"
    let stamps = [FileStamp(path: key, size: 0, modified: 0, hash: hash)]
    if let engine = try? openCurrent(path, root: key, stamps: stamps, folder: nil) {
      return (engine, false)
    }
    let engine = try store(load().searchFields(), at: path, root: key, stamps: stamps, built: 0)
    return (engine, true)
  }

  /// Opens the database at `path` if it is ours, current and describes `stamps`; throws otherwise.
  static func openCurrent(
    _ path: String, root: String, stamps: [FileStamp], folder: String?
  )
    throws -> SearchEngine
  {
    guard FileManager.default.fileExists(atPath: path) else {
      throw SQLiteError(code: 0, message: "no cache")
    }
    do {
      let database = try SQLiteDatabase(path: path, readOnly: true)
      try check(database, root: root, stamps: stamps, folder: folder)
      return try SearchEngine(database: database)
    } catch {
      try? FileManager.default.removeItem(atPath: path)
      throw error
    }
  }

  private static func check(
    _ database: SQLiteDatabase, root: String, stamps: [FileStamp], folder: String?
  ) throws {
    func fail(_ why: String) -> SQLiteError { SQLiteError(code: 0, message: why) }
    let header = try database.statement("PRAGMA application_id")
    guard try header.step(), header.int(0) == Int(SearchEngine.applicationID) else {
      throw fail("not a dossier search database")
    }
    let version = try database.statement("PRAGMA user_version")
    guard try version.step(), version.int(0) == SearchEngine.schemaVersion else {
      throw fail("another schema")
    }
    var meta: [String: String] = [:]
    let rows = try database.statement("SELECT key, value FROM meta")
    while try rows.step() { meta[rows.text(0)] = rows.text(1) }
    guard meta["engine"] == engineVersion, meta["root"] == root,
      let built = meta["built"].flatMap(Int.init), let count = meta["count"].flatMap(Int.init)
    else { throw fail("another engine or corpus") }
    // Items are numbered from 1; the last one is found through the table's key (count(*) read
    // every page of the table, most of the time of a search from the command line).
    let items = try database.statement("SELECT max(id) FROM items")
    guard try items.step(), items.int(0) == count else { throw fail("items missing") }
    var recorded: [String: FileStamp] = [:]
    let files = try database.statement("SELECT path, size, modified, hash FROM files")
    while try files.step() {
      recorded[files.text(0)] = FileStamp(
        path: files.text(0), size: files.int(1), modified: files.int(2),
        hash: UInt64(files.text(3), radix: 16))
    }
    guard recorded.count == stamps.count else { throw fail("files added or removed") }
    for stamp in stamps {
      guard let old = recorded[stamp.path], old.size == stamp.size else {
        throw fail("file changed")
      }
      if let hash = stamp.hash {
        guard old.hash == hash else { throw fail("content changed") }
        continue
      }
      let racy = stamp.modified >= built - 2_000_000_000
      if old.modified == stamp.modified && !racy { continue }
      guard let folder,
        case .bytes(let bytes) = CorpusInput.readBytes(
          Array((folder + "/" + stamp.path).utf8), limit: CorpusLoader.maxFileSize),
        fnv(bytes) == old.hash
      else { throw fail("content changed") }
    }
  }

  /// Builds the database into a temporary file beside `path` and renames it into place; in
  /// memory when the cache folder cannot be written.
  private static func store(
    _ items: [SearchFields], at path: String, root: String, stamps: [FileStamp], built: Int
  ) throws -> SearchEngine {
    let folder = (path as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let temporary = path + ".\(getpid()).tmp"
    try? FileManager.default.removeItem(atPath: temporary)
    guard let database = try? SQLiteDatabase(path: temporary, create: true) else {
      return try SearchEngine.build(items)
    }
    let meta = ["engine": engineVersion, "root": root, "built": String(built)]
    try SearchEngine.write(items, into: database, extraMeta: meta)
    try database.execute(
      """
      CREATE TABLE files(path TEXT PRIMARY KEY, size INTEGER, modified INTEGER, hash TEXT)
        WITHOUT ROWID;
      """)
    let insert = try database.statement(
      "INSERT INTO files(path, size, modified, hash) VALUES (?, ?, ?, ?)")
    for stamp in stamps {
      insert.reset()
      insert.bind(1, stamp.path)
      insert.bind(2, stamp.size)
      insert.bind(3, stamp.modified)
      insert.bind(4, stamp.hash.map(hex) ?? "")
      try insert.run()
    }
    if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    return try SearchEngine(database: database)
  }

  static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325

  /// The 64-bit FNV-1a hash of `bytes`, continuing from `hash`.
  static func fnv(_ bytes: [UInt8], _ hash: UInt64 = fnvBasis) -> UInt64 {
    var h = hash
    for byte in bytes {
      h ^= UInt64(byte)
      h &*= 0x100_0000_01b3
    }
    return h
  }

  static func hex(_ value: UInt64) -> String { String(value, radix: 16) }

  /// The time now in nanoseconds since 1970.
  private static func now() -> Int {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Int(spec.tv_sec) * 1_000_000_000 + Int(spec.tv_nsec)
  }
}
