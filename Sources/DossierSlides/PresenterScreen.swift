/// The audience screen of the presenter, laid out: the progress line, the previous item (quiet),
/// the slide, the next item (quiet), and a status line with the countdown, the number being
/// typed or the prompt before leaving. A blank screen has no lines at all.
public enum PresenterScreen {
  /// Lines for a `width` × `height` terminal. `slides` are the briefing's slides with the end
  /// slide last (``SlideDeck/slides(for:corpus:)``); `label` names what is presented ("briefing
  /// room"); `now` is the session's clock.
  public static func layout(
    session: PresenterSession, slides: [Slide], label: String, width: Int, height: Int,
    now: Double, unicode: Bool = true, bigType: Bool
  ) -> [SlideLayout.Line] {
    layout(
      session: session, slides: slides, label: label, width: width, height: height, now: now,
      unicode: unicode, font: bigType ? .auto : .plain)
  }

  /// The audience screen with the title and the date in the largest big type `font` allows.
  public static func layout(
    session: PresenterSession, slides: [Slide], label: String, width: Int, height: Int,
    now: Double, unicode: Bool = true, font: BigType.Font = .auto
  ) -> [SlideLayout.Line] {
    guard !session.blank, !slides.isEmpty else { return [] }
    let width = max(1, width)
    let height = max(1, height)
    let index = min(max(0, session.index), slides.count - 1)
    let margin = width >= 120 ? 4 : width >= 60 ? 2 : 0
    let inner = max(1, width - 2 * margin)
    var lines: [SlideLayout.Line] = []

    // Top: progress, and what is presented on the right.
    let progress = CellWidth.truncate(SlideDeck.progress(slides, at: index), to: inner)
    lines.append(.init(x: margin, y: 0, text: progress, role: .progress))
    let room = inner - CellWidth.of(progress) - 3
    if room >= 8 {
      let name = CellWidth.truncate(label, to: room)
      lines.append(
        .init(x: margin + inner - CellWidth.of(name), y: 0, text: name, role: .meta))
    }

    // The neighbours, when the screen has rows for them.
    let roomy = height >= 20
    let arrowUp = unicode ? "↑ " : "^ "
    let arrowDown = unicode ? "↓ " : "v "
    func neighbour(_ i: Int, _ arrow: String) -> String? {
      guard slides.indices.contains(i) else { return nil }
      let slide = slides[i]
      let text =
        slide.endLine ?? ([slide.date, slide.title].compactMap { $0 }.joined(separator: "  "))
      return CellWidth.truncate(arrow + text, to: inner)
    }
    var top = 2
    var bottom = height - 1  // the status line's row
    if roomy {
      if let previous = neighbour(index - 1, arrowUp) {
        lines.append(.init(x: margin, y: 1, text: previous, role: .neighbour))
      }
      top = 3
      if let next = neighbour(index + 1, arrowDown) {
        lines.append(.init(x: margin, y: height - 2, text: next, role: .neighbour))
      }
      bottom = height - 3
    }

    // The slide.
    let slideHeight = bottom - top
    if slideHeight >= 1 {
      let layout = SlideLayout.layout(
        slides[index], width: width, height: slideHeight, unicode: unicode, font: font)
      lines += layout.lines.map {
        SlideLayout.Line(x: $0.x, y: $0.y + top, text: $0.text, role: $0.role, bigType: $0.bigType)
      }
    }

    // The status line.
    if height >= 2 {
      let text = CellWidth.truncate(status(session, now: now), to: inner)
      lines.append(.init(x: margin, y: height - 1, text: text, role: .status))
    }
    return lines
  }

  /// The bottom line: the prompt, the number typed, or the countdown and the keys.
  public static func status(_ session: PresenterSession, now: Double) -> String {
    if session.mode == .confirmingLeave {
      return "Leave the presenter? q or Esc again leaves (y, Enter too); any other key stays"
    }
    if let typed = session.typedNumber {
      return session.typingYear
        ? "Go to the year: \(typed)_  (Enter goes, Esc cancels)"
        : "Go to item: \(typed)_  (Enter goes, Esc cancels)"
    }
    var parts: [String] = []
    if let countdown = session.countdown(at: now) {
      let interval = session.autoAdvance?.interval ?? session.interval
      parts.append(
        session.countdownRunning
          ? "next in \(countdown) s (every \(interval) s; p pauses, a stops)"
          : "auto-advance paused at \(countdown) s (p goes on)")
    }
    parts.append(session.isAtEnd ? "← back  q leave" : "→ next  ← back  b blank  q leave")
    return parts.joined(separator: "  ·  ")
  }
}
