/// What a runtime needs of a terminal (ratatui's `Backend`): its size, the next input event, a
/// frame to show, and handing the screen to another program. The ncurses backend and the
/// in-memory ``TestBackend`` implement it.
public protocol TerminalBackend: AnyObject {
  var size: Size { get }
  /// The next event; `.tick` when `timeout` milliseconds pass without one; nil when input is
  /// closed or a termination signal arrived.
  func readEvent(timeout milliseconds: Int?) -> InputEvent?
  /// Shows a frame (a backend writes only the cells that changed, see ``Buffer/diff(from:)``).
  func draw(_ buffer: Buffer)
  /// Runs a program on the terminal until it exits; its exit status, or nil when it could not
  /// be started.
  func runExternal(_ arguments: [String]) -> Int32?
  /// Gives the terminal back.
  func stop()
}

/// A terminal in memory, for tests: it replays events, keeps every frame drawn, and records the
/// programs it was asked to run.
public final class TestBackend: TerminalBackend {
  public var size: Size
  /// The events still to read, in order; reading past them ends the run (nil).
  public var events: [InputEvent]
  public private(set) var frames: [Buffer] = []
  public private(set) var programs: [[String]] = []
  /// The timeout of every read, in order (nil: wait for input), so a test sees how often a
  /// runtime redraws while it waits.
  public private(set) var timeouts: [Int?] = []
  /// The exit status programs report.
  public var programStatus: Int32? = 0
  public private(set) var stopped = false

  public init(size: Size, events: [InputEvent]) {
    self.size = size
    self.events = events
  }

  public func readEvent(timeout milliseconds: Int?) -> InputEvent? {
    timeouts.append(milliseconds)
    return events.isEmpty ? nil : events.removeFirst()
  }

  public func draw(_ buffer: Buffer) { frames.append(buffer) }

  public func runExternal(_ arguments: [String]) -> Int32? {
    programs.append(arguments)
    return programStatus
  }

  public func stop() { stopped = true }

  /// The text of the last frame drawn.
  public var screen: String { frames.last?.text ?? "" }
}
