import Foundation

/// Where the user data of one corpus is kept: `$XDG_DATA_HOME/dossier/<corpus-id>.json`, by
/// default `~/.local/share/dossier/<corpus-id>.json`.
///
/// Saving is atomic and durable (see ``DurableFile``): a crash or a full disk leaves the previous
/// file intact. When saving fails the caller still has the data in memory and can say why.
public final class UserDataStore: Sendable {
  /// The corpus the data belongs to.
  public let corpusID: String
  /// The folder of the data file.
  public let folder: String
  /// The data file.
  public let path: String
  /// What the file held when this store last loaded or saved it, to notice another writer.
  private let lastKnown = LastKnown()

  /// A store for one corpus. `folder` replaces the default folder (for tests); `environment`
  /// supplies `XDG_DATA_HOME` and `HOME`.
  public init(
    corpusID: String, folder: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    self.corpusID = corpusID
    let folder = folder ?? Self.defaultFolder(environment: environment)
    self.folder = folder
    self.path = (folder as NSString).appendingPathComponent(Self.fileName(for: corpusID))
  }

  /// `$XDG_DATA_HOME/dossier` when that is an absolute path (the XDG rule), otherwise
  /// `$HOME/.local/share/dossier`.
  public static func defaultFolder(environment: [String: String]) -> String {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return (data as NSString).appendingPathComponent("dossier")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return (home as NSString).appendingPathComponent(".local/share/dossier")
  }

  /// The file name for a corpus id: letters, digits, `-`, `_` and `.` are kept, anything else
  /// (slashes, spaces, control characters) becomes `_`; a leading dot becomes `_` so the file is
  /// neither hidden nor `..`; the name is at most 100 characters.
  public static func fileName(for corpusID: String) -> String {
    var name = String(
      corpusID.unicodeScalars.prefix(100).map { scalar -> Character in
        let allowed =
          ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
          || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == "."
        return allowed ? Character(scalar) : "_"
      })
    if name.isEmpty { name = "corpus" }
    if name.hasPrefix(".") { name = "_" + name.dropFirst() }
    return name + ".json"
  }

  /// Why loading or saving failed; every message names the file and the reason.
  public enum Error: Swift.Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The file exists but could not be read; it is left where it is.
    case unreadable(path: String, reason: String)
    /// The file is not valid user data. It was moved to `keptAt` (nil if even that failed), so
    /// nothing is lost and the next load starts empty.
    case corrupt(path: String, keptAt: String?, reason: String)
    /// The file could not be written; the previous file, if any, is unchanged.
    case unwritable(path: String, reason: String)
    /// The file was saved by a newer dossier (format `version`); it is never overwritten, so
    /// this session cannot save marks and notes.
    case newerVersion(path: String, version: Int)

    public var description: String {
      switch self {
      case .unreadable(let path, let reason):
        "Cannot read your marks and notes from \(path): \(reason)."
      case .corrupt(let path, let keptAt?, let reason):
        "Your marks and notes in \(path) could not be read (\(reason)); the file was kept as "
          + "\(keptAt) and dossier starts with empty marks and notes."
      case .corrupt(let path, nil, let reason):
        "Your marks and notes in \(path) could not be read (\(reason)), and the file could not be "
          + "moved aside; dossier starts with empty marks and notes."
      case .unwritable(let path, let reason):
        "Cannot save your marks and notes to \(path): \(reason); the file on disk is unchanged."
      case .newerVersion(let path, let version):
        "Your marks and notes in \(path) were saved by a newer dossier (format \(version); this "
          + "one knows format \(UserData.currentVersion)); they are read-only here and nothing "
          + "will be saved, so that nothing in the file is lost."
      }
    }

    public var errorDescription: String? { description }
  }

  /// The saved data: empty data (one "default" briefing) when there is no file yet.
  ///
  /// A file that is not valid user data is renamed to `<name>.corrupt-<timestamp>.json` beside it
  /// and ``Error/corrupt(path:keptAt:reason:)`` is thrown; the caller then starts from
  /// `UserData()`, and the next load finds no file.
  public func load() throws -> UserData {
    removeStaleTemporaryFiles()
    let contents: Data
    do {
      guard let data = try DurableFile.read(path) else {
        lastKnown.set(.absent)
        return UserData()
      }
      contents = data
    } catch let failure as DurableFile.Failure {
      throw Error.unreadable(path: path, reason: failure.reason)
    }
    if let version = Self.version(of: contents), version > UserData.currentVersion {
      throw Error.newerVersion(path: path, version: version)
    }
    do {
      let data = try Self.decoder().decode(UserData.self, from: contents)
      lastKnown.set(.contents(contents))
      return data
    } catch {
      throw Error.corrupt(path: path, keptAt: keepAside(), reason: Self.describe(error))
    }
  }

  /// What a save did: the data now on disk (this window's, or merged with another window's
  /// changes) and a message for the user when there was something to tell.
  public struct SaveOutcome: Sendable {
    public var data: UserData
    public var message: String?
  }

  /// Saves the data atomically, creating the folder when needed.
  ///
  /// When another process (a second window) changed the file since this store last loaded or
  /// saved it, its changes are merged in (see ``UserData/merged(with:base:)``) and the outcome
  /// says so; the caller should take ``SaveOutcome/data`` as its new data.
  @discardableResult
  public func save(_ data: UserData) throws -> SaveOutcome {
    try save(data, crash: nil)
  }

  /// ``save(_:)`` with a simulated crash, for tests.
  @discardableResult
  func save(_ data: UserData, crash: DurableFile.CrashPoint?) throws -> SaveOutcome {
    let disk = try? DurableFile.read(path)
    // A file from a newer dossier is never replaced: it may hold what this one does not know.
    if let disk, let version = Self.version(of: disk), version > UserData.currentVersion {
      throw Error.newerVersion(path: path, version: version)
    }
    var outcome = SaveOutcome(data: data, message: nil)
    if let disk, let base = lastKnown.base(changedTo: disk),
      let other = try? Self.decoder().decode(UserData.self, from: disk)
    {
      let merge = data.merged(with: other, base: base)
      outcome.data = merge.data
      outcome.message =
        "Another dossier window changed your marks and notes; its changes were merged with yours"
        + (merge.conflictingNotes.isEmpty
          ? ""
          : " (notes edited in both, both texts kept: "
            + merge.conflictingNotes.joined(separator: ", ") + ")")
    }
    let bytes: Data
    do {
      bytes = try Self.encoder().encode(outcome.data) + Data("\n".utf8)
    } catch {
      throw Error.unwritable(path: path, reason: Self.describe(error))
    }
    do {
      try DurableFile.makeDirectories(folder)
      try DurableFile.write(bytes, to: path, crash: crash)
    } catch let failure as DurableFile.Failure {
      let reason =
        failure.path == path
        ? failure.reason : "cannot \(failure.operation) \(failure.path): \(failure.reason)"
      throw Error.unwritable(path: path, reason: reason)
    }
    if crash == nil { lastKnown.set(.contents(bytes)) }
    return outcome
  }

  /// The format version a file declares, if it is a JSON object with an integer `version`.
  static func version(of contents: Data) -> Int? {
    guard
      let object = try? JSONSerialization.jsonObject(with: contents) as? [String: Any],
      let version = object["version"] as? Int
    else { return nil }
    return version
  }

  /// How old a temporary file must be before a load removes it: a save takes milliseconds, so
  /// an older one was left by a save that was interrupted (a crash, a power cut).
  static let staleTemporaryAge: TimeInterval = 300

  /// Removes the hidden `.<name>.<uuid>.tmp` files that interrupted saves left beside the file.
  func removeStaleTemporaryFiles(now: Date = Date()) {
    let name = (path as NSString).lastPathComponent
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for entry in entries where entry.hasPrefix("." + name + ".") && entry.hasSuffix(".tmp") {
      let full = (folder as NSString).appendingPathComponent(entry)
      var info = stat()
      guard lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
      let modified = Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec))
      if now.timeIntervalSince(modified) > Self.staleTemporaryAge { unlink(full) }
    }
  }

  /// Pretty-printed with sorted keys, so that the file diffs well; dates in ISO 8601.
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }

  static func decoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }

  /// Renames the corrupt file to `<name>.corrupt-<UTC timestamp>.json` (with `-2`, `-3`… when that
  /// exists); returns the new path, or nil when it could not be renamed.
  private func keepAside() -> String? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    let stem =
      (path as NSString).deletingPathExtension + ".corrupt-" + formatter.string(from: Date())
    var candidate = stem + ".json"
    var suffix = 2
    while FileManager.default.fileExists(atPath: candidate) {
      candidate = "\(stem)-\(suffix).json"
      suffix += 1
    }
    return rename(path, candidate) == 0 ? candidate : nil
  }

  /// A short reason for a decoding or encoding error.
  private static func describe(_ error: any Swift.Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let context):
      return context.underlyingError.map { "not valid JSON: \($0.localizedDescription)" }
        ?? context.debugDescription
    case DecodingError.keyNotFound(let key, let context):
      return "missing “\(key.stringValue)” at \(Self.codingPath(context.codingPath))"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      return "\(context.debugDescription) at \(Self.codingPath(context.codingPath))"
    default:
      return "\(error)"
    }
  }

  private static func codingPath(_ path: [any CodingKey]) -> String {
    path.isEmpty
      ? "the top level"
      : path.map { $0.intValue.map(String.init) ?? $0.stringValue }
        .joined(separator: ".")
  }
}

/// What a store last saw of its file, shared by the threads that use the store.
private final class LastKnown: @unchecked Sendable {
  enum State {
    /// Never loaded nor saved: a save writes without merging.
    case unknown
    /// Loaded when there was no file.
    case absent
    case contents(Data)
  }
  private let lock = NSLock()
  private var state = State.unknown

  func set(_ new: State) { lock.withLock { state = new } }

  /// The data to merge from when the file now holds `disk` and another process wrote it since
  /// (empty data when the file did not exist then); nil when nothing changed.
  func base(changedTo disk: Data) -> UserData? {
    lock.withLock {
      switch state {
      case .unknown: nil
      case .absent: UserData()
      case .contents(let known) where known == disk: nil
      case .contents(let known):
        (try? UserDataStore.decoder().decode(UserData.self, from: known)) ?? UserData()
      }
    }
  }
}
