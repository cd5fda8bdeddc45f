import DossierModel
import DossierTestSupport
import Foundation
import Testing

@testable import DossierSlides

@Suite("Speaker layout")
struct SpeakerLayoutTests {
  static let written = Date(timeIntervalSince1970: 10_000)

  static func view(index: Int = 0, blank: Bool = false, note: Bool = true) -> SpeakerView {
    let slides = [
      Samples.event, Samples.actor, Samples.myth, Slide.end(briefing: "room", count: 3),
    ]
    let snapshot = PresenterSnapshot(
      corpus: "c", briefing: "room", items: slides.dropLast().map(\.item), index: index,
      blank: blank, countdown: 7, countdownRunning: true, interval: 10, elapsed: 754,
      written: written,
      notes: note ? [Samples.event.item: "Stress that the lower estimate is the analyst's."] : [:])
    return SpeakerView(snapshot: snapshot, slides: slides, at: written)
  }

  @Test func showsTheNoteTheNextSlideAndTheClocksAtEverySize() {
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
      let lines = SpeakerLayout.layout(Self.view(), width: w, height: h)
      let text = lines.map(\.text).joined(separator: "\n")
      #expect(text.contains("Stress that the lower estimate"), "\(w)x\(h)")
      #expect(lines.contains { $0.role == .headline && $0.text == "Zapad-2017" }, "\(w)x\(h)")
      #expect(text.contains("elapsed 12:34"), "\(w)x\(h)")
      #expect(text.contains("next in 0:07"), "\(w)x\(h)")
      #expect(lines.first?.text.hasPrefix("1 of 3") == true)
      for line in lines {
        #expect(line.x >= 0 && line.x + line.width <= w && line.y >= 0 && line.y < h, "\(w)x\(h)")
      }
    }
  }

  @Test func wideScreensShowTheAudienceSlideBesideTheNotes() {
    let lines = SpeakerLayout.layout(Self.view(), width: 200, height: 60)
    let heading = lines.first { $0.text == "On the audience screen" }
    #expect(heading != nil)
    #expect(heading!.x > 0)
    #expect(lines.contains { $0.role == .headline && $0.text.hasPrefix("Size of the Belarusian") })
    #expect(lines.contains { $0.bigType && $0.role == .date }, "the clocks in big type")
  }

  @Test func saysWhenTheAudienceScreenIsBlankAndWhenThereIsNoNote() {
    let rows = SpeakerLayout.rows(
      Self.view(index: 1, blank: true, note: false), width: 80, height: 24)
    let text = rows.joined(separator: "\n")
    #expect(text.contains("AUDIENCE SCREEN BLANK"))
    #expect(text.contains("No note on this item."))
    let end = SpeakerLayout.rows(Self.view(index: 3), width: 80, height: 24).joined(separator: "\n")
    #expect(end.contains("Nothing: this is the end slide."))
    #expect(end.contains("End · 3 items"))
  }

  @Test func snapshots() {
    for (w, h) in [(80, 24), (120, 40)] {
      let rows = SpeakerLayout.rows(Self.view(), width: w, height: h)
      assertSnapshot(
        rows.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n"),
        named: "speaker-\(w)x\(h)")
    }
  }
}

@Suite("Speaker keys")
struct SpeakerKeyTests {
  @Test func keysStepThePresenterAndQClosesOnlyTheSpeakerView() {
    var snapshot = PresenterSnapshot(corpus: "c", briefing: "b", items: ["event:a"], index: 0)
    #expect(SpeakerView.action(for: .right, snapshot: snapshot) == .send(.next))
    #expect(SpeakerView.action(for: .pageUp, snapshot: snapshot) == .send(.previous))
    #expect(SpeakerView.action(for: .character("b"), snapshot: snapshot) == .send(.toggleBlank))
    #expect(
      SpeakerView.action(for: .character("a"), snapshot: snapshot) == .send(.toggleAutoAdvance))
    #expect(SpeakerView.action(for: .character("q"), snapshot: snapshot) == .quit)
    #expect(SpeakerView.action(for: .escape, snapshot: nil) == .quit)
    #expect(SpeakerView.action(for: .character("x"), snapshot: snapshot) == nil)
    #expect(SpeakerView.action(for: .character("4"), snapshot: snapshot) == .send(.digit(4)))
    #expect(SpeakerView.action(for: .enter, snapshot: snapshot) == .send(.next))
    snapshot.typedNumber = "4"
    #expect(SpeakerView.action(for: .enter, snapshot: snapshot) == .send(.commitNumber))
    #expect(SpeakerView.action(for: .backspace, snapshot: snapshot) == .send(.deleteDigit))
  }

  /// A speaker view's keys go through the link and step the presenter's session.
  @Test func aJumpTypedInTheSpeakerViewMovesThePresenter() throws {
    let temp = TemporaryFolder()
    let link = SpeakerLink(corpus: "c", environment: ["XDG_RUNTIME_DIR": temp.path])
    let publisher = try SpeakerPublisher(link: link)
    let follower = SpeakerFollower(link: link)
    _ = follower.poll()  // connects
    var session = PresenterSession(count: 20, now: 0)
    let items = (1...20).map { "event:e\($0)" }
    func sync() throws {
      for command in publisher.receiveCommands() { session.apply(command, at: 1) }
      publisher.publish(
        PresenterSnapshot(
          session: session, corpus: "c", briefing: "b", items: items, notes: [:], now: 1))
      _ = follower.poll()
    }
    try sync()
    for key: PresenterKey in [.character("1"), .character("2"), .enter] {
      if case .send(let command) = SpeakerView.action(for: key, snapshot: follower.snapshot) {
        try follower.send(command)
      }
      try sync()
    }
    #expect(session.index == 11)
    #expect(follower.snapshot?.index == 11)
  }
}
