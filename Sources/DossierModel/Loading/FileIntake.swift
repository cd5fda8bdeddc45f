/// Checks applied to a file's bytes before parsing: size, NUL bytes, UTF-8, control characters.
enum FileIntake {
  /// The outcome: usable bytes (control characters blanked, same length) or a reason to skip.
  enum Outcome {
    case text([UInt8])
    case skipped
  }

  static func check(
    _ file: CorpusInput.File, index: Int, display path: String, into diagnostics: inout [Diagnostic]
  ) -> Outcome {
    if file.size > CorpusLoader.maxFileSize {
      diagnostics.append(
        Diagnostic(
          .fileTooLarge, nil,
          "the file is \(file.size / 1_048_576) MiB, over the limit of \(CorpusLoader.maxFileSize / 1_048_576) MiB; it was skipped",
          at: nil, hint: "split it into several files", path: path))
      return .skipped
    }
    var bytes = file.bytes
    if let nul = bytes.firstIndex(of: 0) {
      diagnostics.append(
        Diagnostic(
          .binaryFile, nil, "the file contains NUL bytes (at byte \(nul)); it was skipped",
          at: nil, hint: "only UTF-8 text files belong in a corpus", path: path))
      return .skipped
    }
    if let bad = firstInvalidUTF8(bytes) {
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
    // Blank out control characters and terminal escapes, keeping every offset. The scan runs
    // over raw bytes and copies the file only when it finds something to blank out.
    let hits = controlCharacters(in: bytes)
    guard !hits.isEmpty else { return .text(bytes) }
    var reportedLines: Set<Int> = []
    let source = SourceSpanReporter(index: index)
    var lineCursor = 0
    var line = 1
    for (offset, width) in hits {
      while lineCursor < offset {
        if bytes[lineCursor] == UInt8(ascii: "\n") { line += 1 }
        lineCursor += 1
      }
      if reportedLines.count < 20, reportedLines.insert(line).inserted {
        diagnostics.append(
          Diagnostic(
            .controlCharacter, nil, "a control or escape character was removed",
            at: source.span(offset, width), hint: "data files hold plain text only"))
      }
      for k in offset..<(offset + width) { bytes[k] = UInt8(ascii: " ") }
    }
    return .text(bytes)
  }

  /// Offsets and lengths of control characters, C1 controls and bidirectional overrides.
  static func controlCharacters(in bytes: [UInt8]) -> [(offset: Int, width: Int)] {
    bytes.withUnsafeBufferPointer { b in
      var hits: [(Int, Int)] = []
      let n = b.count
      var i = 0
      while i < n {
        let c = b[i]
        if c >= 0x20 && c < 0x7F || c == 0x0A || c == 0x09 || c >= 0xC3 && c != 0xE2 {
          i += 1
          continue
        }
        var width = 0
        if c < 0x20 {
          if !(c == 0x0D && i + 1 < n && b[i + 1] == 0x0A) { width = 1 }
        } else if c == 0x7F {
          width = 1
        } else if c == 0xC2, i + 1 < n, b[i + 1] >= 0x80, b[i + 1] <= 0x9F {
          width = 2
        } else if c == 0xE2, i + 2 < n,
          (b[i + 1] == 0x80 && b[i + 2] >= 0xAA && b[i + 2] <= 0xAE)
            || (b[i + 1] == 0x81 && b[i + 2] >= 0xA6 && b[i + 2] <= 0xA9)
        {
          width = 3
        }
        if width > 0 {
          hits.append((i, width))
          i += width
        } else {
          i += 1
        }
      }
      return hits
    }
  }

  /// The offset of the first byte that breaks UTF-8, or nil for valid text.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
  }

  static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var minimum: UInt32
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
        return i
      }
      guard i + length <= n else { return i }
      var value = UInt32(b) & (0xFF >> (length + 1))
      for k in 1..<length {
        let c = bytes[i + k]
        guard c & 0xC0 == 0x80 else { return i }
        value = value << 6 | UInt32(c & 0x3F)
      }
      if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
      minimum = 0
      i += length
    }
    return nil
  }
}

/// Makes spans for one file index.
struct SourceSpanReporter {
  let index: Int
  func span(_ offset: Int, _ length: Int) -> SourceSpan {
    SourceSpan(file: index, offset: offset, length: length)
  }
}
