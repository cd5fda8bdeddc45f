import DossierSlides
import Foundation
import Testing

@testable import DossierModel
@testable import DossierUI

/// A door a test opens: a load waits behind it, so that the test decides when it finishes.
final class Gate: @unchecked Sendable {
  private let semaphore = DispatchSemaphore(value: 0)
  func wait() {
    semaphore.wait()
    semaphore.signal()
  }
  func open() { semaphore.signal() }
}

/// Start-up through the runtime: the loading screen first, the loader's progress on it, `q`
/// without waiting for the load, a failed load's reason, and the explorer once the corpus is in.
@Suite("Runtime: start-up")
struct RuntimeLoadingTests {
  let options = StartOptions(
    theme: Theme(.monochrome), loadingLabel: "fixtures/ui", corpusLabel: "fixture")

  /// Services whose load waits behind `gate`, then gives the fixture corpus (with `prepare`
  /// applied to what the explorer opens on).
  func services(
    _ gate: Gate, prepare: @escaping @Sendable (inout Startup) -> Void = { _ in }
  ) -> FakeServices {
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    let corpus = services.corpus
    services.load = { _ in
      Pending {
        gate.wait()
        var startup = Startup(corpus: corpus)
        prepare(&startup)
        return startup
      }
    }
    return services
  }

  @Test func theLoadingScreenIsTheFirstFrameAndRedrawsTenTimesASecond() {
    let gate = Gate()
    defer { gate.open() }
    let backend = TestBackend(size: Size(width: 80, height: 24), events: [.tick, .tick])
    var runtime = AppRuntime(opening: options, backend: backend, services: services(gate))
    #expect(runtime.run() == .inputClosed)
    #expect(backend.frames.count == 3)
    #expect(backend.frames[0].text.contains("Loading fixtures/ui…"))
    #expect(backend.frames[0].text.contains("q quits"))
    #expect(backend.timeouts == [100, 100, 100])
    #expect(!backend.stopped)
  }

  @Test func theProgressBarFollowsTheLoader() {
    let gate = Gate()
    defer { gate.open() }
    let services = services(gate)
    let backend = TestBackend(size: Size(width: 80, height: 24), events: [])
    var runtime = AppRuntime(opening: options, backend: backend, services: services)
    _ = runtime.run()
    #expect(backend.screen.contains(" 0%"))
    #expect(backend.screen.contains("reading the files ·"))
    // The loader finishes parsing the files: the next frame says so.
    services.progress?.finished("parse")
    backend.events = [.tick]
    _ = runtime.run()
    #expect(backend.screen.contains(" 72%"))
    #expect(backend.screen.contains("merging the files ·"))
    // The files are parsed: the end of the load is looked for every 10 ms from now on.
    #expect(backend.timeouts == [100, 10, 10])
  }

  @Test func theExplorersBackgroundWorkStartsAfterItsFirstFrame() throws {
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    let backend = TestBackend(size: Size(width: 120, height: 40), events: [.tick, .tick])
    var framesWhenIndexing: [Int] = []
    services.indexStarted = { framesWhenIndexing.append(backend.frames.count) }
    var runtime = AppRuntime(opening: options, backend: backend, services: services)
    var firstFrames: [Int] = []
    #expect(runtime.run { firstFrames.append(backend.frames.count) } == .inputClosed)
    // The loading screen, then the explorer; the search engine was asked for after it.
    #expect(firstFrames == [2])
    #expect(framesWhenIndexing == [2])
    #expect(runtime.state.ctx.eventFilterIndex?.isStarted == true)
  }

  @Test func theExplorerOpenedByStartUpLeavesTheFilterIndexForLater() throws {
    var state = AppState(
      opening: Startup(corpus: fixtureCorpus("ui")), options: options,
      size: Size(width: 120, height: 40))
    let index = try #require(state.ctx.eventFilterIndex)
    #expect(!index.isStarted)
    state.startBackgroundWork()
    #expect(index.isStarted)
    // Asking for it starts it too: a filter never waits for an index that was not started.
    let other = EventFilterIndex(corpus: fixtureCorpus("ui"), deferred: true)
    #expect(other.index.count == fixtureCorpus("ui").events.count)
  }

  @Test func theLoadingScreenSaysHowLongItHasTaken() {
    let gate = Gate()
    defer { gate.open() }
    let clock = ManualClock()
    let backend = TestBackend(size: Size(width: 80, height: 24), events: [])
    var runtime = AppRuntime(opening: options, backend: backend, services: services(gate))
    runtime.clock = clock.read
    _ = runtime.run()
    #expect(backend.screen.contains("· 0.0 s · q quits"))
    clock.now += 2.54
    backend.events = [.tick]
    _ = runtime.run()
    #expect(backend.screen.contains("· 2.5 s · q quits"))
  }

  @Test func aResizeWhileLoadingRedrawsAtTheNewSize() {
    let gate = Gate()
    defer { gate.open() }
    let backend = TestBackend(size: Size(width: 80, height: 24), events: [])
    var runtime = AppRuntime(opening: options, backend: backend, services: services(gate))
    _ = runtime.run()
    backend.size = Size(width: 50, height: 12)
    backend.events = [.resize(Size(width: 50, height: 12))]
    _ = runtime.run()
    #expect(backend.frames.last?.size == Size(width: 50, height: 12))
    #expect(backend.screen.contains("Loading fixtures/ui…"))
  }

  @Test(arguments: [Key.character("q"), Key.control("c")])
  func quittingWhileLoadingDoesNotWaitForTheLoad(_ key: Key) {
    let gate = Gate()
    defer { gate.open() }
    let services = services(gate)
    let backend = TestBackend(
      size: Size(width: 80, height: 24), events: [.tick, .key(key), .key(.character("j"))])
    var runtime = AppRuntime(opening: options, backend: backend, services: services)
    #expect(runtime.run() == .quit)
    #expect(backend.stopped)
    #expect(backend.events == [.key(.character("j"))])
    #expect(services.pending != nil && services.pending?.result == nil, "the load goes on")
    #expect(services.positions.isEmpty, "no explorer, no position to save")
  }

  @Test func aFailedLoadEndsTheRunWithItsReason() {
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    services.load = { _ in
      Pending(
        .failure(FakeServices.Failure(description: "cannot open corpus '/gone': no such folder")))
    }
    let backend = TestBackend(
      size: Size(width: 80, height: 24), events: [.tick, .key(.character("j"))])
    var runtime = AppRuntime(opening: options, backend: backend, services: services)
    #expect(runtime.run() == .loadFailed("cannot open corpus '/gone': no such folder"))
    #expect(backend.stopped)
    #expect(backend.frames.count == 1, "only the loading screen was drawn")
    #expect(backend.events == [.key(.character("j"))])
  }

  @Test func theLoadedCorpusOpensTheExplorerAndTheLoopGoesOn() {
    let gate = Gate()
    let services = services(gate) { startup in
      startup.userDataMessage = "userdata.json: unreadable"
      startup.lastPosition = LastPosition(view: "myths", item: nil)
    }
    let backend = TestBackend(size: Size(width: 120, height: 40), events: [.tick])
    var runtime = AppRuntime(opening: options, backend: backend, services: services)
    var firstFrames: [Int] = []
    #expect(runtime.run { firstFrames.append(backend.frames.count) } == .inputClosed)
    #expect(firstFrames.isEmpty, "the loading screen is not the explorer's first frame")
    gate.open()
    _ = services.pending?.wait()
    // The load is in: the next event opens the explorer where it was left, with the message.
    backend.events = [.tick, .key(.character("j")), .key(.character("q"))]
    #expect(runtime.run { firstFrames.append(backend.frames.count) } == .quit)
    #expect(firstFrames.count == 1)
    let opened = backend.frames[firstFrames[0] - 1].text
    #expect(opened.contains("Myths ("))
    #expect(opened.contains("userdata.json: unreadable"))
    #expect(runtime.state.corpusLabel == "fixture")
    #expect(runtime.loading == nil)
    // Keys reach the explorer now; q saved the position.
    #expect(services.positions.map(\.view) == ["myths"])
  }

  @Test func theSpeakerViewLoadsBehindTheSameScreen() {
    let gate = Gate()
    let corpus = fixtureCorpus("ui")
    let link = SpeakerLink(corpus: "fixture", folder: NSTemporaryDirectory() + "/no-such-\(UUID())")
    let backend = TestBackend(size: Size(width: 80, height: 24), events: [.tick])
    var runtime = SpeakerRuntime(
      loading: "fixtures/ui",
      load: { _ in
        gate.wait()
        return corpus
      }, link: { _ in SpeakerFollower(link: link) }, backend: backend, theme: Theme(.monochrome))
    #expect(runtime.run() == .inputClosed)
    #expect(backend.frames.first?.text.contains("Loading fixtures/ui…") == true)
    #expect(runtime.follower == nil)
    gate.open()
    _ = runtime.loading?.pending.wait()
    backend.events = [.tick]
    #expect(runtime.run() == .inputClosed)
    #expect(backend.screen.contains("Speaker view"))
    #expect(runtime.follower != nil)
  }

  @Test func theSpeakerViewEndsWithTheLoadsReasonOrAtQ() {
    let failing = TestBackend(size: Size(width: 80, height: 24), events: [.tick])
    var failed = SpeakerRuntime(
      loading: "fixtures/ui",
      load: { _ in throw FakeServices.Failure(description: "no such folder") },
      link: { _ in fatalError("no corpus, no link") }, backend: failing,
      theme: Theme(.monochrome))
    _ = failed.loading?.pending.wait()
    #expect(failed.run() == .loadFailed("no such folder"))
    #expect(failing.stopped)
    let gate = Gate()
    defer { gate.open() }
    let quitting = TestBackend(size: Size(width: 80, height: 24), events: [.key(.character("q"))])
    var quit = SpeakerRuntime(
      loading: "fixtures/ui",
      load: { _ in
        gate.wait()
        throw FakeServices.Failure(description: "never")
      }, link: { _ in fatalError("no corpus, no link") }, backend: quitting,
      theme: Theme(.monochrome))
    #expect(quit.run() == .quit)
    #expect(quitting.stopped)
  }
}
