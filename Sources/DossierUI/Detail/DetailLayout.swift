import DossierModel
import DossierTUI

/// A visual line of a wrapped detail pane.
struct WrappedLine {
  var segments: [DetailLine.Segment]
  var indent: Int
  /// The index of the link (among the pane's links) this line belongs to.
  var linkIndex: Int?
  /// Whether this is the first row of a link (where its marker `▸` goes).
  var linkStart = false

  /// The link marker of the row: `▸` on a link's first row, so that links show without colour.
  var marker: String? { linkStart ? "▸" : nil }
}

/// Word-wraps detail lines, keeping each segment's style and each line's link.
enum DetailLayout {
  static func wrap(_ lines: [DetailLine], width: Int) -> [WrappedLine] {
    var result: [WrappedLine] = []
    var linkCounter = 0
    for var line in lines {
      let linkIndex: Int? = line.link != nil ? linkCounter : nil
      // A link's marker goes in the column before its text, so its text starts one cell in.
      if line.link != nil, line.indent == 0 { line.indent = 1 }
      if line.link != nil { linkCounter += 1 }
      let available = max(10, width - line.indent)
      if line.preformatted {
        result.append(
          WrappedLine(
            segments: line.segments, indent: line.indent, linkIndex: linkIndex,
            linkStart: linkIndex != nil))
        continue
      }
      let runs = line.segments.map { Run($0.text, $0.role) }
      var rows = Wrap.lines(runs, width: available)
      // A break at the spaces between two segments leaves no blank row (a highlighted link
      // would spill onto it).
      let blank = { (row: [Run<Role>]) in row.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
      if rows.count > 1 { rows.removeAll(where: blank) }
      for (i, wrapped) in rows.enumerated() {
        result.append(
          WrappedLine(
            segments: wrapped.map { .init(text: $0.text, role: $0.tag) }, indent: line.indent,
            linkIndex: linkIndex, linkStart: linkIndex != nil && i == 0))
      }
    }
    return result
  }
}
