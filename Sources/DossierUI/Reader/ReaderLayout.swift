import DossierModel
import DossierTUI

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

  init(_ reader: ReaderScreen, corpus: Corpus, userData: UserData, width paneWidth: Int) {
    let width = max(10, paneWidth - 3)
    var lines: [Line] = []
    var starts: [Int] = []
    let paragraphs = corpus.paragraphs(of: reader.document)
    let find = SearchQuery(reader.findText)
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
      let segments =
        find.isEmpty
        ? item.paragraph.text.segments.map(ReaderLayout.plain)
        : ReaderLayout.found(find, in: item.paragraph, corpus: corpus)
      var line = segments
      let marker = item.paragraph.events.isEmpty ? "" : " ◆\(item.paragraph.events.count)"
      line.append(.init(text: "  ¶\(item.paragraph.number)\(marker)", role: .dim))
      // Marked and annotated paragraphs carry the same symbols as list items.
      let ref = ItemRef.paragraph(item.citation)
      let marks =
        (userData.isMarked(ref) ? " ●" : "")
        + (userData.note(for: ref) != nil ? " ✎" : "")
      if !marks.isEmpty { line.append(.init(text: marks, role: .mark)) }
      let wrapped = DetailLayout.wrap([DetailLine(line)], width: width)
      for w in wrapped { lines.append(Line(segments: w.segments, paragraph: i)) }
      lines.append(Line(segments: [], paragraph: nil))
    }
    self.lines = lines
    self.starts = starts
  }

  /// A paragraph's segment as drawn without a find.
  static func plain(_ segment: RichText.Segment) -> DetailLine.Segment {
    switch segment {
    case .text(let text): DetailLine.Segment(text: text, role: .normal)
    case .mention(_, let label): DetailLine.Segment(text: label, role: .mention)
    }
  }

  /// A paragraph's segments with the words `query` finds marked, from one pass over its find
  /// text (``ReaderScreen/findText(_:corpus:)``: the text, then each mentioned actor's names),
  /// which also says whether it matches at all. A mention found through its actor's names
  /// ("West 2013" for Zapad) is a match whole.
  static func found(
    _ query: SearchQuery, in paragraph: Paragraph, corpus: Corpus
  ) -> [DetailLine.Segment] {
    let segments = paragraph.text.segments
    // The find text, and where each mention's names are in it.
    var text = paragraph.text.plain
    var names: [Int: Range<Int>] = [:]
    for (i, segment) in segments.enumerated() {
      if case .mention(let id, _) = segment,
        let list = ReaderScreen.mentionNames(id, corpus: corpus)
      {
        text += " \n "
        let start = text.utf8.count
        text += list
        names[i] = start..<text.utf8.count
      }
    }
    let result = query.find(in: text)
    guard result.matches else { return segments.map(plain) }
    let marks = result.highlights
    var out: [DetailLine.Segment] = []
    var offset = 0
    for (i, segment) in segments.enumerated() {
      let piece = plain(segment)
      let length = piece.text.utf8.count
      let inside = marks.filter { $0.lowerBound >= offset && $0.upperBound <= offset + length }
        .map { ($0.lowerBound - offset)..<($0.upperBound - offset) }
      if let range = names[i], inside.isEmpty,
        marks.contains(where: { range.contains($0.lowerBound) })
      {
        out.append(.init(text: piece.text, role: .match))
      } else {
        out += split(piece, at: inside)
      }
      offset += length
    }
    return out
  }

  /// Splits a segment so that the byte ranges `marks` (ascending) get the match role.
  static func split(_ segment: DetailLine.Segment, at marks: [Range<Int>]) -> [DetailLine.Segment] {
    guard !marks.isEmpty else { return [segment] }
    let utf8 = segment.text.utf8
    var result: [DetailLine.Segment] = []
    var done = 0
    func piece(_ from: Int, _ to: Int) -> String {
      let start = utf8.index(utf8.startIndex, offsetBy: from)
      let end = utf8.index(utf8.startIndex, offsetBy: to)
      return String(segment.text[start..<end])
    }
    for mark in marks where mark.lowerBound >= done && mark.upperBound <= utf8.count {
      if done < mark.lowerBound {
        result.append(.init(text: piece(done, mark.lowerBound), role: segment.role))
      }
      result.append(.init(text: piece(mark.lowerBound, mark.upperBound), role: .match))
      done = mark.upperBound
    }
    if done < utf8.count { result.append(.init(text: piece(done, utf8.count), role: segment.role)) }
    return result
  }
}
