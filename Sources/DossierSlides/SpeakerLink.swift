import DossierModel
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the presenting window tells a speaker view in a second terminal: the briefing, the
/// slide, the blank screen, the countdown, the elapsed time, and the notes (which the audience
/// window never shows).
public struct PresenterSnapshot: Codable, Equatable, Sendable {
  public static let currentVersion = 1

  public var version: Int
  /// The corpus presented (``Manifest/id``).
  public var corpus: String
  public var briefing: String
  /// The briefing's items as stored (`event:zapad-2013`).
  public var items: [String]
  /// The slide shown: an item, or `items.count` for the end slide.
  public var index: Int
  public var blank: Bool
  /// Seconds until the next automatic step when written; nil without auto-advance.
  public var countdown: Int?
  /// Whether the countdown was running when written (not paused, not blank, no prompt).
  public var countdownRunning: Bool
  /// Seconds between automatic steps, when auto-advance is on.
  public var interval: Int?
  /// Seconds since the presenter started, when written.
  public var elapsed: Int
  /// When it was written (wall clock), to carry the clocks on between writes.
  public var written: Date
  /// The presenting process, to tell a presenter that was killed from one that runs.
  public var pid: Int32
  /// Whether the presenter is asking before it leaves.
  public var confirmingLeave: Bool
  /// Notes on the briefing's items, by stored item.
  public var notes: [String: String]
  /// Digits typed in the presenter for a jump, if any (so a speaker view's Enter commits them).
  public var typedNumber: String?

  public init(
    corpus: String, briefing: String, items: [String], index: Int, blank: Bool = false,
    countdown: Int? = nil, countdownRunning: Bool = false, interval: Int? = nil, elapsed: Int = 0,
    written: Date = Date(), pid: Int32 = getpid(), confirmingLeave: Bool = false,
    notes: [String: String] = [:], typedNumber: String? = nil
  ) {
    version = Self.currentVersion
    self.corpus = corpus
    self.briefing = briefing
    self.items = items
    self.index = index
    self.blank = blank
    self.countdown = countdown
    self.countdownRunning = countdownRunning
    self.interval = interval
    self.elapsed = elapsed
    self.written = written
    self.pid = pid
    self.confirmingLeave = confirmingLeave
    self.notes = notes
    self.typedNumber = typedNumber
  }

  /// The snapshot of a session at `now` (its clock) and `date` (the wall clock).
  public init(
    session: PresenterSession, corpus: String, briefing: String, items: [String],
    notes: [String: String], now: Double, date: Date = Date()
  ) {
    self.init(
      corpus: corpus, briefing: briefing, items: items, index: session.index,
      blank: session.blank, countdown: session.countdown(at: now),
      countdownRunning: session.countdownRunning, interval: session.autoAdvance?.interval,
      elapsed: session.elapsed(at: now), written: date,
      confirmingLeave: session.mode == .confirmingLeave,
      notes: notes.filter { items.contains($0.key) }, typedNumber: session.typedNumber)
  }

  /// The elapsed time at `date`, carried on from when it was written.
  public func elapsed(at date: Date) -> Int {
    elapsed + max(0, Int(date.timeIntervalSince(written).rounded(.down)))
  }

  /// The countdown at `date`: carried on while it runs, as written while it is stopped.
  public func countdown(at date: Date) -> Int? {
    guard let countdown else { return nil }
    guard countdownRunning else { return countdown }
    return max(0, countdown - max(0, Int(date.timeIntervalSince(written).rounded(.down))))
  }
}

/// Where a presenter and its speaker views meet: one file per corpus under
/// `$XDG_RUNTIME_DIR/dossier/` (or, without it, `$TMPDIR/dossier-UID/`), in a folder only the
/// user can enter.
public struct SpeakerLink: Sendable {
  /// The folder holding the files.
  public let folder: String
  public let corpus: String

  /// The link for a corpus, in the folder the environment names.
  public init(corpus: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.init(corpus: corpus, folder: Self.folder(environment: environment))
  }

  public init(corpus: String, folder: String) {
    self.corpus = corpus
    self.folder = folder
  }

  /// `$XDG_RUNTIME_DIR/dossier` when it is set to an absolute path, else
  /// `$TMPDIR/dossier-UID` (`/tmp` without TMPDIR).
  public static func folder(environment: [String: String]) -> String {
    if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/") {
      return (runtime as NSString).appendingPathComponent("dossier")
    }
    var temporary = environment["TMPDIR"] ?? ""
    if !temporary.hasPrefix("/") { temporary = "/tmp" }
    return (temporary as NSString).appendingPathComponent("dossier-\(getuid())")
  }

  /// A file name for the corpus id that is safe whatever the id holds.
  var key: String {
    let slug = Identifier.slug(corpus)
    return slug.isEmpty ? "corpus" : slug
  }

  /// The presenter's state, written by the presenter.
  public var statePath: String { (folder as NSString).appendingPathComponent("\(key).json") }
  /// Commands from speaker views, written by them and read by the presenter.
  public var commandsPath: String {
    (folder as NSString).appendingPathComponent("\(key).commands.json")
  }

  /// Why the link cannot be used.
  public enum LinkError: Error, Equatable, CustomStringConvertible {
    /// The folder is not a folder of this user's that only they can enter.
    case unsafeFolder(String)
    case cannotWrite(String, errno: Int32)

    public var description: String {
      switch self {
      case .unsafeFolder(let path):
        "\(path) is not a private folder of this user (it must be owned by you, mode 700)"
      case .cannotWrite(let path, let code):
        "cannot write \(path): \(String(cString: strerror(code)))"
      }
    }
  }

  /// Creates the folder (mode 700) if need be, and checks that it is this user's own.
  public func prepareFolder() throws {
    if mkdir(folder, 0o700) != 0, errno != EEXIST {
      throw LinkError.cannotWrite(folder, errno: errno)
    }
    var info = stat()
    guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == getuid(),
      info.st_mode & 0o077 == 0
    else { throw LinkError.unsafeFolder(folder) }
  }

  /// Writes a file whole: a temporary file in the same folder, renamed over the target, so a
  /// reader sees the old contents or the new, never half of either.
  func writeAtomically(_ data: Data, to path: String) throws {
    try prepareFolder()
    let temporary = "\(path).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw LinkError.cannotWrite(temporary, errno: errno) }
    var written = 0
    let ok = data.withUnsafeBytes { buffer -> Bool in
      while written < buffer.count {
        let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        written += n
      }
      return true
    }
    let code = errno
    close(fd)
    guard ok else {
      unlink(temporary)
      throw LinkError.cannotWrite(temporary, errno: code)
    }
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw LinkError.cannotWrite(path, errno: code)
    }
  }

  /// The identity of a file's current contents: a rename gives a new inode, a write a new
  /// modification time or size. nil when there is no file.
  static func stamp(_ path: String) -> FileStamp? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return FileStamp(
      inode: UInt64(info.st_ino), seconds: Int64(time.tv_sec), nanoseconds: Int64(time.tv_nsec),
      size: Int64(info.st_size))
  }

  /// Reads a small file whole (at most 16 MiB).
  static func read(_ path: String) -> Data? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    guard let data = try? handle.read(upToCount: 16 << 20) else { return nil }
    return data
  }

  /// Whether a process with this id runs (or exists under another user).
  static func isRunning(_ pid: Int32) -> Bool {
    guard pid > 0 else { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }
}

struct FileStamp: Equatable, Sendable {
  var inode: UInt64
  var seconds: Int64
  var nanoseconds: Int64
  var size: Int64
}

/// The presenting window's side: publishes its state on every change, reads the commands
/// speaker views send, and takes the state down when it leaves.
public final class SpeakerPublisher: @unchecked Sendable {
  public let link: SpeakerLink
  private var lastWritten: PresenterSnapshot?
  private var commandsStamp: FileStamp?
  /// The highest command number applied; commands at or below it are old.
  private var lastCommand: Int

  public init(link: SpeakerLink) {
    self.link = link
    // Commands already waiting were meant for an earlier presenter.
    lastCommand = SpeakerCommandQueue.read(link.commandsPath)?.last ?? 0
  }

  /// Writes the state when it differs from the last one written (the clocks aside: a follower
  /// carries them on). Errors are thrown for the caller to show once; presenting goes on.
  public func publish(_ snapshot: PresenterSnapshot) throws {
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
    try link.writeAtomically(try encoder.encode(snapshot), to: link.statePath)
    lastWritten = snapshot
  }

  /// Removes the state (when the presenter closes), so followers say none is running.
  public func withdraw() {
    if let last = lastWritten, last.pid == getpid() { unlink(link.statePath) }
    lastWritten = nil
  }

  /// Commands speaker views sent since the last call, in order. Cheap when none came: only the
  /// file's modification time is looked at.
  public func receiveCommands() -> [PresenterCommand] {
    let stamp = SpeakerLink.stamp(link.commandsPath)
    guard stamp != commandsStamp else { return [] }
    commandsStamp = stamp
    guard let queue = SpeakerCommandQueue.read(link.commandsPath) else { return [] }
    let fresh = queue.commands.filter { $0.number > lastCommand }
    lastCommand = max(lastCommand, queue.last)
    return fresh.compactMap { PresenterCommand(wireName: $0.command) }
  }
}

/// Commands from speaker views, numbered, the last few kept (so two quick steps both arrive).
struct SpeakerCommandQueue: Codable, Equatable {
  struct Entry: Codable, Equatable {
    var number: Int
    var command: String
  }
  var commands: [Entry]
  var last: Int { commands.last?.number ?? 0 }

  static let kept = 32

  static func read(_ path: String) -> SpeakerCommandQueue? {
    SpeakerLink.read(path).flatMap { try? JSONDecoder().decode(SpeakerCommandQueue.self, from: $0) }
  }
}

/// A speaker view's side: follows the presenter's state, and sends commands to it.
public final class SpeakerFollower: @unchecked Sendable {
  /// How often to look at the state file: a main loop waits this long for a key between looks.
  public static let pollInterval = 0.2

  public let link: SpeakerLink
  private var stamp: FileStamp?
  public private(set) var snapshot: PresenterSnapshot?

  public init(link: SpeakerLink) {
    self.link = link
  }

  /// What a look at the link found.
  public enum Status: Equatable, Sendable {
    /// The state changed (or was read for the first time).
    case changed(PresenterSnapshot)
    case unchanged
    /// No presenter publishes for this corpus (none started, or it left): the message says so.
    case noPresenter(String)
  }

  /// Looks at the state file: reads it only when its modification time, size or inode changed.
  public func poll() -> Status {
    let current = SpeakerLink.stamp(link.statePath)
    guard let current else {
      stamp = nil
      snapshot = nil
      return .noPresenter(noPresenterMessage)
    }
    if current == stamp, let snapshot {
      return SpeakerLink.isRunning(snapshot.pid) ? .unchanged : .noPresenter(noPresenterMessage)
    }
    stamp = current
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    guard let data = SpeakerLink.read(link.statePath),
      let state = try? decoder.decode(PresenterSnapshot.self, from: data),
      state.version == PresenterSnapshot.currentVersion
    else {
      snapshot = nil
      return .noPresenter(noPresenterMessage)
    }
    guard SpeakerLink.isRunning(state.pid) else {
      snapshot = nil
      return .noPresenter(noPresenterMessage)
    }
    snapshot = state
    return .changed(state)
  }

  /// Polls until the state changes or `timeout` seconds pass, sleeping ``pollInterval`` between
  /// looks (no busy loop). Returns the last status seen.
  public func waitForChange(timeout: Double) -> Status {
    let end = Date().addingTimeInterval(timeout)
    while true {
      let status = poll()
      if case .changed = status { return status }
      if Date() >= end { return status }
      Thread.sleep(forTimeInterval: min(Self.pollInterval, max(0, end.timeIntervalSinceNow)))
    }
  }

  public var noPresenterMessage: String {
    "No presenter is running for the corpus \(link.corpus): start one with b in the explorer"
      + " (it publishes to \(link.statePath))"
  }

  /// Sends a command to the presenter (the next, the previous slide...).
  public func send(_ command: PresenterCommand) throws {
    var queue = SpeakerCommandQueue.read(link.commandsPath) ?? SpeakerCommandQueue(commands: [])
    queue.commands.append(.init(number: queue.last + 1, command: command.wireName))
    queue.commands = Array(queue.commands.suffix(SpeakerCommandQueue.kept))
    try link.writeAtomically(try JSONEncoder().encode(queue), to: link.commandsPath)
  }
}
