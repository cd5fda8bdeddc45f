import Foundation
import Testing

@testable import DossierModel

/// The store against hostile files: special files, endless files, a newer format, leftovers of
/// interrupted saves.
@Suite("User data store hardening", .serialized)
struct UserDataStoreHardeningTests {
  func folder() throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appending(path: "dossier-store-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  /// The error a load throws, if any.
  func loadError(_ store: UserDataStore) -> UserDataStore.Error? {
    do {
      _ = try store.load()
      return nil
    } catch let error as UserDataStore.Error {
      return error
    } catch {
      return nil
    }
  }

  @Test func aFIFOIsRefusedWithoutHanging() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = UserDataStore(corpusID: "fixture", folder: root)
    #expect(mkfifo(store.path, 0o600) == 0)
    let error = loadError(store)
    guard case .unreadable(_, let reason) = error else {
      Issue.record("expected unreadable, got \(String(describing: error))")
      return
    }
    #expect(reason.contains("not a regular file"))
  }

  @Test func aLinkToDevZeroIsRefusedWithoutGrowing() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = UserDataStore(corpusID: "fixture", folder: root)
    try FileManager.default.createSymbolicLink(atPath: store.path, withDestinationPath: "/dev/zero")
    guard case .unreadable = loadError(store) else {
      Issue.record("expected unreadable")
      return
    }
  }

  @Test func anEndlessRegularFileStopsAtTheLimit() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/big.json"
    try Data(repeating: 0x20, count: 3000).write(to: URL(fileURLWithPath: path))
    #expect(throws: DurableFile.Failure.self) { try DurableFile.read(path, limit: 1000) }
    #expect(try DurableFile.read(path, limit: 5000)?.count == 3000)
  }

  @Test func aStoreFromANewerVersionIsNeverOverwritten() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = UserDataStore(corpusID: "fixture", folder: root)
    let newer = Data(
      #"{"version": 99, "current": "default", "briefings": [], "notes": {}, "future": [1]}"#.utf8)
    try newer.write(to: URL(fileURLWithPath: store.path))
    let error = loadError(store)
    #expect(error == .newerVersion(path: store.path, version: 99))
    #expect(error?.description.contains("read-only") == true)
    #expect(throws: UserDataStore.Error.newerVersion(path: store.path, version: 99)) {
      try store.save(UserData())
    }
    #expect(FileManager.default.contents(atPath: store.path) == newer)
  }

  @Test func staleTemporaryFilesAreRemovedAtLoad() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = UserDataStore(corpusID: "fixture", folder: root)
    try store.save(UserData())
    let stale = root + "/.fixture.json.\(UUID().uuidString).tmp"
    let fresh = root + "/.fixture.json.\(UUID().uuidString).tmp"
    let other = root + "/.other.json.\(UUID().uuidString).tmp"
    for path in [stale, fresh, other] { try Data("{".utf8).write(to: URL(fileURLWithPath: path)) }
    let old = Date().addingTimeInterval(-3600)
    for path in [stale, other] {
      try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path)
    }
    _ = try store.load()
    #expect(!FileManager.default.fileExists(atPath: stale))
    // A save in progress in another window, and another corpus's file, are left alone.
    #expect(FileManager.default.fileExists(atPath: fresh))
    #expect(FileManager.default.fileExists(atPath: other))
  }
}
