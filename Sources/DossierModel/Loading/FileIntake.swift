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
    // Blank out control characters and terminal escapes, keeping every offset.
    var reportedLines: Set<Int> = []
    var line = 1
    var i = 0
    let source = SourceSpanReporter(index: index)
    while i < bytes.count {
      let b = bytes[i]
      var width = 0
      if b == UInt8(ascii: "\n") {
        line += 1
      } else if b < 0x20 {
        if b != UInt8(ascii: "\t"),
          !(b == UInt8(ascii: "\r") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n"))
        {
          width = 1
        }
      } else if b == 0x7F {
        width = 1
      } else if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
        width = 2
      } else if b == 0xE2, i + 2 < bytes.count,
        (bytes[i + 1] == 0x80 && (0xAA...0xAE).contains(bytes[i + 2]))
          || (bytes[i + 1] == 0x81 && (0xA6...0xA9).contains(bytes[i + 2]))
      {
        width = 3
      }
      if width > 0 {
        if reportedLines.count < 20, reportedLines.insert(line).inserted {
          diagnostics.append(
            Diagnostic(
              .controlCharacter, nil, "a control or escape character was removed",
              at: source.span(i, width), hint: "data files hold plain text only"))
        }
        for k in i..<(i + width) { bytes[k] = UInt8(ascii: " ") }
        i += width
        continue
      }
      i += 1
    }
    return .text(bytes)
  }

  /// The offset of the first byte that breaks UTF-8, or nil for valid text.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
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
