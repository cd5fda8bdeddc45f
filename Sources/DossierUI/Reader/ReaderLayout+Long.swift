import DossierModel
import DossierTUI

/// Long paragraphs in the reader: laid out once a width and find text, their rows made as read.
extension ReaderLayout {
  /// Where each mention's names are in a paragraph's find text
  /// (``ReaderScreen/findText(_:corpus:)``: the text, then each mentioned actor's names).
  static func nameRanges(_ paragraph: Paragraph, corpus: Corpus) -> [Int: Range<Int>] {
    var names: [Int: Range<Int>] = [:]
    var offset = paragraph.text.plain.utf8.count
    for (i, segment) in paragraph.text.segments.enumerated() {
      if case .mention(let id, _) = segment,
        let list = ReaderScreen.mentionNames(id, corpus: corpus)
      {
        offset += 3  // " \n "
        let length = list.utf8.count
        names[i] = offset..<(offset + length)
        offset += length
      }
    }
    return names
  }

  /// Whether a mark (`marks` ascending) starts inside `range`.
  static func anyMark(_ marks: [Range<Int>], startingIn range: Range<Int>) -> Bool {
    var low = 0
    var high = marks.count
    while low < high {
      let middle = (low + high) / 2
      if marks[middle].lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
    }
    return low < marks.count && marks[low].lowerBound < range.upperBound
  }

  /// A long paragraph laid out for `key`: its text and the suffix as bytes, each range's role
  /// (the words find marks as ``found(_:in:at:document:text:corpus:cache:)`` does), and its
  /// row starts (kept apart from the find, so that typing does not break the rows again).
  static func long(
    _ key: ReaderCache.Key, _ paragraph: Paragraph, suffix: [DetailLine.Segment],
    find: SearchQuery, corpus: Corpus, cache: ReaderCache
  ) -> LongParagraph {
    cache.paragraph(key) {
      var marks: [Range<Int>] = []
      var names: [Int: Range<Int>] = [:]
      if !find.isEmpty {
        let result = ReaderScreen.matching(
          find, key.find, in: paragraph, at: key.paragraph, document: key.document,
          corpus: corpus, cache: cache)
        if result.matches {
          marks = result.highlights
          names = nameRanges(paragraph, corpus: corpus)
        }
      }
      var bytes: [UInt8] = []
      bytes.reserveCapacity(paragraph.text.plain.utf8.count + 64)
      var runs: [(range: Range<Int>, role: Role)] = []
      func add(_ range: Range<Int>, _ role: Role) {
        if !range.isEmpty { runs.append((range, role)) }
      }
      var m = 0
      for (i, segment) in paragraph.text.segments.enumerated() {
        let piece = plain(segment)
        let start = bytes.count
        bytes += piece.text.utf8
        let end = bytes.count
        var inside: [Range<Int>] = []
        while m < marks.count, marks[m].lowerBound < end {
          if marks[m].lowerBound >= start && marks[m].upperBound <= end { inside.append(marks[m]) }
          m += 1
        }
        if let range = names[i], inside.isEmpty, anyMark(marks, startingIn: range) {
          add(start..<end, .match)
          continue
        }
        var at = start
        for mark in inside where mark.lowerBound >= at {
          add(at..<mark.lowerBound, piece.role)
          add(mark, .match)
          at = mark.upperBound
        }
        add(at..<end, piece.role)
      }
      for segment in suffix {
        let start = bytes.count
        bytes += segment.text.utf8
        add(start..<bytes.count, segment.role)
      }
      let starts = cache.starts(key) {
        bytes.withUnsafeBufferPointer { LineBreaks.starts(of: $0, width: key.width) }
      }
      return LongParagraph(index: key.paragraph, bytes: bytes, runs: runs, starts: starts)
    }
  }
}
