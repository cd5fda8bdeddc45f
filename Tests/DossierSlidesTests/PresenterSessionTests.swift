import Testing

@testable import DossierSlides

@Suite("Presenter session")
struct PresenterSessionTests {
  @Test func stepsThroughEveryItemToTheEndSlideAndBack() {
    var s = PresenterSession(count: 4, now: 0)
    var seen = [s.index]
    while s.apply(.next, at: 1) == .changed { seen.append(s.index) }
    #expect(seen == [0, 1, 2, 3, 4])
    #expect(s.isAtEnd)
    let r1 = s.apply(.next, at: 1)
    #expect(r1 == .unchanged)
    s.apply(.previous, at: 1)
    #expect(s.index == 3)
    s.apply(.first, at: 1)
    #expect(s.index == 0)
    let r2 = s.apply(.previous, at: 1)
    #expect(r2 == .unchanged)
    s.apply(.last, at: 1)
    #expect(s.index == 3, "End goes to the last item, not the end slide")
  }

  @Test func startsAtAnyItem() {
    #expect(PresenterSession(count: 5, start: 3, now: 0).index == 3)
    #expect(PresenterSession(count: 5, start: 9, now: 0).index == 5)
    #expect(PresenterSession(count: 5, start: -2, now: 0).index == 0)
    let empty = PresenterSession(count: 0, now: 0)
    #expect(empty.isAtEnd)
  }

  @Test func jumpsByNumberTypedAndEnter() {
    var s = PresenterSession(count: 20, now: 0)
    for key in ["1", "7"] { s.handle(.character(Character(key)), at: 0) }
    #expect(s.typedNumber == "17")
    #expect(s.index == 0)
    s.handle(.enter, at: 0)
    #expect(s.index == 16)
    #expect(s.typedNumber == nil)
    s.apply(.jump(to: 99), at: 0)
    #expect(s.isAtEnd)
    s.apply(.jump(to: 0), at: 0)
    #expect(s.index == 0)
    // Backspace deletes a digit, Esc forgets the number (and does not leave).
    s.handle(.character("3"), at: 0)
    s.handle(.character("4"), at: 0)
    s.handle(.backspace, at: 0)
    #expect(s.typedNumber == "3")
    s.handle(.escape, at: 0)
    #expect(s.typedNumber == nil)
    #expect(s.mode == .showing)
    #expect(s.index == 0)
  }

  @Test func jumpsByYear() {
    var s = PresenterSession(count: 4, years: [2008, 2013, nil, 2017], now: 0)
    for key: PresenterKey in [.character("g"), .character("2"), .character("0"), .character("1")] {
      s.handle(key, at: 0)
    }
    #expect(s.typingYear)
    s.handle(.character("4"), at: 0)
    #expect(s.index == 3, "the first item in or after 2014")
    #expect(s.typedNumber == nil)
    s.apply(.jumpToYear(2009), at: 0)
    #expect(s.index == 1)
    s.apply(.jumpToYear(2030), at: 0)
    #expect(s.index == 1, "no item that late: stay")
  }

  @Test func blankScreenTogglesAndTheFirstKeyBringsTheSlideBack() {
    var s = PresenterSession(count: 3, now: 0)
    s.handle(.character("b"), at: 0)
    #expect(s.blank)
    s.handle(.character("."), at: 0)
    #expect(!s.blank)
    s.handle(.character("."), at: 0)
    s.handle(.right, at: 0)
    #expect(!s.blank)
    #expect(s.index == 0, "the first key after blank only shows the slide again")
    s.handle(.right, at: 0)
    #expect(s.index == 1)
    s.handle(.character("b"), at: 0)
    s.apply(.jump(to: 3), at: 0)
    #expect(!s.blank && s.index == 2)
  }

  @Test func clickerKeys() {
    let s = PresenterSession(count: 3, now: 0)
    for key: PresenterKey in [.pageDown, .right, .down, .character(" "), .enter] {
      #expect(s.command(for: key) == .next, "\(key)")
    }
    for key: PresenterKey in [.pageUp, .left, .up, .backspace] {
      #expect(s.command(for: key) == .previous, "\(key)")
    }
    #expect(s.command(for: .character("x")) == nil)
  }

  @Test func qAsksBeforeLeaving() {
    var s = PresenterSession(count: 3, start: 1, now: 0)
    let r3 = s.handle(.character("q"), at: 0)
    #expect(r3 == .changed)
    #expect(s.mode == .confirmingLeave)
    // Anything but q, Esc, y or Enter stays, and does nothing else.
    let r4 = s.handle(.right, at: 0)
    #expect(r4 == .changed)
    #expect(s.mode == .showing)
    #expect(s.index == 1)
    s.handle(.character("q"), at: 0)
    let r5 = s.handle(.character("q"), at: 0)
    #expect(r5 == .leave)
    #expect(s.mode == .left)
    #expect(s.index == 1)
    let r6 = s.apply(.next, at: 0)
    #expect(r6 == .unchanged, "a closed session ignores commands")

    var e = PresenterSession(count: 3, now: 0)
    e.handle(.escape, at: 0)
    #expect(e.mode == .confirmingLeave)
    let r7 = e.handle(.escape, at: 0)
    #expect(r7 == .leave, "Esc twice leaves, as q twice does")
    var enter = PresenterSession(count: 3, now: 0)
    enter.handle(.escape, at: 0)
    #expect(enter.handle(.enter, at: 0) == .leave)
    var y = PresenterSession(count: 3, now: 0)
    y.handle(.character("q"), at: 0)
    let r8 = y.handle(.character("y"), at: 0)
    #expect(r8 == .leave)
  }

  @Test func autoAdvanceCountsDownAndSteps() {
    var s = PresenterSession(count: 3, now: 100)
    #expect(s.countdown(at: 100) == nil)
    s.handle(.character("a"), at: 100)
    #expect(s.countdown(at: 100) == 10)
    #expect(s.countdown(at: 103.5) == 7)
    #expect(s.wait(at: 103.5) == 0.5)
    let r9 = s.tick(at: 109.9)
    #expect(!r9)
    let r10 = s.tick(at: 110)
    #expect(r10)
    #expect(s.index == 1)
    #expect(s.countdown(at: 110) == 10)
    // A late loop catches up, and auto-advance stops on the end slide.
    let r11 = s.tick(at: 200)
    #expect(r11)
    #expect(s.isAtEnd)
    #expect(s.autoAdvance == nil)
    #expect(s.wait(at: 200) == nil)
  }

  @Test func pauseKeepsTheCountdownWhereItIs() {
    var s = PresenterSession(count: 3, now: 0)
    s.apply(.toggleAutoAdvance, at: 0)
    s.handle(.character("p"), at: 4)
    #expect(s.autoAdvance?.paused == true)
    #expect(!s.countdownRunning)
    #expect(s.countdown(at: 50) == 6)
    let r12 = s.tick(at: 50)
    #expect(!r12)
    s.handle(.character("p"), at: 50)
    #expect(s.countdown(at: 50) == 6)
    let r13 = s.tick(at: 56)
    #expect(r13)
    #expect(s.index == 1)
  }

  @Test func blankScreenAndLeavePromptStopTheCountdown() {
    var s = PresenterSession(count: 3, now: 0)
    s.apply(.toggleAutoAdvance, at: 0)
    s.apply(.toggleBlank, at: 2)
    let r14 = s.tick(at: 30)
    #expect(!r14)
    #expect(s.countdown(at: 30) == 8)
    s.apply(.toggleBlank, at: 30)
    s.apply(.requestLeave, at: 31)
    let r15 = s.tick(at: 60)
    #expect(!r15)
    s.apply(.cancelLeave, at: 60)
    #expect(s.countdown(at: 60) == 7)
  }

  @Test func aManualStepRestartsTheInterval() {
    var s = PresenterSession(count: 5, now: 0)
    s.apply(.toggleAutoAdvance, at: 0)
    s.apply(.next, at: 8)
    #expect(s.countdown(at: 8) == 10)
    let r16 = s.tick(at: 17)
    #expect(!r16)
    let r17 = s.tick(at: 18)
    #expect(r17)
    #expect(s.index == 2)
  }

  @Test func intervalChangesInStepsOfFiveAndIsRemembered() {
    var s = PresenterSession(count: 5, now: 0)
    s.handle(.character("+"), at: 0)
    #expect(s.interval == 15)
    s.handle(.character("a"), at: 0)
    #expect(s.countdown(at: 0) == 15)
    s.handle(.character("-"), at: 1)
    s.handle(.character("-"), at: 1)
    s.handle(.character("-"), at: 1)
    #expect(s.autoAdvance?.interval == 5)
    #expect(s.countdown(at: 1) == 4, "the second already waited counts")
    s.handle(.character("a"), at: 2)
    #expect(s.autoAdvance == nil)
    s.handle(.character("a"), at: 2)
    #expect(s.autoAdvance?.interval == 5)
  }

  @Test func elapsedTimeAndClock() {
    var s = PresenterSession(count: 2, now: 1000)
    #expect(s.elapsed(at: 1125.7) == 125)
    #expect(PresenterSession.clock(125) == "2:05")
    #expect(PresenterSession.clock(3723) == "1:02:03")
    #expect(PresenterSession.clock(0) == "0:00")
    s.handle(.character("r"), at: 2000)
    #expect(s.elapsed(at: 2003) == 3)
  }

  @Test func commandsSurviveTheWire() throws {
    let all: [PresenterCommand] = [
      .next, .previous, .first, .last, .jump(to: 12), .jumpToYear(2014), .digit(7), .startYearEntry,
      .commitNumber, .deleteDigit, .cancelNumber, .toggleBlank, .toggleAutoAdvance, .togglePause,
      .slower, .faster, .resetTimer, .requestLeave, .confirmLeave, .cancelLeave,
    ]
    for command in all { #expect(PresenterCommand(wireName: command.wireName) == command) }
    #expect(Set(all.map(\.wireName)).count == all.count)
    #expect(PresenterCommand(wireName: "jump") == nil)
    #expect(PresenterCommand(wireName: "digit:12") == nil)
    #expect(PresenterCommand(wireName: "explode") == nil)
  }
}

@Suite("Presenter session settings")
struct PresenterSessionSettingsTests {
  @Test func startsWithTheConfiguredInterval() {
    let s = PresenterSession(count: 3, interval: 20, autoAdvance: true, now: 0)
    #expect(s.countdown(at: 0) == 20)
    #expect(s.countdownRunning)
    let off = PresenterSession(count: 3, interval: 2, now: 0)
    #expect(off.interval == PresenterSession.minimumInterval)
    #expect(off.autoAdvance == nil)
    let end = PresenterSession(count: 0, autoAdvance: true, now: 0)
    #expect(end.autoAdvance == nil, "nothing to advance to")
  }
}
