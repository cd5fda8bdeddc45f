import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A loaded corpus kept on disk under `$XDG_CACHE_HOME/dossier/`, so that the explorer opens a
/// large corpus folder without parsing it again: reading a snapshot of 100,000 events takes a
/// fraction of a second where parsing takes seconds.
///
/// A snapshot is the whole `Corpus` (records, diagnostics, indexes and the files' bytes) in a
/// compact binary form (``SnapshotCodable``), with the same key as the search cache
/// (``SearchCache``): each file's path, size, modification time and FNV-1a hash, files younger
/// than the snapshot by less than two seconds hashed again. It also records the dossier binary
/// that wrote it (its size and modification time), so a new version of the loader never reads
/// an old snapshot. A corpus with a file that could not be read gets no snapshot (its problem
/// could go away without its stamp changing). Anything unexpected while reading it (another
/// version, a file changed, a value out of range) means a full load and a new snapshot; a
/// snapshot is never trusted.
public enum CorpusSnapshot {
  /// Bumped whenever the snapshot's layout changes.
  static let version = 2
  static let magic = Array("DOSSIER-CORPUS\n".utf8)

  /// Where the snapshot of `folder` is kept.
  static func path(folder root: String, cacheDirectory: String) -> String {
    cacheDirectory + "/corpus-" + SearchCache.hex(SearchCache.fnv(Array(root.utf8))) + ".snapshot"
  }

  /// The corpus in `folder`: from its snapshot when it is current, else loaded (with
  /// `progress`) and its snapshot written, on another thread when `writeInBackground` (the
  /// explorer opens meanwhile): by `later` once it starts, when given (the explorer starts it
  /// once its first list is on screen), else at once. `fromSnapshot` says which happened.
  public static func load(
    folder: String, cacheDirectory: String = SearchCache.directory(),
    progress: LoadProgress? = nil, writeInBackground: Bool = true, later: BackgroundWork? = nil
  ) throws -> (corpus: Corpus, fromSnapshot: Bool) {
    var trace = PhaseTrace(label: "snapshot")
    defer { trace.report() }
    let root = URL(fileURLWithPath: folder).standardizedFileURL.path
    // The folder as given is the corpus's root in its diagnostics (as the loader shows it).
    let display = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
    let path = Self.path(folder: root, cacheDirectory: cacheDirectory)
    let listed = CorpusInput.listEntries(in: root)
    let stamps = listed.map {
      SearchCache.FileStamp(path: $0.relative, size: $0.size, modified: $0.modified)
    }
    trace.mark("list")
    if let corpus = try? read(path, root: root, stamps: stamps, trace: &trace),
      corpus.root == display
    {
      progress?.finished("actor links")
      return (corpus, true)
    }
    try? FileManager.default.removeItem(atPath: path)
    let started = now()
    // The files listed for the stamps are the files read (one listing, not two).
    let input = try CorpusInput.read(directory: folder, listed: listed)
    progress?.finished("read")
    trace.mark("read")
    let corpus = CorpusLoader.load(input, progress: progress)
    trace.mark("load")
    guard input.files.allSatisfy({ $0.problem == nil }) else { return (corpus, false) }
    // The files are hashed with the snapshot's writing, not before the corpus is returned.
    let files = input.files
    let store: @Sendable () -> Void = {
      let hashes = Dictionary(
        files.map { ($0.path, SearchCache.fnv($0.bytes)) }, uniquingKeysWith: { a, _ in a })
      var hashed = stamps
      for i in hashed.indices { hashed[i].hash = hashes[hashed[i].path] }
      try? write(corpus, to: path, root: root, stamps: hashed, built: started)
    }
    if let later, writeInBackground {
      later.add(store)
    } else if writeInBackground {
      DispatchQueue.global(qos: .utility).async { store() }
    } else {
      store()
    }
    return (corpus, false)
  }

  /// Who wrote a snapshot: the layout's version and this binary's size and time.
  static var writer: String {
    var info = stat()
    let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
    guard stat(executable, &info) == 0 else { return "\(version):unknown" }
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return "\(version):\(info.st_size):\(time.tv_sec).\(time.tv_nsec)"
  }

  /// Writes the snapshot into a temporary file beside `path` and renames it into place.
  static func write(
    _ corpus: Corpus, to path: String, root: String, stamps: [SearchCache.FileStamp], built: Int
  ) throws {
    var out = SnapshotWriter()
    out.bytes.append(contentsOf: magic)
    out.put(writer)
    out.put(root)
    out.put(built)
    out.int(stamps.count)
    for stamp in stamps {
      out.put(stamp.path)
      out.put(stamp.size)
      out.put(stamp.modified)
      out.put(Int(Int64(bitPattern: stamp.hash ?? 0)))
    }
    out.put(corpus)
    let sum = out.bytes.withUnsafeBytes {
      checksum(UnsafeRawBufferPointer(rebasing: $0[magic.count...]))
    }
    withUnsafeBytes(of: sum.littleEndian) { out.bytes.append(contentsOf: $0) }
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let temporary = path + ".\(getpid()).tmp"
    try Data(out.bytes).write(to: URL(fileURLWithPath: temporary))
    if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
  }

  /// The corpus in the snapshot at `path` if it describes `stamps` of `root`; throws otherwise.
  static func read(
    _ path: String, root: String, stamps: [SearchCache.FileStamp], trace: inout PhaseTrace
  ) throws -> Corpus {
    let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    return try data.withUnsafeBytes { whole in
      guard whole.count >= magic.count + 8, Array(whole.prefix(magic.count)) == magic else {
        throw SnapshotReader.Corrupt()
      }
      let bytes = UnsafeRawBufferPointer(rebasing: whole[..<(whole.count - 8)])
      var recordedSum: UInt64 = 0
      withUnsafeMutableBytes(of: &recordedSum) {
        $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: whole[(whole.count - 8)...]))
      }
      var r = SnapshotReader(bytes, at: magic.count)
      guard try r.get(String.self) == writer, try r.get(String.self) == root else {
        throw SnapshotReader.Corrupt()
      }
      let built: Int = try r.get()
      let count = try r.count()
      guard count == stamps.count else { throw SnapshotReader.Corrupt() }
      var recorded: [String: SearchCache.FileStamp] = [:]
      for _ in 0..<count {
        let stamp = SearchCache.FileStamp(
          path: try r.get(), size: try r.get(), modified: try r.get(),
          hash: UInt64(bitPattern: Int64(try r.get(Int.self))))
        recorded[stamp.path] = stamp
      }
      for stamp in stamps {
        guard let old = recorded[stamp.path], old.size == stamp.size else {
          throw SnapshotReader.Corrupt()
        }
        let racy = stamp.modified >= built - 2_000_000_000
        if old.modified == stamp.modified && !racy { continue }
        guard
          case .bytes(let content) = CorpusInput.readBytes(
            Array((root + "/" + stamp.path).utf8), limit: CorpusLoader.maxFileSize),
          SearchCache.fnv(content) == old.hash
        else { throw SnapshotReader.Corrupt() }
      }
      trace.mark("stamps")
      guard
        checksum(UnsafeRawBufferPointer(rebasing: bytes[magic.count...]))
          == UInt64(littleEndian: recordedSum)
      else { throw SnapshotReader.Corrupt() }
      trace.mark("checksum")
      let corpus: Corpus = try r.get()
      trace.mark("decode")
      guard r.isAtEnd else { throw SnapshotReader.Corrupt() }
      return corpus
    }
  }

  /// A 64-bit checksum of `bytes`, eight at a time (a multiply-rotate hash: a changed or moved
  /// byte changes it), so that a damaged snapshot is never read.
  static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    let words = bytes.count / 8
    for i in 0..<words {
      let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
      h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
      h = h << 31 | h >> 33
    }
    for i in (words * 8)..<bytes.count {
      h = (h ^ UInt64(bytes[i])) &* 0xC4CE_B9FE_1A85_EC53
    }
    return h ^ h >> 29
  }

  /// The time now in nanoseconds since 1970.
  private static func now() -> Int {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Int(spec.tv_sec) * 1_000_000_000 + Int(spec.tv_nsec)
  }
}
