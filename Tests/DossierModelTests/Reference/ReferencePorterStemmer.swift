/// The first round's Porter stemmer, kept as the reference the faster one must agree with.
///
/// The Porter stemming algorithm (M. F. Porter, 1980) for lower-case ASCII English words:
/// "ratifies", "ratified" and "ratify" all become "ratifi"; "warned" and "warns" become "warn".
///
/// Words of two letters or fewer are returned as they are, as in the original algorithm.
enum ReferencePorterStemmer {
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

    /// Whether the word ends with `s`; sets `j` to the end of the rest.
    mutating func ends(_ s: String) -> Bool {
      let suffix = Array(s.utf8)
      guard suffix.count <= b.count, b.suffix(suffix.count).elementsEqual(suffix) else {
        return false
      }
      j = b.count - suffix.count - 1
      return true
    }

    /// Replaces the suffix after `j` with `s`.
    mutating func setto(_ s: String) {
      b.removeSubrange((j + 1)...)
      b.append(contentsOf: s.utf8)
    }

    mutating func r(_ s: String) { if m() > 0 { setto(s) } }

    mutating func step1ab() {
      if b.last == 0x73 {
        if ends("sses") {
          b.removeLast(2)
        } else if ends("ies") {
          setto("i")
        } else if b.count >= 2, b[b.count - 2] != 0x73 {
          b.removeLast()
        }
      }
      if ends("eed") {
        if m() > 0 { b.removeLast() }
      } else if (ends("ed") || ends("ing")) && vowelInStem() {
        b.removeSubrange((j + 1)...)
        if ends("at") {
          setto("ate")
        } else if ends("bl") {
          setto("ble")
        } else if ends("iz") {
          setto("ize")
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
      if ends("y") && vowelInStem() { b[k] = 0x69 }
    }

    mutating func step2() {
      guard b.count >= 3 else { return }
      let pairs: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"),
        ("izer", "ize"), ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"),
        ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"), ("ator", "ate"),
        ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
        ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
      ]
      for (suffix, replacement) in pairs where ends(suffix) {
        r(replacement)
        return
      }
    }

    mutating func step3() {
      let pairs: [(String, String)] = [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"),
        ("ful", ""), ("ness", ""),
      ]
      for (suffix, replacement) in pairs where ends(suffix) {
        r(replacement)
        return
      }
    }

    mutating func step4() {
      let suffixes = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
        "ou", "ism", "ate", "iti", "ous", "ive", "ize",
      ]
      for suffix in suffixes where ends(suffix) {
        if suffix == "ion" {
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
}
