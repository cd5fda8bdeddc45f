import DossierModel
import DossierTUI

/// A visual line of a wrapped detail pane.
struct WrappedLine {
  var segments: [DetailLine.Segment]
  var indent: Int
  /// The index of the link (among the pane's links) this line belongs to.
  var linkIndex: Int?
}

/// Word-wraps detail lines, keeping each segment's style and each line's link.
enum DetailLayout {
  static func wrap(_ lines: [DetailLine], width: Int) -> [WrappedLine] {
    var result: [WrappedLine] = []
    var linkCounter = 0
    for line in lines {
      let linkIndex: Int? = line.link != nil ? linkCounter : nil
      if line.link != nil { linkCounter += 1 }
      let available = max(10, width - line.indent)
      if line.preformatted {
        result.append(
          WrappedLine(segments: line.segments, indent: line.indent, linkIndex: linkIndex))
        continue
      }
      let runs = line.segments.map { Run($0.text, $0.role) }
      for wrapped in Wrap.lines(runs, width: available) {
        result.append(
          WrappedLine(
            segments: wrapped.map { .init(text: $0.text, role: $0.tag) }, indent: line.indent,
            linkIndex: linkIndex))
      }
    }
    return result
  }
}
