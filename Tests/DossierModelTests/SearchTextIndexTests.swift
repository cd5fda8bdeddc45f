import DossierCorpus
import Testing

@testable import DossierModel

/// The inverted index of a list's rows gives the answers of the one matcher (``SearchText``)
/// for every text, whatever the texts and the query.
@Suite("Search text index")
struct SearchTextIndexTests {
  @Test func givesTheSameAnswersAsTheTokenMatcher() {
    var random = PassageMatcherTests.Generator(state: 11)
    let pool = PassageMatcherTests.pool
    let separators = PassageMatcherTests.separators
    var texts: [String] = []
    for _ in 0..<400 {
      var text = ""
      for _ in 0..<Int.random(in: 0...12, using: &random) {
        text += pool.randomElement(using: &random)! + separators.randomElement(using: &random)!
      }
      texts.append(text)
    }
    let index = SearchTextIndex(texts)
    let searchTexts = texts.map(SearchText.init)
    #expect(index.count == texts.count)
    for round in 0..<600 {
      var query = ""
      for i in 0..<Int.random(in: 1...3, using: &random) {
        var word = pool.randomElement(using: &random)!
        if Bool.random(using: &random) {
          word = String(word.prefix(Int.random(in: 1...4, using: &random)))
        }
        if i > 0 { query += " " }
        query += word
      }
      if round % 5 == 0 {
        let words = texts[round % texts.count].split(separator: " ").prefix(2)
        query = "\"\(words.joined(separator: " "))\" " + query
      }
      if round % 7 == 0 { query += " " }
      let parsed = SearchQuery(query)
      let found = index.matching(parsed)
      for (i, text) in texts.enumerated() where found.contains(i) != parsed.matches(searchTexts[i])
      {
        Issue.record("\(query.debugDescription) in \(text.debugDescription)")
      }
    }
  }

  @Test func findsTheBundledCorpusEventsLikeTheTokenMatcher() {
    let corpus = CorpusLoader.load(
      CorpusInput(
        root: BundledCorpus.displayRoot,
        files: BundledCorpus.files.map { CorpusInput.File(path: $0.path, bytes: $0.bytes) }))
    let texts = corpus.events.map { $0.title + " \n " + $0.summary.plain }
    let index = SearchTextIndex(texts)
    var found = 0
    for text in [
      "zapad", "Zapad 2017", "\"Union State\"", "lukashenko", "defense", "ratif", "air def",
      "regional group of forces", "x", "\"military doctrine\" 2010", "qqqq",
    ] {
      let query = SearchQuery(text)
      let expected = texts.indices.filter { query.matches(SearchText(texts[$0])) }
      #expect(index.matching(query).indices == expected, "\(text)")
      if !expected.isEmpty { found += 1 }
    }
    #expect(found >= 8)
    #expect(index.matching(SearchQuery("")).indices.isEmpty)
  }
}
