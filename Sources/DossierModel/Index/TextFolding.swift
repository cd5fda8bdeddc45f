import Foundation

/// Case and diacritic folding for matching: "Suwałki" and "suwalki", "Lukashenka" and
/// "LUKASHENKA" fold to the same text.
public enum TextFolding {
  /// Folds `text` to lower case without diacritics. ASCII text takes a fast path.
  public static func fold(_ text: String) -> String {
    var ascii = true
    for byte in text.utf8 where byte >= 0x80 {
      ascii = false
      break
    }
    if ascii { return text.lowercased() }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      append(scalar, to: &result)
    }
    return String(result)
  }

  /// Appends the folded form of one scalar.
  static func append(_ scalar: Unicode.Scalar, to result: inout String.UnicodeScalarView) {
    fold(scalar) { result.append($0) }
  }

  /// Passes the folded form of one scalar (none, one or a few scalars) to `body`.
  @inline(__always)
  static func fold(_ scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
    let v = scalar.value
    if v < 0x80 {
      body(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar)
      return
    }
    if let mapped = table[v] {
      for folded in mapped.unicodeScalars { body(folded) }
      return
    }
    if (0x300...0x36F).contains(v) { return }  // a lone combining mark
    for lower in scalar.properties.lowercaseMapping.unicodeScalars { body(lower) }
  }

  /// Folded forms of the Latin, Greek and Cyrillic letters that carry diacritics, plus letters
  /// without a decomposition that readers still type without their stroke.
  static let table: [UInt32: String] = {
    var table: [UInt32: String] = [:]
    let ranges: [ClosedRange<UInt32>] = [
      0x00C0...0x024F, 0x1E00...0x1EFF, 0x0386...0x03CE, 0x0400...0x04FF,
    ]
    for range in ranges {
      for v in range {
        guard let scalar = Unicode.Scalar(v) else { continue }
        let lower = String(scalar).lowercased()
        let decomposed = lower.decomposedStringWithCanonicalMapping
        let base = String(
          String.UnicodeScalarView(
            decomposed.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }))
        if base != String(scalar) { table[v] = base }
      }
    }
    let specials: [(String, String)] = [
      ("ł", "l"), ("Ł", "l"), ("ø", "o"), ("Ø", "o"), ("đ", "d"), ("Đ", "d"), ("ß", "ss"),
      ("æ", "ae"), ("Æ", "ae"), ("œ", "oe"), ("Œ", "oe"), ("ı", "i"), ("ħ", "h"), ("þ", "th"),
      ("\u{2019}", "'"), ("\u{2018}", "'"), ("\u{201C}", "\""), ("\u{201D}", "\""),
      ("\u{2013}", "-"), ("\u{2014}", "-"),
    ]
    for (from, to) in specials { table[from.unicodeScalars.first!.value] = to }
    return table
  }()
}
