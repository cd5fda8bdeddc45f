import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A speaker view's side of the speaker link: it connects to the presenter's socket, takes the
/// state the presenter pushes, and sends commands back. Without a presenter it says so, and
/// connects when one starts.
public final class SpeakerFollower: @unchecked Sendable {
  /// How often to try to connect while no presenter runs: a main loop waits this long for a key
  /// between tries.
  public static let pollInterval = 0.2

  public let link: SpeakerLink
  private var fd: Int32 = -1
  private var inbox: [UInt8] = []
  /// The last state the presenter sent; nil while none is connected.
  public private(set) var snapshot: PresenterSnapshot?
  /// Whether a presenter was followed and then went (its socket closed).
  private var lost = false

  public init(link: SpeakerLink) {
    self.link = link
  }

  deinit { disconnect() }

  /// What a look at the link found.
  public enum Status: Equatable, Sendable {
    /// The state changed (or was received for the first time).
    case changed(PresenterSnapshot)
    case unchanged
    /// No presenter runs for this corpus (none started, or it left): the message says so.
    case noPresenter(String)
  }

  /// Whether the view is connected to a presenter.
  public var connected: Bool { fd >= 0 }

  /// Takes what the presenter sent, without waiting; connects first when not connected.
  public func poll() -> Status {
    if fd < 0 {
      connect()
      guard fd >= 0 else { return .noPresenter(noPresenterMessage) }
    }
    var open = true
    reading: while open {
      switch UnixSocket.read(fd, into: &inbox) {
      case .moved: continue
      case .wouldBlock: break reading
      case .closed: open = false
      }
    }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    var latest: PresenterSnapshot?
    for line in UnixSocket.takeLines(&inbox) {
      if let state = try? decoder.decode(PresenterSnapshot.self, from: Data(line.utf8)),
        state.version == PresenterSnapshot.currentVersion
      {
        latest = state
      }
    }
    if !open {
      lost = true
      disconnect()
      return .noPresenter(noPresenterMessage)
    }
    if let latest, latest != snapshot {
      snapshot = latest
      return .changed(latest)
    }
    // Connected: the state comes as soon as the presenter takes the connection in.
    return .unchanged
  }

  /// Waits until the state changes or `timeout` seconds pass: on the socket while connected,
  /// else trying to connect every ``pollInterval`` (no busy loop). Returns the last status seen.
  public func waitForChange(timeout: Double) -> Status {
    let end = Date().addingTimeInterval(timeout)
    while true {
      let status = poll()
      if case .changed = status { return status }
      let left = end.timeIntervalSinceNow
      if left <= 0 { return status }
      if fd >= 0 {
        UnixSocket.wait(fd, milliseconds: Int32(max(1, min(left, 1) * 1000)))
      } else {
        Thread.sleep(forTimeInterval: min(Self.pollInterval, left))
      }
    }
  }

  /// What a speaker view says while no presenter runs.
  public var noPresenterMessage: String {
    (lost ? "The presenter has closed." : "No presenter is running for the corpus \(link.corpus).")
      + " Start one with b in the explorer, or dossier brief, on the same corpus;"
      + " this view follows it as soon as it starts (it listens on \(link.socketPath))."
  }

  /// Sends a command to the presenter (the next, the previous slide...).
  public func send(_ command: PresenterCommand) throws {
    guard fd >= 0 else { throw SpeakerLink.LinkError.notConnected(link.socketPath) }
    let line = Array((command.wireName + "\n").utf8)
    var sent = 0
    var waited = 0
    while sent < line.count {
      switch UnixSocket.write(fd, line[sent...]) {
      case .moved(let n): sent += n
      case .wouldBlock:
        // The presenter has not read for a while: wait a little, then give up on this one.
        waited += 1
        guard waited < 50 else { throw SpeakerLink.LinkError.notConnected(link.socketPath) }
        Thread.sleep(forTimeInterval: 0.01)
      case .closed:
        lost = true
        disconnect()
        throw SpeakerLink.LinkError.notConnected(link.socketPath)
      }
    }
  }

  /// Connects when a presenter listens (and it is this user's).
  private func connect() {
    guard case .connected(let socket)? = try? UnixSocket.connect(to: link.socketPath) else {
      return
    }
    guard let peer = UnixSocket.peer(socket), peer.uid == getuid() else {
      close(socket)
      return
    }
    fd = socket
    inbox = []
  }

  /// Closes the connection.
  public func disconnect() {
    if fd >= 0 { close(fd) }
    fd = -1
    inbox = []
    snapshot = nil
  }
}
