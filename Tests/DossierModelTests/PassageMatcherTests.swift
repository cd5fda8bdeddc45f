import DossierCorpus
import Testing

@testable import DossierModel

/// The one-pass matcher of long texts (the reader's find) gives exactly the answers of the
/// token-list matcher, whatever the text.
@Suite("Passage matcher")
struct PassageMatcherTests {
  /// Words that exercise the tokenizer: stems, spelling variants, possessives, diacritics,
  /// letters without a decomposition, Cyrillic, combining marks, digits, ligatures, a dotted
  /// capital I, letters outside the Basic Multilingual Plane, emoji and punctuation.
  static let pool = [
    "Russia", "ratifies", "ratified", "ratify", "the", "founding", "document", "defence",
    "Defense", "organisation", "organization", "colour", "colors", "Lukashenka's", "Lukashenka",
    "Lukashenko", "Suwałki", "suwalki", "ØRESUND", "Đakovo", "Лукашенка", "Лукашэнка", "café",
    "cafe\u{301}", "2017", "Zapad-2017", "West-2013", "air", "base", "bases", "straße", "ﬁre",
    "İstanbul", "𝐀lpha", "𝐀", "😀", "x’s", "’s", "'s", "s", "a", "I", "—", "«", "»", "...",
    "\"", "Minsk", "minsks", "troops", "troop", "exercise", "exercises", "exercize", "ies",
    "sses", "yyy", "e", "ab", "ﾃﾞ", "日本", "ǅ", "ﬀ", "\u{0345}", "a\u{0345}b",
  ]
  static let separators = [" ", " ", " ", ", ", ".\n", "-", "'", "’", "\t", "", "\r\n"]

  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test func givesTheSameAnswersAsTheTokenMatcher() {
    var random = Generator(state: 9)
    for round in 0..<3000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...24, using: &random) {
        text += Self.pool.randomElement(using: &random)!
        text += Self.separators.randomElement(using: &random)!
      }
      var query = ""
      for i in 0..<Int.random(in: 1...3, using: &random) {
        var word = Self.pool.randomElement(using: &random)!
        if Bool.random(using: &random) {
          word = String(word.prefix(Int.random(in: 1...4, using: &random)))
        }
        if i > 0 { query += " " }
        query += word
      }
      if round % 5 == 0 {
        let words = text.split(separator: " ").prefix(3)
        query = "\"\(words.joined(separator: " "))\" " + query
      }
      if round % 7 == 0 { query += " " }
      let parsed = SearchQuery(query)
      let tokens = SearchTokenizer.tokens(text)
      #expect(
        PassageMatcher(parsed).matches(text) == parsed.matches(SearchText(text)),
        "\(query.debugDescription) in \(text.debugDescription)")
      #expect(
        PassageMatcher(parsed).highlights(in: text) == parsed.highlights(in: tokens),
        "\(query.debugDescription) in \(text.debugDescription)")
      // The index build's tokenizer gives the same folded words.
      var folded: [String] = []
      SearchTokenizer.forEachFoldedWord(in: text) {
        folded.append(String(decoding: $0, as: UTF8.self))
      }
      #expect(folded == tokens.map(\.folded), "\(text.debugDescription)")
    }
  }

  @Test func eachASCIIByteBeforeAWantedLetterIsReadAsTheTokenizerReadsIt() {
    // The scan passes over eight bytes at a time where a wanted letter follows a letter or a
    // digit; every other byte before one, at every place in a block, must let it be seen.
    for byte in 0x01..<0x80 {
      let before = String(Character(Unicode.Scalar(UInt8(byte))))
      for pad in 0..<9 {
        let text =
          String(repeating: "x", count: pad) + " filler words, here" + before + "Zapad e"
          + before + "exercise 2017" + before + "2017 ends"
        for query in ["zapad", "exer", "2017", "e"] {
          let parsed = SearchQuery(query)
          #expect(
            PassageMatcher(parsed).highlights(in: text)
              == parsed.highlights(in: SearchTokenizer.tokens(text)),
            "\(query) in \(text.debugDescription)")
        }
      }
    }
  }

  @Test func findsWordsInTheBundledCorpusLikeTheTokenMatcher() {
    let corpus = CorpusLoader.load(
      CorpusInput(
        root: BundledCorpus.displayRoot,
        files: BundledCorpus.files.map { CorpusInput.File(path: $0.path, bytes: $0.bytes) }))
    let paragraphs = corpus.documents.flatMap(\.sections).flatMap(\.paragraphs).map(\.text.plain)
    for query in ["zapad", "Zapad 2017", "\"Union State\"", "lukashenko", "defense", "ratif"] {
      let parsed = SearchQuery(query)
      for text in paragraphs {
        #expect(
          PassageMatcher(parsed).matches(text) == parsed.matches(SearchText(text)), "\(query)")
        #expect(
          PassageMatcher(parsed).highlights(in: text)
            == parsed.highlights(in: SearchTokenizer.tokens(text)),
          "\(query)")
      }
    }
  }

  /// Every folded word of the bundled corpus's documents.
  static func bundledDocumentWords() -> Set<String> {
    var words = Set<String>()
    let corpus = CorpusLoader.load(
      CorpusInput(
        root: BundledCorpus.displayRoot,
        files: BundledCorpus.files.map { CorpusInput.File(path: $0.path, bytes: $0.bytes) }))
    for paragraph in corpus.documents.flatMap(\.sections).flatMap(\.paragraphs) {
      SearchTokenizer.scan(paragraph.text.plain) { _, folded in words.insert(folded) }
    }
    return words
  }

  /// `count` random strings of lower-case ASCII letters, 1 to `longest` long.
  static func randomWords(_ count: Int, longest: Int, seed: UInt64) -> Set<String> {
    var random = Generator(state: seed)
    let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
    var words = Set<String>()
    for _ in 0..<count {
      let length = Int.random(in: 1...longest, using: &random)
      words.insert(
        String(
          decoding: (0..<length).map { _ in letters.randomElement(using: &random)! }, as: UTF8.self)
      )
    }
    return words
  }

  /// The matcher looks only at words whose first byte is a query term's first byte; that is
  /// sound because folding spellings and stemming never change a word's first letter.
  @Test func aTermBeginsWithItsWordsFirstByte() {
    var words = Set(SpellingVariants.words.keys).union(SpellingVariants.words.values)
    words.formUnion(Self.bundledDocumentWords())
    words.formUnion(Self.randomWords(50_000, longest: 12, seed: 3))
    for suffix in ["ise", "ising", "ised", "isation", "yse", "ogue", "ies", "sses", "y", "s"] {
      words.insert(suffix)
    }
    for word in words {
      let term = SearchTokenizer.term(ofFolded: word)
      #expect(term.utf8.first == word.utf8.first, "\(word) → \(term)")
    }
  }

  @Test func phrasesFollowTheTokenizersRules() {
    // A possessive "s" is not a word, so the phrase runs across it; any other word breaks it.
    #expect(PassageMatcher(SearchQuery("\"lukashenka visit\"")).matches("Lukashenka’s visit"))
    #expect(PassageMatcher(SearchQuery("\"lukashenka visit\"")).matches("LUKASHENKA's, visit"))
    #expect(!PassageMatcher(SearchQuery("\"lukashenka visit\"")).matches("Lukashenka x visit"))
    #expect(!PassageMatcher(SearchQuery("\"lukashenka visit\"")).matches("Lukashenka'sa visit"))
    // A word that starts with a combining mark still starts where the mark is.
    #expect(PassageMatcher(SearchQuery("zapad")).matches("the \u{301}Zapad drill"))
    #expect(
      PassageMatcher(SearchQuery("zapad")).highlights(in: "the \u{301}Zapad drill") == [4..<11])
    // A wanted letter inside another word is not a word start.
    #expect(!PassageMatcher(SearchQuery("zap")).matches("Brest-Litovsk azap xzap"))
    #expect(PassageMatcher(SearchQuery("zap")).highlights(in: "ёzap zap") == [6..<9])
  }

  @Test func shortTextsTakeTheTokenListAndLongOnesThePassageMatcher() {
    // Both give the same answers; the choice is only about cost.
    let short = "Lukashenka’s visit to Minsk"
    let long = String(repeating: "a border town, ", count: 100) + short
    #expect(
      short.utf8.count < PassageMatcher.shortest && long.utf8.count >= PassageMatcher.shortest)
    for text in [short, long] {
      #expect(SearchQuery("\"lukashenka visit\"").matches(text))
      #expect(!SearchQuery("minsk zebra", prefixLast: false).matches(text))
      let bytes = Array(text.utf8)
      #expect(
        SearchQuery("visit mins").highlights(in: text).map {
          String(decoding: bytes[$0], as: UTF8.self)
        } == ["visit", "Minsk"])
    }
  }

  @Test func aLongParagraphIsMatchedToItsEnd() {
    let filler = String(repeating: "troops crossed the border near Brest, ", count: 50_000)
    let text = filler + "and Zapad-2017 ended."
    #expect(SearchQuery("zapad").matches(text))
    #expect(SearchQuery("\"zapad 2017\" ended").matches(text))
    #expect(!SearchQuery("zapadny").matches(text))
    #expect(!SearchQuery("\"border brest\"").matches(text))
    let bytes = Array(text.utf8)
    let marks = SearchQuery("zapad end").highlights(in: text)
    #expect(marks.map { String(decoding: bytes[$0], as: UTF8.self) } == ["Zapad", "ended"])
    #expect(SearchQuery("brest").highlights(in: text).count == 50_000)
  }

  @Test func theFoldingTableAgreesWithTheTokenizerForEveryScalarOfThePlane() {
    // The table takes shortcuts (a scalar that does not change when lowercased folds to
    // itself); every scalar of the Basic Multilingual Plane must still fold as the tokenizer
    // folds it, one at a time.
    let table = FoldingTable.shared
    var checked = 0
    for value in UInt32(0)..<0x10000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let isWord = SearchTokenizer.isWordScalar(scalar)
      #expect(table.isWord(scalar) == isWord, "word test of U+\(String(value, radix: 16))")
      guard isWord else { continue }
      var expected: [UInt8] = []
      TextFolding.fold(scalar) { f in
        if SearchTokenizer.isWordScalar(f), !(0x300...0x36F).contains(f.value) {
          expected.append(contentsOf: String(f).utf8)
        }
      }
      var actual: [UInt8] = []
      table.withFolded(scalar) { actual.append(contentsOf: $0) }
      if actual != expected {
        Issue.record("U+\(String(value, radix: 16)) folds to \(actual), not \(expected)")
      }
      checked += 1
    }
    #expect(checked > 40_000)
  }
}
