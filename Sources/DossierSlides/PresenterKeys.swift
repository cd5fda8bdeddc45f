/// The presenter's keys, each written once: the session looks keys up here
/// (``PresenterSession/command(for:)``), the speaker view sends what they mean, and the
/// explorer's help and the README's key table are made from these rows.
public enum PresenterKeys {
  /// One row of the key table: the keys, what each sends, and how the help shows them.
  public struct Binding: Sendable {
    public var pairs: [(key: PresenterKey, command: PresenterCommand)]
    /// The keys as the help shows them (`→ ↓ PgDn Space`).
    public var label: String
    public var help: String

    init(_ keys: [PresenterKey], _ command: PresenterCommand, _ label: String, _ help: String) {
      self.init(keys.map { ($0, command) }, label, help)
    }

    init(
      _ pairs: [(key: PresenterKey, command: PresenterCommand)], _ label: String, _ help: String
    ) {
      self.pairs = pairs
      self.label = label
      self.help = help
    }
  }

  /// The keys of the presenter while a slide is shown (the keys while a number is typed and
  /// while it asks before leaving are the session's own: digits, Enter, Backspace, Esc; `q`,
  /// `y`, Enter).
  public static let bindings: [Binding] = [
    Binding(
      [
        .right, .down, .pageDown, .character(" "), .enter, .character("n"), .character("l"),
        .character("j"),
      ], .next, "→ ↓ PgDn Space Enter n",
      "next slide (a clicker's forward button; also l j)"),
    Binding(
      [
        .left, .up, .pageUp, .backspace, .character("N"), .character("h"), .character("k"),
      ], .previous, "← ↑ PgUp Backspace N", "previous slide (also h k)"),
    Binding(
      [(.home, .first), (.end, .last), (.character("G"), .last)], "Home End G",
      "first / last item"),
    Binding(
      (0...9).map { (PresenterKey.character(Character(String($0))), PresenterCommand.digit($0)) },
      "0-9 then Enter", "go to that item (1 7 Enter: item 17; past the last: the end slide)"),
    Binding([.character("g")], .startYearEntry, "g then a year", "go to the first item of a year"),
    Binding(
      [.character("b"), .character("B"), .character(".")], .toggleBlank, "b .",
      "blank the audience screen, and back"),
    Binding(
      [.character("a")], .toggleAutoAdvance, "a", "auto-advance on or off (a countdown shows)"),
    Binding([.character("p")], .togglePause, "p", "pause the countdown, or go on"),
    Binding(
      [(.character("+"), .slower), (.character("="), .slower), (.character("-"), .faster)], "+ -",
      "five seconds more / less between steps"),
    Binding([.character("r")], .resetTimer, "r", "start the elapsed time again from zero"),
    Binding(
      [.character("q"), .escape], .requestLeave, "q Esc",
      "back to the explorer at the item shown (press either again: it asks first)"),
  ]

  /// The command of a key while a slide is shown; nil for a key with no meaning there.
  public static func command(for key: PresenterKey) -> PresenterCommand? {
    for binding in bindings {
      for pair in binding.pairs where pair.key == key { return pair.command }
    }
    return nil
  }
}
