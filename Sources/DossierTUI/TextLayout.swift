/// Truncation and word wrapping by display width.
public enum TextLayout {
  /// Removes control characters and turns line breaks and tabs into spaces.
  public static func clean(_ text: String) -> String {
    // Printable ASCII, most of what is drawn, has nothing to clean.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      if character == "\n" || character == "\t" || character == "\r\n" {
        result.append(" ")
      } else if Buffer.isPrintable(character) {
        result.append(character)
      }
    }
    return result
  }

  /// The text cut to at most `width` cells, ending with an ellipsis when cut.
  public static func truncate(_ text: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    if TextWidth.of(text) <= width { return text }
    var result = ""
    var used = 0
    for character in text {
      let w = TextWidth.of(character)
      if used + w > width - 1 { break }
      result.append(character)
      used += w
    }
    return result + "\u{2026}"
  }

  /// The text padded with spaces (or truncated) to exactly `width` cells.
  public static func fit(_ text: String, to width: Int) -> String {
    let cut = truncate(text, to: width)
    return cut + String(repeating: " ", count: max(0, width - TextWidth.of(cut)))
  }

  /// Word-wraps text into lines of at most `width` cells; words longer than a line are split.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in clean(text).split(separator: " ", omittingEmptySubsequences: true) {
      var word = String(word)
      var wordWidth = TextWidth.of(word)
      if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
        line += " " + word
        lineWidth += 1 + wordWidth
        continue
      }
      if lineWidth > 0 {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      while wordWidth > width {
        var head = ""
        var used = 0
        var rest = Substring(word)
        while let c = rest.first, used + TextWidth.of(c) <= width {
          head.append(c)
          used += TextWidth.of(c)
          rest = rest.dropFirst()
        }
        if head.isEmpty { break }
        lines.append(head)
        word = String(rest)
        wordWidth = TextWidth.of(word)
      }
      line = word
      lineWidth = wordWidth
    }
    if lineWidth > 0 || lines.isEmpty { lines.append(line) }
    return lines
  }
}
