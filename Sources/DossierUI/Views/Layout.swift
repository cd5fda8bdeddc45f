import DossierModel
import DossierTUI

/// Where each part of the screen goes at the current size.
struct Layout {
  static let minimum = Size(width: 60, height: 16)

  let size: Size
  let topBar: Rect
  let status: Rect
  /// The timeline's density strip (empty in other views).
  let strip: Rect
  let listHeader: Rect
  let listContent: Rect
  let detailHeader: Rect
  let detailContent: Rect
  /// The line between the panes: vertical when side by side, horizontal when stacked.
  let separator: Rect
  let sideBySide: Bool

  var tooSmall: Bool { size.width < Layout.minimum.width || size.height < Layout.minimum.height }

  /// The box of a centred overlay.
  var overlayBox: Rect {
    let full = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    return full.centered(width: min(size.width - 4, 100), height: size.height - 4)
  }

  init(size: Size, hasStrip: Bool) {
    self.size = size
    let all = Rect(x: 0, y: 0, width: size.width, height: size.height)
    let (top, rest) = all.splitTop(1)
    topBar = top
    var body = Rect(x: 0, y: rest.y, width: rest.width, height: rest.height - 1)
    status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
    if hasStrip {
      let (s, b) = body.splitTop(1)
      strip = s
      body = b
    } else {
      strip = Rect(x: 0, y: body.y, width: 0, height: 0)
    }
    sideBySide = size.width >= 100
    if sideBySide {
      let listWidth = max(40, size.width * 9 / 20)
      let (left, right) = body.splitLeft(listWidth)
      let (sep, detail) = right.splitLeft(1)
      separator = sep
      (listHeader, listContent) = left.splitTop(1)
      (detailHeader, detailContent) = detail.splitTop(1)
    } else {
      let listHeight = max(4, body.height / 2)
      let (upper, lower) = body.splitTop(listHeight)
      let (sep, detail) = lower.splitTop(1)
      separator = sep
      (listHeader, listContent) = upper.splitTop(1)
      detailHeader = Rect(x: 0, y: sep.y, width: 0, height: 0)
      detailContent = detail
    }
  }
}

extension AppState {
  var layout: Layout { Layout(size: size, hasStrip: view == .timeline) }
}

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

/// The visual lines of the document reader.
struct ReaderLayout {
  struct Line {
    var segments: [DetailLine.Segment]
    /// The paragraph this line belongs to (nil for section headings and gaps).
    var paragraph: Int?
  }

  let lines: [Line]
  /// The first line of each paragraph.
  let starts: [Int]

  init(state: AppState) {
    let width = max(10, state.layout.listContent.width - 3)
    var lines: [Line] = []
    var starts: [Int] = []
    guard let reader = state.reader else {
      self.lines = []
      self.starts = []
      return
    }
    let paragraphs = state.corpus.paragraphs(of: reader.document)
    let find = TextFolding.fold(reader.find)
    var lastSection: String?
    for (i, item) in paragraphs.enumerated() {
      if item.section.id != lastSection {
        lastSection = item.section.id
        if !lines.isEmpty { lines.append(Line(segments: [], paragraph: nil)) }
        let marker = String(repeating: "#", count: max(1, item.section.level - 1))
        lines.append(
          Line(
            segments: [.init(text: "\(marker) \(item.section.title)", role: .heading)],
            paragraph: nil))
      }
      starts.append(lines.count)
      var segments: [DetailLine.Segment] = []
      for segment in item.paragraph.text.segments {
        switch segment {
        case .text(let text): segments.append(.init(text: text, role: .normal))
        case .mention(_, let label): segments.append(.init(text: label, role: .mention))
        }
      }
      if !find.isEmpty {
        segments = segments.flatMap { ReaderLayout.highlight($0, find) }
      }
      let marker = item.paragraph.events.isEmpty ? "" : " ◆\(item.paragraph.events.count)"
      segments.append(.init(text: "  ¶\(item.paragraph.number)\(marker)", role: .dim))
      // Marked and annotated paragraphs carry the same symbols as list items.
      let ref = ItemRef.paragraph(item.citation)
      let marks =
        (state.userData.isMarked(ref) ? " ●" : "")
        + (state.userData.note(for: ref) != nil ? " ✎" : "")
      if !marks.isEmpty { segments.append(.init(text: marks, role: .mark)) }
      let wrapped = DetailLayout.wrap([DetailLine(segments)], width: width)
      for w in wrapped { lines.append(Line(segments: w.segments, paragraph: i)) }
      lines.append(Line(segments: [], paragraph: nil))
    }
    self.lines = lines
    self.starts = starts
  }

  /// Splits a segment so that occurrences of `find` (folded) get the match role.
  static func highlight(_ segment: DetailLine.Segment, _ find: String) -> [DetailLine.Segment] {
    let characters = Array(segment.text)
    let folded = characters.map { TextFolding.fold(String($0)) }
    var result: [DetailLine.Segment] = []
    var i = 0
    var runStart = 0
    while i < characters.count {
      var j = i
      var built = ""
      while j < characters.count, built.count < find.count {
        built += folded[j]
        j += 1
      }
      if built == find {
        if runStart < i {
          result.append(.init(text: String(characters[runStart..<i]), role: segment.role))
        }
        result.append(.init(text: String(characters[i..<j]), role: .match))
        i = j
        runStart = j
      } else {
        i += 1
      }
    }
    if runStart < characters.count {
      result.append(.init(text: String(characters[runStart...]), role: segment.role))
    }
    return result
  }

  /// Keeps the reader's cursor paragraph in view.
  static func scroll(_ state: inout AppState, height: Int) {
    guard var reader = state.reader else { return }
    let layout = ReaderLayout(state: state)
    guard reader.cursor < layout.starts.count else { return }
    let start = layout.starts[reader.cursor]
    var end = start
    while end + 1 < layout.lines.count, layout.lines[end + 1].paragraph == reader.cursor {
      end += 1
    }
    if start < reader.scroll { reader.scroll = max(0, start - 2) }
    if end >= reader.scroll + height { reader.scroll = min(start - 1, end - height + 1) }
    reader.scroll = max(0, reader.scroll)
    state.reader = reader
  }
}
