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
    let find = TextFolding.fold(reader.findText)
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
}
