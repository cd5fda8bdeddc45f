import DossierTestSupport
import Foundation
import Testing

@testable import DossierModel

/// The search database kept on disk: used while the corpus is unchanged, rebuilt after any edit,
/// after corruption, for a foreign file; never served stale.
@Suite("Search cache")
struct SearchCacheTests {
  /// A copy of the good fixture and an empty cache folder, in a fresh temporary folder.
  func scratch() throws -> (corpus: String, cache: String) {
    let base = FileManager.default.temporaryDirectory
      .appending(path: "dossier-cache-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: fixture("good"), toPath: base + "/corpus")
    return (base + "/corpus", base + "/cache")
  }

  func open(_ paths: (corpus: String, cache: String)) throws -> (SearchEngine, Bool) {
    try SearchCache.engine(folder: paths.corpus, cacheDirectory: paths.cache) {
      CorpusLoader.load($0)
    }
  }

  func cacheFile(_ paths: (corpus: String, cache: String)) throws -> String {
    let names = try FileManager.default.contentsOfDirectory(atPath: paths.cache)
    return paths.cache + "/" + (names.first { $0.hasSuffix(".sqlite") } ?? "")
  }

  @Test func builtOnceThenReadFromDisk() throws {
    let paths = try scratch()
    let (first, built) = try open(paths)
    #expect(built)
    let (second, rebuilt) = try open(paths)
    #expect(!rebuilt)
    #expect(second.count == first.count)
    #expect(try second.search("Lukashenko").total == first.search("Lukashenko").total)
  }

  @Test func anEditOfTheSameSizeAndTimeRebuildsIt() throws {
    let paths = try scratch()
    _ = try open(paths)
    let file = paths.corpus + "/actors/people.yaml"
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    var text = try String(contentsOfFile: file, encoding: .utf8)
    let before = try open(paths).0.search("Lukashenka").total
    text = text.replacingOccurrences(of: "Lukashenka", with: "Qukashenka")
    try text.write(toFile: file, atomically: false, encoding: .utf8)
    // The same size and modification time as before: only the hash can tell.
    try FileManager.default.setAttributes(
      [.modificationDate: attributes[.modificationDate]!], ofItemAtPath: file)
    let (engine, rebuilt) = try open(paths)
    #expect(rebuilt)
    #expect(try engine.search("Qukashenka", prefixLast: false).total > 0)
    #expect(try engine.search("Lukashenka", prefixLast: false).total < before)
  }

  @Test func anAddedOrRemovedFileRebuildsIt() throws {
    let paths = try scratch()
    _ = try open(paths)
    try FileManager.default.removeItem(atPath: paths.corpus + "/glossary.yaml")
    #expect(try open(paths).1)
    #expect(!(try open(paths).1))
  }

  @Test func aCorruptCacheIsRebuiltNotTrusted() throws {
    let paths = try scratch()
    let total = try open(paths).0.search("belarus").total
    let file = try cacheFile(paths)
    var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
    for i in stride(from: 0, to: bytes.count, by: 7) { bytes[i] ^= 0x5A }
    try bytes.write(to: URL(fileURLWithPath: file))
    let (engine, rebuilt) = try open(paths)
    #expect(rebuilt)
    #expect(try engine.search("belarus").total == total)
  }

  @Test func aForeignOrTruncatedFileIsRebuilt() throws {
    let paths = try scratch()
    _ = try open(paths)
    let file = try cacheFile(paths)
    try Data("not a database".utf8).write(to: URL(fileURLWithPath: file))
    #expect(try open(paths).1)
    let other = try SQLiteDatabase(path: file + ".x", create: true)
    try other.execute("CREATE TABLE t(a); INSERT INTO t VALUES (1);")
    try FileManager.default.removeItem(atPath: file)
    try FileManager.default.moveItem(atPath: file + ".x", toPath: file)
    #expect(try open(paths).1)
    #expect(!(try open(paths).1))
  }

  @Test func theCacheFolderFollowsXDG() {
    #expect(SearchCache.directory(environment: ["XDG_CACHE_HOME": "/x/c"]) == "/x/c/dossier")
    #expect(SearchCache.directory(environment: ["HOME": "/h"]) == "/h/.cache/dossier")
  }
}
