/// Prose with actor mentions (`[[id]]`, `[[id|shown text]]`), kept as segments.
public struct RichText: Sendable, Hashable {
  /// A run of plain text or one mention.
  public enum Segment: Sendable, Hashable {
    case text(String)
    /// A mention of actor `id`, shown as `label` (the actor's name when the source gave none).
    case mention(id: String, label: String)
  }

  public var segments: [Segment]

  public init(segments: [Segment]) { self.segments = segments }

  /// Plain text without mentions.
  public init(plain: String) { segments = plain.isEmpty ? [] : [.text(plain)] }

  /// The text as a reader sees it, mentions replaced by their labels.
  public var plain: String {
    var result = ""
    for segment in segments {
      switch segment {
      case .text(let text): result += text
      case .mention(_, let label): result += label
      }
    }
    return result
  }

  /// The ids of the actors mentioned, in order of appearance.
  public var mentionedActors: [String] {
    segments.compactMap { if case .mention(let id, _) = $0 { id } else { nil } }
  }

  public var isEmpty: Bool { segments.isEmpty }
}

extension RichText {
  /// A mention as parsed: its id, where `[[` is in the text, its segment, and its label unless
  /// it has none (or an empty one).
  struct RawMention {
    var id: String
    var utf8Offset: Int
    var segment: Int
    var label: String?
  }

  /// Splits text into segments, leaving the labels of bare mentions empty until resolution.
  static func parse(_ text: String) -> (RichText, [RawMention]) {
    guard text.utf8.contains(UInt8(ascii: "[")) else { return (RichText(plain: text), []) }
    var copy = text
    return copy.withUTF8 { parse(utf8: $0) }
  }

  /// Splits UTF-8 text into segments, as ``parse(_:)`` does.
  static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (RichText, [RawMention]) {
    let open = UInt8(ascii: "[")
    let close = UInt8(ascii: "]")
    guard bytes.contains(open) else {
      return (RichText(plain: String(decoding: bytes, as: UTF8.self)), [])
    }
    @inline(__always) func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    var segments: [Segment] = []
    var mentions: [RawMention] = []
    var runStart = 0
    var i = 0
    while i + 1 < bytes.count {
      guard bytes[i] == open, bytes[i + 1] == open else {
        i += 1
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
      if runStart < i { segments.append(.text(string(runStart..<i))) }
      mentions.append(
        RawMention(
          id: id, utf8Offset: i, segment: segments.count,
          label: label?.isEmpty == false ? label : nil))
      segments.append(.mention(id: id, label: label ?? ""))
      i = j + 2
      runStart = i
    }
    if runStart < bytes.count { segments.append(.text(string(runStart..<bytes.count))) }
    return (RichText(segments: segments), mentions)
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

  /// Fills in the labels of bare mentions with the actors' names.
  mutating func resolveLabels(_ name: (String) -> String?) {
    for index in segments.indices {
      if case .mention(let id, let label) = segments[index], label.isEmpty {
        segments[index] = .mention(id: id, label: name(id) ?? id)
      }
    }
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and line breaks.
  var trimmingSpaces: String { Substring(self).trimmingSpaces }
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
