/// The Porter stemming algorithm (M. F. Porter, 1980) for lower-case ASCII English words:
/// "ratifies", "ratified" and "ratify" all become "ratifi"; "warned" and "warns" become "warn".
///
/// Words of two letters or fewer are returned as they are, as in the original algorithm.
///
/// The suffixes are byte tables made once and tested in place (the first version made an array
/// for every suffix it tested, and a table of strings for every step: a word cost thousands of
/// instructions, and stemming was most of a search page's snippets and of the index build).
enum PorterStemmer {
  /// The stem of a lower-case ASCII word.
  static func stem(_ word: [UInt8]) -> [UInt8] {
    guard word.count > 2 else { return word }
    var w = Word(word)
    w.step1ab()
    w.step1c()
    w.step2()
    w.step3()
    w.step4()
    w.step5()
    return w.b
  }

  /// The stem of a lower-case ASCII word, as a string.
  static func stem(_ word: String) -> String {
    String(decoding: stem(Array(word.utf8)), as: UTF8.self)
  }

  /// The word being stemmed; `j` marks the end of the stem a suffix test found.
  private struct Word {
    var b: [UInt8]
    var j = 0
    init(_ b: [UInt8]) { self.b = b }

    var k: Int { b.count - 1 }

    /// Whether b[i] is a consonant ("y" is one after a vowel or at the start).
    func cons(_ i: Int) -> Bool {
      switch b[i] {
      case 0x61, 0x65, 0x69, 0x6F, 0x75: return false
      case 0x79: return i == 0 ? true : !cons(i - 1)
      default: return true
      }
    }

    /// The number of vowel-consonant sequences in b[0...j].
    func m() -> Int {
      var n = 0
      var i = 0
      while true {
        if i > j { return n }
        if !cons(i) { break }
        i += 1
      }
      i += 1
      while true {
        while true {
          if i > j { return n }
          if cons(i) { break }
          i += 1
        }
        i += 1
        n += 1
        while true {
          if i > j { return n }
          if !cons(i) { break }
          i += 1
        }
        i += 1
      }
    }

    /// Whether b[0...j] contains a vowel.
    func vowelInStem() -> Bool { (0...max(j, 0)).contains { $0 <= j && !cons($0) } }

    /// Whether b[i-1...i] is a double consonant.
    func doublec(_ i: Int) -> Bool { i >= 1 && b[i] == b[i - 1] && cons(i) }

    /// Whether b[i-2...i] is consonant-vowel-consonant, the last not w, x or y.
    func cvc(_ i: Int) -> Bool {
      guard i >= 2, cons(i), !cons(i - 1), cons(i - 2) else { return false }
      return b[i] != 0x77 && b[i] != 0x78 && b[i] != 0x79
    }

    /// Whether the word ends with `suffix`; sets `j` to the end of the rest.
    mutating func ends(_ suffix: [UInt8]) -> Bool {
      let n = suffix.count
      let count = b.count
      guard n <= count else { return false }
      for i in 0..<n where b[count - n + i] != suffix[i] { return false }
      j = count - n - 1
      return true
    }

    /// Whether the word ends with the one letter `letter`; sets `j` as ``ends(_:)`` does.
    mutating func ends(letter: UInt8) -> Bool {
      guard b.last == letter else { return false }
      j = b.count - 2
      return true
    }

    /// Replaces the suffix after `j` with `replacement`.
    mutating func setto(_ replacement: [UInt8]) {
      b.removeSubrange((j + 1)...)
      b.append(contentsOf: replacement)
    }

    mutating func r(_ replacement: [UInt8]) { if m() > 0 { setto(replacement) } }

    mutating func step1ab() {
      if b.last == 0x73 {
        if ends(Suffix.sses) {
          b.removeLast(2)
        } else if ends(Suffix.ies) {
          setto(Suffix.i)
        } else if b.count >= 2, b[b.count - 2] != 0x73 {
          b.removeLast()
        }
      }
      if ends(Suffix.eed) {
        if m() > 0 { b.removeLast() }
      } else if (ends(Suffix.ed) || ends(Suffix.ing)) && vowelInStem() {
        b.removeSubrange((j + 1)...)
        if ends(Suffix.at) {
          setto(Suffix.ate)
        } else if ends(Suffix.bl) {
          setto(Suffix.ble)
        } else if ends(Suffix.iz) {
          setto(Suffix.ize)
        } else if doublec(k) {
          let c = b[k]
          if c != 0x6C && c != 0x73 && c != 0x7A { b.removeLast() }
        } else {
          j = k
          if m() == 1 && cvc(k) { b.append(0x65) }
        }
      }
    }

    mutating func step1c() {
      if ends(letter: 0x79) && vowelInStem() { b[k] = 0x69 }
    }

    mutating func step2() {
      guard b.count >= 3 else { return }
      for (suffix, replacement) in Suffix.step2 where ends(suffix) {
        r(replacement)
        return
      }
    }

    mutating func step3() {
      for (suffix, replacement) in Suffix.step3 where ends(suffix) {
        r(replacement)
        return
      }
    }

    mutating func step4() {
      for suffix in Suffix.step4 where ends(suffix) {
        if suffix == Suffix.ion {
          guard j >= 0, b[j] == 0x73 || b[j] == 0x74 else { return }
        }
        if m() > 1 { b.removeSubrange((j + 1)...) }
        return
      }
    }

    mutating func step5() {
      j = k
      if b[k] == 0x65 {
        j = k - 1
        let a = m()
        if a > 1 || (a == 1 && !cvc(k - 1)) { b.removeLast() }
      }
      j = k
      if b[k] == 0x6C && doublec(k) && m() > 1 { b.removeLast() }
    }
  }

  /// The suffixes and replacements of the steps, as bytes.
  private enum Suffix {
    static let sses = Array("sses".utf8)
    static let ies = Array("ies".utf8)
    static let i = Array("i".utf8)
    static let eed = Array("eed".utf8)
    static let ed = Array("ed".utf8)
    static let ing = Array("ing".utf8)
    static let at = Array("at".utf8)
    static let ate = Array("ate".utf8)
    static let bl = Array("bl".utf8)
    static let ble = Array("ble".utf8)
    static let iz = Array("iz".utf8)
    static let ize = Array("ize".utf8)
    static let ion = Array("ion".utf8)

    static let step2: [([UInt8], [UInt8])] = [
      ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"),
      ("izer", "ize"), ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"),
      ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"), ("ator", "ate"),
      ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
      ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ].map(bytes)

    static let step3: [([UInt8], [UInt8])] = [
      ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"),
      ("ful", ""), ("ness", ""),
    ].map(bytes)

    /// A suffix and its replacement as bytes.
    private static func bytes(_ pair: (String, String)) -> ([UInt8], [UInt8]) {
      (Array(pair.0.utf8), Array(pair.1.utf8))
    }

    static let step4: [[UInt8]] = [
      "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
      "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ].map { Array($0.utf8) }
  }
}
