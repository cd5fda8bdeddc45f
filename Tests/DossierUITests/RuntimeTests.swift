import DossierModel
import DossierSlides
import Foundation
import Testing

@testable import DossierUI

/// Services whose saves and reloads fail as asked, and which remember what they were given.
final class FakeServices: ExplorerServices, @unchecked Sendable {
  var saveError: String?
  var reloadError: String?
  var saved: [UserData] = []
  var positions: [LastPosition] = []
  let corpus: Corpus

  init(corpus: Corpus) { self.corpus = corpus }

  /// Start-up's load: made by `load` when a test sets it (a load that waits, or fails), else
  /// the fixture corpus at once. The progress the runtime gave and the load made are kept.
  var load: (@Sendable (LoadProgress) -> Pending<Startup>)?
  var progress: LoadProgress?
  var pending: Pending<Startup>?
  func loadCorpus(progress: LoadProgress) -> Pending<Startup> {
    self.progress = progress
    let made = load?(progress) ?? Pending(.success(Startup(corpus: corpus)))
    pending = made
    return made
  }

  struct Failure: Error, CustomStringConvertible { var description: String }

  func save(_ data: UserData) throws -> (data: UserData, message: String?) {
    if let saveError { throw Failure(description: saveError) }
    saved.append(data)
    return (data, nil)
  }
  func reload() throws -> Corpus {
    if let reloadError { throw Failure(description: reloadError) }
    return corpus
  }
  var copyError: String?
  var copies: [UserData] = []
  func saveCopy(_ data: UserData) throws -> String {
    if let copyError { throw Failure(description: copyError) }
    copies.append(data)
    return "/home/user/dossier-unsaved.json"
  }
  /// Files written, by full path; a path under `/unwritable` fails.
  var files: [String: String] = [:]
  func write(_ text: String, to path: String) throws {
    if path.hasPrefix("/unwritable/") { throw Failure(description: "permission denied") }
    files[path] = text
  }
  var home: String { "/home/user" }
  func fileExists(_ path: String) -> Bool { files[path] != nil || !path.hasPrefix("/") }
  var editor: String? { nil }
  func savePosition(_ position: LastPosition) { positions.append(position) }
  /// Called when the runtime starts the search engine (a test sees when that happens).
  var indexStarted: (() -> Void)?
  func indexInBackground(_ corpus: Corpus) -> PendingSearchEngine? {
    indexStarted?()
    return nil
  }
  /// The speaker link the presenter gets, or why it cannot have one.
  var speakerLink: SpeakerPublisher?
  var speakerError: (any Error)?
  var speakerLinksOpened = 0
  func openSpeakerLink(corpus: String) throws -> SpeakerPublisher? {
    speakerLinksOpened += 1
    if let speakerError { throw speakerError }
    return speakerLink
  }
}

@Suite("Runtime")
struct RuntimeTests {
  func run(_ keys: [Key], services: FakeServices) -> (AppRuntime, TestBackend, AppRuntime.End) {
    let state = app(120, 40)
    let backend = TestBackend(size: Size(width: 120, height: 40), events: keys.map { .key($0) })
    var runtime = AppRuntime(state: state, backend: backend, services: services)
    let end = runtime.run()
    return (runtime, backend, end)
  }

  @Test func aFailedSaveSaysWhyAndLosesNothing() {
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    services.saveError = "disk full"
    let (runtime, backend, end) = run([.character("2"), .character("m")], services: services)
    #expect(end == .inputClosed)
    #expect(backend.screen.contains("Not saved (kept in memory): disk full"))
    #expect(runtime.state.userData.currentBriefing.items.count == 1)
    #expect(services.saved.isEmpty)
    // The next change saves everything, the first mark included.
    services.saveError = nil
    var again = runtime
    _ = again.state.handle(.key(.character("j")))
    let effect = again.state.handle(.key(.character("m")))
    #expect(effect == .saveUserData)
    let reply = again.perform(.saveUserData)
    _ = reply.map { again.state.receive($0) }
    #expect(services.saved.last?.currentBriefing.items.count == 2)
  }

  @Test func quittingAfterAFailedSaveSavesAgainFirst() {
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    services.saveError = "read-only file system"
    var (runtime, backend, end) = run([.character("2"), .character("m")], services: services)
    #expect(end == .inputClosed)
    // The folder is writable again: q saves, then quits.
    services.saveError = nil
    backend.events = [.key(.character("q"))]
    end = runtime.run()
    #expect(end == .quit)
    #expect(services.saved.last?.currentBriefing.items.count == 1)
  }

  @Test func quittingWhenTheSaveStillFailsAsksAndCanWriteACopy() {
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    services.saveError = "read-only file system"
    var (runtime, backend, _) = run([.character("2"), .character("m")], services: services)
    backend.events = [.key(.character("q"))]
    #expect(runtime.run() == .inputClosed)
    // Not quit: the box says why in full and what can be done.
    #expect(backend.screen.contains("could not be saved"))
    #expect(backend.screen.contains("read-only file system"))
    #expect(backend.screen.contains("w  write them to a file"))
    #expect(!backend.stopped)
    backend.events = [.key(.character("w")), .key(.character("q"))]
    #expect(runtime.run() == .quit)
    #expect(services.copies.last?.currentBriefing.items.count == 1)
  }

  @Test func theMessageLogShowsALongReasonInFull() {
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    let reason =
      "/very/long/path/to/a/data/folder/that/does/not/fit/on/the/status/line/userdata.json: "
      + "the file system is read-only (EROFS), the marks stay in memory until it can be written"
    services.saveError = reason
    let (_, backend, _) = run(
      [.character("2"), .character("m"), .character("M")], services: services)
    // Wrapped in the box, every word of the reason shows.
    let words = backend.screen.split(whereSeparator: { " │\n".contains($0) }).map(String.init)
    for word in reason.split(separator: " ") { #expect(words.contains(String(word))) }
  }

  @Test func aFailedReloadSaysWhyAndKeepsTheCorpus() {
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    services.reloadError = "/gone: no such folder"
    let (runtime, backend, _) = run([.character("2"), .character("r")], services: services)
    #expect(backend.screen.contains("Reload failed"))
    #expect(backend.screen.contains("/gone: no such folder"))
    #expect(runtime.state.corpus.events.count == fixtureCorpus("ui").events.count)
  }

  @Test func quittingStopsTheTerminalAndSavesThePosition() {
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    let (_, backend, end) = run(
      [.character("3"), .character("q"), .character("j")], services: services)
    #expect(end == .quit)
    #expect(backend.stopped)
    #expect(backend.events == [.key(.character("j"))])
    #expect(services.positions.map(\.view) == ["myths"])
  }
}
