import DossierCorpus
import DossierTestSupport
import Foundation
import Testing

@testable import DossierModel

/// The corpus snapshot gives back exactly the corpus that was loaded (every stored property,
/// compared by reflection, so a field added to the model and not to the snapshot fails here),
/// and is used only while the folder is unchanged.
@Suite("Corpus snapshot")
struct CorpusSnapshotTests {
  /// Every stored property of a value, recursively, as text: dictionaries and sets in a fixed
  /// order, byte arrays by their length and hash.
  static func canonical(_ value: Any) -> String {
    if let bytes = value as? [UInt8] { return "bytes(\(bytes.count), \(SearchCache.fnv(bytes)))" }
    let mirror = Mirror(reflecting: value)
    let children = mirror.children.map { ($0.label ?? "", canonical($0.value)) }
    switch mirror.displayStyle {
    case .dictionary, .set:
      return "{" + children.map(\.1).sorted().joined(separator: ", ") + "}"
    case .optional:
      return children.first?.1 ?? "nil"
    case .enum:
      let name = "\(value)".prefix { $0 != "(" }
      return name + "(" + children.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + ")"
    case nil:
      return String(reflecting: value)
    default:
      return "\(mirror.subjectType)(" + children.map { "\($0.0): \($0.1)" }.joined(separator: ", ")
        + ")"
    }
  }

  static func roundTrip(_ corpus: Corpus) throws -> Corpus {
    var out = SnapshotWriter()
    out.put(corpus)
    return try out.bytes.withUnsafeBytes { bytes in
      var reader = SnapshotReader(bytes)
      let read: Corpus = try reader.get()
      #expect(reader.isAtEnd)
      return read
    }
  }

  @Test(arguments: ["bundled", "good", "hostile", "broken"])
  func aCorpusReadBackIsTheSame(_ name: String) throws {
    let corpus =
      name == "bundled"
      ? CorpusLoader.load(
        CorpusInput(
          root: BundledCorpus.displayRoot,
          files: BundledCorpus.files.map { CorpusInput.File(path: $0.path, bytes: $0.bytes) }))
      : try CorpusLoader.load(directory: fixture(name))
    let read = try Self.roundTrip(corpus)
    #expect(Self.canonical(read) == Self.canonical(corpus))
    #expect(read.events.count == corpus.events.count)
    #expect(read.diagnostics == corpus.diagnostics)
  }

  /// The reflection above sees a difference (so a forgotten field would fail the test).
  @Test func theComparisonSeesADifference() throws {
    var corpus = try CorpusLoader.load(directory: fixture("good"))
    let before = Self.canonical(corpus)
    corpus.events[0].associated.append("someone")
    #expect(Self.canonical(corpus) != before)
    corpus.index.backlinks[.actor("x")] = []
    #expect(Self.canonical(try Self.roundTrip(corpus)) == Self.canonical(corpus))
  }

  /// A copy of the good fixture in a temporary folder, and a cache folder.
  static func scratch() throws -> (folder: String, cache: String) {
    let base = NSTemporaryDirectory() + "dossier-snapshot-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: fixture("good"), toPath: base + "/corpus")
    return (base + "/corpus", base + "/cache")
  }

  @Test func theSnapshotIsUsedOnlyWhileTheFolderIsUnchanged() throws {
    let (folder, cache) = try Self.scratch()
    defer {
      try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent)
    }
    let first = try CorpusSnapshot.load(
      folder: folder, cacheDirectory: cache, writeInBackground: false)
    let firstFromSnapshot = first.fromSnapshot
    #expect(!firstFromSnapshot)
    let second = try CorpusSnapshot.load(
      folder: folder, cacheDirectory: cache, writeInBackground: false)
    let secondFromSnapshot = second.fromSnapshot
    #expect(secondFromSnapshot)
    #expect(Self.canonical(second.corpus) == Self.canonical(first.corpus))
    // An edit of the same size, within the same second: hashed again, so not served stale.
    let title = try #require(first.corpus.events.first?.title)
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: folder + "/documents").first {
        (try? String(contentsOfFile: folder + "/documents/" + $0, encoding: .utf8))?.contains(
          title) == true
      })
    let file = folder + "/documents/" + name
    var text = try String(contentsOfFile: file, encoding: .utf8)
    let changed = String(title.reversed())
    text = text.replacingOccurrences(of: title, with: changed)
    try text.write(toFile: file, atomically: false, encoding: .utf8)
    let third = try CorpusSnapshot.load(
      folder: folder, cacheDirectory: cache, writeInBackground: false)
    let thirdFromSnapshot = third.fromSnapshot
    #expect(!thirdFromSnapshot)
    #expect(third.corpus.events.contains { $0.title == changed })
    let fourth = try CorpusSnapshot.load(
      folder: folder, cacheDirectory: cache, writeInBackground: false)
    let fourthFromSnapshot = fourth.fromSnapshot
    #expect(fourthFromSnapshot)
    #expect(fourth.corpus.events.contains { $0.title == changed })
  }

  @Test func aCorruptOrForeignSnapshotIsNeverTrusted() throws {
    let (folder, cache) = try Self.scratch()
    defer {
      try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent)
    }
    let loaded = try CorpusSnapshot.load(
      folder: folder, cacheDirectory: cache, writeInBackground: false)
    let root = URL(fileURLWithPath: folder).standardizedFileURL.path
    let path = CorpusSnapshot.path(folder: root, cacheDirectory: cache)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    for cut in [bytes.count / 2, bytes.count - 1, 20] {
      try Data(bytes.prefix(cut)).write(to: URL(fileURLWithPath: path))
      let again = try CorpusSnapshot.load(
        folder: folder, cacheDirectory: cache, writeInBackground: false)
      let fromSnapshot = again.fromSnapshot
      #expect(!fromSnapshot)
      #expect(Self.canonical(again.corpus) == Self.canonical(loaded.corpus))
    }
    bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    bytes[bytes.count - 3] ^= 0xFF
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let flipped = try CorpusSnapshot.load(
      folder: folder, cacheDirectory: cache, writeInBackground: false)
    let flippedFromSnapshot = flipped.fromSnapshot
    #expect(!flippedFromSnapshot)
    #expect(Self.canonical(flipped.corpus) == Self.canonical(loaded.corpus))
  }

  @Test func aCorpusWithAnUnreadableFileGetsNoSnapshot() throws {
    let (folder, cache) = try Self.scratch()
    defer {
      try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent)
    }
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/actors/gone.yaml", withDestinationPath: folder + "/nowhere.yaml")
    _ = try CorpusSnapshot.load(folder: folder, cacheDirectory: cache, writeInBackground: false)
    let again = try CorpusSnapshot.load(
      folder: folder, cacheDirectory: cache, writeInBackground: false)
    let fromSnapshot = again.fromSnapshot
    #expect(!fromSnapshot)
    #expect(again.corpus.diagnostics.contains { $0.path?.hasSuffix("gone.yaml") == true })
  }
}
