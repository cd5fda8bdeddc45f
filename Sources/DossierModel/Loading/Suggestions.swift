/// "Did you mean" suggestions by edit distance.
enum Suggestions {
  /// The candidate nearest to `text`, if it is close enough to be a likely typo.
  static func nearest(_ text: String, among candidates: [String]) -> String? {
    Candidates(candidates).nearest(text)
  }

  /// Candidates folded once, for many lookups.
  struct Candidates: Sendable {
    let names: [String]
    let folded: [[Unicode.Scalar]]

    init(_ names: [String]) {
      self.names = names
      folded = names.map { Array(TextFolding.fold($0).unicodeScalars) }
    }

    /// The candidate nearest to `text` (the smallest of equals), if it is close enough to be a
    /// likely typo.
    func nearest(_ text: String) -> String? {
      let query = Array(TextFolding.fold(text).unicodeScalars)
      // Nothing is near an empty text, and an edit limit as long as the text would call any
      // short name near it: a likely typo keeps most of its letters.
      guard !query.isEmpty else { return nil }
      let limit = min(max(2, query.count / 3), query.count - 1)
      var best: (String, Int)?
      for (candidate, other) in zip(names, folded) {
        guard abs(other.count - query.count) <= limit else { continue }
        let distance = Suggestions.editDistance(query, other, limit: limit)
        if distance <= limit,
          distance < (best?.1 ?? Int.max)
            || (distance == best?.1 && candidate < best!.0)
        {
          best = (candidate, distance)
        }
      }
      return best?.0
    }
  }

  static func hint(for text: String, among candidates: [String]) -> String? {
    nearest(text, among: candidates).map { "did you mean '\($0)'?" }
  }

  /// Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`.
  static func editDistance<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMin = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        rowMin = min(rowMin, current[j])
      }
      if rowMin > limit { return limit + 1 }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
