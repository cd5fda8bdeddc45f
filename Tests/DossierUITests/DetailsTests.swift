import DossierModel
import DossierTUI
import Testing

@testable import DossierUI

/// The small faults of issue 12, each driven as a student would meet it on the bundled corpus:
/// cut text, links that do not show, the reader's jumps, counts under a filter, the status bar.
@Suite("Getting the details right")
struct DetailsTests {
  /// The rows of the screen.
  func rows(_ state: AppState) -> [String] { state.screen.components(separatedBy: "\n") }

  // MARK: Truncation

  @Test(arguments: [(80, 24), (100, 30), (120, 40)])
  func timelineDatesAreNeverCut(width: Int, height: Int) {
    let state = bundledApp(width, height)
    let rowWidth = state.layout.listContent.width - 5
    for event in state.corpus.events {
      let row = TimelineSource().row(.event(event.id), state.ctx, width: rowWidth, depth: 0)
      #expect(!row[0].text.contains("…"), "\(event.date.display) → \(row[0].text)")
    }
    // The widest labels show whole where the list is wide enough for them.
    if width == 80 {
      let wide = state.corpus.events.first { $0.date.display == "Mar 2014 – Mar 2015" }!
      let row = TimelineSource().row(.event(wide.id), state.ctx, width: rowWidth, depth: 0)
      #expect(row[0].text.hasPrefix("Mar 2014 – Mar 2015"))
    }
  }

  @Test func theFilterPickerCutsRowsWithAnEllipsis() {
    var state = bundledApp(80, 24)
    state.press(.character("2"), .character("f"))
    state.type("source")
    let box = state.layout.overlayBox
    let cut = rows(state)[(box.y + 3)..<(box.maxY - 1)].filter { $0.contains("Source:") }
    #expect(!cut.isEmpty)
    // Every source row that is too long ends in an ellipsis inside the frame.
    #expect(cut.contains { $0.contains("…") }, "\(cut)")
  }

  @Test func theProblemsPaneWrapsTheDiagnostic() {
    var state = app(80, 24, corpus: "broken")
    state.press(.character("p"))
    let message = state.corpus.diagnostics[0].message
    let pane = rows(state)[(state.layout.detailContent.y)..<(state.layout.detailContent.maxY)]
    let text = pane.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    #expect(
      text.replacingOccurrences(of: "  ", with: " ").contains(message),
      "\(message)\n\(pane.joined(separator: "\n"))")
  }

  @Test func aCutMessageSaysWhereItIsWhole() {
    var state = bundledApp(80, 24)
    let long =
      "Could not write /a/very/long/folder/name/that/does/not/exist/handout.md: permission denied"
    state.message = long
    let status = rows(state).last ?? ""
    #expect(status.contains("M all"), "\(status)")
    #expect(status.contains("Could not write /a/very/long"))
    state.press(.character("M"))
    #expect(state.screen.contains("handout.md: permission"))
    #expect(state.screen.contains("denied"))
  }

  @Test func theStatusBarKeepsTheSearchHintAt80Columns() {
    var state = bundledApp(80, 24)
    for view in ["1", "2", "3", "4"] {
      state.press(.character(Character(view)))
      let status = rows(state).last ?? ""
      #expect(status.contains("s search"), "view \(view): \(status)")
    }
  }

  // MARK: Links

  @Test func aLinkHighlightNeverSpillsOntoABlankRow() {
    var state = bundledApp(120, 40)
    state.press(.character("2"), .enter)
    for _ in 0..<12 {
      state.press(.character("j"))
      let buffer = state.render()
      let content = state.layout.detailContent
      var highlighted: [String] = []
      for y in content.y..<content.maxY {
        let x = content.x + 2
        guard buffer[x, y].style.reverse else { continue }
        highlighted.append(
          (content.x..<(content.maxX - 1)).map { buffer[$0, y].symbol }.joined())
      }
      #expect(!highlighted.isEmpty)
      for row in highlighted {
        #expect(!row.trimmingCharacters(in: .whitespaces).isEmpty, "a blank highlighted row")
      }
    }
  }

  @Test func linksAreMarkedAndADisagreementsOwnNoteIsNotALink() {
    var state = bundledApp(120, 40)
    state.overlay = .item(.disagreement("s-400-supply"), link: 0)
    let lines = DetailBuilder(
      corpus: state.corpus, width: 60, disagreements: state.ctx.disagreements
    ).lines(for: .disagreement("s-400-supply"))
    let note = state.corpus.disagreement("s-400-supply")!.note.plain
    #expect(lines.contains { $0.plainText == note && $0.link == nil })
    // Every link's first row is marked ▸, without colour.
    let screen = rows(state)
    let links = lines.filter { $0.link != nil }
    #expect(screen.filter { $0.contains("▸") }.count >= min(links.count, 5))
  }

  // MARK: The event page

  func pane(_ ref: ItemRef) -> [DetailLine] {
    let state = bundledApp()
    return DetailBuilder(corpus: state.corpus, width: 70, disagreements: state.ctx.disagreements)
      .lines(for: ref)
  }

  @Test func aFigureLinksToThePassageItComesFrom() {
    let lines = pane(.event("integration-talks-collapse-2019"))
    let figure = lines.first { $0.plainText.contains("3 roadmaps") }
    #expect(
      figure?.link
        == .paragraph(Citation(parsing: "policy-paper-2020#union-state-at-twenty-ultimatum.7")!))
    #expect(figure?.plainText.contains("from policy-paper-2020 ›") == true)
  }

  @Test func anEventSaysWhatItComesAfterAndWhatFollowsIt() {
    let after = pane(.event("belarus-post-election-protests-2020"))
    #expect(
      after.contains {
        $0.plainText.hasPrefix("After: ") && $0.link == .event("belarus-presidential-election-2020")
      })
    let before = pane(.event("belarus-presidential-election-2020"))
    #expect(
      before.contains {
        $0.plainText.hasPrefix("Followed by: ")
          && $0.link == .event("belarus-post-election-protests-2020")
      })
  }

  // MARK: The reader

  func commentary(_ width: Int = 120, _ height: Int = 40) -> AppState {
    var state = bundledApp(width, height)
    state.press(.character("4"))
    state.list.select(.document("commentary-2013"))
    state.press(.enter)
    return state
  }

  @Test func nextSectionPutsItsHeadingAtTheTop() {
    var state = commentary()
    state.press(.character("]"), .character("]"))
    let top = rows(state)[state.layout.listContent.y]
    #expect(top.contains("Lukashenka's conception of cooperation"), "\(top)")
    state.press(.character("["))
    #expect(rows(state)[state.layout.listContent.y].contains("Integration – completed"))
  }

  @Test func theStatusLineNamesTheSection() {
    var state = commentary(80, 24)
    state.press(.character("]"))
    #expect(rows(state).last?.contains("§ Integration") == true, "\(rows(state).last ?? "")")
  }

  @Test func theTableOfContentsOpensASection() {
    var state = commentary()
    state.press(.character("t"))
    #expect(state.screen.contains("Contents of"))
    state.type("conclusion")
    state.press(.enter)
    #expect(state.overlay == nil)
    #expect(state.readerSection?.id == "conclusion")
    #expect(rows(state)[state.layout.listContent.y].contains("Conclusion: sombre prospects"))
    // From the Documents list too, for the selected document.
    state.press(.escape, .escape)
    #expect(state.reader == nil || !state.reading)
    state.press(.character("t"))
    #expect(state.screen.contains("Contents of"))
  }

  // MARK: Filtered counts

  @Test func filteredGroupHeadingsCountWhatShows() {
    var state = bundledApp(120, 40)
    let total = state.list.itemRows.count
    state.press(.character("/"))
    state.type("lukashenko")
    state.press(.enter)
    let screen = state.screen
    #expect(screen.contains("Actors (1 of \(total)) matching"))
    #expect(screen.contains("(1 of "), "the group heading counts the one match")
    state.press(.escape)
    #expect(!state.screen.contains(" of \(total))"))
  }

  /// A screen's title counting one thing says it in the singular.
  @Test func titlesCountingOneAreSingular() {
    var state = bundledApp(120, 40)
    state.press(.character("2"), .character("/"))
    state.type("teddy")
    state.press(.enter, .character("v"))
    #expect(state.screen.contains("Timeline chart (1 event) matching"), "\(state.screen)")
    state.press(.character("7"), .character("/"))
    state.type("rumour")
    state.press(.enter)
    #expect(state.screen.contains("Disputes: 1 disagreement between"), "\(state.screen)")
    state.press(.character("6"), .character("/"))
    state.type("middleman")
    state.press(.enter)
    #expect(state.screen.contains("Stances: 1 claim × "), "\(state.screen)")
    #expect(
      UserData.Error.indexOutOfRange(index: 3, count: 1).description
        == "Position 3 is outside the briefing (it has 1 item).")
  }

  // MARK: Pickers

  @Test func aNameTypedIntoTheBriefingsPickerCreatesIt() {
    var state = bundledApp(120, 40)
    state.press(.character("2"))
    state.press(.character("B"))
    var effects: [Effect] = []
    for c in "meeting" {
      if let effect = state.handle(.key(.character(c))) { effects.append(effect) }
    }
    #expect(state.screen.contains("New briefing \u{201C}meeting\u{201D}"))
    if let effect = state.handle(.key(.enter)) { effects.append(effect) }
    #expect(effects == [.saveUserData])
    #expect(state.userData.current == "meeting")
    #expect(state.userData.currentBriefing.items.isEmpty, "no typed m marked anything")
  }

  @Test func enterWithNothingToChooseKeepsThePickerOpen() {
    var state = bundledApp(120, 40)
    state.press(.character("2"), .character("f"))
    state.type("zzzz")
    state.press(.enter)
    guard case .picker = state.overlay else {
      Issue.record("the picker closed")
      return
    }
    #expect(state.screen.contains("Nothing matches"))
    for c in "me" { #expect(state.handle(.key(.character(c))) == nil) }
    #expect(state.userData.currentBriefing.items.isEmpty)
    state.press(.escape)
    #expect(state.overlay == nil)
  }

  @Test func deletingABriefingAsksAndKeepsItByDefault() {
    var state = bundledApp(120, 40)
    state.press(.character("2"), .character("m"))
    state.press(.character("B"))
    state.type("delete")
    state.press(.enter)
    #expect(state.screen.contains("Delete the briefing"))
    // The first choice keeps it.
    state.press(.enter)
    #expect(state.userData.currentBriefing.items.count == 1)
  }
}

extension DetailLine {
  /// The line's text without styles.
  var plainText: String { segments.map(\.text).joined() }
}
