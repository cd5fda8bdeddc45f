import DossierModel
import Foundation

/// What the speaker view in a second terminal shows: where the presenter is, the slide the
/// audience sees, the next slide's title, the note on the current item, and the clocks.
public struct SpeakerView: Equatable, Sendable {
  /// "3 of 7 · era · 2014", or "End · 7 items".
  public var position: String
  /// The slide on the audience screen (shown even while that screen is blank).
  public var current: Slide
  /// The title of the next slide ("End of briefing NAME — N items" before the end slide); nil
  /// on the end slide.
  public var next: String?
  /// The user's note on the current item, nil when it has none.
  public var note: String?
  /// "12:34" since the presenter started.
  public var elapsed: String
  /// "0:07" until the next automatic step, with "paused" when it is stopped; nil without
  /// auto-advance.
  public var countdown: String?
  /// Whether the audience screen is blank.
  public var blank: Bool
  /// Whether the presenter is asking before it leaves.
  public var confirmingLeave: Bool
  /// One line of state for the top of the view: "Audience screen blank · auto-advance 0:07".
  public var status: String

  /// The view of a snapshot at `date`, with slides from the follower's own copy of the corpus.
  public init(snapshot: PresenterSnapshot, corpus: Corpus, at date: Date = Date()) {
    let slides = SlideDeck.slides(
      items: snapshot.items, name: snapshot.briefing, ending: snapshot.ending, corpus: corpus)
    self.init(snapshot: snapshot, slides: slides, at: date)
  }

  /// The view of a snapshot at `date`, with the briefing's slides (the end slide last).
  public init(snapshot: PresenterSnapshot, slides: [Slide], at date: Date = Date()) {
    let index = min(max(0, snapshot.index), max(0, slides.count - 1))
    current =
      slides.indices.contains(index)
      ? slides[index]
      : Slide.end(
        title: snapshot.ending ?? "End of briefing \(snapshot.briefing)",
        count: snapshot.items.count)
    position = SlideDeck.progress(slides, at: index)
    if index + 1 < slides.count {
      let following = slides[index + 1]
      next = following.endLine ?? following.title
    } else {
      next = nil
    }
    let item = snapshot.items.indices.contains(index) ? snapshot.items[index] : nil
    note = item.flatMap { snapshot.notes[$0] }
    elapsed = PresenterSession.clock(snapshot.elapsed(at: date))
    countdown = snapshot.countdown(at: date).map {
      PresenterSession.clock($0) + (snapshot.countdownRunning ? "" : " paused")
    }
    blank = snapshot.blank
    confirmingLeave = snapshot.confirmingLeave
    var parts: [String] = []
    if blank { parts.append("Audience screen blank") }
    if confirmingLeave { parts.append("Presenter asks whether to leave") }
    if let countdown { parts.append("next in \(countdown)") }
    parts.append("elapsed \(elapsed)")
    status = parts.joined(separator: " · ")
  }
}

/// What a key does in the speaker view: step the presenter, or close the speaker view.
public enum SpeakerAction: Equatable, Sendable {
  /// Send this command to the presenter (``SpeakerFollower/send(_:)``).
  case send(PresenterCommand)
  /// Close the speaker view (the presenter goes on).
  case quit
}

extension SpeakerView {
  /// The action of a key in the speaker view, given the presenter's last state: the
  /// presenter's keys step it (digits and Enter jump, as there), while `q` and `Esc` close the
  /// speaker view only. A speaker view never makes the presenter leave.
  public static func action(for key: PresenterKey, snapshot: PresenterSnapshot?) -> SpeakerAction? {
    switch key {
    case .character("q"), .escape: return .quit
    default: break
    }
    let typing = snapshot?.typedNumber != nil
    switch key {
    case .character(let c) where c.isASCII && c.isNumber: return .send(.digit(Int(String(c))!))
    case .enter: return .send(typing ? .commitNumber : .next)
    case .backspace: return .send(typing ? .deleteDigit : .previous)
    default: break
    }
    let plain = PresenterSession(count: 1, now: 0)
    guard let command = plain.command(for: key) else { return nil }
    switch command {
    case .requestLeave, .confirmLeave: return nil
    default: return .send(command)
    }
  }
}
