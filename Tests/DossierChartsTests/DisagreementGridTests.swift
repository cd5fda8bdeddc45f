import DossierCharts
import DossierModel
import DossierTestSupport
import Testing

@Suite("Disagreements side by side")
struct DisagreementGridTests {
  @Test func versionsAreBalancedInTheGrid() {
    #expect(DisagreementGrid.shape(count: 4, width: 80) == (2, 2))
    #expect(DisagreementGrid.shape(count: 4, width: 200) == (4, 1))
    #expect(DisagreementGrid.shape(count: 3, width: 80) == (3, 1))
    #expect(DisagreementGrid.shape(count: 5, width: 80) == (3, 2))
    #expect(DisagreementGrid.shape(count: 7, width: 120) == (4, 2))
    #expect(DisagreementGrid.shape(count: 2, width: 30) == (1, 2))
    #expect(DisagreementGrid.shape(count: 0, width: 80) == (0, 0))
    #expect(DisagreementGrid.rowCounts(count: 7, width: 80) == [3, 2, 2])
    #expect(DisagreementGrid.rowCounts(count: 4, width: 80) == [2, 2])
    // Never a lone version on a row when there is room for two side by side.
    for count in 1...12 {
      for width in [40, 80, 120, 200] {
        let (columns, rows) = DisagreementGrid.shape(count: count, width: width)
        let counts = DisagreementGrid.rowCounts(count: count, width: width)
        #expect(counts.reduce(0, +) == count)
        #expect(counts.count == rows && counts.allSatisfy { $0 <= columns })
        if columns > 1, count > 1 {
          #expect(counts.allSatisfy { $0 > 1 }, "\(count) \(width)")
        }
      }
    }
  }

  @Test func aFourVersionDisagreementAtBothSizes() {
    let item = bundled.disagreements.first { $0.versions.count == 4 }!
    // 160 wide, four columns: a source's title is cut short of a run of its own words.
    for (width, ascii) in [(80, false), (160, false), (80, true)] {
      let grid = DisagreementGrid.versions(item, in: bundled, width: width, ascii: ascii)
      assertSnapshot(grid.text, named: "disagreement-\(item.id)-\(width)\(ascii ? "-ascii" : "")")
      for version in item.versions {
        // A citation longer than the column breaks after its document.
        let cited = "\(version.citation)]"
        let document = "[\(version.citation.document)#"
        let rest = cited.dropFirst(document.count - 1)
        #expect(grid.text.contains("[" + cited) || grid.text.contains(document), "\(cited)")
        #expect(grid.text.contains(rest), "\(cited)")
      }
    }
    let narrow = DisagreementGrid.versions(item, in: bundled, width: 80)
    // Two rows of two, split by a rule.
    #expect(narrow.text.split(separator: "\n").contains { $0.allSatisfy { $0 == "─" } })
  }

  @Test func everyDisagreementIsOnThePageUnderItsAspect() {
    let index = DisagreementIndex(corpus: bundled)
    let page = DisagreementGrid.page(bundled, index: index, width: 100)
    #expect(page.starts.count == bundled.disagreements.count)
    #expect(Set(page.starts.map(\.disagreement)) == Set(bundled.disagreements.indices))
    let lines = page.grid.text.split(separator: "\n", omittingEmptySubsequences: false)
    var aspect: String?
    for (d, row) in page.starts {
      let heading = lines[..<row].last { line in
        ["Dates", "Figures", "Readings", "Names"].contains { line.hasPrefix($0 + " (") }
      }
      aspect = heading.map { String($0.prefix { $0 != " " }) }
      #expect(aspect == DisagreementGrid.heading(bundled.disagreements[d].aspect))
      #expect(lines[row].contains("[disagreement:\(bundled.disagreements[d].id)]"))
    }
  }
}
