import DossierCharts
import DossierModel
import DossierTestSupport
import Testing

@testable import DossierUI

@Suite("Stances screen")
struct StancesScreenTests {
  func stances(_ width: Int, _ height: Int, ascii: Bool = false) -> AppState {
    var state = bundledApp(width, height)
    state.ascii = ascii
    state.press(.character("6"))
    return state
  }

  var matrix: (AppState) -> ClaimsMatrix = { $0.stancesMatrix }

  @Test func tabSixIsTheMatrixOfClaimsBySources() {
    let state = stances(120, 40)
    #expect(state.view == .stances)
    let screen = state.screen
    #expect(screen.contains("[6 Stances]"))
    #expect(screen.contains("Stances: 41 claims × 5 sources, oldest first"))
    // Columns in date order: the 2013 commentary first.
    #expect(matrix(state).columns.first?.source == "commentary-2013")
  }

  @Test func snapshotsAtBothSizes() {
    for (width, height) in [(80, 24), (200, 60)] {
      for ascii in [false, true] {
        var state = stances(width, height, ascii: ascii)
        state.press(.character("j"), .character("j"), .character("l"))
        assertSnapshot(state.screen, named: "stances-\(width)x\(height)\(ascii ? "-ascii" : "")")
      }
    }
  }

  @Test func theCursorCellShowsTheSourcesDatedReasonAndPassage() throws {
    var state = stances(120, 40)
    // Along the first row to a source that takes a stance.
    state.press(.character("]"))
    let detail = try #require(matrix(state).detail)
    let stance = try #require(detail.stance)
    let reason = try #require(detail.reason)
    let screen = state.screen
    #expect(screen.contains(ClaimsMatrix.badge(stance, compact: false)))
    let words = reason.split(whereSeparator: \.isWhitespace).prefix(4).joined(separator: " ")
    #expect(screen.contains(words), "\(words)")
    if let citation = detail.citation { #expect(screen.contains("[\(citation)]")) }
    if let date = detail.date { #expect(screen.contains(date)) }
  }

  @Test func navigationMovesOverRowsAndColumns() {
    var state = stances(120, 40)
    #expect(matrix(state).cursor == (0, 0))
    state.press(.character("j"), .character("j"), .character("l"), .character("l"))
    #expect(matrix(state).cursor == (2, 2))
    state.press(.character("h"), .character("k"))
    #expect(matrix(state).cursor == (1, 1))
    state.press(.character("G"))
    #expect(matrix(state).cursor.row == matrix(state).rows.count - 1)
    state.press(.end, .home)
    #expect(matrix(state).cursor.row == 0)
    // The list follows the matrix's claim (marks and notes go to it).
    state.press(.character("j"))
    #expect(state.list.selected == .myth(matrix(state).selectedMythID!))
  }

  @Test func spaceFoldsSubClaimsAndFFoldsThemAll() throws {
    var state = stances(120, 40)
    let all = matrix(state).rows.count
    let parent = try #require(matrix(state).rows.firstIndex { $0.hasChildren })
    state.press(.character("G"), .home)
    for _ in 0..<parent { state.press(.character("j")) }
    state.press(.character(" "))
    #expect(matrix(state).rows.count < all)
    #expect(state.screen.contains("\(matrix(state).rows.count) of \(all) shown"))
    state.press(.character(" "))
    #expect(matrix(state).rows.count == all)
    state.press(.character("F"))
    #expect(matrix(state).rows.allSatisfy { $0.depth == 0 })
    state.press(.character("F"))
    #expect(matrix(state).rows.count == all)
  }

  @Test func enterOpensTheMythAndBackspaceComesBack() {
    var state = stances(120, 40)
    state.press(.character("j"), .character("j"), .character("l"))
    let myth = matrix(state).selectedMythID!
    state.press(.enter)
    #expect(state.view == .myths)
    #expect(state.list.selected == .myth(myth))
    state.press(.backspace)
    #expect(state.view == .stances)
    #expect(matrix(state).selectedMythID == myth)
  }

  @Test func oReadsTheCitedPassage() throws {
    var state = stances(120, 40)
    state.press(.character("]"))
    let citation = try #require(matrix(state).detail?.citation)
    state.press(.character("o"))
    #expect(state.view == .documents)
    #expect(state.reader?.document == citation.document)
  }

  @Test func aClickPutsTheCursorOnACell() throws {
    var state = stances(120, 40)
    let rect = state.layout.listContent
    let m = matrix(state)
    // The first cell of the second source's column on the third claim's row: under the
    // column's header (its year, drawn one cell in).
    let x = try #require((0..<m.width).first { m.cell(atX: $0, y: 5)?.column == 1 })
    #expect(m.layout()[x + 1, 0].character.isNumber)
    _ = state.handle(.mouse(MouseEvent(.press, x: rect.x + x + 2, y: rect.y + 5)))
    #expect(matrix(state).cursor == (2, 1))
  }

  @Test func slashKeepsTheMatchingClaimsAndWhatTheyArePartOf() {
    var state = stances(120, 40)
    let all = matrix(state).rows.count
    state.press(.character("/"))
    state.type("zapad")
    state.press(.enter)
    let rows = matrix(state).rows
    #expect(!rows.isEmpty && rows.count < all)
    let matching = rows.filter { $0.claim.localizedCaseInsensitiveContains("zapad") }
    #expect(!matching.isEmpty)
    // Every other row shown is a claim that a matching one is part of.
    for row in rows where !row.claim.localizedCaseInsensitiveContains("zapad") {
      #expect(row.hasChildren, "\(row.claim)")
    }
    #expect(state.screen.contains("matching \u{201C}zapad\u{201D}"))
    #expect(state.screen.contains("\(rows.count) of \(all) shown"))
    state.press(.escape)
    #expect(matrix(state).rows.count == all)
  }
}
