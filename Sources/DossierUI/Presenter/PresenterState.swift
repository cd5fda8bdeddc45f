import DossierModel
import DossierSlides
import DossierTUI

/// Presenter mode: every item of a briefing (or the timeline as filtered) as a slide, then the
/// end slide, stepped through by a ``PresenterSession`` (blank screen, countdown, jumps, the
/// question before leaving). It owns every key and click until it closes.
public struct PresenterState: Sendable {
  /// The items presented, as the briefing stores them (`event:zapad-2013`).
  public let items: [String]
  /// One slide per item (an item the corpus lacks says so), and the end slide last.
  public let slides: [Slide]
  public internal(set) var session: PresenterSession
  /// What is presented, shown on the progress line: "briefing room", "timeline, lane EXR".
  public let label: String
  /// The briefing's name ("timeline" for the timeline), for the speaker view.
  public let name: String
  /// The end slide's title when it is not "End of briefing NAME".
  public let ending: String?
  /// The theme the explorer had, put back on leaving.
  var previousTheme: Theme

  /// The slide shown: an item, or ``items``.count for the end slide.
  public var index: Int { session.index }

  /// The item shown (the last one on the end slide); nil when it does not parse.
  public var currentItem: ItemRef? {
    items[safe: min(session.index, items.count - 1)].flatMap(ItemRef.init)
  }
}

extension PresenterKey {
  /// The presenter's name for a key of the terminal; nil for a key it has no use for.
  init?(_ key: Key) {
    switch key {
    case .character(let c): self = .character(c)
    case .left: self = .left
    case .right: self = .right
    case .up: self = .up
    case .down: self = .down
    case .pageUp: self = .pageUp
    case .pageDown: self = .pageDown
    case .home: self = .home
    case .end: self = .end
    case .enter: self = .enter
    case .escape: self = .escape
    case .backspace: self = .backspace
    case .tab: self = .tab
    case .control, .backTab, .delete, .function: return nil
    }
  }

  /// The terminal's key for the presenter's.
  var key: Key {
    switch self {
    case .character(let c): .character(c)
    case .left: .left
    case .right: .right
    case .up: .up
    case .down: .down
    case .pageUp: .pageUp
    case .pageDown: .pageDown
    case .home: .home
    case .end: .end
    case .enter: .enter
    case .escape: .escape
    case .backspace: .backspace
    case .tab: .tab
    }
  }
}
