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
      var segments: [DetailLine.Segment] = []
      let finding =
        !find.isEmpty && find.matches(ReaderScreen.findText(item.paragraph, corpus: corpus))
      for segment in item.paragraph.text.segments {
        switch segment {
        case .text(let text):
          let plain = DetailLine.Segment(text: text, role: .normal)
          segments += finding ? ReaderLayout.highlight(plain, find) : [plain]
        case .mention(let id, let label):
          let mention = DetailLine.Segment(text: label, role: .mention)
          // A mention found through its actor's name ("West 2013" for Zapad) is a match whole.
          if finding, let names = ReaderScreen.mentionNames(id, corpus: corpus),
            !find.highlights(in: names).isEmpty, find.highlights(in: label).isEmpty
          {
            segments.append(.init(text: label, role: .match))
          } else {
            segments += finding ? ReaderLayout.highlight(mention, find) : [mention]
          }
        }
      }
      let marker = item.paragraph.events.isEmpty ? "" : " ◆\(item.paragraph.events.count)"
      segments.append(.init(text: "  ¶\(item.paragraph.number)\(marker)", role: .dim))
      // Marked and annotated paragraphs carry the same symbols as list items.
      let ref = ItemRef.paragraph(item.citation)
      let marks =
        (userData.isMarked(ref) ? " ●" : "")
        + (userData.note(for: ref) != nil ? " ✎" : "")
      if !marks.isEmpty { segments.append(.init(text: marks, role: .mark)) }
      let wrapped = DetailLayout.wrap([DetailLine(segments)], width: width)
      for w in wrapped { lines.append(Line(segments: w.segments, paragraph: i)) }
      lines.append(Line(segments: [], paragraph: nil))
    }
    self.lines = lines
    self.starts = starts
  }

  /// Splits a segment so that the words matching `query` (as search and find match them) get
  /// the match role.
  static func highlight(_ segment: DetailLine.Segment, _ query: SearchQuery) -> [DetailLine.Segment]
  {
    let marks = query.highlights(in: segment.text)
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
