import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// File operations for user data at the POSIX level, so that failures carry the path and the
/// system's reason (`Permission denied`, `No space left on device`, `Read-only file system`).
///
/// ``write(_:to:mode:crash:)`` is ``AtomicFile/write(_:to:)`` made durable: a temporary file in the
/// same folder, written in full and flushed (`fsync`), renamed over the target, and then the folder
/// itself flushed so that the rename survives a power cut. A crash at any point leaves either the
/// old file or the new one, plus at worst a stray hidden `.tmp` file.
enum DurableFile {
  /// A failed system call: what was being done, on which path, and `errno`.
  struct Failure: Error, Equatable {
    var operation: String
    var path: String
    var code: Int32
    /// A reason of our own, for failures that are not a system call's (`not a regular file`).
    var detail: String? = nil

    var reason: String { detail ?? String(cString: strerror(code)) }
  }

  /// The largest user data file read: far above any real one, so that a file that never ends
  /// (a link to `/dev/zero`) cannot exhaust memory.
  static let maxReadSize = 64 * 1_048_576

  /// Where a test stops a write to simulate a crash (the process dying there).
  enum CrashPoint: Sendable {
    /// Half the bytes are in the temporary file; nothing flushed, nothing renamed.
    case midWrite
    /// The temporary file is complete and flushed, but not yet renamed.
    case beforeRename
  }

  /// Creates a folder and its missing parents, like `mkdir -p`.
  static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      return
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path { try makeDirectories(parent, mode: mode) }
    if mkdir(path, mode) != 0, errno != EEXIST {
      throw Failure(operation: "create the folder", path: path, code: errno)
    }
  }

  /// The whole contents of a file, or nil when it does not exist. Only a regular file is read
  /// (opened without blocking, so a FIFO cannot hang the start), and at most ``maxReadSize``.
  static func read(_ path: String, limit: Int = maxReadSize) throws -> Data? {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw Failure(operation: "open", path: path, code: errno)
    }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) != 0 { throw Failure(operation: "open", path: path, code: errno) }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw Failure(
        operation: "open", path: path, code: EINVAL,
        detail: "it is not a regular file (a FIFO, a device or a folder); it was left alone")
    }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress!, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw Failure(operation: "read", path: path, code: errno)
      }
      if count == 0 { return data }
      data.append(contentsOf: buffer[0..<count])
      if data.count > limit {
        throw Failure(
          operation: "read", path: path, code: EFBIG,
          detail: "it holds more than \(limit / 1_048_576) MiB; it was left alone")
      }
    }
  }

  /// Replaces the file at `path` with `data` atomically and durably (see the type's notes).
  /// `crash` is for tests only: the write stops there as if the process had been killed.
  static func write(
    _ data: Data, to path: String, mode: mode_t = 0o600, crash: CrashPoint? = nil
  ) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let temporary = folder + "/.\(url.lastPathComponent).\(UUID().uuidString).tmp"

    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    if fd < 0 { throw Failure(operation: "create a file in", path: folder, code: errno) }
    var isOpen = true
    func fail(_ operation: String, _ code: Int32) -> Failure {
      if isOpen { close(fd) }
      isOpen = false
      unlink(temporary)
      return Failure(operation: operation, path: temporary, code: code)
    }

    let length = crash == .midWrite ? data.count / 2 : data.count
    var written = 0
    while written < length {
      let count = data.withUnsafeBytes { bytes in
        systemWrite(fd, bytes.baseAddress! + written, length - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw fail("write", errno)
      }
      written += count
    }
    if crash == .midWrite {
      close(fd)
      return
    }
    if fsync(fd) != 0 { throw fail("flush", errno) }
    isOpen = false
    if close(fd) != 0 { throw fail("close", errno) }
    if crash == .beforeRename { return }
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw Failure(operation: "replace", path: path, code: code)
    }
    // Flush the folder so the rename itself is on disk. Best effort: the new contents are already
    // in place, and some file systems refuse to flush a folder.
    let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folderFD >= 0 {
      _ = fsync(folderFD)
      close(folderFD)
    }
  }
}

// The enum's own `read` and `write` hide the system calls inside it.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, bytes, count)
}

private func systemRead(_ fd: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(fd, bytes, count)
}
