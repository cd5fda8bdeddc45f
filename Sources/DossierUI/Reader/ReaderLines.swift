import DossierModel
import DossierTUI

/// The reader's visual lines: most made when the layout is, a long paragraph's rows made only
/// when they are read (drawn, or looked at to scroll), from its row starts.
struct ReaderLines: RandomAccessCollection {
  /// A run of lines made at layout, or one long paragraph.
  enum Block {
    case lines([ReaderLayout.Line])
    case long(LongParagraph)

    var count: Int {
      switch self {
      case .lines(let lines): lines.count
      case .long(let paragraph): paragraph.rowCount
      }
    }
  }

  private(set) var blocks: [Block] = []
  /// The first line of each block.
  private var firsts: [Int] = []
  private(set) var endIndex = 0
  var startIndex: Int { 0 }

  /// Adds lines made at layout.
  mutating func append(contentsOf lines: [ReaderLayout.Line]) {
    guard !lines.isEmpty else { return }
    firsts.append(endIndex)
    blocks.append(.lines(lines))
    endIndex += lines.count
  }

  mutating func append(_ paragraph: LongParagraph) {
    firsts.append(endIndex)
    blocks.append(.long(paragraph))
    endIndex += paragraph.rowCount
  }

  /// The block that holds line `i`, and the line's place in it.
  private func locate(_ i: Int) -> (block: Int, offset: Int) {
    var low = 0
    var high = firsts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if firsts[middle] <= i { low = middle } else { high = middle - 1 }
    }
    return (low, i - firsts[low])
  }

  subscript(i: Int) -> ReaderLayout.Line {
    let (block, offset) = locate(i)
    switch blocks[block] {
    case .lines(let lines): return lines[offset]
    case .long(let paragraph): return paragraph.line(offset)
    }
  }

  /// The paragraph line `i` belongs to, without making the line.
  func paragraph(at i: Int) -> Int? {
    let (block, offset) = locate(i)
    switch blocks[block] {
    case .lines(let lines): return lines[offset].paragraph
    case .long(let paragraph): return paragraph.index
    }
  }

  /// The last line of the paragraph whose first line is `start`.
  func lastLine(ofParagraphAt start: Int) -> Int {
    guard start < endIndex, let paragraph = paragraph(at: start) else { return start }
    let (block, offset) = locate(start)
    if case .long(let long) = blocks[block] { return start - offset + long.rowCount - 1 }
    var end = start
    while end + 1 < endIndex, self.paragraph(at: end + 1) == paragraph { end += 1 }
    return end
  }
}

/// A paragraph too long to wrap word by word at each layout: its text as drawn (the segments,
/// then the ¶ number and marks), each byte range's role, and where its rows start.
struct LongParagraph {
  /// Paragraphs of at least this many bytes are laid out this way.
  static let threshold = 16_384

  let index: Int
  let bytes: [UInt8]
  /// Consecutive byte ranges covering the text, each with its role, in order.
  let runs: [(range: Range<Int>, role: Role)]
  let starts: [Int]

  var rowCount: Int { starts.count }

  /// The row `row`, its trailing spaces trimmed, each piece with its role.
  func line(_ row: Int) -> ReaderLayout.Line {
    let from = starts[row]
    var to = row + 1 < starts.count ? starts[row + 1] : bytes.count
    while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x0A || bytes[to - 1] == 0x09 {
      to -= 1
    }
    var segments: [DetailLine.Segment] = []
    // The first run that ends after `from`.
    var low = 0
    var high = runs.count - 1
    while low < high {
      let middle = (low + high) / 2
      if runs[middle].range.upperBound <= from { low = middle + 1 } else { high = middle }
    }
    var r = low
    while r < runs.count, runs[r].range.lowerBound < to {
      let start = max(from, runs[r].range.lowerBound)
      let end = min(to, runs[r].range.upperBound)
      if start < end {
        let text = TextLayout.clean(String(decoding: bytes[start..<end], as: UTF8.self))
        segments.append(.init(text: text, role: runs[r].role))
      }
      r += 1
    }
    return ReaderLayout.Line(segments: segments, paragraph: index)
  }
}
