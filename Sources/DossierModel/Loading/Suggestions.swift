/// "Did you mean" suggestions by edit distance.
enum Suggestions {
  /// The candidate nearest to `text`, if it is close enough to be a likely typo.
  static func nearest(_ text: String, among candidates: [String]) -> String? {
    let folded = Array(TextFolding.fold(text).unicodeScalars)
    let limit = max(2, folded.count / 3)
    var best: (String, Int)?
    for candidate in candidates {
      let other = Array(TextFolding.fold(candidate).unicodeScalars)
      guard abs(other.count - folded.count) <= limit else { continue }
      let distance = editDistance(folded, other, limit: limit)
      if distance <= limit,
        distance < (best?.1 ?? Int.max)
          || (distance == best?.1 && candidate < best!.0)
      {
        best = (candidate, distance)
      }
    }
    return best?.0
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
