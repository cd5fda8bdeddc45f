import DossierModel
import DossierSlides
import Foundation
import Testing

@testable import DossierUI

/// The presenter's speaker link through the runtime: opened when the presenter starts, commands
/// from a speaker view applied, the state sent, a failure said once, the link closed on leaving.
@Suite("Runtime: speaker link")
struct RuntimeSpeakerTests {
  /// A private folder for one test's socket.
  final class Folder {
    let path: String
    init() {
      var template = Array("\(NSTemporaryDirectory())/dossier-speaker-XXXXXX".utf8CString)
      path = template.withUnsafeMutableBufferPointer {
        String(cString: mkdtemp($0.baseAddress!)!)
      }
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
  }

  func marked() -> AppState {
    var state = app(120, 40)
    for ref: ItemRef in [.event("treaty-1999"), .actor("belarus"), .event("drill-2009")] {
      _ = state.userData.toggleMark(ref)
    }
    state.userData.setNote("Say who signed it", for: .event("treaty-1999"))
    return state
  }

  @Test func aSpeakerViewStepsThePresenterAndIsToldWhenItCloses() throws {
    let folder = Folder()
    let link = SpeakerLink(corpus: "fixture", folder: folder.path + "/dossier")
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    services.speakerLink = try SpeakerPublisher(link: link)
    // The view connects first, and asks for the next slide before the presenter runs.
    let follower = SpeakerFollower(link: link)
    _ = follower.poll()
    #expect(follower.connected)
    try follower.send(.next)
    let backend = TestBackend(
      size: Size(width: 120, height: 40), events: [.key(.character("b")), .tick])
    var runtime = AppRuntime(state: marked(), backend: backend, services: services)
    #expect(runtime.run() == .inputClosed)
    #expect(services.speakerLinksOpened == 1)
    // It started at the selected actor (the second item); the view's command moved it on.
    #expect(runtime.state.presenter?.index == 2)
    #expect(backend.screen.contains("3 of 3"))
    // The view got the states, then saw the presenter close (the run ended).
    #expect(follower.poll() != .unchanged)
    guard case .noPresenter(let message) = follower.poll() else {
      Issue.record("the speaker view still follows a closed presenter")
      return
    }
    #expect(message.hasPrefix("The presenter has closed."))
    #expect(!FileManager.default.fileExists(atPath: link.socketPath))
  }

  @Test func aLinkThatCannotOpenIsSaidOnThePresenterStatusLineAndPresentingGoesOn() {
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    services.speakerError = SpeakerLink.LinkError.busy("/run/x.sock", pid: 4242)
    let backend = TestBackend(
      size: Size(width: 120, height: 40), events: [.key(.character("b"))])
    var runtime = AppRuntime(state: marked(), backend: backend, services: services)
    _ = runtime.run()
    #expect(backend.screen.contains("2 of 3"))
    #expect(
      backend.screen.contains(
        "No speaker view: another presenter (process 4242) already presents this corpus"))
    #expect(runtime.state.ctx.messageLog.last?.contains("process 4242") == true)
  }

  @Test func leavingThePresenterClosesTheLinkAndANewPresentationOpensItAgain() throws {
    let folder = Folder()
    let link = SpeakerLink(corpus: "fixture", folder: folder.path + "/dossier")
    let services = FakeServices(corpus: fixtureCorpus("ui"))
    services.speakerLink = try SpeakerPublisher(link: link)
    let backend = TestBackend(
      size: Size(width: 120, height: 40),
      events: [.key(.character("b")), .key(.escape), .key(.escape)])
    var runtime = AppRuntime(state: marked(), backend: backend, services: services)
    _ = runtime.run()
    #expect(runtime.state.presenter == nil)
    #expect(!FileManager.default.fileExists(atPath: link.socketPath))
    services.speakerLink = nil
    backend.events = [.key(.character("b"))]
    _ = runtime.run()
    #expect(services.speakerLinksOpened == 2)
  }
}
