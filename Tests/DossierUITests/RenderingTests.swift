import DossierModel
import DossierTestSupport
import Testing

@testable import DossierUI

/// Every view and overlay rendered off-screen at 80x24 and 120x40, compared as text.
@Suite("Rendering")
struct RenderingTests {
  static let sizes = [(80, 24), (120, 40)]

  @Test(arguments: sizes)
  func actors(width: Int, height: Int) {
    var state = app(width, height)
    state.press(.character("1"))
    assertSnapshot(state.screen, named: "actors-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func actorDetailWithCyrillicAndWideText(width: Int, height: Int) {
    var state = app(width, height)
    state.follow(.actor("minsk-hq"))
    assertSnapshot(state.screen, named: "actor-cyrillic-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func timeline(width: Int, height: Int) {
    var state = app(width, height)
    state.press(.character("2"), .character("j"))
    assertSnapshot(state.screen, named: "timeline-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func myths(width: Int, height: Int) {
    var state = app(width, height)
    state.press(.character("3"))
    assertSnapshot(state.screen, named: "myths-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func documents(width: Int, height: Int) {
    var state = app(width, height)
    state.press(.character("4"))
    assertSnapshot(state.screen, named: "documents-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func reader(width: Int, height: Int) {
    var state = app(width, height)
    state.press(.character("4"), .enter, .character("j"))
    assertSnapshot(state.screen, named: "reader-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func problems(width: Int, height: Int) {
    var state = app(width, height, corpus: "broken")
    state.press(.character("p"), .character("j"))
    assertSnapshot(state.screen, named: "problems-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func help(width: Int, height: Int) {
    var state = app(width, height)
    state.press(.character("?"))
    assertSnapshot(state.screen, named: "help-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func search(width: Int, height: Int) {
    var state = app(width, height)
    state.press(.character("s"))
    state.type("lukashenko")
    assertSnapshot(state.screen, named: "search-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func filterPicker(width: Int, height: Int) {
    var state = app(width, height)
    state.press(.character("2"), .character("f"))
    state.type("lane")
    assertSnapshot(state.screen, named: "picker-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func disagreementOverlay(width: Int, height: Int) {
    var state = app(width, height)
    state.follow(.disagreement("drill-size"))
    assertSnapshot(state.screen, named: "disagreement-\(width)x\(height)")
  }

  @Test func tooSmall() {
    let state = app(50, 12)
    assertSnapshot(state.screen, named: "too-small-50x12")
  }

  @Test func monochromeUsesNoColour() {
    let state = app(120, 40)
    let buffer = state.render()
    #expect(
      buffer.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default }
    )
  }

  @Test func themesFollowTheEnvironment() {
    #expect(Theme.resolve(requested: nil, environment: ["NO_COLOR": "1"]).name == .monochrome)
    #expect(Theme.resolve(requested: nil, environment: ["TERM": "dumb"]).name == .monochrome)
    #expect(Theme.resolve(requested: nil, environment: ["TERM": "xterm"]).name == .default)
    #expect(Theme.resolve(requested: .contrast, environment: ["NO_COLOR": "1"]).name == .contrast)
  }

  @Test func selectionIsVisibleWithoutColour() {
    // In every theme the selected row is marked by a symbol, not only by colour.
    for name in Theme.Name.allCases {
      var state = app(120, 40)
      state.theme = Theme(name)
      state.press(.character("2"), .character("j"))
      #expect(state.screen.contains("›"), "\(name)")
    }
  }
}
