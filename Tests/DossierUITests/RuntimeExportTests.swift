import DossierModel
import Foundation
import Testing

@testable import DossierUI

/// The export box through the runtime: the file written with the existing exporters, the full
/// path on the status line, a file in the way replaced only when asked again, failures said.
@Suite("Runtime: export")
struct RuntimeExportTests {
  func briefingState() -> AppState {
    var state = app(120, 40)
    state.workingFolder = "/work/handouts"
    for ref: ItemRef in [.event("treaty-1999"), .actor("belarus"), .myth("strong-ally")] {
      _ = state.userData.toggleMark(ref)
    }
    state.rebuildUserDataLists()
    return state
  }

  @Test func enterWritesTheHandoutAndTheStatusLineSaysWhere() {
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    let backend = TestBackend(
      size: Size(width: 120, height: 40),
      events: [.key(.character("5")), .key(.character("e")), .key(.enter)])
    var runtime = AppRuntime(state: briefingState(), backend: backend, services: services)
    _ = runtime.run()
    let path = "/work/handouts/dossier-briefing-default.md"
    let text = services.files[path]
    #expect(text?.hasPrefix("# default\n") == true, "the handout's heading is the briefing")
    #expect(text?.contains("Treaty signed") == true)
    #expect(text?.contains("Belarus") == true)
    #expect(backend.screen.contains("Exported 3 items as md to \(path)"))
    #expect(runtime.state.overlay == nil)
  }

  @Test func aFileInTheWayIsReplacedOnlyAfterASecondEnter() {
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    let path = "/work/handouts/dossier-briefing-default.csv"
    services.files[path] = "old"
    let backend = TestBackend(
      size: Size(width: 120, height: 40),
      events: [.key(.character("5")), .key(.character("e")), .key(.right), .key(.enter)])
    var runtime = AppRuntime(state: briefingState(), backend: backend, services: services)
    _ = runtime.run()
    #expect(services.files[path] == "old")
    #expect(backend.screen.contains("exists: Enter again replaces it"))
    backend.events = [.key(.enter)]
    _ = runtime.run()
    #expect(services.files[path]?.contains("treaty-1999") == true)
    // The CSV holds events only, and says what it left out.
    #expect(backend.screen.contains("Exported 1 item as csv to \(path)"))
    #expect(runtime.state.ctx.messageLog.joined().contains("left out 1 actor and 1 myth"))
  }

  @Test func aFailedWriteSaysWhyAndTheBoxStays() {
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    let backend = TestBackend(
      size: Size(width: 120, height: 40),
      events: [.key(.character("5")), .key(.character("e")), .key(.tab), .key(.tab)]
        + [.key(.control("u"))] + "/unwritable/x.md".map { .key(.character($0)) }
        + [.key(.enter)])
    var runtime = AppRuntime(state: briefingState(), backend: backend, services: services)
    _ = runtime.run()
    guard case .export = runtime.state.overlay else {
      Issue.record("the box closed after a failure")
      return
    }
    #expect(backend.screen.contains("cannot write /unwritable/x.md"))
  }

  /// The real services: the file lands on disk whole, under `~` too.
  @Test func fileServicesWriteAtomicallyOnDisk() throws {
    let folder = FileManager.default.temporaryDirectory.appending(
      path: "dossier-export-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let services = FileServices(
      store: UserDataStore(corpusID: "fixture", environment: ["XDG_DATA_HOME": folder]),
      positions: LastPositionStore(corpusID: "fixture", environment: ["XDG_STATE_HOME": folder]),
      environment: ["HOME": folder]
    ) { fixtureCorpus("ui") }
    var state = briefingState()
    state.workingFolder = folder
    let backend = TestBackend(
      size: Size(width: 120, height: 40),
      events: [.key(.character("5")), .key(.character("e")), .key(.tab), .key(.tab)]
        + [.key(.control("u"))] + "~/room.ics".map { .key(.character($0)) }
        + [.key(.up), .key(.up), .key(.right), .key(.right), .key(.enter)])
    var runtime = AppRuntime(state: state, backend: backend, services: services)
    _ = runtime.run()
    let path = folder + "/room.ics"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("BEGIN:VCALENDAR"))
    #expect(backend.screen.contains("to \(path)"))
    let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.hasPrefix("room.ics") && $0 != "room.ics"
    }
    #expect(left.isEmpty, "no temporary file is left beside it")
  }
}
