import DossierTestSupport
import Foundation
import Testing

@testable import DossierModel

@Suite("Search tokenizer")
struct SearchTokenizerTests {
  func terms(_ text: String) -> [String] { SearchTokenizer.terms(text) }

  @Test func caseAndDiacriticsFoldIncludingLettersWithoutDecomposition() {
    #expect(terms("Suwałki") == terms("suwalki"))
    #expect(terms("Øresund") == terms("oresund"))
    #expect(terms("ĐORĐEVIĆ") == terms("dordevic"))
    #expect(terms("LUKASHENKA") == terms("Lukashenka"))
  }

  @Test func cyrillicStaysSearchable() {
    #expect(terms("Лукашэнка") == ["лукашэнка"])
    #expect(SearchQuery("лукашэнка").matches("Аляксандр Лукашэнка"))
  }

  @Test func englishWordsAreStemmed() {
    #expect(terms("ratifies") == terms("ratify"))
    #expect(terms("ratified") == terms("ratify"))
    #expect(terms("warned") == terms("warns"))
    #expect(terms("troops") == terms("troop"))
    #expect(terms("exercises") == terms("exercise"))
    #expect(terms("analysts") == terms("analyst"))
  }

  @Test func britishAndAmericanSpellingsFold() {
    #expect(terms("defence") == terms("defense"))
    #expect(terms("organisation") == terms("organization"))
    #expect(terms("organisations") == terms("organizations"))
    #expect(terms("neighbouring") == terms("neighboring"))
    #expect(terms("recognised") == terms("recognized"))
    #expect(terms("analyse") == terms("analyze"))
    #expect(terms("centre") == terms("center"))
    #expect(terms("manoeuvres") == terms("maneuvers"))
    #expect(terms("four") != terms("for"))
  }

  @Test func possessiveSIsDroppedAndHyphensSplit() {
    #expect(terms("Lukashenka's") == terms("Lukashenka"))
    #expect(terms("West-2013") == ["west", "2013"])
  }

  @Test func tokensKnowTheirByteRanges() {
    let tokens = SearchTokenizer.tokens("Suwałki gap")
    #expect(tokens.map(\.range) == [0..<8, 9..<12])
  }
}

@Suite("Search query")
struct SearchQueryTests {
  @Test func phrasesPrefixesAndStopWords() {
    let query = SearchQuery("what is the \"air base\" Rus")
    #expect(
      query.clauses == [.phrase(["air", "base"]), .word(term: "ru", folded: "rus", prefix: true)])
    #expect(SearchQuery("the").clauses.count == 1)
    #expect(SearchQuery("zapad ").clauses == [.word(term: "zapad", folded: "zapad", prefix: false)])
  }

  @Test func theMatcherFollowsTheSameRulesAsTheIndex() {
    #expect(SearchQuery("defense organization").matches("Ministry of Defence of an organisation"))
    #expect(SearchQuery("\"air base\"").matches("a Russian air base"))
    #expect(!SearchQuery("\"air base\"").matches("a base for air"))
    #expect(SearchQuery("Lukashenko").matches(SearchText(fields: ["Event", "Lukashenko"])))
    #expect(SearchQuery("zap").matches("Zapad-2017"))
    #expect(!SearchQuery("zap", prefixLast: false).matches("Zapad-2017"))
  }

  @Test func highlightsMarkOnlyMatchedWords() {
    let text = "Russia ratifies the founding document"
    let ranges = SearchQuery("ratify document").highlights(in: text)
    let bytes = Array(text.utf8)
    #expect(ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == ["ratifies", "document"])
  }
}

@Suite("Search engine")
struct SearchEngineTests {
  static let corpus = try! CorpusLoader.load(directory: fixture("good"))
  static let engine = try! SearchEngine.build(corpus.searchFields())

  @Test func aliasesFindEveryItemAboutTheActor() throws {
    let matches = try Self.engine.search("Lukashenko")
    let hits = try Self.engine.page(matches, limit: 100)
    #expect(hits.first?.ref == .actor("lukashenka"))
    #expect(hits.count > 1)
    #expect(hits.contains { $0.kind == .event })
  }

  @Test func pagesCoverEveryResultWithTrueCounts() throws {
    let matches = try Self.engine.search("belarus")
    let all = try Self.engine.page(matches, limit: 1000)
    #expect(all.count == matches.total)
    var paged: [ItemRef] = []
    var offset = 0
    while offset < matches.total {
      paged += try Self.engine.page(matches, offset: offset, limit: 2).map(\.ref)
      offset += 2
    }
    #expect(paged == all.map(\.ref))
    #expect(matches.countsByKind.values.reduce(0, +) == matches.total)
  }

  @Test func misspellingsAreCorrected() throws {
    let matches = try Self.engine.search("Lukashenkaa", prefixLast: false)
    #expect(matches.didYouMean == "lukashenka")
    #expect(matches.total > 0)
    #expect(matches.summary.hasPrefix("did you mean"))
  }

  @Test func fewerWordsWhenAllWordsFindTooLittle() throws {
    let matches = try Self.engine.search("Lukashenka zzzqqq unicorn", prefixLast: false)
    #expect(!matches.allWords)
    #expect(matches.total > 0)
    let first = try #require(try Self.engine.page(matches, limit: 1).first)
    #expect(first.matchedWords < first.wordCount)
  }

  @Test func nothingFoundSaysSoWithoutARest() throws {
    let matches = try Self.engine.search("zzzqqq xxxwww", prefixLast: false)
    #expect(matches.total == 0)
    #expect(matches.summary == "0 matches")
  }

  @Test func snippetsShowTextNeverTagsOrKindWords() throws {
    for query in ["belarus", "exercise", "lukashenka"] {
      let matches = try Self.engine.search(query)
      for hit in try Self.engine.page(matches, limit: 100) {
        let fields = try #require(Self.corpus.searchFields(of: hit.ref))
        let snippet = hit.snippet.map(\.text).joined().replacingOccurrences(
          of: "\u{2026}", with: "")
        let body = fields.body.replacingOccurrences(of: "\n", with: " ")
        #expect(snippet.isEmpty || body.contains(snippet.trimmingCharacters(in: .whitespaces)))
      }
    }
  }

  @Test func everyItemOfTheFixtureIsIndexed() {
    #expect(Self.engine.count == Self.corpus.searchFields().count)
  }
}
