/// A pointer into an annotated document: `DOC`, `DOC#SECTION` or `DOC#SECTION.N`.
public struct Citation: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var document: String
  public var section: String?
  /// 1-based paragraph number within the section.
  public var paragraph: Int?

  public init(document: String, section: String? = nil, paragraph: Int? = nil) {
    self.document = document
    self.section = section
    self.paragraph = paragraph
  }

  /// Parses the textual form; `nil` when it is malformed.
  public init?(parsing text: String) {
    let parts = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    guard let doc = parts.first, Identifier.isValid(doc) else { return nil }
    document = String(doc)
    guard parts.count == 2 else { return }
    let rest = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    guard rest.count <= 2, Identifier.isValid(rest[0]) else { return nil }
    section = String(rest[0])
    if rest.count == 2 {
      guard let number = Int(rest[1]), number >= 1 else { return nil }
      paragraph = number
    }
  }

  public var description: String {
    var text = document
    if let section { text += "#" + section }
    if let paragraph { text += ".\(paragraph)" }
    return text
  }

  public static func < (lhs: Citation, rhs: Citation) -> Bool {
    (lhs.document, lhs.section ?? "", lhs.paragraph ?? 0)
      < (rhs.document, rhs.section ?? "", rhs.paragraph ?? 0)
  }
}

/// Rules for ids: lower-case ASCII letters, digits and hyphens, starting with a letter or digit.
public enum Identifier {
  public static func isValid<S: StringProtocol>(_ text: S) -> Bool {
    var first = true
    for byte in text.utf8 {
      let ok =
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
        || (!first && byte == UInt8(ascii: "-"))
      if !ok { return false }
      first = false
    }
    return !first
  }

  /// Turns free text into an id: lower case, other runs of characters become one hyphen.
  public static func slug(_ text: String) -> String {
    var result = ""
    var pendingHyphen = false
    for scalar in TextFolding.fold(text).unicodeScalars {
      let v = scalar.value
      if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
        if pendingHyphen, !result.isEmpty { result.append("-") }
        result.unicodeScalars.append(scalar)
        pendingHyphen = false
      } else {
        pendingHyphen = true
      }
    }
    return result
  }
}
