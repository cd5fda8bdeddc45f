import DossierModel
import DossierTUI

/// What the reader keeps of its long paragraphs between keys and frames: their laid-out rows
/// and where find matched in every paragraph, so that a key reads each paragraph once at most.
final class ReaderCache {
  /// A long paragraph laid out: the document, the paragraph, the width, the text after it
  /// (its number and marks) and the find text.
  struct Key: Hashable {
    var document: String
    var paragraph: Int
    var width: Int
    var suffix: String
    var find: String
  }

  /// Where a find matched in a paragraph's find text (``ReaderScreen/findText(_:corpus:)``).
  struct Found {
    var matches: Bool
    var highlights: [Range<Int>]
  }

  private var laidOut: [Key: LongParagraph] = [:]
  private var starts: [Key: [Int]] = [:]
  private var found: [Int: Found] = [:]
  private var foundFor: (document: String, find: String)?
  /// Entries kept of each kind before the oldest are dropped (all at once: they are few).
  private let capacity = 8
  /// How many times rows were broken and a find looked for (what the cache saves).
  private(set) var counts = (starts: 0, found: 0)

  /// The paragraph laid out for `key`, made by `make` unless kept.
  func paragraph(_ key: Key, make: () -> LongParagraph) -> LongParagraph {
    if let kept = laidOut[key] { return kept }
    let made = make()
    if laidOut.count >= capacity { laidOut.removeAll() }
    laidOut[key] = made
    return made
  }

  /// The row starts of a paragraph's text at a width (the find plays no part in them).
  func starts(_ key: Key, make: () -> [Int]) -> [Int] {
    var key = key
    key.find = ""
    if let kept = starts[key] { return kept }
    counts.starts += 1
    let made = make()
    if starts.count >= capacity { starts.removeAll() }
    starts[key] = made
    return made
  }

  /// Where `query` matched in a paragraph's find text, found by `make` unless kept: every
  /// paragraph of the document for the find text typed last (the key looks, then its frame
  /// marks the words, each paragraph read once).
  func found(document: String, paragraph: Int, find: String, make: () -> Found) -> Found {
    if foundFor?.document != document || foundFor?.find != find {
      found.removeAll()
      foundFor = (document, find)
    }
    if let kept = found[paragraph] { return kept }
    counts.found += 1
    let made = make()
    found[paragraph] = made
    return made
  }
}
