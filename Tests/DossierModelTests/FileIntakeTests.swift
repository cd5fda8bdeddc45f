import Foundation
import Testing

@testable import DossierModel

/// The intake scan skips plain ASCII eight bytes at a time; these tests compare it with a plain
/// byte-by-byte reading of the same rules, on text made to put special bytes at every position
/// of a word.
@Suite("File intake")
struct FileIntakeTests {
  /// Byte pieces the generated texts are made of: plain text, line breaks, controls, C1
  /// controls, bidirectional overrides, valid multi-byte letters and broken sequences.
  static let pieces: [[UInt8]] = [
    Array("plain text ".utf8), Array("ab".utf8), Array("x".utf8), [0x0A], [0x0D, 0x0A], [0x0D],
    [0x09], [0x1B], [0x7F], [0x00], [0xC2, 0x85], [0xC2, 0xA0], [0xE2, 0x80, 0xAE],
    [0xE2, 0x81, 0xA7], [0xE2, 0x80, 0x94], Array("Лукашенка".utf8), Array("中文".utf8),
    Array("😀".utf8), [0xFF], [0x80], [0xE2, 0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80],
  ]

  @Test func theScanAgreesWithAByteByByteReading() {
    var random = SplitMix64(seed: 7)
    for round in 0..<3000 {
      var bytes: [UInt8] = []
      let count = Int(random.next() % 40)
      // Mostly clean text, so that the fast path is taken between the special bytes.
      for _ in 0..<count {
        let k = Int(random.next() % 100)
        bytes +=
          k < 60
          ? FileIntakeTests.pieces[k % 3] : FileIntakeTests.pieces[k % FileIntakeTests.pieces.count]
      }
      let scan = FileIntake.Scan(bytes)
      let expected = Reference(bytes)
      #expect(scan.lineStarts == expected.lineStarts, "round \(round)")
      #expect(scan.firstNUL == expected.firstNUL, "round \(round)")
      #expect(scan.firstInvalidUTF8 == expected.firstInvalid, "round \(round)")
      if expected.firstInvalid == nil {
        #expect(scan.controls.map(\.offset) == expected.controls.map(\.offset), "round \(round)")
        #expect(scan.controls.map(\.width) == expected.controls.map(\.width), "round \(round)")
      }
    }
  }

  @Test func controlsAreBlankedAndLinesKept() {
    let text: [UInt8] = Array("a\u{1B}[31mred\n\u{202E}b\r\nc".utf8)
    var diagnostics: [Diagnostic] = []
    let file = CorpusInput.File(path: "x.yaml", bytes: text)
    guard
      case .text(let bytes, let lineStarts) = FileIntake.check(
        file, index: 0, display: "x.yaml", into: &diagnostics)
    else {
      Issue.record("the file was skipped")
      return
    }
    #expect(String(decoding: bytes, as: UTF8.self) == "a [31mred\n   b\r\nc")
    #expect(lineStarts == [0, 10, 16])
    #expect(diagnostics.map(\.id) == [.controlCharacter, .controlCharacter])
  }

  /// The rules, one byte at a time.
  struct Reference {
    var lineStarts = [0]
    var firstNUL: Int?
    var firstInvalid: Int?
    var controls: [(offset: Int, width: Int)] = []

    init(_ b: [UInt8]) {
      for (i, c) in b.enumerated() where c == 0x0A { lineStarts.append(i + 1) }
      firstNUL = b.firstIndex(of: 0)
      firstInvalid = FileIntakeTests.firstInvalid(b)
      guard firstInvalid == nil else { return }
      var i = 0
      for scalar in String(decoding: b, as: UTF8.self).unicodeScalars {
        let v = scalar.value
        let width = String(scalar).utf8.count
        let isCRLF = v == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A
        if (v < 0x20 && v != 0x0A && v != 0x09 && v != 0 && !isCRLF) || (0x7F...0x9F).contains(v)
          || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        {
          controls.append((i, width))
        }
        i += width
      }
    }
  }

  static func firstInvalid(_ b: [UInt8]) -> Int? {
    var i = 0
    while i < b.count {
      var length = 0
      for n in 1...4 where i + n <= b.count {
        if String(validatingUTF8: Array(b[i..<(i + n)]).map { CChar(bitPattern: $0) } + [0])
          != nil || (n == 1 && b[i] == 0)
        {
          length = n
          break
        }
      }
      if length == 0 { return i }
      i += length
    }
    return nil
  }
}

@Suite("Reading a corpus folder")
struct CorpusInputTests {
  @Test func readsEveryVisibleFileBelowTheFolder() throws {
    let root = FileManager.default.temporaryDirectory.path + "/dossier-read-\(getpid())"
    let files = FileManager.default
    try? files.removeItem(atPath: root)
    defer { try? files.removeItem(atPath: root) }
    try files.createDirectory(atPath: root + "/actors/more", withIntermediateDirectories: true)
    try files.createDirectory(atPath: root + "/.git", withIntermediateDirectories: true)
    try Data("id: c\n".utf8).write(to: URL(fileURLWithPath: root + "/corpus.yaml"))
    try Data("- id: a\n".utf8).write(to: URL(fileURLWithPath: root + "/actors/more/a.yaml"))
    try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/.hidden.yaml"))
    try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/.git/config"))
    try Data().write(to: URL(fileURLWithPath: root + "/empty.yaml"))
    try files.createSymbolicLink(atPath: root + "/linked.yaml", withDestinationPath: "corpus.yaml")
    try files.createSymbolicLink(atPath: root + "/folder-link", withDestinationPath: "actors")

    let input = try CorpusInput.read(directory: root + "/")
    #expect(input.root == root)
    #expect(
      input.files.map(\.path) == ["actors/more/a.yaml", "corpus.yaml", "empty.yaml", "linked.yaml"])
    #expect(
      input.files.map { String(decoding: $0.bytes, as: UTF8.self) } == [
        "- id: a\n", "id: c\n", "", "id: c\n",
      ])
  }

  @Test func aMissingFolderIsAnError() {
    #expect(throws: CorpusInput.ReadError.self) {
      try CorpusInput.read(directory: "/nonexistent/dossier-corpus")
    }
  }
}
