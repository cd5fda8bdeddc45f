import DossierUI

/// Text columns aligned by display width (wide characters take two cells), two spaces apart;
/// the last column is not padded. Control characters in cells are dropped.
enum Columns {
  static func render(_ rows: [[String]]) -> String {
    let clean = rows.map { $0.map(sanitize) }
    var widths: [Int] = []
    for row in clean {
      for (index, cell) in row.enumerated() {
        let width = TextWidth.of(cell)
        if index < widths.count {
          widths[index] = max(widths[index], width)
        } else {
          widths.append(width)
        }
      }
    }
    var out = ""
    for row in clean {
      var line = ""
      for (index, cell) in row.enumerated() {
        line += cell
        if index < row.count - 1 {
          line += String(repeating: " ", count: widths[index] - TextWidth.of(cell) + 2)
        }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      out += line + "\n"
    }
    return out
  }

  /// Tab-separated values: an optional header row, then the rows; tabs and line breaks in a
  /// field become spaces, control characters are dropped.
  static func tsv(_ header: [String], _ rows: [[String]], includeHeader: Bool) -> String {
    let all = includeHeader ? [header] + rows : rows
    return all.map { $0.map(tsvField).joined(separator: "\t") + "\n" }.joined()
  }

  static func sanitize(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
          if scalar == "\t" || scalar == "\n" || scalar == "\r" { return " " }
          return scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) ? nil : scalar
        }))
  }

  /// The text sanitised and padded with spaces to `width` display cells (one space at least).
  static func pad(_ text: String, _ width: Int) -> String {
    let clean = sanitize(text)
    return clean + String(repeating: " ", count: max(1, width - TextWidth.of(clean)))
  }

  static func tsvField(_ text: String) -> String { sanitize(text) }
}
