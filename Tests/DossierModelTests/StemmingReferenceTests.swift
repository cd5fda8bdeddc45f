import Testing

@testable import DossierModel

/// The byte-level spelling folding and Porter stemmer give what the first round's versions on
/// strings gave, word for word: every word of the bundled corpus's documents, every suffix of
/// every rule on a few hundred stems, the spelling lists, and random letter strings.
@Suite("Stemming: the byte versions agree with the reference")
struct StemmingReferenceTests {
  /// Words that reach every rule: stems of several shapes (consonant-vowel patterns, double
  /// letters, y after a vowel and a consonant) with each suffix the rules know.
  static func ruleWords() -> Set<String> {
    let stems = [
      "", "a", "b", "ab", "bat", "hop", "fil", "fail", "conflat", "troubl", "siz", "tann", "fall",
      "hiss", "fizz", "happ", "sk", "relat", "condit", "valen", "hesit", "digitiz", "conform",
      "radic", "differ", "vietnam", "predic", "rat", "triplic", "form", "electr", "hope", "goodn",
      "revi", "allow", "inferr", "airl", "gyroscop", "adjust", "depend", "adopt", "homolog",
      "commun", "activ", "bowdler", "effect", "control", "roll", "generat", "say", "toy", "ply",
      "cry", "colour", "favour", "organ", "analy", "catal", "defen", "centr", "travel", "ration",
    ]
    let suffixes = [
      "", "s", "es", "sses", "ies", "ss", "eed", "ed", "ing", "ings", "at", "bl", "iz", "y", "ly",
      "ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli",
      "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti",
      "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance",
      "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "sion", "tion", "ion",
      "ou",
      "ism", "ate", "iti", "ous", "ive", "ize", "e", "le", "ll", "isations", "isation", "ising",
      "ised", "isers", "iser", "ises", "ise", "ysing", "ysed", "yses", "yse", "ogues", "ogue",
      "our", "ours", "ourable", "ourhood", "ourers",
    ]
    var words = Set<String>()
    for stem in stems {
      for suffix in suffixes { words.insert(stem + suffix) }
      for first in suffixes.prefix(20) {
        for second in suffixes.prefix(20) { words.insert(stem + first + second) }
      }
    }
    return words
  }

  static func allWords() -> Set<String> {
    var words = ruleWords()
    words.formUnion(ReferenceSpellingVariants.words.keys)
    words.formUnion(ReferenceSpellingVariants.words.values)
    words.formUnion(PassageMatcherTests.bundledDocumentWords())
    words.formUnion(PassageMatcherTests.randomWords(30_000, longest: 14, seed: 11))
    return words
  }

  @Test func spellingFoldingAgrees() {
    let words = Self.allWords()
    #expect(words.count > 40_000)
    var differing: [String] = []
    for word in words where word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
      let expected = ReferenceSpellingVariants.fold(word)
      if SpellingVariants.fold(word) != expected
        || SpellingVariants.fold(bytes: Array(word.utf8)) != Array(expected.utf8)
      {
        differing.append(word)
      }
    }
    #expect(differing.isEmpty, "\(differing.prefix(20))")
  }

  @Test func stemmingAgrees() {
    var differing: [String] = []
    // Any bytes: the wording checks stem folded words that may hold other letters.
    let words = Self.allWords().union(["naïve", "łódź", "x1y", "ABC", "a-b", "ñandú"])
    for word in words {
      let expected = ReferencePorterStemmer.stem(word)
      if PorterStemmer.stem(word) != expected
        || PorterStemmer.stem(Array(word.utf8)) != Array(expected.utf8)
      {
        differing.append(word)
      }
    }
    #expect(differing.isEmpty, "\(differing.prefix(20))")
  }

  @Test func termsAgree() {
    for word in Self.allWords() {
      let bytes = Array(word.utf8)
      let reference =
        bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
        ? ReferencePorterStemmer.stem(ReferenceSpellingVariants.fold(word)) : word
      #expect(SearchTokenizer.term(ofFolded: word) == reference)
      #expect(SearchTokenizer.term(ofFolded: bytes) == Array(reference.utf8))
    }
  }
}
