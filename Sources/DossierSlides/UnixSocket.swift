import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system calls of the speaker link: stream sockets in the Unix domain, non-blocking, closed
/// on exec, that never raise SIGPIPE.
enum UnixSocket {
  /// What a non-blocking read or write did.
  enum Transfer: Equatable {
    /// So many bytes moved.
    case moved(Int)
    /// Nothing to read, or no room to write, for now.
    case wouldBlock
    /// The other end closed the connection, or it failed.
    case closed
  }

  /// A new socket, non-blocking and closed on exec.
  static func make() throws -> Int32 {
    #if canImport(Glibc)
      let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    #else
      let fd = socket(AF_UNIX, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { throw SpeakerLink.LinkError.failed("", call: "socket", errno: errno) }
    prepare(fd)
    return fd
  }

  /// Non-blocking, closed on exec, no SIGPIPE.
  static func prepare(_ fd: Int32) {
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    #if canImport(Darwin)
      var on: Int32 = 1
      setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
    #endif
  }

  /// Calls `body` with the address of a socket path; throws when the path does not fit.
  static func withAddress<T>(
    _ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T
  ) throws -> T {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    let capacity = MemoryLayout.size(ofValue: address.sun_path)
    guard bytes.count < capacity else { throw SpeakerLink.LinkError.pathTooLong(path) }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      raw.copyBytes(from: bytes)
      raw[bytes.count] = 0
    }
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        body($0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
  }

  /// What connecting found.
  enum Connection: Equatable {
    case connected(Int32)
    /// The errno of the failure (`ENOENT`: no socket; `ECONNREFUSED`: nobody listens on it).
    case failed(Int32)
  }

  /// Connects to the socket at `path`.
  static func connect(to path: String) throws -> Connection {
    let fd = try make()
    let status = try withAddress(path) { address, length in
      connectCall(fd, address, length)
    }
    if status == 0 { return .connected(fd) }
    let code = errno
    if code == EINPROGRESS || code == EAGAIN {
      // A Unix socket whose listener's queue is full: wait a moment for it.
      var entry = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
      if poll(&entry, 1, 500) == 1, socketError(fd) == 0 { return .connected(fd) }
    }
    close(fd)
    return .failed(code)
  }

  static func connectCall(
    _ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t
  ) -> Int32 {
    #if canImport(Glibc)
      Glibc.connect(fd, address, length)
    #else
      Darwin.connect(fd, address, length)
    #endif
  }

  static func socketError(_ fd: Int32) -> Int32 {
    var code: Int32 = 0
    var length = socklen_t(MemoryLayout<Int32>.size)
    getsockopt(fd, SOL_SOCKET, SO_ERROR, &code, &length)
    return code
  }

  /// The user and (where the system says) the process at the other end of a connection.
  static func peer(_ fd: Int32) -> (uid: uid_t, pid: Int32?)? {
    #if canImport(Glibc)
      // `struct ucred` (pid, uid, gid: three 32-bit values), which Glibc's module leaves out.
      var credentials = [Int32](repeating: 0, count: 3)
      var length = socklen_t(3 * MemoryLayout<Int32>.size)
      let status = credentials.withUnsafeMutableBytes {
        getsockopt(fd, SOL_SOCKET, SO_PEERCRED, $0.baseAddress, &length)
      }
      guard status == 0 else { return nil }
      return (uid_t(bitPattern: credentials[1]), credentials[0])
    #else
      var uid: uid_t = 0
      var gid: gid_t = 0
      guard getpeereid(fd, &uid, &gid) == 0 else { return nil }
      return (uid, nil)
    #endif
  }

  /// Waits until `fd` has something to read (or is closed), at most `milliseconds`.
  static func wait(_ fd: Int32, milliseconds: Int32) {
    var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    _ = poll(&entry, 1, milliseconds)
  }

  /// Reads what is there (at most 64 KiB) and appends it to `buffer`.
  static func read(_ fd: Int32, into buffer: inout [UInt8]) -> Transfer {
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      if n > 0 {
        buffer.append(contentsOf: chunk[0..<n])
        return .moved(n)
      }
      if n == 0 { return .closed }
      if errno == EINTR { continue }
      return errno == EAGAIN || errno == EWOULDBLOCK ? .wouldBlock : .closed
    }
  }

  /// Writes as much of `bytes` as the connection takes now.
  static func write(_ fd: Int32, _ bytes: ArraySlice<UInt8>) -> Transfer {
    #if canImport(Glibc)
      let flags = Int32(MSG_NOSIGNAL)
    #else
      let flags: Int32 = 0
    #endif
    while true {
      let n = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, flags) }
      if n >= 0 { return .moved(n) }
      if errno == EINTR { continue }
      return errno == EAGAIN || errno == EWOULDBLOCK ? .wouldBlock : .closed
    }
  }

  /// Takes the complete lines (without their newline) from the front of a buffer.
  static func takeLines(_ buffer: inout [UInt8]) -> [String] {
    guard let last = buffer.lastIndex(of: 10) else { return [] }
    let lines = buffer[...last].split(separator: 10, omittingEmptySubsequences: true).map {
      String(decoding: $0, as: UTF8.self)
    }
    buffer.removeSubrange(...last)
    return lines
  }
}
