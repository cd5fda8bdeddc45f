/// Checks applied to a file's bytes before parsing: size, NUL bytes, UTF-8, control characters.
enum FileIntake {
  /// The outcome: usable bytes (control characters blanked, same length) with the offset of
  /// each line's start, or a reason to skip.
  enum Outcome {
    case text([UInt8], lineStarts: [Int])
    case skipped
  }

  static func check(
    _ file: CorpusInput.File, index: Int, display path: String, into diagnostics: inout [Diagnostic]
  ) -> Outcome {
    if file.size == CorpusLoader.maxFileSize + 1 {
      // Found while reading: the file holds more than its size on disk says (or it never ends).
      diagnostics.append(
        Diagnostic(
          .fileTooLarge, nil,
          "the file holds more than the limit of \(CorpusLoader.maxFileSize / 1_048_576) MiB; it was skipped",
          at: nil, hint: "split it into several files", path: path))
      return .skipped
    }
    if file.size > CorpusLoader.maxFileSize {
      diagnostics.append(
        Diagnostic(
          .fileTooLarge, nil,
          "the file is \(file.size / 1_048_576) MiB, over the limit of \(CorpusLoader.maxFileSize / 1_048_576) MiB; it was skipped",
          at: nil, hint: "split it into several files", path: path))
      return .skipped
    }
    var bytes = file.bytes
    // A UTF-8 byte order mark is accepted and dropped, so that offsets and columns count from
    // the first character of the text.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let scan = Scan(bytes)
    if let nul = scan.firstNUL {
      diagnostics.append(
        Diagnostic(
          .binaryFile, nil, "the file contains NUL bytes (at byte \(nul)); it was skipped",
          at: nil, hint: "only UTF-8 text files belong in a corpus", path: path))
      return .skipped
    }
    if let bad = scan.firstInvalidUTF8 {
      let prefix = bytes[..<bad]
      let line = prefix.count { $0 == UInt8(ascii: "\n") } + 1
      let lineStart = (prefix.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
      let column = String(decoding: bytes[lineStart..<bad], as: UTF8.self).count + 1
      diagnostics.append(
        Diagnostic(
          .invalidUTF8, nil,
          "the file is not valid UTF-8 (line \(line), column \(column)); it was skipped",
          at: nil, hint: "save the file as UTF-8", path: path))
      return .skipped
    }
    // Blank out control characters and terminal escapes, keeping every offset (and every line
    // break). The file is copied only when there is something to blank out.
    guard !scan.controls.isEmpty else { return .text(bytes, lineStarts: scan.lineStarts) }
    var reportedLines: Set<Int> = []
    let source = SourceSpanReporter(index: index)
    var line = 1
    for (offset, width) in scan.controls {
      while line < scan.lineStarts.count, scan.lineStarts[line] <= offset { line += 1 }
      if reportedLines.count < 20, reportedLines.insert(line).inserted {
        diagnostics.append(
          Diagnostic(
            .controlCharacter, nil, "a control or escape character was removed",
            at: source.span(offset, width), hint: "data files hold plain text only"))
      }
      for k in offset..<(offset + width) { bytes[k] = UInt8(ascii: " ") }
    }
    return .text(bytes, lineStarts: scan.lineStarts)
  }

  /// One pass over a file's bytes: line starts, the first NUL byte, the first byte that breaks
  /// UTF-8, and the control characters, C1 controls and bidirectional overrides. Runs of plain
  /// ASCII text are skipped eight bytes at a time.
  struct Scan {
    var lineStarts: [Int] = [0]
    var firstNUL: Int?
    var firstInvalidUTF8: Int?
    var controls: [(offset: Int, width: Int)] = []

    init(_ bytes: [UInt8]) {
      lineStarts.reserveCapacity(bytes.count / 40 + 1)
      bytes.withUnsafeBufferPointer { scan($0) }
    }

    private mutating func scan(_ b: UnsafeBufferPointer<UInt8>) {
      guard let base = b.baseAddress else { return }
      let raw = UnsafeRawPointer(base)
      let n = b.count
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      var i = 0
      while i < n {
        if i + 8 <= n {
          let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
          // Any byte over 0x7F, under 0x20, or equal to 0x7F needs a closer look.
          let below = (w &- ones &* 0x20) & ~w & highs
          let del = w ^ (ones &* 0x7F)
          let isDel = (del &- ones) & ~del & highs
          if (w & highs) | below | isDel == 0 {
            i += 8
            continue
          }
        }
        let c = b[i]
        if c < 0x80 {
          if c >= 0x20, c != 0x7F {
            i += 1
            continue
          }
          switch c {
          case 0x0A: lineStarts.append(i + 1)
          case 0x09: break
          case 0x00: if firstNUL == nil { firstNUL = i }
          case 0x0D where i + 1 < n && b[i + 1] == 0x0A: break
          default: controls.append((i, 1))
          }
          i += 1
          continue
        }
        guard let length = Scan.sequenceLength(b, at: i) else {
          if firstInvalidUTF8 == nil { firstInvalidUTF8 = i }
          i += 1
          continue
        }
        if c == 0xC2, b[i + 1] <= 0x9F {
          controls.append((i, 2))
        } else if c == 0xE2,
          (b[i + 1] == 0x80 && b[i + 2] >= 0xAA && b[i + 2] <= 0xAE)
            || (b[i + 1] == 0x81 && b[i + 2] >= 0xA6 && b[i + 2] <= 0xA9)
        {
          controls.append((i, 3))
        }
        i += length
      }
    }

    /// The length of the valid UTF-8 sequence that starts at `i` with a byte over 0x7F, or nil.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
      let b = bytes[i]
      let length: Int
      let minimum: UInt32
      if b & 0xE0 == 0xC0 {
        length = 2
        minimum = 0x80
      } else if b & 0xF0 == 0xE0 {
        length = 3
        minimum = 0x800
      } else if b & 0xF8 == 0xF0 {
        length = 4
        minimum = 0x10000
      } else {
        return nil
      }
      guard i + length <= bytes.count else { return nil }
      var value = UInt32(b) & (0xFF >> (length + 1))
      for k in 1..<length {
        let c = bytes[i + k]
        guard c & 0xC0 == 0x80 else { return nil }
        value = value << 6 | UInt32(c & 0x3F)
      }
      if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return nil }
      return length
    }
  }
}

/// Makes spans for one file index.
struct SourceSpanReporter {
  let index: Int
  func span(_ offset: Int, _ length: Int) -> SourceSpan {
    SourceSpan(file: index, offset: offset, length: length)
  }
}
