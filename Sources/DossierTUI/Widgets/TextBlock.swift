/// A piece of text with a tag (a style, or an app's role) that word wrapping carries along.
public struct Run<Tag: Equatable>: Equatable {
  public var text: String
  public var tag: Tag
  public init(_ text: String, _ tag: Tag) {
    self.text = text
    self.tag = tag
  }
}

/// Word wrapping of tagged runs by display width.
public enum Wrap {
  /// Wraps the runs of one paragraph into visual lines of at most `width` cells. Words break at
  /// spaces; a word longer than a line is split; neighbouring pieces with the same tag are
  /// joined. There is always at least one line (empty for empty text).
  public static func lines<Tag: Equatable>(_ runs: [Run<Tag>], width: Int) -> [[Run<Tag>]] {
    var result: [[Run<Tag>]] = []
    var current: [Run<Tag>] = []
    var used = 0
    var produced = false
    func flush() {
      result.append(current)
      current = []
      used = 0
      produced = true
    }
    func append(_ text: String, _ tag: Tag) {
      if let last = current.last, last.tag == tag {
        current[current.count - 1].text += text
      } else {
        current.append(Run(text, tag))
      }
    }
    for run in runs {
      var first = true
      for piece in TextLayout.clean(run.text).split(
        separator: " ", omittingEmptySubsequences: false)
      {
        let word = String(piece)
        let needsSpace = !first
        first = false
        let w = TextWidth.of(word)
        let extra = (needsSpace ? 1 : 0) + w
        if used + extra > width, used > 0 {
          flush()
          for part in TextLayout.wrap(word, width: width) where !part.isEmpty {
            if used > 0 { flush() }
            current.append(Run(part, run.tag))
            used = TextWidth.of(part)
          }
          continue
        }
        if needsSpace {
          append(" ", run.tag)
          used += 1
        }
        if w > width {
          for part in TextLayout.wrap(word, width: width) {
            if used > 0 { flush() }
            current.append(Run(part, run.tag))
            used = TextWidth.of(part)
          }
        } else {
          append(word, run.tag)
          used += w
        }
      }
    }
    if !current.isEmpty || !produced { flush() }
    return result
  }
}

/// Styled text wrapped to its area's width, from a first visual line on (for scrolling).
public struct TextBlock: Widget {
  public var spans: [Span]
  public var scroll: Int

  public init(_ spans: [Span], scroll: Int = 0) {
    self.spans = spans
    self.scroll = scroll
  }

  /// The visual lines at a width.
  public func lines(width: Int) -> [Line] {
    Wrap.lines(spans.map { Run($0.text, $0.style) }, width: max(1, width)).map { runs in
      Line(runs.map { Span($0.text, $0.tag) })
    }
  }

  public func render(in area: Rect, into buffer: inout Buffer) {
    let lines = lines(width: area.width)
    for row in 0..<area.height {
      guard scroll + row < lines.count, scroll + row >= 0 else { break }
      lines[scroll + row].render(in: area.row(row), into: &buffer)
    }
  }
}
