import Foundation

/// Prose with actor mentions (`[[id]]`, `[[id|shown text]]`): the text as a reader sees it,
/// each mention shown by its label, and where each mention is in it. One string rather than a
/// string per run keeps a large corpus small.
public struct RichText: Sendable, Hashable {
  /// A run of plain text or one mention.
  public enum Segment: Sendable, Hashable {
    case text(String)
    /// A mention of actor `id`, shown as `label` (the actor's name when the source gave none).
    case mention(id: String, label: String)
  }

  /// A mention: the UTF-8 range of its label in `plain`, and the actor id.
  struct Mention: Sendable, Hashable {
    var start: Int32
    var end: Int32
    var id: String
  }

  /// The text as a reader sees it, mentions replaced by their labels.
  public private(set) var plain: String
  /// The mentions, in order.
  private(set) var mentions: [Mention]

  public init(segments: [Segment]) {
    var text = ""
    var mentions: [Mention] = []
    for segment in segments {
      switch segment {
      case .text(let run): text += run
      case .mention(let id, let label):
        let start = Int32(text.utf8.count)
        text += label
        mentions.append(Mention(start: start, end: Int32(text.utf8.count), id: id))
      }
    }
    plain = text
    self.mentions = mentions
  }

  /// Plain text without mentions.
  public init(plain: String) {
    self.plain = plain
    mentions = []
  }

  init(plain: String, mentions: [Mention]) {
    self.plain = plain
    self.mentions = mentions
  }

  /// Runs of plain text and mentions, in order.
  public var segments: [Segment] {
    guard !mentions.isEmpty else { return plain.isEmpty ? [] : [.text(plain)] }
    let utf8 = plain.utf8
    func slice(_ from: Int32, _ to: Int32) -> String {
      let start = utf8.index(utf8.startIndex, offsetBy: Int(from))
      let end = utf8.index(start, offsetBy: Int(to - from))
      return String(plain[start..<end])
    }
    var result: [Segment] = []
    result.reserveCapacity(mentions.count * 2 + 1)
    var done: Int32 = 0
    for mention in mentions {
      if mention.start > done { result.append(.text(slice(done, mention.start))) }
      result.append(.mention(id: mention.id, label: slice(mention.start, mention.end)))
      done = mention.end
    }
    if Int(done) < utf8.count { result.append(.text(slice(done, Int32(utf8.count)))) }
    return result
  }

  /// The ids of the actors mentioned, in order of appearance.
  public var mentionedActors: [String] { mentions.map(\.id) }

  public var isEmpty: Bool { plain.isEmpty && mentions.isEmpty }
}

extension RichText {
  /// A mention as written: where `[[` starts and `]]` ends in the source text, its id, and its
  /// label unless it has none (or an empty one).
  struct RawMention {
    var id: String
    var utf8Offset: Int
    var utf8End: Int
    var label: String?
  }

  /// The mentions written in UTF-8 text.
  static func scan(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [RawMention] {
    let open = UInt8(ascii: "[")
    let close = UInt8(ascii: "]")
    guard let base = bytes.baseAddress else { return [] }
    /// The next `[` at or after `i`, or the end (found with memchr: most bytes are prose).
    func nextOpen(_ i: Int) -> Int {
      guard i < bytes.count, let found = memchr(base + i, Int32(open), bytes.count - i) else {
        return bytes.count
      }
      return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
    }
    guard nextOpen(0) < bytes.count else { return [] }
    @inline(__always) func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    var mentions: [RawMention] = []
    var i = nextOpen(0)
    while i + 1 < bytes.count {
      guard bytes[i] == open, bytes[i + 1] == open else {
        i = nextOpen(i + 1)
        continue
      }
      var j = i + 2
      var bar: Int?
      while j + 1 < bytes.count, !(bytes[j] == close && bytes[j + 1] == close),
        bytes[j] != UInt8(ascii: "\n")
      {
        if bar == nil, bytes[j] == UInt8(ascii: "|") { bar = j }
        j += 1
      }
      guard j + 1 < bytes.count, bytes[j] == close else {
        i += 2
        continue
      }
      let id = string(trimmed(bytes, (i + 2)..<(bar ?? j)))
      let label = bar.map { string(trimmed(bytes, ($0 + 1)..<j)) }
      mentions.append(
        RawMention(
          id: id, utf8Offset: i, utf8End: j + 2, label: label?.isEmpty == false ? label : nil))
      i = j + 2
    }
    return mentions
  }

  /// The rich text of UTF-8 text whose mentions are `mentions` (from ``scan(utf8:)``), each
  /// shown as the label at the same place in `labels`.
  static func build(
    utf8 bytes: UnsafeBufferPointer<UInt8>, mentions raw: [RawMention], labels: [String]
  ) -> RichText {
    guard !raw.isEmpty else { return RichText(plain: String(decoding: bytes, as: UTF8.self)) }
    var length = bytes.count
    for (mention, label) in zip(raw, labels) {
      length += label.utf8.count - (mention.utf8End - mention.utf8Offset)
    }
    var mentions: [Mention] = []
    mentions.reserveCapacity(raw.count)
    let plain = String(unsafeUninitializedCapacity: length) { out in
      var n = 0
      var done = 0
      func copy(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress, !source.isEmpty else { return }
        (out.baseAddress! + n).initialize(from: base, count: source.count)
        n += source.count
      }
      for (mention, label) in zip(raw, labels) {
        copy(UnsafeBufferPointer(rebasing: bytes[done..<mention.utf8Offset]))
        let start = n
        var label = label
        label.withUTF8 { copy($0) }
        mentions.append(Mention(start: Int32(start), end: Int32(n), id: mention.id))
        done = mention.utf8End
      }
      copy(UnsafeBufferPointer(rebasing: bytes[done...]))
      return n
    }
    return RichText(plain: plain, mentions: mentions)
  }

  /// Splits text into its runs and mentions; a mention without a label gets an empty one
  /// until ``resolveLabels(_:)``. Public to the fuzz targets only (`@_spi(Fuzzing)`).
  @_spi(Fuzzing) public static func parse(_ text: String) -> RichText {
    guard text.utf8.contains(UInt8(ascii: "[")) else { return RichText(plain: text) }
    var copy = text
    return copy.withUTF8 { bytes in
      let mentions = scan(utf8: bytes)
      return build(utf8: bytes, mentions: mentions, labels: mentions.map { $0.label ?? "" })
    }
  }

  /// `range` without the spaces, tabs and line breaks at either end.
  private static func trimmed(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    @inline(__always) func isSpace(_ b: UInt8) -> Bool {
      b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }
    while start < end, isSpace(bytes[start]) { start += 1 }
    while end > start, isSpace(bytes[end - 1]) { end -= 1 }
    return start..<end
  }

  /// Fills in the labels of bare mentions (empty labels) with the actors' names.
  @_spi(Fuzzing) public mutating func resolveLabels(_ name: (String) -> String?) {
    guard mentions.contains(where: { $0.start == $0.end }) else { return }
    self = RichText(
      segments: segments.map { segment in
        if case .mention(let id, let label) = segment, label.isEmpty {
          return .mention(id: id, label: name(id) ?? id)
        }
        return segment
      })
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and line breaks.
  var trimmingSpaces: String {
    // Most texts (every value the YAML reader gives) have none to trim: returned as they are.
    let utf8 = self.utf8
    guard let first = utf8.first, let last = utf8.last else { return self }
    @inline(__always) func isSpace(_ b: UInt8) -> Bool {
      b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }
    if !isSpace(first), !isSpace(last) { return self }
    return Substring(self).trimmingSpaces
  }
}

extension Substring {
  /// The text without leading and trailing spaces, tabs and line breaks (ASCII white space;
  /// checked on UTF-8 code units, so no copy is made when there is nothing to trim).
  var trimmingSpaces: String {
    let utf8 = self.utf8
    var start = utf8.startIndex
    var end = utf8.endIndex
    @inline(__always) func isSpace(_ b: UInt8) -> Bool {
      b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }
    while start < end, isSpace(utf8[start]) { start = utf8.index(after: start) }
    while end > start, isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
    return String(self[start..<end])
  }
}
