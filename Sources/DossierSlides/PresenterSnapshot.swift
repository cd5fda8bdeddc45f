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
  /// The end slide's title when it is not "End of briefing NAME" (a presented timeline).
  public var ending: String?
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
  /// The presenting process (a second presenter names it when it cannot serve speaker views).
  public var pid: Int32
  /// Whether the presenter is asking before it leaves.
  public var confirmingLeave: Bool
  /// Notes on the briefing's items, by stored item.
  public var notes: [String: String]
  /// Digits typed in the presenter for a jump, if any (so a speaker view's Enter commits them).
  public var typedNumber: String?

  public init(
    corpus: String, briefing: String, ending: String? = nil, items: [String], index: Int,
    blank: Bool = false,
    countdown: Int? = nil, countdownRunning: Bool = false, interval: Int? = nil, elapsed: Int = 0,
    written: Date = Date(), pid: Int32 = getpid(), confirmingLeave: Bool = false,
    notes: [String: String] = [:], typedNumber: String? = nil
  ) {
    version = Self.currentVersion
    self.corpus = corpus
    self.briefing = briefing
    self.ending = ending
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
    session: PresenterSession, corpus: String, briefing: String, ending: String? = nil,
    items: [String], notes: [String: String], now: Double, date: Date = Date()
  ) {
    self.init(
      corpus: corpus, briefing: briefing, ending: ending, items: items, index: session.index,
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
