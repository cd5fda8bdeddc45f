import DossierModel
import DossierTestSupport
import Foundation
import Testing

@testable import DossierUI

/// The explorer's search, `/` filter and reader find on the one matcher and the full-text
/// engine, tried on the bundled corpus as a student would.
@Suite("Search in the explorer")
struct SearchWiringTests {
  static var bundled: Corpus { bundledCorpus }

  var searchBox: (AppState) -> SearchOverlay? = { state in
    if case .search(let box) = state.overlay { box } else { nil }
  }

  @Test func searchPagesThroughEveryResultWithTrueCounts() throws {
    var state = bundledApp()
    state.press(.character("s"))
    state.type("russia")
    let box = try #require(searchBox(state))
    // Far more than the 60 rows the old search stopped at.
    #expect(box.total > 100)
    #expect(state.screen.contains("\(box.total) matches — "))
    let counts = try #require(box.matches?.countsByKind)
    #expect(counts.values.reduce(0, +) == box.total)
    state.press(.end)
    let end = try #require(searchBox(state))
    #expect(end.cursor == box.total - 1)
    let last = try #require(end.hit(end.total - 1))
    #expect(state.screen.contains(String(last.title.prefix(20))))
    state.press(.enter)
    #expect(state.overlay == nil)
    #expect(state.detailSubject == last.ref || state.list.selected == last.ref)
  }

  @Test func resultsAreOneRankedListWithKindsAndEventDates() throws {
    var state = bundledApp()
    state.press(.character("s"))
    state.type("annex")
    let box = try #require(searchBox(state))
    let top = (0..<3).compactMap { box.hit($0) }
    // The myth about annexation ranks in the top 3 now (it was 22nd).
    #expect(top.contains { $0.kind == .myth && $0.title.lowercased().contains("annex") })
    // Event rows carry their date.
    let event = try #require(
      (0..<min(box.total, 40)).compactMap { box.hit($0) }.first {
        $0.kind == .event
      })
    let date = try #require(event.date)
    let row = state.screen.split(separator: "\n").first { $0.contains(event.title.prefix(20)) }
    #expect(row?.contains("event") == true)
    #expect(row?.contains(date) == true)
  }

  @Test func aUSSpellingAndAMisspellingStillFind() throws {
    var state = bundledApp()
    state.press(.character("s"))
    state.type("air defense")
    #expect(try #require(searchBox(state)).total > 0)
    state.press(.escape, .character("s"))
    state.type("lukashneka")
    let box = try #require(searchBox(state))
    #expect(box.matches?.didYouMean != nil)
    #expect(box.hit(0)?.ref == .actor("lukashenka"))
    #expect(state.screen.contains("did you mean"))
  }

  @Test func theTimelineFilterFindsEventsByAnAliasOfTheirActors() throws {
    var state = bundledApp()
    state.press(.character("2"), .character("/"))
    state.type("lukashenko")
    state.press(.enter)
    let shown = state.list.entries.compactMap { entry -> String? in
      if case .item(.event(let id), _) = entry { id } else { nil }
    }
    // No event title says "Lukashenko": every one is kept through its actor's alias.
    #expect(shown.count > 5)
    for id in shown {
      #expect(Self.bundled.event(id)?.actors.contains("lukashenka") == true)
    }
  }

  @Test func theFilterFoldsSpellingsAsSearchDoes() throws {
    var state = bundledApp()
    state.press(.character("2"), .character("/"))
    state.type("defense")
    state.press(.enter)
    let shown = state.list.entries.compactMap { entry -> String? in
      if case .item(.event(let id), _) = entry { id } else { nil }
    }
    #expect(!shown.isEmpty)
    #expect(
      shown.allSatisfy {
        SearchQuery("defence").matches(Self.bundled.event($0)!.title)
          || Self.bundled.event($0)!.actors.contains { a in
            SearchQuery("defence").matches(Self.bundled.actor(a)?.name ?? "")
          }
      })
  }

  @Test func readerFindLandsOnParagraphsWithTheWordAndHighlightsIt() throws {
    var state = bundledApp()
    state.press(.character("4"))
    state.list.select(.document("commentary-2013"))
    state.press(.enter)
    let paragraphs = Self.bundled.paragraphs(of: "commentary-2013")
    state.press(.character("/"))
    state.type("Zapad")
    state.press(.enter)
    var seen: Set<Int> = []
    for _ in 0..<4 {
      let cursor = try #require(state.reader?.cursor)
      let text = ReaderScreen.findText(paragraphs[cursor].paragraph, corpus: Self.bundled)
      #expect(SearchQuery("Zapad").matches(text))
      #expect(state.message == nil)
      seen.insert(cursor)
      state.press(.character("n"))
    }
    #expect(seen.count > 1)
    // Where the word shows, it is drawn as a match.
    let buffer = state.render()
    let matchStyle = Theme(.monochrome).style(.match)
    // "West 2013" mentions Zapad-2013: the label is drawn as the match.
    #expect(buffer.cells.contains { $0.style == matchStyle && $0.symbol == "W" })
  }
}
