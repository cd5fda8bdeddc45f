import DossierTUI

/// Every key of the explorer, for the `?` overlay, `dossier explore --help` and the README:
/// made from the key maps (``KeyMaps/sections``), then the mouse and the symbols.
public enum HelpText {
  /// (key, description); an empty description makes the key text a heading.
  public static var lines: [(String, String)] {
    var lines: [(String, String)] = []
    for map in KeyMaps.sections {
      lines.append((map.title, ""))
      lines += map.bindings.map { ($0.label, $0.help) }
    }
    return lines + legend
  }

  /// What is not a key: the mouse and the symbols in lists.
  static let legend: [(String, String)] = [
    ("Mouse", ""),
    ("click", "selects a row, a tab or a link; the wheel scrolls the pane under it"),
    ("drag", "on the Briefing screen, moves an item to the row where it is let go"),
    ("Symbols", ""),
    ("[EXR] [AGR] …", "the lane of an event (see f for the names)"),
    ("≠", "sources disagree about this event"),
    ("● ✎", "marked in the current briefing; has a note"),
    ("◆n", "the passage reports n events"),
    ("[MYTH] [REALITY] …", "the verdict on a claim"),
    ("+ / −", "evidence that supports / undermines a claim"),
  ]

  /// The README's key table: every binding, by section (a test keeps the README equal to it).
  public static var markdownTable: String {
    var out = "| keys | what they do |\n| --- | --- |\n"
    for map in KeyMaps.sections {
      out += "| **\(map.title)** | |\n"
      for binding in map.bindings {
        let words = binding.label.split(separator: " ").map(String.init)
        let keys = words.map { word in
          let joiner = words.count > 1 && ["or", "then", "a", "year", "/"].contains(word)
          return joiner ? word : "`\(word.hasSuffix(",") ? String(word.dropLast()) : word)`"
        }.joined(separator: " ")
        out += "| \(keys) | \(binding.help.replacingOccurrences(of: "|", with: "\\|")) |\n"
      }
    }
    return out
  }

  /// The lines as shown in a box `width` columns wide inside: descriptions wrap under their
  /// column, continuation rows have no key.
  static func rows(width: Int) -> [(key: String, text: String)] {
    let textWidth = max(10, width - 21)
    var rows: [(key: String, text: String)] = []
    for (key, text) in lines {
      guard !text.isEmpty else {
        rows.append((key, ""))
        continue
      }
      for (i, piece) in TextLayout.wrap(text, width: textWidth).enumerated() {
        rows.append((i == 0 ? key : "", piece))
      }
    }
    return rows
  }
}
