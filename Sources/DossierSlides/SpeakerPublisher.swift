import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The presenting window's side of the speaker link: it listens on the corpus's socket, pushes
/// its state to every speaker view connected on each change (and at once to one that connects),
/// reads the commands they send, and takes the socket down when it leaves.
///
/// Nothing here blocks: the presenter's loop calls ``receiveCommands()`` on each tick (it wakes
/// ten times a second while the link is open) and ``publish(_:)`` after each change.
public final class SpeakerPublisher: @unchecked Sendable {
  public let link: SpeakerLink
  private var listener: Int32 = -1
  /// The socket file this presenter made (device and inode), so that it never removes another's.
  private var identity: (dev: UInt64, ino: UInt64)?
  private var clients: [Client] = []
  private var lastWritten: PresenterSnapshot?
  /// The last state as sent (one JSON line), for views that connect later.
  private var lastLine: [UInt8]?

  /// A speaker view connected: what it sent that is not a whole line yet, and what waits to be
  /// sent to it.
  struct Client {
    var fd: Int32
    var inbox: [UInt8] = []
    var outbox: [UInt8] = []
  }

  /// The most a speaker view may leave unread before it is dropped (it is not reading).
  static let outboxLimit = 4 << 20
  /// The longest command line accepted.
  static let lineLimit = 4096

  /// Listens on the link's socket. A socket left by a presenter that is gone is replaced; one a
  /// running presenter listens on is not (``SpeakerLink/LinkError/busy(_:pid:)``), nor is a file
  /// that is not a socket.
  public init(link: SpeakerLink) throws {
    self.link = link
    try link.prepareFolder()
    let path = link.socketPath
    try Self.clearStale(path)
    let fd = try UnixSocket.make()
    // The socket is made mode 600 (read and write for the user only), whatever the umask.
    let mask = umask(0o177)
    let bound = try UnixSocket.withAddress(path) { bind(fd, $0, $1) }
    let code = errno
    umask(mask)
    guard bound == 0 else {
      close(fd)
      if code == EADDRINUSE { throw SpeakerLink.LinkError.busy(path, pid: nil) }
      throw SpeakerLink.LinkError.failed(path, call: "bind", errno: code)
    }
    chmod(path, 0o600)
    guard listen(fd, 16) == 0 else {
      let code = errno
      close(fd)
      unlink(path)
      throw SpeakerLink.LinkError.failed(path, call: "listen", errno: code)
    }
    listener = fd
    var info = stat()
    if lstat(path, &info) == 0 { identity = (UInt64(info.st_dev), UInt64(info.st_ino)) }
  }

  deinit { withdraw() }

  /// Removes a socket nobody listens on any more; throws when a presenter does, or when the
  /// path holds something else.
  static func clearStale(_ path: String) throws {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    guard (info.st_mode & S_IFMT) == S_IFSOCK else {
      throw SpeakerLink.LinkError.notASocket(path)
    }
    switch try UnixSocket.connect(to: path) {
    case .connected(let fd):
      let pid = UnixSocket.peer(fd)?.pid
      close(fd)
      throw SpeakerLink.LinkError.busy(path, pid: pid)
    case .failed(let code) where code == ECONNREFUSED || code == ENOENT:
      unlink(path)
    case .failed(let code):
      throw SpeakerLink.LinkError.failed(path, call: "connect", errno: code)
    }
  }

  /// How many speaker views are connected.
  public var followers: Int { clients.count }

  /// Sends the state to every speaker view when it differs from the last one sent (the clocks
  /// aside: a view carries them on by itself).
  public func publish(_ snapshot: PresenterSnapshot) {
    guard listener >= 0 else { return }
    var comparable = snapshot
    if let last = lastWritten {
      comparable.written = last.written
      comparable.elapsed = last.elapsed(at: snapshot.written)
      comparable.countdown = last.countdown(at: snapshot.written)
      if comparable == last { return }
    }
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(snapshot) else { return }
    let line = Array(data) + [10]
    lastWritten = snapshot
    lastLine = line
    for i in clients.indices { clients[i].outbox += line }
    flush()
  }

  /// Commands the speaker views sent since the last call, in the order they arrived. New
  /// views are taken in (and sent the state), closed ones dropped.
  public func receiveCommands() -> [PresenterCommand] {
    guard listener >= 0 else { return [] }
    acceptWaiting()
    var commands: [PresenterCommand] = []
    for i in clients.indices {
      var open = true
      reading: while open {
        switch UnixSocket.read(clients[i].fd, into: &clients[i].inbox) {
        case .moved: continue
        case .wouldBlock: break reading
        case .closed: open = false
        }
      }
      for line in UnixSocket.takeLines(&clients[i].inbox) {
        if let command = PresenterCommand(wireName: line) { commands.append(command) }
      }
      if !open || clients[i].inbox.count > Self.lineLimit { drop(i) }
    }
    clients.removeAll { $0.fd < 0 }
    flush()
    return commands
  }

  /// Takes in the views waiting to connect: only this user's.
  private func acceptWaiting() {
    while true {
      let fd = accept(listener, nil, nil)
      if fd < 0 {
        if errno == EINTR { continue }
        return
      }
      UnixSocket.prepare(fd)
      guard let peer = UnixSocket.peer(fd), peer.uid == getuid() else {
        close(fd)
        continue
      }
      clients.append(Client(fd: fd, outbox: lastLine ?? []))
    }
  }

  /// Sends what waits; a view that went away, or that lets too much wait, is dropped.
  private func flush() {
    for i in clients.indices where clients[i].fd >= 0 {
      sending: while !clients[i].outbox.isEmpty {
        switch UnixSocket.write(clients[i].fd, clients[i].outbox[...]) {
        case .moved(let n):
          clients[i].outbox.removeFirst(n)
        case .wouldBlock:
          // The rest goes on a later tick, unless the view has stopped reading.
          if clients[i].outbox.count > Self.outboxLimit { drop(i) }
          break sending
        case .closed:
          drop(i)
          break sending
        }
      }
    }
    clients.removeAll { $0.fd < 0 }
  }

  private func drop(_ i: Int) {
    guard clients[i].fd >= 0 else { return }
    close(clients[i].fd)
    clients[i].fd = -1
    clients[i].outbox = []
  }

  /// Closes the link (when the presenter leaves): the views see the connection close and say
  /// that no presenter runs; the socket file is removed if it is still this presenter's.
  public func withdraw() {
    for i in clients.indices { drop(i) }
    clients = []
    if listener >= 0 {
      close(listener)
      listener = -1
      var info = stat()
      if let identity, lstat(link.socketPath, &info) == 0, UInt64(info.st_dev) == identity.dev,
        UInt64(info.st_ino) == identity.ino
      {
        unlink(link.socketPath)
      }
    }
    lastWritten = nil
    lastLine = nil
  }
}
