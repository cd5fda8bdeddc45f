import DossierTestSupport
import Testing

@testable import DossierModel

@Suite("Search")
struct SearchTests {
  let corpus = try! CorpusLoader.load(directory: fixture("good"))
  var index: SearchIndex { SearchIndex(corpus: corpus) }

  @Test func aliasFindsTheActorAsAnExactMatch() throws {
    let results = index.search("Lukashenko")
    let first = try #require(results.results.first)
    #expect(first.ref == .actor("lukashenka"))
    #expect(first.tier == .exact)
    #expect(first.matched == "alias \u{201C}Lukashenko\u{201D}")
  }

  @Test func diacriticsAreIgnoredBothWays() {
    #expect(index.search("suwalki").results.first?.ref == .actor("suwalki"))
    #expect(index.search("SUWAŁKI").results.first?.ref == .actor("suwalki"))
    #expect(index.search("Лукашэнка").results.first?.ref == .actor("lukashenka"))
  }

  @Test func tiersRankExactThenPrefixThenWordThenFuzzy() {
    let tiers = index.search("belarus").results.map(\.tier)
    #expect(tiers.first == .exact)
    #expect(tiers == tiers.sorted())
    #expect(index.search("bela").results.first?.tier == .prefix)
    #expect(index.search("belaruss").results.first?.tier == .fuzzy)
    #expect(index.search("belaruss").results.first?.ref == .actor("belarus"))
  }

  @Test func everyWordMustMatch() {
    let results = index.search("treaty signed")
    #expect(
      results.results.map(\.ref) == [
        .event("treaty-1999"), .paragraph(Citation(parsing: "alpha#treaty.1")!),
      ])
    #expect(index.search("treaty zebra").total == 0)
  }

  @Test func resultsSayWhatMatchedInText() throws {
    let result = try #require(index.search("thirteen").results.first)
    #expect(result.ref == .paragraph(Citation(parsing: "beta#ex.1")!))
    #expect(result.matched == "text: The drill had thirteen thousand troops.")
    #expect(result.tier == .word)
  }

  @Test func groupsFollowKindOrder() {
    let groups = index.search("drill").grouped.map(\.kind)
    #expect(groups == groups.sorted())
    #expect(groups.contains(.event))
  }

  @Test func emptyQueriesFindNothing() {
    #expect(index.search("  ").total == 0)
    #expect(index.search("!!").results.isEmpty)
  }

  @Test func approximateMatchesSayWhichWordTheyMatched() {
    let matched = Dictionary(
      uniqueKeysWithValues: index.search("belaruss").results.map { ($0.ref, $0.matched) })
    #expect(matched[.actor("belarus")] == "name")
    #expect(matched[.myth("strong-ally")] == "title")
    #expect(matched[.event("treaty-1999")] == "mentions Belarus")
    #expect(
      matched[.actor("suwalki")]?.hasPrefix("text: \u{2026}rip of land between Belarus and") == true
    )
  }

  @Test func wordsAreFoldedToFindThem() throws {
    let text = "Na granicy: Łukaszenka, Suwałki i e\u{301}te\u{301}."
    let position = try #require(SearchIndex.firstWord(in: text, startingWith: ["lukasz"]))
    #expect(text[position...].hasPrefix("Łukaszenka"))
    let accented = try #require(SearchIndex.firstWord(in: text, startingWith: ["zzz", "ete"]))
    #expect(text[accented...].hasPrefix("e\u{301}te\u{301}"))
    #expect(SearchIndex.firstWord(in: text, startingWith: ["aszenka"]) == nil)
  }

  /// A large corpus is tokenised in parts on several cores; the index must not depend on it.
  @Test func theIndexIsTheSameInOneOrSeveralParts() {
    let one = SearchIndex(corpus: corpus, parts: 1)
    for parts in [2, 3, 7] {
      let split = SearchIndex(corpus: corpus, parts: parts)
      for query in ["belarus", "bela", "belaruss", "treaty signed", "lukashenko", "drill", "zz"] {
        let a = one.search(query, limit: 100)
        let b = split.search(query, limit: 100)
        #expect(a.total == b.total, "\(query) in \(parts) parts")
        #expect(
          a.results.map { "\($0.ref) \($0.tier) \($0.matched)" }
            == b.results.map { "\($0.ref) \($0.tier) \($0.matched)" }, "\(query) in \(parts) parts")
      }
    }
  }

  @Test func snippetsCentreOnTheMatch() {
    let text =
      String(repeating: "filler ", count: 30) + "Suwałki corridor"
      + String(repeating: " tail", count: 30)
    let snippet = SearchIndex.snippet(text, around: "suwalki")
    #expect(snippet.hasPrefix("\u{2026}"))
    #expect(snippet.contains("Suwałki corridor"))
  }
}
