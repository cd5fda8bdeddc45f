import Foundation

/// The files of a corpus as bytes, whether read from a folder or embedded in the binary.
public struct CorpusInput: Sendable {
  /// One file: its path relative to the corpus folder (`actors/core.yaml`) and its bytes.
  public struct File: Sendable {
    public var path: String
    public var bytes: [UInt8]
    /// The size on disk; larger than `bytes.count` only for a file too large to read.
    public var size: Int
    /// Why the file could not be read, when it could not; it then has no bytes.
    public var problem: Problem?
    public init(path: String, bytes: [UInt8], size: Int? = nil, problem: Problem? = nil) {
      self.path = path
      self.bytes = bytes
      self.size = size ?? bytes.count
      self.problem = problem
    }
  }

  /// Why an entry of the corpus folder gave no text.
  public enum Problem: Sendable, Equatable {
    /// Opening or reading failed; the system's reason (`Permission denied`).
    case unreadable(String)
    /// A folder that cannot be listed; the system's reason.
    case unreadableFolder(String)
    /// A FIFO, device or socket (`a FIFO (named pipe)`), directly or behind a link.
    case special(String)
    /// A symbolic link whose target does not exist or that loops; the system's reason.
    case brokenLink(String)
    /// The name is not valid UTF-8; the file was read and is shown with U+FFFD in the name.
    case nameNotUTF8
  }

  /// The folder as shown in diagnostics (`data`).
  public var root: String
  public var files: [File]

  public init(root: String, files: [File]) {
    self.root = root
    self.files = files.sorted { $0.path < $1.path }
  }

  /// Problems reading a corpus folder.
  public enum ReadError: Error, CustomStringConvertible {
    case notAFolder(String)
    public var description: String {
      switch self {
      case .notAFolder(let path): "'\(path)' is not a folder"
      }
    }
  }

  /// Reads every regular file below `path`, skipping names that begin with a dot.
  /// Files over the size limit are not read; they load as an empty file with a diagnostic.
  /// Entries that cannot be read (special files, broken links, unreadable files and folders)
  /// become files with a ``File/problem`` and no bytes.
  public static func read(directory path: String) throws -> CorpusInput {
    try read(directory: path, listed: nil)
  }

  /// Reads the files below `path` as ``read(directory:)`` does; `listed`, when given, is the
  /// folder's listing already made (``listEntries(in:)``), read instead of listing it again.
  static func read(directory path: String, listed: [Entry]?) throws -> CorpusInput {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw ReadError.notAFolder(path) }
    let found = listed ?? listEntries(in: path)
    // The files are read in parallel, straight into byte arrays.
    let results = ParallelResults<File>(count: found.count)
    DispatchQueue.concurrentPerform(iterations: found.count) { i in
      results.set(i, readEntry(found[i]))
    }
    let display = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    return CorpusInput(root: display, files: results.values)
  }
}
