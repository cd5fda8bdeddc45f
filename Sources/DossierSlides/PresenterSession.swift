/// What the presenter can be asked to do, whatever key or window asked it.
public enum PresenterCommand: Hashable, Sendable, Codable {
  case next, previous, first, last
  /// Go to item `n` (1-based); a number past the last item goes to the end slide.
  case jump(to: Int)
  /// Go to the first item dated in or after `year`.
  case jumpToYear(Int)
  /// A digit typed for a jump ("7", "1", Enter goes to item 17).
  case digit(Int)
  /// `g`: the digits that follow name a year, not an item.
  case startYearEntry
  case commitNumber, deleteDigit, cancelNumber
  /// `b` or `.`: the audience screen goes blank (and back).
  case toggleBlank
  /// `a`: auto-advance on (every ``PresenterSession/defaultInterval`` seconds) or off.
  case toggleAutoAdvance
  /// `p`: the countdown stops where it is, or goes on.
  case togglePause
  /// `+` and `-`: five seconds more or less between steps.
  case slower, faster
  /// `r`: the elapsed time starts again from zero.
  case resetTimer
  /// `q` or `Esc`: ask before leaving.
  case requestLeave
  case confirmLeave, cancelLeave

  /// The command's name in the speaker link ("next", "jump:3").
  public var wireName: String {
    switch self {
    case .next: "next"
    case .previous: "previous"
    case .first: "first"
    case .last: "last"
    case .jump(let n): "jump:\(n)"
    case .jumpToYear(let y): "year:\(y)"
    case .digit(let d): "digit:\(d)"
    case .startYearEntry: "year-entry"
    case .commitNumber: "commit"
    case .deleteDigit: "delete-digit"
    case .cancelNumber: "cancel-number"
    case .toggleBlank: "blank"
    case .toggleAutoAdvance: "auto"
    case .togglePause: "pause"
    case .slower: "slower"
    case .faster: "faster"
    case .resetTimer: "reset-timer"
    case .requestLeave: "leave"
    case .confirmLeave: "confirm-leave"
    case .cancelLeave: "cancel-leave"
    }
  }

  /// Parses ``wireName``.
  public init?(wireName: String) {
    let parts = wireName.split(separator: ":", maxSplits: 1).map(String.init)
    let number = parts.count == 2 ? Int(parts[1]) : nil
    switch (parts.first ?? "", number) {
    case ("next", nil): self = .next
    case ("previous", nil): self = .previous
    case ("first", nil): self = .first
    case ("last", nil): self = .last
    case ("jump", let n?): self = .jump(to: n)
    case ("year", let y?): self = .jumpToYear(y)
    case ("digit", let d?) where (0...9).contains(d): self = .digit(d)
    case ("year-entry", nil): self = .startYearEntry
    case ("commit", nil): self = .commitNumber
    case ("delete-digit", nil): self = .deleteDigit
    case ("cancel-number", nil): self = .cancelNumber
    case ("blank", nil): self = .toggleBlank
    case ("auto", nil): self = .toggleAutoAdvance
    case ("pause", nil): self = .togglePause
    case ("slower", nil): self = .slower
    case ("faster", nil): self = .faster
    case ("reset-timer", nil): self = .resetTimer
    case ("leave", nil): self = .requestLeave
    case ("confirm-leave", nil): self = .confirmLeave
    case ("cancel-leave", nil): self = .cancelLeave
    default: return nil
    }
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let command = PresenterCommand(wireName: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "unknown command \(text)"))
    }
    self = command
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(wireName)
  }
}

/// A key as the presenter sees it; the explorer maps its own key type onto this one.
public enum PresenterKey: Hashable, Sendable {
  case character(Character)
  case left, right, up, down, pageUp, pageDown, home, end, enter, escape, backspace, tab
}

/// The presenter as a state machine: which slide is shown (item `0..<count`, then the end
/// slide at `count`), whether the screen is blank, the digits typed for a jump, auto-advance
/// with its countdown, the elapsed time, and whether the presenter is asking before it leaves.
///
/// Time is passed in (`now`, seconds on any clock that does not jump, such as
/// `ProcessInfo.systemUptime`), so the machine is pure and its tests need no waiting.
public struct PresenterSession: Equatable, Sendable {
  public enum Mode: Equatable, Sendable {
    case showing
    /// `q` or `Esc` was pressed: either again (or `y`, Enter) leaves, anything else stays.
    case confirmingLeave
    /// The presenter is done; the explorer closes it at ``index``.
    case left
  }

  /// Auto-advance: the interval, and the countdown (running or stopped).
  public struct AutoAdvance: Equatable, Sendable {
    public var interval: Int
    /// Stopped by the user (`p`).
    public var paused: Bool
    /// When the next step happens, while the countdown runs.
    var deadline: Double?
    /// Seconds left, while the countdown is stopped (paused, blank screen, leave prompt).
    var remaining: Double
  }

  /// Seconds between steps when auto-advance is turned on.
  public static let defaultInterval = 10
  public static let minimumInterval = 5

  /// Items in the briefing (the end slide is one more).
  public let count: Int
  /// The start year of each item, for a jump by year (nil where an item has no date).
  public let years: [Int?]
  /// The slide shown: an item, or ``count`` for the end slide.
  public private(set) var index: Int
  public private(set) var blank = false
  public private(set) var mode = Mode.showing
  /// Digits typed so far for a jump, and whether they name a year (`g`).
  public private(set) var typedNumber: String?
  public private(set) var typingYear = false
  public private(set) var autoAdvance: AutoAdvance?
  /// The interval auto-advance had when it was last on (kept when it is turned off).
  public private(set) var interval = PresenterSession.defaultInterval
  /// When the elapsed time started.
  public private(set) var startedAt: Double

  /// A session on `count` items starting at item `start` (clamped), at time `now`. `interval`
  /// is what auto-advance starts with (the `presenter.auto-advance` setting); `autoAdvance`
  /// true turns it on at once.
  public init(
    count: Int, start: Int = 0, years: [Int?] = [], interval: Int = defaultInterval,
    autoAdvance: Bool = false, now: Double
  ) {
    self.count = max(0, count)
    self.years = years
    index = min(max(0, start), self.count)
    startedAt = now
    self.interval = max(Self.minimumInterval, interval)
    if autoAdvance { apply(.toggleAutoAdvance, at: now) }
  }

  /// Whether the end slide is shown.
  public var isAtEnd: Bool { index == count }

  /// Seconds since the presenter started (or the timer was reset).
  public func elapsed(at now: Double) -> Int { max(0, Int((now - startedAt).rounded(.down))) }

  /// Seconds until the next automatic step (rounded up), nil without auto-advance.
  public func countdown(at now: Double) -> Int? {
    guard let auto = autoAdvance else { return nil }
    let left = auto.deadline.map { $0 - now } ?? auto.remaining
    return max(0, Int(left.rounded(.up)))
  }

  /// Whether the countdown is running (auto-advance on, not paused, screen shown, no prompt).
  public var countdownRunning: Bool { autoAdvance?.deadline != nil }

  /// How long the main loop may wait for a key before it must call ``tick(at:)``: until the
  /// countdown's next whole second; nil when no countdown runs.
  public func wait(at now: Double) -> Double? {
    guard let deadline = autoAdvance?.deadline else { return nil }
    let left = deadline - now
    guard left > 0 else { return 0 }
    let fraction = left - left.rounded(.down)
    return fraction > 0.001 ? fraction : min(1, left)
  }

  // MARK: Commands

  /// What a command did, for the explorer: redraw, or close the presenter.
  public enum Outcome: Equatable, Sendable { case unchanged, changed, leave }

  /// Applies a command at time `now`.
  @discardableResult
  public mutating func apply(_ command: PresenterCommand, at now: Double) -> Outcome {
    let before = self
    defer { sync(now) }
    if mode == .left { return .unchanged }
    if mode == .confirmingLeave {
      switch command {
      case .confirmLeave, .requestLeave:
        mode = .left
        return .leave
      default:
        mode = .showing
        return .changed
      }
    }
    switch command {
    case .next: step(+1, now)
    case .previous: step(-1, now)
    case .first: go(to: 0, now)
    case .last: go(to: max(0, count - 1), now)
    case .jump(let n): go(to: min(max(1, n), count + 1) - 1, now)
    case .jumpToYear(let year): jump(toYear: year, now)
    case .digit(let d):
      guard (0...9).contains(d) else { return .unchanged }
      typedNumber = (typedNumber ?? "") + String(d)
      if typingYear, typedNumber?.count == 4 { commitNumber(now) }
    case .startYearEntry:
      typedNumber = ""
      typingYear = true
    case .commitNumber: commitNumber(now)
    case .deleteDigit:
      if var typed = typedNumber, !typed.isEmpty {
        typed.removeLast()
        typedNumber = typed
      } else {
        cancelNumber()
      }
    case .cancelNumber: cancelNumber()
    case .toggleBlank: blank.toggle()
    case .toggleAutoAdvance:
      if autoAdvance == nil {
        if !isAtEnd {
          autoAdvance = AutoAdvance(
            interval: interval, paused: false, deadline: nil, remaining: Double(interval))
        }
      } else {
        autoAdvance = nil
      }
    case .togglePause: autoAdvance?.paused.toggle()
    case .slower: changeInterval(by: 5, now)
    case .faster: changeInterval(by: -5, now)
    case .resetTimer: startedAt = now
    case .requestLeave:
      cancelNumber()
      mode = .confirmingLeave
    case .confirmLeave:
      mode = .left
      return .leave
    case .cancelLeave: break
    }
    return self == before ? .unchanged : .changed
  }

  /// The command a key means in the current state (nil for a key with no meaning here).
  public func command(for key: PresenterKey) -> PresenterCommand? {
    if mode == .confirmingLeave {
      switch key {
      case .character("q"), .escape, .character("y"), .character("Y"), .enter: return .confirmLeave
      default: return .cancelLeave
      }
    }
    if typedNumber != nil {
      switch key {
      case .character(let c) where c.isASCII && c.isNumber: return .digit(Int(String(c))!)
      case .enter: return .commitNumber
      case .backspace: return .deleteDigit
      case .escape: return .cancelNumber
      default: break
      }
    }
    return PresenterKeys.command(for: key)
  }

  /// Applies the command a key means; `.unchanged` for a key with none.
  @discardableResult
  public mutating func handle(_ key: PresenterKey, at now: Double) -> Outcome {
    guard let command = command(for: key) else { return .unchanged }
    return apply(command, at: now)
  }

  /// Auto-advance: steps when the countdown has run out (more than once if the loop was late,
  /// never past the end slide, where auto-advance stops). Returns whether it stepped.
  @discardableResult
  public mutating func tick(at now: Double) -> Bool {
    var stepped = false
    while let deadline = autoAdvance?.deadline, now >= deadline, !isAtEnd {
      index += 1
      stepped = true
      let interval = Double(autoAdvance!.interval)
      autoAdvance!.deadline = deadline + interval
    }
    if isAtEnd { autoAdvance = nil }
    sync(now)
    return stepped
  }

  // MARK: Helpers

  /// A manual step: on a blank screen the first key only brings the slide back.
  mutating func step(_ delta: Int, _ now: Double) {
    if blank {
      blank = false
      return
    }
    go(to: min(max(0, index + delta), count), now)
  }

  mutating func go(to target: Int, _ now: Double) {
    blank = false
    typedNumber = nil
    typingYear = false
    index = min(max(0, target), count)
    if isAtEnd {
      autoAdvance = nil
    } else if autoAdvance != nil {
      // A manual step gives the new slide its whole interval.
      autoAdvance!.deadline = nil
      autoAdvance!.remaining = Double(autoAdvance!.interval)
    }
  }

  mutating func commitNumber(_ now: Double) {
    guard let typed = typedNumber, let n = Int(typed) else {
      cancelNumber()
      return
    }
    if typingYear { jump(toYear: n, now) } else { go(to: min(max(1, n), count + 1) - 1, now) }
    cancelNumber()
  }

  mutating func cancelNumber() {
    typedNumber = nil
    typingYear = false
  }

  mutating func jump(toYear year: Int, _ now: Double) {
    if let i = years.firstIndex(where: { ($0 ?? Int.min) >= year }), i < count {
      go(to: i, now)
    }
  }

  mutating func changeInterval(by delta: Int, _ now: Double) {
    let new = max(Self.minimumInterval, (autoAdvance?.interval ?? interval) + delta)
    interval = new
    guard var auto = autoAdvance else { return }
    let left = (auto.deadline.map { $0 - now } ?? auto.remaining) + Double(new - auto.interval)
    auto.interval = new
    auto.remaining = max(0, left)
    auto.deadline = auto.deadline == nil ? nil : now + max(0, left)
    autoAdvance = auto
  }

  /// Starts or stops the countdown clock to match the state.
  mutating func sync(_ now: Double) {
    guard var auto = autoAdvance else { return }
    interval = auto.interval
    let running = !auto.paused && !blank && mode == .showing
    if running, auto.deadline == nil {
      auto.deadline = now + auto.remaining
    } else if !running, let deadline = auto.deadline {
      auto.remaining = max(0, deadline - now)
      auto.deadline = nil
    }
    autoAdvance = auto
  }

  /// Seconds as a clock: "4:07", "1:02:03".
  public static func clock(_ seconds: Int) -> String {
    let s = max(0, seconds)
    let hours = s / 3600
    let minutes = (s % 3600) / 60
    let rest = s % 60
    let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
    return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(minutes):\(two(rest))"
  }
}
