import DossierTUI

/// Display width of text in terminal cells, and word wrapping by that width, for slides: the
/// toolkit's own measure (``TextWidth``, ``TextLayout``), with the text's line breaks kept.
public enum CellWidth {
  /// The number of cells a grapheme cluster occupies.
  public static func of(_ character: Character) -> Int { TextWidth.of(character) }

  /// The number of cells a string occupies.
  public static func of(_ text: String) -> Int { TextWidth.of(text) }

  /// Word-wraps text to lines of at most `width` cells. Line breaks in the text are kept, runs
  /// of spaces collapse, and a word wider than a line is broken between characters.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
      TextLayout.wrap(String($0), width: width)
    }
  }

  /// Text cut to at most `width` cells, with "…" where it was cut.
  public static func truncate(_ text: String, to width: Int) -> String {
    TextLayout.truncate(text, to: width)
  }
}
