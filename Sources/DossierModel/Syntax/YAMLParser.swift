import Foundation

/// Parses the strict YAML subset of `docs/format.md` from bytes, keeping byte positions.
///
/// The parser works line by line over a byte range of a file, so that event blocks inside
/// Markdown documents are parsed in place and their positions are positions in the document.
/// A syntax error inside one item of a top-level list loses only that item: parsing resumes at
/// the next item.
public struct YAMLParser {
  /// The result of parsing one YAML text.
  public struct Result: Sendable {
    /// The document's root node, `nil` if the text is empty or could not be read at all.
    public var root: YAMLNode?
    /// Every syntax problem, in order.
    public var errors: [YAMLError]
  }

  /// How deeply collections may nest. The parser recurses once per level, so without a limit a
  /// file of 20,000 `[` would overflow the stack; real records nest four or five levels.
  public static let maxDepth = 100

  /// Parses `bytes[range]` (the whole array when `range` is nil).
  public static func parse(_ bytes: [UInt8], range: Range<Int>? = nil) -> Result {
    let range = range ?? 0..<bytes.count
    return bytes.withUnsafeBufferPointer { buffer in
      var parser = Parser(buffer: buffer, range: range)
      return parser.parseDocument()
    }
  }
}

private struct Line {
  var start: Int
  /// Offset of the first byte that is not a space.
  var content: Int
  /// Offset of the line break (or the range end), with a trailing `\r` excluded.
  var end: Int
  /// True for blank lines and comment-only lines.
  var isEmpty: Bool
  var indent: Int { content - start }
}

private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
private let newline = UInt8(ascii: "\n")
private let hash = UInt8(ascii: "#")
private let colon = UInt8(ascii: ":")
private let dash = UInt8(ascii: "-")
private let comma = UInt8(ascii: ",")

private struct Parser {
  let b: UnsafeBufferPointer<UInt8>
  let lines: [Line]
  /// Index of the next line not yet consumed.
  var li = 0
  var errors: [YAMLError] = []
  /// How many block and flow nodes are being parsed, one inside the other.
  var depth = 0

  init(buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
    b = buffer
    var lines: [Line] = []
    // Counted first, so that the lines take one allocation (most texts are short event blocks).
    var count = 1
    if let base = buffer.baseAddress, !range.isEmpty {
      var at = range.lowerBound
      while let found = memchr(base + at, 0x0A, range.upperBound - at) {
        count += 1
        at = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base + 1
        if at >= range.upperBound { break }
      }
    }
    lines.reserveCapacity(count)
    var p = range.lowerBound
    while p < range.upperBound {
      let start = p
      if let base = buffer.baseAddress,
        let found = memchr(base + p, 0x0A, range.upperBound - p)
      {
        p = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
      } else {
        p = range.upperBound
      }
      var end = p
      if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
      var content = start
      while content < end, buffer[content] == space { content += 1 }
      let empty = content == end || buffer[content] == hash
      lines.append(Line(start: start, content: content, end: end, isEmpty: empty))
      p += 1
    }
    self.lines = lines
  }

  // MARK: Errors

  func error(
    _ message: String, at offset: Int, length: Int = 1, hint: String? = nil,
    id: DiagnosticID = .yamlSyntax
  ) -> YAMLError {
    YAMLError(id: id, message: message, offset: offset, length: length, hint: hint)
  }

  func lineLength(from offset: Int, line: Line) -> Int {
    var end = line.end
    while end > offset, b[end - 1] == space { end -= 1 }
    return max(end - offset, 1)
  }

  // MARK: Lines

  /// Skips empty lines and returns the index of the next content line, checking indentation.
  mutating func nextContentLine() throws -> Int? {
    while li < lines.count {
      let line = lines[li]
      if line.isEmpty {
        li += 1
        continue
      }
      if line.content < line.end,
        b[line.content] == tab
          || (line.content > line.start && containsTab(line.start..<line.content))
      {
        throw error(
          "tabs are not allowed in indentation", at: line.content,
          hint: "indent with spaces")
      }
      return li
    }
    return nil
  }

  /// Enters one more level of nesting, or throws `too-deep` at `p` past ``YAMLParser/maxDepth``.
  /// Each call is paired with `depth -= 1` when the node is done.
  mutating func enterLevel(at p: Int) throws {
    depth += 1
    if depth > YAMLParser.maxDepth {
      throw error(
        "the values nest more than \(YAMLParser.maxDepth) levels deep", at: p,
        hint: "records nest a few levels; check for an unclosed bracket or a runaway list",
        id: .tooDeep)
    }
  }

  func containsTab(_ range: Range<Int>) -> Bool {
    range.contains { b[$0] == tab }
  }

  // MARK: Document

  mutating func parseDocument() -> YAMLParser.Result {
    do {
      guard var index = try nextContentLine() else { return .init(root: nil, errors: errors) }
      // An optional leading document marker.
      if isMarker(lines[index], "---") {
        let line = lines[index]
        if line.content + 3 < line.end, !isCommentOrBlank(from: line.content + 3, to: line.end) {
          throw error(
            "content after the document marker", at: line.content + 3,
            hint: "start the content on the next line")
        }
        li = index + 1
        guard let next = try nextContentLine() else { return .init(root: nil, errors: errors) }
        index = next
      }
      let line = lines[index]
      let root: YAMLNode
      if isSequenceItem(at: line.content, line: line) {
        root = try parseTopSequence(column: line.indent)
      } else {
        root = try parseBlockNode(at: line.content, lineIndex: index, parentIndent: -1)
      }
      if let index = try nextContentLine() {
        let line = lines[index]
        if isMarker(line, "---") || isMarker(line, "...") {
          throw error(
            "a file holds one YAML document", at: line.content, length: 3,
            hint: "split the records into separate files, or remove the marker",
            id: .yamlUnsupported)
        }
        throw error(
          "unexpected text after the end of the document", at: line.content,
          length: lineLength(from: line.content, line: line),
          hint: "check the indentation of this line")
      }
      return .init(root: root, errors: errors)
    } catch let problem as YAMLError {
      errors.append(problem)
      return .init(root: nil, errors: errors)
    } catch {
      return .init(root: nil, errors: errors)
    }
  }

  func isMarker(_ line: Line, _ marker: StaticString) -> Bool {
    guard line.indent == 0, line.end - line.content >= 3 else { return false }
    let m = marker.utf8Start
    for i in 0..<3 where b[line.content + i] != m[i] { return false }
    return line.content + 3 == line.end || b[line.content + 3] == space
  }

  func isDocumentMarker(_ line: Line) -> Bool {
    isMarker(line, "---") || isMarker(line, "...")
  }

  func isCommentOrBlank(from p: Int, to end: Int) -> Bool {
    var p = p
    while p < end, b[p] == space || b[p] == tab { p += 1 }
    return p == end || b[p] == hash
  }

  func isSequenceItem(at p: Int, line: Line) -> Bool {
    b[p] == dash && (p + 1 == line.end || b[p + 1] == space)
  }

  /// A top-level list whose items recover from syntax errors independently.
  mutating func parseTopSequence(column: Int) throws -> YAMLNode {
    var items: [YAMLNode] = []
    let first = lines[li]
    while let index = try nextContentLineRecovering() {
      let line = lines[index]
      if line.indent < column || isDocumentMarker(line) { break }
      guard line.indent == column, isSequenceItem(at: line.content, line: line) else {
        let problem = error(
          "expected a list item ('- ') at this indentation", at: line.content,
          length: lineLength(from: line.content, line: line),
          hint: "every record of this file starts with '- ' in column \(column + 1)")
        errors.append(problem)
        skipToNextItem(column: column)
        continue
      }
      do {
        items.append(try parseSequenceItem(lineIndex: index, column: column))
        try expectEndOfItem(column: column)
      } catch let problem as YAMLError {
        errors.append(problem)
        skipToNextItem(column: column)
      }
    }
    return YAMLNode(.sequence(items), offset: first.content, length: 1)
  }

  /// Like ``nextContentLine()``, but a tab error is recorded and its line skipped.
  mutating func nextContentLineRecovering() throws -> Int? {
    while true {
      do {
        return try nextContentLine()
      } catch let problem as YAMLError {
        errors.append(problem)
        li += 1
      }
    }
  }

  /// After an item: the next content line must be another item or end the list.
  mutating func expectEndOfItem(column: Int) throws {
    guard let index = try nextContentLine() else { return }
    let line = lines[index]
    if line.indent > column {
      throw error(
        "this line is indented more than the item it belongs to", at: line.content,
        length: lineLength(from: line.content, line: line),
        hint: "align it with the fields above")
    }
  }

  /// Skips lines up to the next item of a top-level list, after a syntax error.
  mutating func skipToNextItem(column: Int) {
    li += 1
    while li < lines.count {
      let line = lines[li]
      if !line.isEmpty, line.indent <= column { return }
      li += 1
    }
  }

  // MARK: Block nodes

  /// Parses the node whose first byte is at `p` on line `lineIndex`.
  mutating func parseBlockNode(at p: Int, lineIndex: Int, parentIndent: Int) throws -> YAMLNode {
    try enterLevel(at: p)
    defer { depth -= 1 }
    let line = lines[lineIndex]
    let column = p - line.start
    if isSequenceItem(at: p, line: line) {
      li = lineIndex
      return try parseBlockSequence(firstDash: p, column: column)
    }
    if mappingKeyEnd(at: p, line: line) != nil {
      return try parseBlockMapping(firstKey: p, lineIndex: lineIndex, column: column)
    }
    return try parseInlineValue(at: p, lineIndex: lineIndex, parentIndent: parentIndent)
  }

  /// If a mapping key starts at `p`, the offset of its colon.
  func mappingKeyEnd(at p: Int, line: Line) -> Int? {
    var q = p
    while q < line.end, isKeyByte(b[q]) { q += 1 }
    guard q > p, q < line.end, b[q] == colon else { return nil }
    guard q + 1 == line.end || b[q + 1] == space else { return nil }
    return q
  }

  func isKeyByte(_ c: UInt8) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
      || c == UInt8(ascii: "_") || c == dash
  }

  mutating func parseBlockSequence(firstDash: Int, column: Int) throws -> YAMLNode {
    var items: [YAMLNode] = []
    var index = li
    while true {
      items.append(try parseSequenceItem(lineIndex: index, column: column))
      guard let next = try nextContentLine() else { break }
      let line = lines[next]
      if line.indent < column || isDocumentMarker(line) { break }
      if line.indent > column {
        throw error(
          "this line is indented more than the list item it belongs to", at: line.content,
          length: lineLength(from: line.content, line: line),
          hint: "align it with the fields above, or with the '-' of the list")
      }
      guard isSequenceItem(at: line.content, line: line) else { break }
      index = next
    }
    return YAMLNode(.sequence(items), offset: firstDash, length: 1)
  }

  /// Parses the item whose `-` is at `column` of line `lineIndex`.
  mutating func parseSequenceItem(lineIndex: Int, column: Int) throws -> YAMLNode {
    let line = lines[lineIndex]
    let dashOffset = line.start + column
    var p = dashOffset + 1
    while p < line.end, b[p] == space { p += 1 }
    if isCommentOrBlank(from: p, to: line.end) {
      li = lineIndex + 1
      if let next = try nextContentLine(), lines[next].indent > column {
        return try parseBlockNode(
          at: lines[next].content, lineIndex: next, parentIndent: column)
      }
      return YAMLNode(.null, offset: dashOffset, length: 1)
    }
    return try parseBlockNode(at: p, lineIndex: lineIndex, parentIndent: column)
  }

  mutating func parseBlockMapping(firstKey: Int, lineIndex: Int, column: Int) throws -> YAMLNode {
    var entries: [YAMLEntry] = []
    entries.reserveCapacity(8)
    var index = lineIndex
    var keyStart = firstKey
    while true {
      let line = lines[index]
      guard let keyEnd = mappingKeyEnd(at: keyStart, line: line) else {
        if isSequenceItem(at: keyStart, line: line) {
          throw error(
            "a list item where a key was expected", at: keyStart,
            hint: "indent the list under its key, or add the missing key")
        }
        throw error(
          "expected a 'key: value' line", at: keyStart,
          length: lineLength(from: keyStart, line: line),
          hint: "keys are words of letters, digits, '_' and '-', followed by ': '")
      }
      let key = String(decoding: UnsafeBufferPointer(rebasing: b[keyStart..<keyEnd]), as: UTF8.self)
      // Mappings are small: a linear scan beats hashing every key.
      if entries.contains(where: { $0.key.utf8.count == key.utf8.count && $0.key == key }) {
        errors.append(
          error(
            "key '\(key)' is given twice in this mapping", at: keyStart,
            length: keyEnd - keyStart, hint: "remove one of them", id: .duplicateKey))
      }
      var p = keyEnd + 1
      while p < line.end, b[p] == space { p += 1 }
      let value: YAMLNode
      if isCommentOrBlank(from: p, to: line.end) {
        li = index + 1
        if let next = try nextContentLine() {
          let nextLine = lines[next]
          if nextLine.indent > column
            || (nextLine.indent == column && isSequenceItem(at: nextLine.content, line: nextLine))
          {
            value = try parseBlockNode(
              at: nextLine.content, lineIndex: next, parentIndent: column)
          } else {
            value = YAMLNode(.null, offset: keyEnd, length: 1)
          }
        } else {
          value = YAMLNode(.null, offset: keyEnd, length: 1)
        }
      } else {
        if isSequenceItem(at: p, line: line) {
          throw error(
            "a list cannot start on the line of its key", at: p,
            hint: "move '- \u{2026}' to the next line, or write [a, b]")
        }
        value = try parseInlineValue(at: p, lineIndex: index, parentIndent: column)
      }
      entries.append(YAMLEntry(key: key, keyOffset: keyStart, value: value))
      guard let next = try nextContentLine() else { break }
      let nextLine = lines[next]
      if nextLine.indent < column || isDocumentMarker(nextLine) { break }
      if nextLine.indent > column {
        throw error(
          "this line is indented more than the key above it", at: nextLine.content,
          length: lineLength(from: nextLine.content, line: nextLine),
          hint: "align it with the other keys, or quote a text that goes on")
      }
      if isSequenceItem(at: nextLine.content, line: nextLine) { break }
      index = next
      keyStart = nextLine.content
    }
    return YAMLNode(.mapping(entries), offset: firstKey, length: 1)
  }

  // MARK: Inline values

  /// Parses a value that starts on a line at `p`: a scalar, a flow collection or a block scalar.
  mutating func parseInlineValue(at p: Int, lineIndex: Int, parentIndent: Int) throws -> YAMLNode {
    let line = lines[lineIndex]
    switch b[p] {
    case UInt8(ascii: "|"), UInt8(ascii: ">"):
      return try parseBlockScalar(at: p, lineIndex: lineIndex, parentIndent: parentIndent)
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      var q = p
      let node = try parseFlowNode(&q)
      try finishLine(after: q)
      return node
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      var q = p
      let node = try parseQuoted(&q)
      try finishLine(after: q)
      return node
    case UInt8(ascii: "&"):
      throw error(
        "anchors are not supported", at: p, length: lineLength(from: p, line: line),
        hint: "repeat the value instead", id: .yamlUnsupported)
    case UInt8(ascii: "*"):
      throw error(
        "aliases are not supported", at: p, length: lineLength(from: p, line: line),
        hint: "repeat the value instead", id: .yamlUnsupported)
    case UInt8(ascii: "!"):
      throw error(
        "tags are not supported", at: p, length: lineLength(from: p, line: line),
        hint: "every value is text; remove the tag", id: .yamlUnsupported)
    case UInt8(ascii: "%"):
      throw error(
        "directives are not supported", at: p, id: .yamlUnsupported)
    case UInt8(ascii: "?") where p + 1 == line.end || b[p + 1] == space:
      throw error(
        "complex keys are not supported", at: p, hint: "keys are plain words",
        id: .yamlUnsupported)
    case UInt8(ascii: "@"), UInt8(ascii: "`"):
      throw error(
        "a value cannot start with '\(Character(Unicode.Scalar(b[p])))'", at: p,
        hint: "put the text in quotes")
    default:
      return try parsePlainScalar(at: p, lineIndex: lineIndex, parentIndent: parentIndent)
    }
  }

  /// After a value that ended at `q`: only a comment may follow on its line.
  mutating func finishLine(after q: Int) throws {
    let index = lineIndex(containing: q)
    let line = lines[index]
    if !isCommentOrBlank(from: q, to: line.end) {
      var start = q
      while start < line.end, b[start] == space { start += 1 }
      throw error(
        "unexpected text after the value", at: start,
        length: lineLength(from: start, line: line),
        hint: "put the whole text in quotes, or remove what follows")
    }
    li = index + 1
  }

  func lineIndex(containing offset: Int) -> Int {
    var low = max(0, li - 1)
    if lines[low].start > offset { low = 0 }
    var high = lines.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lines[mid].start <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }

  mutating func parsePlainScalar(at p: Int, lineIndex: Int, parentIndent: Int) throws -> YAMLNode {
    let line = lines[lineIndex]
    let firstEnd = try plainEnd(from: p, line: line)
    var text = String(decoding: UnsafeBufferPointer(rebasing: b[p..<firstEnd]), as: UTF8.self)
    li = lineIndex + 1
    // Continuation lines, indented further than the parent, are folded with single spaces.
    var pendingBreaks = 0
    while li < lines.count {
      let next = lines[li]
      if next.content == next.end {
        pendingBreaks += 1
        li += 1
        continue
      }
      if next.indent <= parentIndent || b[next.content] == hash { break }
      if containsTab(next.start..<next.content) {
        throw error(
          "tabs are not allowed in indentation", at: next.start, hint: "indent with spaces")
      }
      if mappingKeyEnd(at: next.content, line: next) != nil {
        throw error(
          "this line is indented more than the key above it", at: next.content,
          length: lineLength(from: next.content, line: next),
          hint: "align it with the other keys, or quote a text that goes on")
      }
      let end = try plainEnd(from: next.content, line: next)
      let piece = String(
        decoding: UnsafeBufferPointer(rebasing: b[next.content..<end]), as: UTF8.self)
      text += pendingBreaks > 0 ? String(repeating: "\n", count: pendingBreaks) : " "
      text += piece
      pendingBreaks = 0
      li += 1
    }
    return YAMLNode(.scalar(text), offset: p, length: firstEnd - p)
  }

  /// The end of a plain scalar on one line: before ` #` and trailing spaces.
  func plainEnd(from p: Int, line: Line) throws -> Int {
    let raw = UnsafeRawPointer(b.baseAddress!)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func hasByte(_ w: UInt64, _ c: UInt8) -> Bool {
      let x = w ^ (ones &* UInt64(c))
      return (x &- ones) & ~x & highs != 0
    }
    // Only '#' and ':' can end the text early; runs of eight bytes without them are skipped.
    var q = p
    while q < line.end {
      if q + 8 <= line.end {
        let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: q, as: UInt64.self))
        if !hasByte(w, hash), !hasByte(w, colon) {
          q += 8
          continue
        }
      }
      let c = b[q]
      if c == hash, q > p, b[q - 1] == space || b[q - 1] == tab { break }
      if c == colon, q + 1 == line.end || b[q + 1] == space {
        throw error(
          "': ' cannot appear inside unquoted text", at: q,
          hint: "put the whole text in quotes")
      }
      q += 1
    }
    var end = q
    while end > p, b[end - 1] == space || b[end - 1] == tab { end -= 1 }
    return end
  }

  mutating func parseBlockScalar(at p: Int, lineIndex: Int, parentIndent: Int) throws -> YAMLNode {
    let line = lines[lineIndex]
    let literal = b[p] == UInt8(ascii: "|")
    var chomp: UInt8 = 0
    var q = p + 1
    while q < line.end, b[q] == dash || b[q] == UInt8(ascii: "+") {
      chomp = b[q]
      q += 1
    }
    if q < line.end, b[q] >= 0x31, b[q] <= 0x39 {
      throw error(
        "explicit indentation indicators are not supported", at: q, hint: "remove the digit",
        id: .yamlUnsupported)
    }
    if !isCommentOrBlank(from: q, to: line.end) {
      throw error(
        "text after '\(literal ? "|" : ">")' must start on the next line", at: q,
        hint: "move the text to the next line, indented")
    }
    li = lineIndex + 1
    var contentIndent: Int?
    var pieces: [(text: String, blank: Bool, extra: Bool)] = []
    while li < lines.count {
      let next = lines[li]
      let blank = next.content == next.end
      if blank {
        pieces.append(("", true, false))
        li += 1
        continue
      }
      if next.indent <= parentIndent { break }
      if contentIndent == nil { contentIndent = next.indent }
      guard let indent = contentIndent, next.indent >= indent else { break }
      let start = next.start + indent
      let piece = String(
        decoding: UnsafeBufferPointer(rebasing: b[start..<next.end]), as: UTF8.self)
      pieces.append((piece, false, next.indent > indent))
      li += 1
    }
    // Trailing blank lines are governed by chomping.
    var trailing = 0
    while let last = pieces.last, last.blank {
      trailing += 1
      pieces.removeLast()
    }
    var text = ""
    if literal {
      text = pieces.map(\.text).joined(separator: "\n")
    } else {
      var previousWasText = false
      var previousExtra = false
      for piece in pieces {
        if piece.blank {
          text += "\n"
          previousWasText = false
          continue
        }
        if previousWasText { text += (piece.extra || previousExtra) ? "\n" : " " }
        text += piece.text
        previousWasText = true
        previousExtra = piece.extra
      }
    }
    if !pieces.isEmpty {
      switch chomp {
      case dash: break
      case UInt8(ascii: "+"): text += String(repeating: "\n", count: trailing + 1)
      default: text += "\n"
      }
    }
    // Blank lines consumed as trailing text stay consumed; the caller looks for the next content.
    return YAMLNode(.scalar(text), offset: p, length: q - p)
  }

  // MARK: Quoted scalars

  mutating func parseQuoted(_ q: inout Int) throws -> YAMLNode {
    let start = q
    let quote = b[q]
    let double = quote == UInt8(ascii: "\"")
    q += 1
    var bytes: [UInt8] = []
    var escaped = false
    let limit = lines.last.map { $0.end } ?? q
    while true {
      guard q < limit else {
        throw error(
          "this quoted text is never closed", at: start,
          hint: "add the closing \(double ? "\"" : "'")")
      }
      let c = b[q]
      if c == quote {
        if !double, q + 1 < limit, b[q + 1] == quote {
          bytes.append(quote)
          q += 2
          continue
        }
        q += 1
        break
      }
      if c == newline || c == UInt8(ascii: "\r") {
        // Line folding: trailing spaces, the break and leading spaces become one space;
        // each blank line becomes a line break.
        while let last = bytes.last, last == space || last == tab { bytes.removeLast() }
        var breaks = 0
        while q < limit,
          b[q] == newline || b[q] == UInt8(ascii: "\r") || b[q] == space
            || b[q] == tab
        {
          if b[q] == newline { breaks += 1 }
          q += 1
        }
        if breaks <= 1 {
          bytes.append(space)
        } else {
          bytes.append(contentsOf: repeatElement(newline, count: breaks - 1))
        }
        continue
      }
      if double, c == UInt8(ascii: "\\") {
        guard q + 1 < limit else { break }
        let e = b[q + 1]
        q += 2
        escaped = true
        switch e {
        case UInt8(ascii: "n"): bytes.append(newline)
        case UInt8(ascii: "t"): bytes.append(tab)
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): bytes.append(UInt8(ascii: "/"))
        case UInt8(ascii: " "): bytes.append(space)
        case UInt8(ascii: "0"): bytes.append(0x00)
        case UInt8(ascii: "a"): bytes.append(0x07)
        case UInt8(ascii: "b"): bytes.append(0x08)
        case UInt8(ascii: "e"): bytes.append(0x1B)
        case UInt8(ascii: "f"): bytes.append(0x0C)
        case UInt8(ascii: "r"): bytes.append(0x0D)
        case UInt8(ascii: "v"): bytes.append(0x0B)
        case UInt8(ascii: "N"): bytes.append(contentsOf: [0xC2, 0x85])
        case UInt8(ascii: "_"): bytes.append(contentsOf: [0xC2, 0xA0])
        case UInt8(ascii: "L"): bytes.append(contentsOf: [0xE2, 0x80, 0xA8])
        case UInt8(ascii: "P"): bytes.append(contentsOf: [0xE2, 0x80, 0xA9])
        case UInt8(ascii: "u"), UInt8(ascii: "x"), UInt8(ascii: "U"):
          let digits = e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 8
          guard q + digits <= limit,
            let value = UInt32(
              String(decoding: UnsafeBufferPointer(rebasing: b[q..<q + digits]), as: UTF8.self),
              radix: 16),
            let scalar = Unicode.Scalar(value)
          else {
            throw error(
              "invalid escape sequence", at: q - 2, length: 2,
              hint: "write \\u followed by four hexadecimal digits")
          }
          bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
          q += digits
        case newline, UInt8(ascii: "\r"):
          // An escaped line break (LF, CRLF or a lone CR) joins the lines without a space.
          if e == UInt8(ascii: "\r"), q < limit, b[q] == newline { q += 1 }
          while q < limit, b[q] == space || b[q] == tab { q += 1 }
        default:
          throw error(
            "unknown escape sequence '\\\(Character(Unicode.Scalar(e)))'", at: q - 2, length: 2,
            hint: "write \\\\ for a backslash")
        }
        continue
      }
      bytes.append(c)
      q += 1
    }
    let firstLine = lines[lineIndex(containing: start)]
    let length = q <= firstLine.end ? q - start : firstLine.end - start
    var node = YAMLNode(
      .scalar(String(decoding: bytes, as: UTF8.self)), offset: start, length: length)
    node.escaped = escaped
    return node
  }

  // MARK: Flow collections

  /// Skips spaces, line breaks and comments inside a flow collection.
  func skipFlowSpace(_ q: inout Int, limit: Int) {
    while q < limit {
      let c = b[q]
      if c == space || c == tab || c == newline || c == UInt8(ascii: "\r") {
        q += 1
      } else if c == hash, q == 0 || b[q - 1] == space || b[q - 1] == newline || b[q - 1] == tab {
        while q < limit, b[q] != newline { q += 1 }
      } else {
        return
      }
    }
  }

  mutating func parseFlowNode(_ q: inout Int) throws -> YAMLNode {
    try enterLevel(at: q)
    defer { depth -= 1 }
    let limit = lines.last.map { $0.end } ?? q
    let start = q
    let isSequence = b[q] == UInt8(ascii: "[")
    let close = isSequence ? UInt8(ascii: "]") : UInt8(ascii: "}")
    q += 1
    var items: [YAMLNode] = []
    var entries: [YAMLEntry] = []
    if isSequence { items.reserveCapacity(4) } else { entries.reserveCapacity(4) }
    while true {
      skipFlowSpace(&q, limit: limit)
      guard q < limit else {
        throw error(
          "this \(isSequence ? "list" : "mapping") is never closed", at: start,
          hint: "add the closing '\(isSequence ? "]" : "}")'")
      }
      if b[q] == close {
        q += 1
        break
      }
      if isSequence {
        let item = try parseFlowItem(&q, limit: limit, inMapping: false)
        skipFlowSpace(&q, limit: limit)
        if q < limit, b[q] == colon {
          throw error(
            "a 'key: value' pair inside [ ] is not supported", at: q,
            hint: "write {key: value} for a mapping", id: .yamlUnsupported)
        }
        items.append(item)
      } else {
        let keyStart = q
        let keyNode = try parseFlowItem(&q, limit: limit, inMapping: true)
        guard case .scalar(let key) = keyNode.value else {
          throw error("a key must be text", at: keyStart)
        }
        skipFlowSpace(&q, limit: limit)
        guard q < limit, b[q] == colon else {
          throw error("expected ':' after the key '\(key)'", at: min(q, limit - 1))
        }
        q += 1
        skipFlowSpace(&q, limit: limit)
        if entries.contains(where: { $0.key.utf8.count == key.utf8.count && $0.key == key }) {
          errors.append(
            error(
              "key '\(key)' is given twice in this mapping", at: keyStart,
              length: key.utf8.count, hint: "remove one of them", id: .duplicateKey))
        }
        let value: YAMLNode
        if q < limit, b[q] == comma || b[q] == close {
          value = YAMLNode(.null, offset: q, length: 1)
        } else {
          value = try parseFlowItem(&q, limit: limit, inMapping: true)
        }
        entries.append(YAMLEntry(key: key, keyOffset: keyStart, value: value))
      }
      skipFlowSpace(&q, limit: limit)
      guard q < limit else { continue }
      if b[q] == comma {
        q += 1
      } else if b[q] != close {
        throw error(
          "expected ',' or '\(isSequence ? "]" : "}")'", at: q,
          hint: "separate the items with commas")
      }
    }
    let firstLine = lines[lineIndex(containing: start)]
    let length = q <= firstLine.end ? q - start : firstLine.end - start
    return YAMLNode(
      isSequence ? .sequence(items) : .mapping(entries), offset: start, length: length)
  }

  /// Whether a plain scalar of a flow collection that started at `start` ends before `q`: at a
  /// flow indicator, at a ':' followed by a space, a line end or an indicator, or at a comment.
  @inline(__always)
  func endsPlainFlow(at q: Int, start: Int, limit: Int) -> Bool {
    let c = b[q]
    if c == comma || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") || c == UInt8(ascii: "[")
      || c == UInt8(ascii: "{")
    {
      return true
    }
    if c == colon {
      guard q + 1 < limit else { return true }
      let next = b[q + 1]
      return next == space || next == newline || next == comma || next == UInt8(ascii: "]")
        || next == UInt8(ascii: "}")
    }
    return c == hash && q > start && (b[q - 1] == space || b[q - 1] == tab)
  }

  /// Where a plain scalar of a flow collection that starts at `p` ends, if it needs no folding:
  /// it stays on its line, holds no tab and no two spaces in a row. Nil otherwise.
  func plainFlowEnd(from p: Int, limit: Int) -> Int? {
    var q = p
    while q < limit {
      let c = b[q]
      if endsPlainFlow(at: q, start: p, limit: limit) { break }
      if c == newline || c == UInt8(ascii: "\r") || c == tab
        || (c == space && q > p && b[q - 1] == space)
      {
        return nil
      }
      q += 1
    }
    return q
  }

  mutating func parseFlowItem(_ q: inout Int, limit: Int, inMapping: Bool) throws -> YAMLNode {
    switch b[q] {
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      return try parseFlowNode(&q)
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      return try parseQuoted(&q)
    case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"):
      throw error(
        "anchors, aliases and tags are not supported", at: q, hint: "write the value itself",
        id: .yamlUnsupported)
    case comma, UInt8(ascii: "]"), UInt8(ascii: "}"):
      throw error("expected a value", at: q, hint: "remove the extra comma")
    default:
      // A plain scalar ends at a flow indicator, at ': ' and at a comment; it may span lines.
      let start = q
      if let end = plainFlowEnd(from: q, limit: limit) {
        // On one line with single spaces (most values): the text is the bytes as they are.
        var last = end
        while last > start, b[last - 1] == space { last -= 1 }
        q = end
        return YAMLNode(
          .scalar(String(decoding: UnsafeBufferPointer(rebasing: b[start..<last]), as: UTF8.self)),
          offset: start, length: last - start)
      }
      var text: [UInt8] = []
      while q < limit {
        let c = b[q]
        if endsPlainFlow(at: q, start: start, limit: limit) { break }
        if c == newline || c == UInt8(ascii: "\r") || c == tab {
          if text.last != space { text.append(space) }
          q += 1
          continue
        }
        if c == space, text.last == space {
          q += 1
          continue
        }
        text.append(c)
        q += 1
      }
      while text.last == space { text.removeLast() }
      return YAMLNode(
        .scalar(String(decoding: text, as: UTF8.self)), offset: start, length: text.count)
    }
  }
}
