import DossierModel
import DossierTestSupport
import Testing

@testable import DossierSlides

@Suite("Presenter screen")
struct PresenterScreenTests {
  static let slides = [
    Samples.event, Samples.actor, Samples.myth, Slide.end(briefing: "room", count: 3),
  ]

  static func lines(
    _ session: PresenterSession, _ w: Int = 120, _ h: Int = 40, now: Double = 0
  )
    -> [SlideLayout.Line]
  {
    PresenterScreen.layout(
      session: session, slides: slides, label: "briefing room", width: w, height: h, now: now)
  }

  @Test func progressNeighboursSlideAndKeys() {
    let session = PresenterSession(count: 3, start: 1, now: 0)
    let lines = Self.lines(session)
    #expect(lines.first { $0.role == .progress }?.text == "2 of 3 · 2017")
    let neighbours = lines.filter { $0.role == .neighbour }.map(\.text)
    #expect(
      neighbours == [
        "↑ Sep 2013  Size of the Belarusian army compared with Russia and NATO",
        "↓ Belarus and Russia are heading towards joint armed forces.",
      ])
    #expect(lines.contains { $0.role == .headline })
    #expect(lines.last?.role == .status)
    #expect(lines.last?.text == "→ next  ← back  b blank  q leave")
    #expect(lines.contains { $0.text == "briefing room" && $0.role == .meta })
  }

  @Test func neighboursBeforeTheEndSlideAndOnIt() {
    var session = PresenterSession(count: 3, start: 2, now: 0)
    #expect(Self.lines(session).contains { $0.text == "↓ End of briefing room — 3 items" })
    session.apply(.next, at: 0)
    let lines = Self.lines(session)
    #expect(lines.first { $0.role == .progress }?.text == "End · 3 items")
    #expect(lines.filter { $0.role == .neighbour }.count == 1)
    #expect(lines.last?.text == "← back  q leave")
  }

  @Test func blankScreenHasNothing() {
    var session = PresenterSession(count: 3, now: 0)
    session.apply(.toggleBlank, at: 0)
    #expect(Self.lines(session).isEmpty)
  }

  @Test func statusShowsTheCountdownTheNumberAndThePrompt() {
    var session = PresenterSession(count: 3, now: 0)
    session.apply(.toggleAutoAdvance, at: 0)
    #expect(PresenterScreen.status(session, now: 3).hasPrefix("next in 7 s (every 10 s"))
    session.apply(.togglePause, at: 3)
    #expect(PresenterScreen.status(session, now: 9).hasPrefix("auto-advance paused at 7 s"))
    session.apply(.digit(2), at: 9)
    #expect(PresenterScreen.status(session, now: 9).hasPrefix("Go to item: 2_"))
    session.apply(.requestLeave, at: 9)
    #expect(PresenterScreen.status(session, now: 9).hasPrefix("Leave the presenter?"))
  }

  @Test func fitsEverySize() {
    for (w, h) in [(80, 24), (120, 40), (200, 60), (250, 70), (40, 10), (20, 3)] {
      for start in 0...3 {
        let lines = Self.lines(PresenterSession(count: 3, start: start, now: 0), w, h)
        for line in lines {
          #expect(line.x >= 0 && line.x + line.width <= w && line.y >= 0 && line.y < h, "\(w)x\(h)")
        }
      }
    }
  }

  @Test func snapshot() {
    let lines = Self.lines(PresenterSession(count: 3, start: 1, now: 0), 80, 24)
    let rows = SlideLayout(
      width: 80, height: 24, lines: lines, titleVariant: .plain, dateVariant: nil, omitted: 0)
    assertSnapshot(picture(rows), named: "presenter-80x24")
  }
}
