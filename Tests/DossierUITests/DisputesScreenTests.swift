import DossierCharts
import DossierModel
import DossierTestSupport
import Testing

@testable import DossierUI

@Suite("Disputes screen")
struct DisputesScreenTests {
  func disputes(_ width: Int, _ height: Int) -> AppState {
    var state = bundledApp(width, height)
    state.press(.character("7"))
    return state
  }

  @Test func tabSevenListsEveryDisagreementGroupedByKind() {
    let state = disputes(120, 40)
    #expect(state.view == .disputes)
    let headings = state.list.entries.compactMap { entry -> String? in
      if case .heading(let text, _) = entry { text } else { nil }
    }
    #expect(
      headings.map { $0.split(separator: " ")[0] } == ["Dates", "Figures", "Readings", "Names"])
    #expect(state.list.itemRows.count == state.corpus.disagreements.count)
    let screen = state.screen
    #expect(screen.contains("[7 Disputes]"))
    #expect(screen.contains("── Dates ("))
    #expect(screen.contains("› ≠ about "))
  }

  @Test func aFourVersionDisagreementIsTwoByTwoOr4InARow() throws {
    for (width, height) in [(80, 30), (120, 40)] {
      var state = disputes(width, height)
      state.follow(.disagreement("union-doctrine-2018-status"))
      #expect(state.view == .disputes)
      #expect(state.list.selected == .disagreement("union-doctrine-2018-status"))
      let screen = state.screen
      let rows = screen.split(separator: "\n").map(String.init)
      let first = try #require(rows.firstIndex { $0.contains("[analysis-2019#doctrine.1]") })
      let second = try #require(rows.firstIndex { $0.contains("[bulletin-2020#") })
      #expect(rows[first].contains("│ [industry-article#"))
      // Two by two at 80 columns; all four side by side at 120.
      #expect((first == second) == (width == 120))
      #expect(rows[second].contains("│ [policy-paper-2020#"))
      #expect(screen.contains("› ≠ about Union State military doctrine (2018 draft)"))
      assertSnapshot(screen, named: "disputes-four-versions-\(width)x\(height)")
    }
  }

  @Test func snapshotsAtBothSizes() {
    for (width, height) in [(80, 24), (200, 60)] {
      var state = disputes(width, height)
      state.press(.character("j"), .character("j"))
      assertSnapshot(state.screen, named: "disputes-\(width)x\(height)")
    }
  }

  @Test func jAndKGoFromOneToTheNextAndTheViewFollows() {
    var state = disputes(80, 24)
    for _ in 0..<(state.list.itemRows.count - 1) { state.press(.character("j")) }
    let last = state.corpus.disagreements[
      state.ctx.disagreements.byAspect.last { !$0.disagreements.isEmpty }!.disagreements.last!]
    #expect(state.list.selected == .disagreement(last.id))
    #expect(state.screen.contains("› ≠ about "))
    state.press(.character("g"), .character("g"))
    #expect(state.list.cursor == 0)
    state.press(.pageDown)
    #expect(state.list.cursor > 0)
    #expect(state.screen.contains("› ≠ about "))
  }

  @Test func enterListsTheLinksAndBackspaceComesBack() {
    var state = disputes(80, 24)
    state.press(.enter)
    #expect(state.focus == .detail)
    let links = state.detailLinks.compactMap(\.link)
    #expect(links.contains { if case .paragraph = $0 { true } else { false } })
    #expect(state.screen.contains("Disagreement on the"))
    state.press(.backspace)
    #expect(state.focus == .list)
    #expect(state.screen.contains("› ≠ about "))
  }

  @Test func oOpensWhatItIsAbout() {
    var state = disputes(120, 40)
    state.follow(.disagreement("s-400-supply"))
    state.press(.character("o"))
    #expect(state.view == .actors)
    #expect(state.list.selected == .actor("s-400"))
    state.press(.backspace)
    #expect(state.view == .disputes)
    #expect(state.list.selected == .disagreement("s-400-supply"))
  }

  @Test func theFilterNarrowsThePage() {
    var state = disputes(120, 40)
    state.press(.character("/"))
    state.type("S-400")
    state.press(.enter)
    #expect(state.list.itemRows.count >= 1)
    #expect(state.list.itemRows.count < state.corpus.disagreements.count)
    #expect(state.screen.contains("matching \u{201C}S-400\u{201D}"))
  }
}
