import Foundation

/// Names of what a block holds, for the "+N more" line: "Sources (3)" holds "sources".
enum TextPlural {
  /// The name for `count` things: "sources" for 2, "source" for 1 ("lines of text", "line of
  /// text").
  static func counted(_ plural: String, _ count: Int) -> String {
    guard count == 1 else { return plural }
    var words = plural.split(separator: " ", maxSplits: 1).map(String.init)
    guard let first = words.first, first.hasSuffix("s"), first.count > 1 else { return plural }
    words[0] = String(first.dropLast())
    return words.joined(separator: " ")
  }

  /// The name of what a block titled `title` holds: "Sources (3)" holds "sources".
  static func of(_ title: String) -> String {
    var name = Substring(title)
    if let paren = name.firstIndex(of: "(") { name = name[..<paren] }
    let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
    switch trimmed {
    case "how the sources saw it": return "stances"
    case "held by": return "holders"
    case "also known as": return "aliases"
    case "evidence": return "pieces of evidence"
    case "summarised in": return "documents"
    default: return trimmed.isEmpty ? "items" : trimmed
    }
  }
}
