import DossierCharts
import DossierModel
import DossierTestSupport
import Testing

@Suite("Sources-by-claims matrix")
struct MatrixTests {
  @Test func framesAtBothSizes() {
    for (width, height) in [(80, 24), (200, 60)] {
      for ascii in [false, true] {
        var matrix = ClaimsMatrix(corpus: bundled, ascii: ascii, width: width, height: height)
        matrix.moveDown()
        matrix.moveToStance()
        let grid = matrix.layout()
        #expect(grid.width == width && grid.height == height)
        #expect(grid.cells.filter(\.cursor).count == 1)
        assertSnapshot(
          grid.text, named: "matrix-bundled-\(width)x\(height)\(ascii ? "-ascii" : "")")
        if ascii {
          for y in 0..<3 { #expect(grid.row(y).allSatisfy { $0.isASCII }) }
        }
      }
    }
  }

  @Test func sourcesAreInDateOrderUndatedOnesByTheirStances() {
    let matrix = ClaimsMatrix(corpus: bundled)
    #expect(
      matrix.columns.map(\.source) == [
        "commentary-2013", "analysis-2019", "policy-paper-2020", "industry-article",
        "bulletin-2020",
      ] || matrix.columns.first?.source == "commentary-2013")
    #expect(matrix.columns.first?.header.0 == "2013")
    #expect(matrix.columns.first?.header.1 == "commentary")
    let dates = matrix.columns.compactMap(\.date)
    #expect(dates == dates.sorted())
    // Every bundled source now has a date of its own (uncertain where the text only lets us
    // infer it), so no column is dated from its stances.
    #expect(!matrix.columns.contains { $0.dateFromStances })
  }

  @Test func cellsAreStancesAndMarkWhereTheyChange() {
    let corpus = try! CorpusLoader.load(directory: fixture("good"))
    var matrix = ClaimsMatrix(corpus: corpus, ascii: true, width: 60, height: 10)
    // alpha (2013) says reality, beta (2020) says myth.
    #expect(matrix.columns.map(\.source) == ["alpha", "beta"])
    let row = matrix.rows[0]
    #expect(row.cells.map { $0?.stance } == [.reality, .myth])
    #expect(row.cells.map { $0?.changed } == [false, true])
    #expect(row.disagrees)
    #expect(row.verdict == "Partly true")
    let grid = matrix.layout()
    #expect(grid.row(3).contains("! Partly true"))
    #expect(grid.row(3).contains(" reality !myth"))
    matrix.moveRight()
    let detail = matrix.detail!
    #expect(detail.source == "beta")
    #expect(detail.stance == .myth)
    #expect(detail.date == "2020")
    #expect(detail.reason == "Limits are shown.")
    #expect(detail.citation?.description == "beta#ex.1")
    #expect(detail.passage == "The drill had thirteen thousand troops.")
  }

  @Test func subClaimsFoldAndTheCursorMoves() {
    var matrix = ClaimsMatrix(corpus: bundled, width: 120, height: 40)
    let all = matrix.rows.count
    let child = matrix.rows.firstIndex { $0.depth > 0 && !$0.hasChildren }!
    let id = bundled.myth(matrix.rows[child].myth)!.parent!
    matrix.move(row: child)
    // Folding from a sub-claim folds its parent and puts the cursor on it.
    matrix.toggleFold()
    #expect(matrix.selectedMythID == id)
    #expect(matrix.rows.count < all)
    #expect(matrix.rows[matrix.cursor.row].folded)
    #expect(matrix.layout().row(3 + matrix.cursor.row - matrix.top).contains("▸"))
    matrix.toggleFold()
    #expect(matrix.rows.count == all)
    matrix.setAllFolded(true)
    #expect(!matrix.rows.contains { $0.depth > 0 })
    // Selecting a sub-claim unfolds its parents.
    let deep = bundled.myths.first { $0.parent != nil && bundled.myth($0.parent!)?.parent != nil }!
    let found = matrix.select(myth: deep.id, source: "bulletin-2020")
    #expect(found)
    #expect(matrix.selectedMythID == deep.id)
    #expect(matrix.selectedSourceID == "bulletin-2020")
    // Left, right and the next stance in the row.
    matrix.setAllFolded(false)
    matrix.move(row: 0)
    for _ in 0..<10 { matrix.moveLeft() }
    #expect(matrix.cursor.column == 0)
    for _ in 0..<10 { matrix.moveRight() }
    #expect(matrix.cursor.column == matrix.columns.count - 1)
    matrix.moveToStance(forward: false)
    #expect(matrix.rows[0].cells[matrix.cursor.column] != nil)
    // Paging keeps the cursor in view.
    matrix.pageDown()
    matrix.pageDown()
    #expect(matrix.cursor.row >= matrix.top)
    #expect(matrix.cursor.row < matrix.top + 40)
    matrix.move(row: 10_000)
    #expect(matrix.cursor.row == matrix.rows.count - 1)
  }

  @Test func theDetailOfASilentSourceSaysSo() {
    var matrix = ClaimsMatrix(corpus: bundled, ascii: true, width: 80, height: 24)
    let row = matrix.rows.firstIndex { $0.cells.contains(nil) }!
    matrix.move(row: row)
    let empty = matrix.rows[row].cells.firstIndex(of: nil)!
    while matrix.cursor.column < empty { matrix.moveRight() }
    #expect(matrix.detail?.stance == nil)
    #expect(matrix.layout().text.contains("silent"))
  }
}
