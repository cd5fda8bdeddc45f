import DossierModel
import Foundation
import Testing

@testable import DossierUI

/// What the explorer opens on once its corpus is in (``AppState/init(opening:options:size:)``),
/// and how the real services read it (``FileServices/loadCorpus(progress:)``).
@Suite("Start-up: what the explorer opens on")
struct StartupTests {
  let options = StartOptions(
    theme: Theme(.default), loadingLabel: "fixtures/ui", corpusLabel: "fixture")
  let size = Size(width: 120, height: 40)

  func startup(_ change: (inout Startup) -> Void = { _ in }) -> Startup {
    var startup = Startup(corpus: fixtureCorpus("ui"))
    change(&startup)
    return startup
  }

  @Test func itReopensWhereItWasLeftUnlessAViewIsAsked() {
    let left = startup { $0.lastPosition = LastPosition(view: "myths", item: nil, paneSplit: 60) }
    let reopened = AppState(opening: left, options: options, size: size)
    #expect(reopened.view == .myths)
    #expect(reopened.paneSplit == 60)
    var asked = options
    asked.startView = "timeline"
    #expect(AppState(opening: left, options: asked, size: size).view == .timeline)
  }

  @Test func theUserDataAndItsMessageComeFirst() {
    let state = AppState(
      opening: startup {
        _ = $0.userData.toggleMark(.event("treaty-1999"))
        $0.userDataMessage = "userdata.json could not be read"
      }, options: options, size: size)
    #expect(state.userData.isMarked(.event("treaty-1999")))
    #expect(state.message == "userdata.json could not be read")
    #expect(state.screen.contains("userdata.json could not be read"))
  }

  @Test func anItemToOpenAtIsSelectedWithNothingToGoBackTo() {
    var state = AppState(
      opening: startup { $0.item = .event("treaty-1999") }, options: options, size: size)
    #expect(state.view == .timeline)
    #expect(state.list.selected == .event("treaty-1999"))
    #expect(state.history.isEmpty)
    state.press(.backspace)
    #expect(state.message == "Nothing to go back to")
  }

  @Test func dossierBriefPresentsInTheContrastThemeUnlessOneWasAsked() {
    let marked = startup {
      _ = $0.userData.toggleMark(.event("treaty-1999"))
      $0.presentation = .briefing
    }
    let presenting = AppState(opening: marked, options: options, size: size)
    #expect(presenting.presenter?.label.hasPrefix("briefing ") == true)
    #expect(presenting.theme.name == .contrast)
    var asked = options
    asked.themeAsked = true
    #expect(AppState(opening: marked, options: asked, size: size).theme.name == .default)
  }

  @Test func theTimelineIsPresentedAsFiltered() {
    let state = AppState(
      opening: startup {
        $0.presentation = .timeline(items: ["event:treaty-1999"], filter: "from 1999")
      }, options: options, size: size)
    #expect(state.presenter?.label == "timeline, from 1999")
  }

  /// A private folder for the stores.
  func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appending(
      path: "dossier-startup-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func fileServicesReadTheStoresOfTheCorpusLoaded() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let environment = ["XDG_DATA_HOME": folder, "XDG_STATE_HOME": folder, "HOME": folder]
    let corpus = fixtureCorpus("ui")
    var saved = UserData()
    _ = saved.toggleMark(.event("treaty-1999"))
    _ = try UserDataStore(corpusID: corpus.manifest.id, environment: environment).save(saved)
    try LastPositionStore(corpusID: corpus.manifest.id, environment: environment).save(
      LastPosition(view: "myths", item: nil))
    let services = FileServices(
      environment: environment, open: { _ in corpus },
      prepare: { $0.item = .event("drill-2009") }, reload: { corpus })
    let startup = try services.loadCorpus(progress: LoadProgress()).wait().get()
    #expect(startup.userData.isMarked(.event("treaty-1999")))
    #expect(startup.userDataMessage == nil)
    #expect(startup.lastPosition?.view == "myths")
    #expect(startup.item == .event("drill-2009"))
    // Saves go to the same stores, where the next start reads them.
    _ = try services.save(UserData())
    #expect(
      try UserDataStore(corpusID: corpus.manifest.id, environment: environment).load()
        == UserData())
  }

  @Test func unreadableUserDataIsAMessageAndAFailedPrepareIsTheLoadsFailure() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let environment = ["XDG_DATA_HOME": folder, "XDG_STATE_HOME": folder, "HOME": folder]
    let corpus = fixtureCorpus("ui")
    let store = UserDataStore(corpusID: corpus.manifest.id, environment: environment)
    try FileManager.default.createDirectory(
      atPath: store.folder, withIntermediateDirectories: true)
    try "not json".write(toFile: store.path, atomically: true, encoding: .utf8)
    let reading = FileServices(environment: environment, open: { _ in corpus }, reload: { corpus })
    let startup = try reading.loadCorpus(progress: LoadProgress()).wait().get()
    #expect(startup.userDataMessage != nil)
    let failing = FileServices(
      environment: environment, open: { _ in corpus },
      prepare: { _ in throw ReloadError("no item 'nothing'") }, reload: { corpus })
    guard case .failure(let error) = failing.loadCorpus(progress: LoadProgress()).wait() else {
      Issue.record("a failed prepare must fail the load")
      return
    }
    #expect("\(error)" == "no item 'nothing'")
  }
}
