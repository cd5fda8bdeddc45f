import DossierCorpus
import DossierTestSupport
import Testing

@testable import DossierModel

/// The search engine's answers over the small fixture corpus and the bundled one: what a
/// student types finds the item, and the scores are FTS5's own to the last bit.
@Suite("Search")
struct SearchTests {
  static let corpus = try! CorpusLoader.load(directory: fixture("good"))
  static let engine = try! SearchEngine.build(corpus.searchFields())
  static let bundled = CorpusLoader.load(
    CorpusInput(
      root: BundledCorpus.displayRoot,
      files: BundledCorpus.files.map { CorpusInput.File(path: $0.path, bytes: $0.bytes) }))
  static let bundledEngine = try! SearchEngine.build(bundled.searchFields())

  func first(_ query: String, _ engine: SearchEngine = engine) throws -> ItemRef? {
    try engine.page(try engine.search(query, prefixLast: false), limit: 1).first?.ref
  }

  @Test func aliasFindsTheActorAsAnExactMatch() throws {
    let hit = try #require(
      try Self.engine.page(try Self.engine.search("Lukashenko"), limit: 1).first)
    #expect(hit.ref == .actor("lukashenka"))
    #expect(hit.via == "name")
  }

  @Test func diacriticsAreIgnoredBothWays() throws {
    #expect(try first("suwalki") == .actor("suwalki"))
    #expect(try first("SUWAŁKI") == .actor("suwalki"))
    #expect(try first("Лукашэнка") == .actor("lukashenka"))
  }

  @Test func everyWordMustMatch() throws {
    // Two items have both words; under a handful, items with one follow, after them.
    let matches = try Self.engine.search("treaty signed", prefixLast: false)
    let hits = try Self.engine.page(matches, limit: 10)
    #expect(
      Set(hits.prefix(2).map(\.ref)) == [
        .event("treaty-1999"), .paragraph(Citation(parsing: "alpha#treaty.1")!),
      ])
    #expect(hits.prefix(2).allSatisfy { $0.matchedWords == 2 })
    #expect(hits.dropFirst(2).allSatisfy { $0.matchedWords == 1 })
    #expect(matches.summary == "3 matches (2 with all 2 words, the rest with fewer)")
    #expect(try Self.engine.search("treaty zebra", prefixLast: false).allWords == false)
  }

  @Test func emptyQueriesFindNothing() throws {
    #expect(try Self.engine.search("  ").total == 0)
    #expect(try Self.engine.search("!!").total == 0)
  }

  @Test func keyActorsOfTheBundledCorpusByEverySpelling() throws {
    #expect(try first("Lukashenko", Self.bundledEngine) == .actor("lukashenka"))
    #expect(try first("lukashenka", Self.bundledEngine) == .actor("lukashenka"))
    let csto = try Self.bundledEngine.page(
      try Self.bundledEngine.search("CSTO", prefixLast: false), limit: 3
    ).map(\.ref)
    #expect(csto.contains(.actor("csto")))
  }

  /// The scores computed from the postings are `bm25()`'s, bit for bit, for words, prefixes,
  /// phrases and queries that fall back to fewer words; and the order is the one a full sort
  /// of FTS5's scores gives. Whole words (no prefix) take the intersection of sorted lists,
  /// prefixes the general tables: both are checked.
  @Test(arguments: [true, false]) func scoresAreFTS5sOwn(prefixLast: Bool) throws {
    let engine = Self.bundledEngine
    for text in [
      "belarus", "zapad 2017", "air def", "\"air base\" russia", "lukashenko troops",
      "defence budget", "Lukashenka zzzqqq unicorn", "s", "union state treaty", "russ",
      "russia belarus", "belarus russia military", "the of and", "minsk moscow",
    ] {
      let matches = try engine.search(text, prefixLast: prefixLast)
      let expression = engine.expression(
        matches.query.clauses, join: matches.allWords ? "AND" : "OR")
      // The engine is shared by the suite's tests, which run at once: its connection is used
      // only under its lock, as the engine uses it (unserialized, two threads in one SQLite
      // connection crash or spin).
      let fts = try engine.database.serialized {
        let statement = try engine.database.statement(
          "SELECT rowid, bm25(fts, 20.0, 4.0, 1.0, 0.0) FROM fts WHERE fts MATCH ?")
        statement.bind(1, expression)
        var fts: [Int: Double] = [:]
        while try statement.step() { fts[statement.int(0)] = statement.double(1) }
        return fts
      }
      let ours = matches.ranking.all.filter { !$0.exact || fts[Int($0.id)] != nil }
      #expect(ours.count == fts.count, "\(text)")
      for row in ours {
        #expect(row.score == fts[Int(row.id)], "\(text): row \(row.id)")
      }
      let sorted = matches.ranking.all
      #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0.ranks(before: $1) }, "\(text)")
      // The counts made while the rows were made are those of the rows.
      let recount = SearchTally(sorted, words: UInt16(matches.wordCount))
      #expect(matches.fullCount == recount.full, "\(text)")
      for kind in SearchKind.allCases {
        #expect(matches.countsByKind[kind] ?? 0 == recount.perKind[kind.rawValue], "\(text)")
      }
    }
  }

  /// A query of one frequent word answers from the word's top rows, ranked when the index was
  /// built, exactly as from all its rows: the same counts, pages, and whole ranking once read
  /// past the top rows.
  @Test func frequentWordsAnswerFromTheirTopRowsAsFromAllRows() throws {
    let fields = Self.bundled.searchFields()
    let plain = try SearchEngine.build(fields, topRowsFrom: Int.max)
    let tops = try SearchEngine.build(fields, topRowsFrom: 2)
    let belarus = SearchTokenizer.term(ofFolded: "belarus")
    #expect(try tops.database.serialized { try tops.topRows(of: belarus) }?.rows.count == 256)
    #expect(try plain.database.serialized { try plain.topRows(of: belarus) } == nil)
    // A frequent word answers from its top rows, whether it names an item exactly or not.
    #expect(try tops.search("military", prefixLast: false).ranking.isPartial)
    #expect(try tops.search("belarus", prefixLast: false).ranking.isPartial)
    for query in [
      "belarus", "russia", "military", "zapad", "belaruss", "exercises", "the", "defense",
      "treaty", "Lukashenka", "air",
    ] {
      let a = try plain.search(query, prefixLast: false)
      let b = try tops.search(query, prefixLast: false)
      #expect(a.total == b.total, "\(query)")
      #expect(a.countsByKind == b.countsByKind, "\(query)")
      #expect(a.summary == b.summary, "\(query)")
      #expect(try plain.page(a, limit: 20) == tops.page(b, limit: 20), "\(query)")
      #expect(
        try plain.page(a, offset: 240, limit: 40) == tops.page(b, offset: 240, limit: 40),
        "\(query)")
      #expect(a == b, "\(query)")
    }
  }

  /// Reading a ranking page by page, from a fresh ranking each time or on, gives the order of a
  /// full sort, however large the result.
  @Test func aWarmedEngineAnswersAsAColdOne() throws {
    // Warming reads ahead what the queries read on their way (row lengths and kinds, every
    // length's vocabulary); the answers must not change.
    let cold = try SearchEngine.build(Self.bundled.searchFields())
    let warm = try SearchEngine.build(Self.bundled.searchFields())
    try warm.warm()
    for query in ["lukashneka", "iskandr", "zapad 2017", "air defense", "Suwalki", "shield"] {
      let a = try cold.search(query, prefixLast: false)
      let b = try warm.search(query, prefixLast: false)
      #expect(a == b, "\(query)")
      #expect(try cold.page(a, limit: 20) == warm.page(b, limit: 20), "\(query)")
    }
    #expect(try cold.search("lukashneka", prefixLast: false).didYouMean == "lukashenka")
  }

  @Test func rankingsReadInPartsGiveTheFullOrder() {
    var random = PassageMatcherTests.Generator(state: 5)
    let rows = (1...20_000).map { id in
      SearchRanking.Row(
        id: Int32(id), matched: UInt16.random(in: 1...3, using: &random),
        kind: SearchKind(rawValue: Int.random(in: 0..<8, using: &random))!,
        exact: Int.random(in: 0..<500, using: &random) == 0,
        score: Double(Int.random(in: -50...0, using: &random)) / 7)
    }
    let full = rows.sorted { $0.ranks(before: $1) }
    let ranking = SearchRanking(rows)
    var read: [SearchRanking.Row] = []
    for start in stride(from: 0, to: 3000, by: 20) { read += ranking.rows(start..<(start + 20)) }
    #expect(read == Array(full.prefix(3000)))
    #expect(ranking.rows(19_990..<20_010) == Array(full.suffix(10)))
    #expect(SearchRanking(rows).rows(5000..<5010) == Array(full[5000..<5010]))
    #expect(SearchRanking(rows).all == full)
  }

  /// The banded edit distance with its early stop agrees with the plain one.
  @Test func editDistanceAgreesWithThePlainDefinition() {
    func plain(_ a: [UInt32], _ b: [UInt32]) -> Int {
      if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
      var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
      for i in 0...a.count { d[i][0] = i }
      for j in 0...b.count { d[0][j] = j }
      for i in 1...a.count {
        for j in 1...b.count {
          d[i][j] = min(
            d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
          }
        }
      }
      return d[a.count][b.count]
    }
    var random = PassageMatcherTests.Generator(state: 3)
    for limit in 1...2 {
      var distance = EditDistance(limit: limit, longest: 4)
      for _ in 0..<3000 {
        let a = (0..<Int.random(in: 1...9, using: &random)).map { _ in
          UInt32.random(in: 97...100, using: &random)
        }
        let b = (0..<Int.random(in: 1...9, using: &random)).map { _ in
          UInt32.random(in: 97...100, using: &random)
        }
        let expected = min(plain(a, b), limit + 1)
        let got = b.withUnsafeBufferPointer { distance.between(a, $0) }
        #expect(got == expected, "\(a) \(b) limit \(limit)")
      }
    }
    // The bit-parallel version gives the whole distance, for words up to 64 scalars, ASCII
    // or not.
    let alphabets: [ClosedRange<UInt32>] = [97...100, 0x430...0x433, 97...98]
    for alphabet in alphabets {
      for _ in 0..<3000 {
        let a = (0..<Int.random(in: 1...12, using: &random)).map { _ in
          UInt32.random(in: alphabet, using: &random)
        }
        let b = (0..<Int.random(in: 0...12, using: &random)).map { _ in
          UInt32.random(in: alphabet, using: &random)
        }
        let got = b.withUnsafeBufferPointer { EditPattern(a)!.distance(to: $0) }
        #expect(got == plain(a, b), "\(a) \(b)")
      }
    }
    for length in [63, 64] {
      let a = (0..<length).map { _ in UInt32.random(in: 97...99, using: &random) }
      var b = a
      b.remove(at: 5)
      b.swapAt(20, 21)
      b[40] = 0x431
      let got = b.withUnsafeBufferPointer { EditPattern(a)!.distance(to: $0) }
      #expect(got == plain(a, b), "length \(length)")
    }
    #expect(EditPattern([UInt32](repeating: 97, count: 65)) == nil)
  }

  /// Two words within `d` edits differ in at most `2 × d` of their letter bits (the filter
  /// before the distance), letters repeated or not.
  @Test func theLetterFilterNeverDropsAWordWithinReach() {
    var random = PassageMatcherTests.Generator(state: 7)
    for _ in 0..<20_000 {
      let a = (0..<Int.random(in: 1...10, using: &random)).map { _ in
        UInt32.random(in: 97...101, using: &random)
      }
      var b = a
      let edits = Int.random(in: 1...2, using: &random)
      for _ in 0..<edits {
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
          b.insert(
            UInt32.random(in: 97...101, using: &random),
            at: Int.random(in: 0...b.count, using: &random))
        case 1 where !b.isEmpty: b.remove(at: Int.random(in: 0..<b.count, using: &random))
        case 2 where !b.isEmpty:
          b[Int.random(in: 0..<b.count, using: &random)] = UInt32.random(
            in: 97...101, using: &random)
        case 3 where b.count > 1:
          let i = Int.random(in: 0..<(b.count - 1), using: &random)
          b.swapAt(i, i + 1)
        default: break
        }
      }
      let differing = (SpellingList.letterBits(a) ^ SpellingList.letterBits(b)).nonzeroBitCount
      #expect(differing <= 2 * edits, "\(a) \(b)")
    }
  }
}
