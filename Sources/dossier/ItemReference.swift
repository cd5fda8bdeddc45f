import ArgumentParser
import DossierModel

/// The item a command line names (`event:zapad-2017-exercise`, `actor:lukashenka`, or a bare
/// id when only one item has it), as `show` and `open` take it.
enum ItemReference {
  /// The one item `text` names; a usage error (exit 2) naming the candidates when it names
  /// several, or saying there is none, with the nearest reference when one is close.
  static func resolve(_ text: String, in corpus: Corpus) throws -> ItemRef {
    let found = ItemDetail.resolve(text, in: corpus)
    if found.count == 1 { return found[0] }
    let shown = Columns.sanitize(text)
    if found.count > 1 {
      throw ValidationError(
        "'\(shown)' names several items: " + found.map(\.description).joined(separator: ", "))
    }
    let hint = ItemDetail.suggestion(for: text, in: corpus).map {
      "; did you mean '\(Columns.sanitize($0))'?"
    }
    throw ValidationError(
      "no item '\(shown)'" + (hint ?? " (try `dossier search \(shown)`)"))
  }
}
