import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
#elseif canImport(Musl)
  import Musl
  private let systemRead = Musl.read
#elseif canImport(Darwin)
  import Darwin
  private let systemRead = Darwin.read
#endif

/// The files of a corpus as bytes, whether read from a folder or embedded in the binary.
public struct CorpusInput: Sendable {
  /// One file: its path relative to the corpus folder (`actors/core.yaml`) and its bytes.
  public struct File: Sendable {
    public var path: String
    public var bytes: [UInt8]
    /// The size on disk; larger than `bytes.count` only for a file too large to read.
    public var size: Int
    public init(path: String, bytes: [UInt8], size: Int? = nil) {
      self.path = path
      self.bytes = bytes
      self.size = size ?? bytes.count
    }
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
  public static func read(directory path: String) throws -> CorpusInput {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw ReadError.notAFolder(path) }
    let found = listFiles(in: path)
    // The files are read in parallel, straight into byte arrays.
    let results = ParallelResults<File>(count: found.count)
    DispatchQueue.concurrentPerform(iterations: found.count) { i in
      let (full, relative, size, _) = found[i]
      if size > CorpusLoader.maxFileSize {
        results.set(i, File(path: relative, bytes: [], size: size))
      } else {
        results.set(i, File(path: relative, bytes: readBytes(full) ?? []))
      }
    }
    let display = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    return CorpusInput(root: display, files: results.values)
  }

  /// The regular files below `directory`: full path, path relative to `directory`, size and
  /// modification time (nanoseconds since 1970). Names that begin with a dot are skipped; links
  /// to files are followed, links to folders not.
  static func listFiles(
    in directory: String
  ) -> [(
    full: String, relative: String, size: Int, modified: Int
  )] {
    var found: [(full: String, relative: String, size: Int, modified: Int)] = []
    func modified(_ info: stat) -> Int {
      #if canImport(Darwin)
        let time = info.st_mtimespec
      #else
        let time = info.st_mtim
      #endif
      return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }
    func walk(_ folder: String, _ prefix: String) {
      guard let handle = opendir(folder) else { return }
      defer { closedir(handle) }
      while let entry = readdir(handle) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name.hasPrefix(".") { continue }
        let full = folder + "/" + name
        let relative = prefix.isEmpty ? name : prefix + "/" + name
        var info = stat()
        guard lstat(full, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: walk(full, relative)
        case S_IFLNK:
          if stat(full, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
            found.append((full, relative, Int(info.st_size), modified(info)))
          }
        case S_IFREG: found.append((full, relative, Int(info.st_size), modified(info)))
        default: continue
        }
      }
    }
    walk(
      directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory, ""
    )
    return found
  }

  /// The bytes of a file, or nil if it cannot be read.
  static func readBytes(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    var failed = false
    var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(info.st_size), 0)) { buffer, count in
      count = readFully(fd, into: UnsafeMutableRawBufferPointer(buffer), failed: &failed)
    }
    // Whatever the file gained since it was measured.
    withUnsafeTemporaryAllocation(byteCount: 65536, alignment: 1) { chunk in
      while !failed {
        let n = readFully(fd, into: chunk, failed: &failed)
        if n == 0 { break }
        bytes += UnsafeRawBufferPointer(rebasing: chunk[..<n])
      }
    }
    return failed ? nil : bytes
  }

  /// Reads until `buffer` is full or the file ends; returns the count read.
  private static func readFully(
    _ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, failed: inout Bool
  ) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    var count = 0
    while count < buffer.count {
      let n = systemRead(fd, base + count, buffer.count - count)
      if n < 0, errno == EINTR { continue }
      if n < 0 { failed = true }
      if n <= 0 { break }
      count += n
    }
    return count
  }
}
