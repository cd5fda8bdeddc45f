import DossierModel
import DossierTUI

/// The visual lines of the document reader (a long paragraph's made as they are read:
/// ``ReaderLines``).
struct ReaderLayout {
  struct Line {
    var segments: [DetailLine.Segment]
    /// The paragraph this line belongs to (nil for section headings and gaps).
    var paragraph: Int?
  }

  let lines: ReaderLines
  /// The first line of each paragraph.
  let starts: [Int]

  init(
    _ reader: ReaderScreen, corpus: Corpus, userData: UserData, width paneWidth: Int,
    cache: ReaderCache? = nil
  ) {
    let width = max(10, paneWidth - 3)
    var lines = ReaderLines()
    var pending: [Line] = []
    var starts: [Int] = []
    let paragraphs = corpus.paragraphs(of: reader.document)
    let find = SearchQuery(reader.findText)
    var lastSection: String?
    for (i, item) in paragraphs.enumerated() {
      if item.section.id != lastSection {
        lastSection = item.section.id
        if lines.count + pending.count > 0 { pending.append(Line(segments: [], paragraph: nil)) }
        let marker = String(repeating: "#", count: max(1, item.section.level - 1))
        pending.append(
          Line(
            segments: [.init(text: "\(marker) \(item.section.title)", role: .heading)],
            paragraph: nil))
      }
      starts.append(lines.count + pending.count)
      // After the text: its number, its events, and whether it is marked or annotated (the
      // same symbols as list items).
      var suffix = [DetailLine.Segment]()
      let marker = item.paragraph.events.isEmpty ? "" : " ◆\(item.paragraph.events.count)"
      suffix.append(.init(text: "  ¶\(item.paragraph.number)\(marker)", role: .dim))
      let ref = ItemRef.paragraph(item.citation)
      let marks =
        (userData.isMarked(ref) ? " ●" : "")
        + (userData.note(for: ref) != nil ? " ✎" : "")
      if !marks.isEmpty { suffix.append(.init(text: marks, role: .mark)) }
      if item.paragraph.text.plain.utf8.count >= LongParagraph.threshold {
        lines.append(contentsOf: pending)
        pending = []
        let key = ReaderCache.Key(
          document: reader.document, paragraph: i, width: width,
          suffix: suffix.map(\.text).joined(), find: reader.findText)
        lines.append(
          ReaderLayout.long(
            key, item.paragraph, suffix: suffix, find: find, corpus: corpus,
            cache: cache ?? ReaderCache()))
      } else {
        let segments =
          find.isEmpty
          ? item.paragraph.text.segments.map(ReaderLayout.plain)
          : ReaderLayout.found(
            find, in: item.paragraph, at: i, document: reader.document, text: reader.findText,
            corpus: corpus, cache: cache)
        let wrapped = DetailLayout.wrap([DetailLine(segments + suffix)], width: width)
        for w in wrapped { pending.append(Line(segments: w.segments, paragraph: i)) }
      }
      pending.append(Line(segments: [], paragraph: nil))
    }
    lines.append(contentsOf: pending)
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
    _ query: SearchQuery, in paragraph: Paragraph, at index: Int, document: String,
    text findText: String, corpus: Corpus, cache: ReaderCache?
  ) -> [DetailLine.Segment] {
    let segments = paragraph.text.segments
    let names = nameRanges(paragraph, corpus: corpus)
    let result = ReaderScreen.matching(
      query, findText, in: paragraph, at: index, document: document, corpus: corpus, cache: cache)
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
