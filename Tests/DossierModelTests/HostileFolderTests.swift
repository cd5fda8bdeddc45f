import DossierModel
import Foundation
import Testing

/// Hostile entries inside a corpus folder, made at test time: FIFOs, devices, broken and
/// looping links, files whose read fails or never ends, unreadable files and folders, names
/// that are not UTF-8, byte order marks. Each gets its own diagnostic naming it, and the rest
/// of the corpus loads.
@Suite("Hostile corpus folders", .serialized)
struct HostileFolderTests {
  /// A fresh folder with a manifest and one good actor.
  func makeFolder(_ name: String) throws -> String {
    let root = FileManager.default.temporaryDirectory.path + "/dossier-hostile-\(name)-\(getpid())"
    try? FileManager.default.removeItem(atPath: root)
    try FileManager.default.createDirectory(
      atPath: root + "/actors", withIntermediateDirectories: true)
    try Data(manifestYAML.utf8).write(to: URL(fileURLWithPath: root + "/corpus.yaml"))
    try Data("- id: a\n  name: A\n  kind: country\n  summary: x\n".utf8)
      .write(to: URL(fileURLWithPath: root + "/actors/good.yaml"))
    return root
  }

  /// The diagnostics of a loaded folder with the folder's path replaced by `c`.
  func check(_ root: String) throws -> (Corpus, String) {
    let corpus = try CorpusLoader.load(directory: root)
    return (corpus, rendered(corpus).replacingOccurrences(of: root, with: "c"))
  }

  @Test func specialFilesAndBrokenLinksAreWarnings() throws {
    let root = try makeFolder("special")
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(mkfifo(root + "/actors/pipe.yaml", 0o644) == 0)
    let links = FileManager.default
    try links.createSymbolicLink(
      atPath: root + "/actors/null.yaml", withDestinationPath: "/dev/null")
    try links.createSymbolicLink(atPath: root + "/actors/gone.yaml", withDestinationPath: "nowhere")
    try links.createSymbolicLink(
      atPath: root + "/actors/loop1.yaml", withDestinationPath: "loop2.yaml")
    try links.createSymbolicLink(
      atPath: root + "/actors/loop2.yaml", withDestinationPath: "loop1.yaml")
    let (corpus, text) = try check(root)
    #expect(corpus.actors.map(\.id) == ["a"])
    #expect(
      text == """
        c/actors/gone.yaml: warning: the symbolic link cannot be followed (No such file or directory); it was skipped [broken-link]
          = hint: point the link at an existing file, or remove it

        c/actors/loop1.yaml: warning: the symbolic link cannot be followed (Too many levels of symbolic links); it was skipped [broken-link]
          = hint: point the link at an existing file, or remove it

        c/actors/loop2.yaml: warning: the symbolic link cannot be followed (Too many levels of symbolic links); it was skipped [broken-link]
          = hint: point the link at an existing file, or remove it

        c/actors/null.yaml: warning: this is a character device, not a regular file; it was skipped [special-file]
          = hint: a corpus holds regular text files only

        c/actors/pipe.yaml: warning: this is a FIFO (named pipe), not a regular file; it was skipped [special-file]
          = hint: a corpus holds regular text files only

        """)
  }

  @Test func aFileWhoseReadFailsIsNamedWithTheReason() throws {
    let root = try makeFolder("eio")
    defer { try? FileManager.default.removeItem(atPath: root) }
    // Reading /proc/self/mem at offset 0 fails with EIO, even as root.
    try FileManager.default.createSymbolicLink(
      atPath: root + "/actors/mem.yaml", withDestinationPath: "/proc/self/mem")
    let (corpus, text) = try check(root)
    #expect(corpus.actors.map(\.id) == ["a"])
    #expect(
      text == """
        c/actors/mem.yaml: error: the file cannot be read (Input/output error); it was skipped [unreadable-file]
          = hint: check its permissions and the disk, or move it out of the corpus

        """)
  }

  @Test func aFileThatNeverEndsStopsAtTheLimit() throws {
    let root = try makeFolder("endless")
    defer { try? FileManager.default.removeItem(atPath: root) }
    // Its size on disk is 0, but it holds 8 bytes per page of the address space.
    try FileManager.default.createSymbolicLink(
      atPath: root + "/actors/pagemap.yaml", withDestinationPath: "/proc/self/pagemap")
    let (corpus, text) = try check(root)
    #expect(corpus.actors.map(\.id) == ["a"])
    #expect(
      text == """
        c/actors/pagemap.yaml: error: the file holds more than the limit of 16 MiB; it was skipped [file-too-large]
          = hint: split it into several files

        """)
  }

  @Test func unreadableFilesAndFoldersAreNamed() throws {
    // Root reads whatever the permissions say; the check needs an ordinary user.
    guard geteuid() != 0 else { return }
    let root = try makeFolder("perm")
    defer {
      chmod(root + "/actors/locked", 0o755)
      try? FileManager.default.removeItem(atPath: root)
    }
    try Data("- id: b\n".utf8).write(to: URL(fileURLWithPath: root + "/actors/secret.yaml"))
    chmod(root + "/actors/secret.yaml", 0)
    try FileManager.default.createDirectory(
      atPath: root + "/actors/locked", withIntermediateDirectories: true)
    chmod(root + "/actors/locked", 0)
    let (_, text) = try check(root)
    #expect(
      text.contains("c/actors/secret.yaml: error: the file cannot be read (Permission denied)"))
    #expect(text.contains("c/actors/locked: error: the folder cannot be read (Permission denied)"))
  }

  @Test func aNameThatIsNotUTF8IsLoadedAndReported() throws {
    let root = try makeFolder("name")
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = Array((root + "/actors/bad").utf8) + [0xFF] + Array(".yaml".utf8) + [0]
    let fd = path.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        open($0, O_WRONLY | O_CREAT, 0o644)
      }
    }
    #expect(fd >= 0)
    let text = Array("- id: b\n  name: B\n  kind: country\n  summary: y\n".utf8)
    #expect(write(fd, text, text.count) == text.count)
    close(fd)
    let (corpus, rendered) = try check(root)
    #expect(corpus.actors.map(\.id).sorted() == ["a", "b"])
    #expect(
      rendered == """
        c/actors/bad\u{FFFD}.yaml: warning: the file name is not valid UTF-8; it is shown with \u{FFFD} in place of the bad bytes [file-name]
          = hint: rename the file with a UTF-8 name

        """)
  }

  @Test func aByteOrderMarkIsAcceptedInEveryFile() throws {
    let root = try makeFolder("bom")
    defer { try? FileManager.default.removeItem(atPath: root) }
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    try Data(bom + Array(manifestYAML.utf8)).write(to: URL(fileURLWithPath: root + "/corpus.yaml"))
    try Data(bom + Array("- id: b\n  name: B\n  kind: country\n  summary: y\n".utf8))
      .write(to: URL(fileURLWithPath: root + "/actors/bom.yaml"))
    let (corpus, text) = try check(root)
    #expect(text == "")
    #expect(corpus.actors.map(\.id).sorted() == ["a", "b"])
  }
}

@Suite("Terminal text")
struct TerminalTextTests {
  @Test func controlsAreMadeVisible() {
    #expect(
      TerminalText.sanitized("a\u{1B}]0;t\u{07}b\r\n\u{9B}\u{202E}\u{7F}")
        == "a^[]0;t^Gb^M^J<U+009B><U+202E>^?")
    #expect(TerminalText.sanitized("line\nnext\ttab", keepingLineBreaks: true) == "line\nnext\ttab")
    #expect(TerminalText.sanitized("Лукашенка — plain") == "Лукашенка — plain")
  }

  @Test func diagnosticsNeverCarryRawControls() {
    let corpus = load([
      "actors.yaml":
        "- id: a\n  name: A\n  kind: country\n  summary: x\n  roles: [{\"\\e]0;key-title\\a\": 1}]\n"
    ])
    let text = rendered(corpus)
    #expect(
      !text.unicodeScalars.contains { TerminalText.isForbidden($0) }, "\(text.debugDescription)")
    let crlf = load([
      "actors.yaml": "- id: b\n  name: \"B \\\r\n\"\n  kind: country\n  summary: y\n"
    ])
    let crlfText = rendered(crlf)
    #expect(
      !crlfText.unicodeScalars.contains { TerminalText.isForbidden($0) },
      "\(crlfText.debugDescription)")
  }
}
