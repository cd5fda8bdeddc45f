import DossierModel

/// The detail pane's lines and their wrapping for the last subject shown, so that a key and the
/// frame after it build the pane once: a key in the pane asks for its links and scrolls to one,
/// then the frame draws it, and a long item's pane takes milliseconds to build and wrap.
///
/// Keyed by everything the lines come from besides the corpus: the subject, the pane's width
/// and the lines of its mark and note. A new corpus gets a new cache (``AppState/replaceCorpus(_:)``).
final class DetailCache {
  struct Key: Equatable {
    var subject: ItemRef?
    var width: Int
    var header: [DetailLine]
  }

  private var key: Key?
  private var lines: [DetailLine] = []
  private var wrapped: [WrappedLine]?

  /// The lines for `key`, built by `build` unless they are the last ones.
  func lines(_ key: Key, build: () -> [DetailLine]) -> [DetailLine] {
    if key != self.key {
      lines = build()
      wrapped = nil
      self.key = key
    }
    return lines
  }

  /// The lines for `key` wrapped, made by `wrap` unless they are the last ones.
  func wrapped(
    _ key: Key, lines: () -> [DetailLine], wrap: ([DetailLine]) -> [WrappedLine]
  )
    -> [WrappedLine]
  {
    let current = self.lines(key, build: lines)
    if let wrapped { return wrapped }
    let made = wrap(current)
    wrapped = made
    return made
  }
}
