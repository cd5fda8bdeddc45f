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

extension CorpusInput {
  /// One entry found below the corpus folder: its full path as bytes (names need not be UTF-8),
  /// its path relative to the folder for display, and what listing it found.
  struct Entry: Sendable {
    var full: [UInt8]
    var relative: String
    var size: Int
    /// Modification time in nanoseconds since 1970 (0 when unknown), for cache keys.
    var modified: Int = 0
    /// Set when the entry cannot be read at all (found while listing).
    var problem: Problem?
    /// The name is not valid UTF-8 (it is still read).
    var badName = false
  }

  /// Every entry below `directory`: regular files, and the entries that cannot be read with
  /// their reason. Names that begin with a dot are skipped; links to files are followed, links
  /// to folders not (so that a corpus cannot loop).
  static func listEntries(in directory: String) -> [Entry] {
    var found: [Entry] = []
    func modified(_ info: stat) -> Int {
      #if canImport(Darwin)
        let time = info.st_mtimespec
      #else
        let time = info.st_mtim
      #endif
      return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }
    func walk(_ folder: [UInt8], _ prefix: String) {
      guard let handle = withCString(folder, { opendir($0) }) else {
        let reason = String(cString: strerror(errno))
        if !prefix.isEmpty {
          found.append(
            Entry(full: folder, relative: prefix, size: 0, problem: .unreadableFolder(reason)))
        }
        return
      }
      defer { closedir(handle) }
      while let entry = readdir(handle) {
        let nameBytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          Array(raw.prefix { $0 != 0 })
        }
        if nameBytes.first == UInt8(ascii: ".") { continue }
        let name = String(decoding: nameBytes, as: UTF8.self)
        let badName = String(validating: nameBytes, as: UTF8.self) == nil
        let full = folder + [UInt8(ascii: "/")] + nameBytes
        let relative = prefix.isEmpty ? name : prefix + "/" + name
        var info = stat()
        guard withCString(full, { lstat($0, &info) }) == 0 else {
          let reason = String(cString: strerror(errno))
          found.append(Entry(full: full, relative: relative, size: 0, problem: .unreadable(reason)))
          continue
        }
        defer {
          if let last = found.last, last.full == full {
            found[found.count - 1].modified = modified(info)
          }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: walk(full, relative)
        case S_IFLNK:
          guard withCString(full, { stat($0, &info) }) == 0 else {
            let reason = String(cString: strerror(errno))
            found.append(
              Entry(full: full, relative: relative, size: 0, problem: .brokenLink(reason)))
            continue
          }
          switch info.st_mode & S_IFMT {
          case S_IFREG:
            found.append(
              Entry(full: full, relative: relative, size: Int(info.st_size), badName: badName))
          case S_IFDIR: continue
          default:
            found.append(
              Entry(full: full, relative: relative, size: 0, problem: .special(kind(info.st_mode))))
          }
        case S_IFREG:
          found.append(
            Entry(full: full, relative: relative, size: Int(info.st_size), badName: badName))
        default:
          found.append(
            Entry(full: full, relative: relative, size: 0, problem: .special(kind(info.st_mode))))
        }
      }
    }
    let trimmed =
      directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
    walk(Array(trimmed.utf8), "")
    return found
  }

  /// What kind of special file a mode describes, as a phrase (`a FIFO (named pipe)`).
  static func kind(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFIFO: "a FIFO (named pipe)"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    case S_IFDIR: "a folder"
    default: "not a regular file"
    }
  }

  /// Reads one listed entry into a file: its bytes, or its problem.
  static func readEntry(_ entry: Entry) -> File {
    if let problem = entry.problem {
      return File(path: entry.relative, bytes: [], size: 0, problem: problem)
    }
    if entry.size > CorpusLoader.maxFileSize {
      return File(path: entry.relative, bytes: [], size: entry.size)
    }
    var file: File
    switch readBytes(entry.full, limit: CorpusLoader.maxFileSize) {
    case .bytes(let bytes): file = File(path: entry.relative, bytes: bytes)
    case .tooLarge:
      // Its true size is unknown: limit + 1 tells intake that the file outgrew its `stat` size.
      file = File(path: entry.relative, bytes: [], size: CorpusLoader.maxFileSize + 1)
    case .failed(let problem):
      file = File(path: entry.relative, bytes: [], size: 0, problem: problem)
    }
    if entry.badName, file.problem == nil { file.problem = .nameNotUTF8 }
    return file
  }

  /// The outcome of reading one file.
  enum ReadOutcome {
    case bytes([UInt8])
    /// More than the limit.
    case tooLarge
    case failed(Problem)
  }

  /// Reads a file without blocking and without reading more than `limit` + 8 bytes: opened with
  /// `O_NONBLOCK`, checked to be a regular file after opening, read in bounded chunks. A file
  /// whose `stat` size lies (`/proc/self/pagemap`) stops at the limit; a read that would block
  /// (`/proc/kmsg`) or fails (`EIO`) is a failure with the system's reason.
  static func readBytes(_ path: [UInt8], limit: Int) -> ReadOutcome {
    let fd = withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
    guard fd >= 0 else { return .failed(.unreadable(String(cString: strerror(errno)))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      return .failed(.unreadable(String(cString: strerror(errno))))
    }
    guard info.st_mode & S_IFMT == S_IFREG else { return .failed(.special(kind(info.st_mode))) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(max(Int(info.st_size), 0), limit) + 1)
    var failure: Int32?
    withUnsafeTemporaryAllocation(byteCount: 65536, alignment: 1) { chunk in
      guard let base = chunk.baseAddress else { return }
      while bytes.count <= limit {
        // Whole chunks up to the limit, then one small probe: some files (`pagemap`) only
        // accept reads of a multiple of 8 bytes, so the probe is 8 bytes rather than 1.
        let wanted = bytes.count < limit ? min(chunk.count, limit - bytes.count) : 8
        let n = systemRead(fd, base, wanted)
        if n < 0, errno == EINTR { continue }
        if n < 0 {
          failure = errno
          return
        }
        if n == 0 { return }
        bytes += UnsafeRawBufferPointer(rebasing: chunk[..<n])
      }
    }
    if let failure {
      let reason =
        failure == EAGAIN || failure == EWOULDBLOCK
        ? "the read would block" : String(cString: strerror(failure))
      return .failed(.unreadable(reason))
    }
    return bytes.count > limit ? .tooLarge : .bytes(bytes)
  }

  /// Calls `body` with `bytes` as a NUL-terminated C string.
  private static func withCString<R>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
    (bytes + [0]).withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
    }
  }
}
