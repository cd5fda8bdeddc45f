import DossierTestSupport
import Foundation
import Testing

@testable import DossierModel

/// A fresh temporary folder, removed (after restoring write permission) when `body` returns.
private func withTemporaryFolder<T>(_ body: (String) throws -> T) throws -> T {
  let folder = FileManager.default.temporaryDirectory
    .appending(path: "dossier-userdata-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  defer {
    chmod(folder, 0o755)
    try? FileManager.default.removeItem(atPath: folder)
  }
  return try body(folder)
}

/// What the race test's threads saw.
private final class RaceLog: @unchecked Sendable {
  private let lock = NSLock()
  private var _done = false
  private var _reads = 0
  private var _failures: [String] = []

  var done: Bool { lock.withLock { _done } }
  var reads: Int { lock.withLock { _reads } }
  var failures: [String] { lock.withLock { _failures } }
  func finish() { lock.withLock { _done = true } }
  func record(read: Bool) { lock.withLock { _reads += 1 } }
  func record(failure: String) { lock.withLock { _failures.append(failure) } }
}

private func files(in folder: String) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
}

@Suite("User data: briefings, marks and notes")
struct UserDataTests {
  let corpus = try! CorpusLoader.load(directory: fixture("good"))

  // MARK: The value type

  @Test func freshDataHasTheDefaultBriefing() {
    let data = UserData()
    #expect(data.briefings == [Briefing(name: "default")])
    #expect(data.current == "default")
    #expect(data.notes.isEmpty)
    #expect(data.version == UserData.currentVersion)
  }

  @Test func toggleMarkMarksAndUnmarksInTheCurrentBriefing() throws {
    var data = UserData()
    let markedDrill = data.toggleMark(.event("drill-2009"))
    #expect(markedDrill)
    let markedBelarus = data.toggleMark(.actor("belarus"))
    #expect(markedBelarus)
    #expect(data.isMarked(.event("drill-2009")))
    #expect(data.currentBriefing.items == ["event:drill-2009", "actor:belarus"])
    let stillMarked = data.toggleMark(.event("drill-2009"))
    #expect(!stillMarked)
    #expect(!data.isMarked(.event("drill-2009")))
    #expect(data.currentBriefing.items == ["actor:belarus"])

    try data.createBriefing("lecture 2")
    #expect(data.current == "lecture 2")
    #expect(!data.isMarked(.actor("belarus")))
    data.toggleMark(.myth("strong-ally"))
    try data.switchBriefing(to: "default")
    #expect(data.isMarked(.actor("belarus")))
    #expect(!data.isMarked(.myth("strong-ally")))
  }

  @Test func briefingsAreCreatedRenamedSwitchedAndDeleted() throws {
    var data = UserData()
    let created = try data.createBriefing("  Week 1 ")
    #expect(created == "Week 1")
    try data.createBriefing("Week 2", makeCurrent: false)
    #expect(data.current == "Week 1")
    #expect(data.briefings.map(\.name) == ["default", "Week 1", "Week 2"])

    #expect(throws: UserData.Error.emptyName) { try data.createBriefing("   ") }
    #expect(throws: UserData.Error.duplicateName("Week 2")) { try data.createBriefing("Week 2") }
    #expect(throws: UserData.Error.noSuchBriefing("nope")) { try data.switchBriefing(to: "nope") }
    #expect(throws: UserData.Error.noSuchBriefing("nope")) { try data.deleteBriefing("nope") }
    #expect(throws: UserData.Error.duplicateName("Week 2")) {
      try data.renameBriefing("Week 1", to: "Week 2")
    }
    #expect(throws: UserData.Error.emptyName) { try data.renameBriefing("Week 1", to: "") }

    data.toggleMark(.event("treaty-1999"))
    try data.renameBriefing("Week 1", to: "Treaties")
    #expect(data.current == "Treaties")
    #expect(data.briefing(named: "Treaties")?.items == ["event:treaty-1999"])
    try data.renameBriefing("Treaties", to: "Treaties")  // renaming to itself is allowed

    // Deleting the current briefing makes the one before it current.
    try data.deleteBriefing("Treaties")
    #expect(data.current == "default")
    #expect(data.briefings.map(\.name) == ["default", "Week 2"])
    // Deleting the last briefing brings back an empty "default".
    data.toggleMark(.actor("belarus"))
    try data.deleteBriefing("default")
    #expect(data.current == "Week 2")
    try data.deleteBriefing("Week 2")
    #expect(data.briefings == [Briefing(name: "default")])
    #expect(data.current == "default")
    #expect(!data.isMarked(.actor("belarus")))
  }

  @Test func itemsAreReorderedWithinABriefing() throws {
    var data = UserData()
    for id in ["a", "b", "c", "d"] { data.toggleMark(.actor(id)) }
    let order = {
      data.currentBriefing.items.map { $0.replacingOccurrences(of: "actor:", with: "") }
    }

    let movedC = try data.moveItemUp(.actor("c"))
    #expect(movedC)
    #expect(order() == ["a", "c", "b", "d"])
    let movedFirst = try data.moveItemUp(.actor("a"))
    #expect(!movedFirst)
    let movedA = try data.moveItemDown(.actor("a"))
    #expect(movedA)
    #expect(order() == ["c", "a", "b", "d"])
    let movedLast = try data.moveItemDown(.actor("d"))
    #expect(!movedLast)
    try data.moveItem(.actor("d"), to: 0)
    #expect(order() == ["d", "c", "a", "b"])
    try data.moveItem("actor:d", to: 3)
    #expect(order() == ["c", "a", "b", "d"])

    #expect(throws: UserData.Error.indexOutOfRange(index: 4, count: 4)) {
      try data.moveItem(.actor("a"), to: 4)
    }
    #expect(throws: UserData.Error.notInBriefing(item: "actor:zz", briefing: "default")) {
      try data.moveItemUp(.actor("zz"))
    }
  }

  @Test func notesAreSetReplacedAndRemovedByEmptyText() {
    var data = UserData()
    let when = Date(timeIntervalSince1970: 1_700_000_000.75)
    data.setNote("Ask about the scenario.", for: .event("drill-2009"), at: when)
    #expect(data.note(for: .event("drill-2009"))?.text == "Ask about the scenario.")
    #expect(
      data.note(for: .event("drill-2009"))?.updated == Date(timeIntervalSince1970: 1_700_000_000))
    data.setNote("Second thought.", for: .event("drill-2009"))
    #expect(data.note(for: .event("drill-2009"))?.text == "Second thought.")
    data.setNote("  \n", for: .event("drill-2009"))
    #expect(data.note(for: .event("drill-2009")) == nil)
    data.setNote("x", for: .actor("belarus"))
    let removed = data.removeNote(for: .actor("belarus"))
    #expect(removed)
    let removedAgain = data.removeNote(for: .actor("belarus"))
    #expect(!removedAgain)
  }

  @Test func errorsHaveClearMessages() {
    #expect(UserData.Error.duplicateName("x").description == "A briefing named “x” already exists.")
    let unwritable = UserDataStore.Error.unwritable(path: "/p/c.json", reason: "Permission denied")
    #expect(unwritable.localizedDescription.contains("/p/c.json: Permission denied"))
  }

  // MARK: The store

  @Test func theDefaultFolderFollowsXDG() {
    #expect(
      UserDataStore.defaultFolder(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"])
        == "/x/data/dossier")
    #expect(
      UserDataStore.defaultFolder(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"])
        == "/home/u/.local/share/dossier")
    #expect(
      UserDataStore.defaultFolder(environment: ["HOME": "/home/u"])
        == "/home/u/.local/share/dossier")
    let store = UserDataStore(corpusID: "belarus-russia", environment: ["XDG_DATA_HOME": "/d"])
    #expect(store.path == "/d/dossier/belarus-russia.json")
  }

  @Test func corpusIDsAreSanitisedForFileNames() {
    #expect(UserDataStore.fileName(for: "belarus-russia") == "belarus-russia.json")
    #expect(UserDataStore.fileName(for: "../etc/passwd") == "_._etc_passwd.json")
    #expect(UserDataStore.fileName(for: "a b/c\u{0}") == "a_b_c_.json")
    #expect(UserDataStore.fileName(for: "") == "corpus.json")
    #expect(UserDataStore.fileName(for: "..") == "_..json")
    #expect(UserDataStore.fileName(for: String(repeating: "x", count: 300)).count == 105)
  }

  @Test func aMissingFileLoadsAsEmptyDataAndTheFolderIsCreatedOnSave() throws {
    try withTemporaryFolder { root in
      let store = UserDataStore(corpusID: "fixture", folder: root + "/deep/er/dossier")
      #expect(try store.load() == UserData())
      var data = UserData()
      data.toggleMark(.event("drill-2009"))
      try store.save(data)
      #expect(files(in: root + "/deep/er/dossier") == ["fixture.json"])
      #expect(try store.load() == data)
    }
  }

  @Test func marksBriefingsAndNotesSurviveARoundTrip() throws {
    try withTemporaryFolder { root in
      let store = UserDataStore(corpusID: "fixture", folder: root)
      var data = UserData()
      data.toggleMark(.event("drill-2009"))
      data.toggleMark(.paragraph(Citation(parsing: "alpha#intro.1")!))
      try data.createBriefing("Myths")
      data.toggleMark(.myth("strong-ally"))
      data.toggleMark(.actor("belarus"))
      try data.moveItemUp(.actor("belarus"))
      try data.createBriefing("Scratch")
      try data.renameBriefing("Scratch", to: "Later")
      try data.switchBriefing(to: "Myths")
      data.setNote(
        "Line one\nline “two”", for: .actor("lukashenka"), at: Date(timeIntervalSince1970: 1e9))
      try store.save(data)

      let loaded = try store.load()
      #expect(loaded == data)
      #expect(loaded.current == "Myths")
      #expect(loaded.currentBriefing.items == ["actor:belarus", "myth:strong-ally"])
      #expect(loaded.briefings.map(\.name) == ["default", "Myths", "Later"])
      #expect(loaded.note(for: .actor("lukashenka"))?.updated == Date(timeIntervalSince1970: 1e9))

      // Pretty-printed with sorted keys, so the file diffs well.
      let text = try String(contentsOfFile: store.path, encoding: .utf8)
      #expect(text.hasPrefix("{\n  \"briefings\" : ["))
      #expect(text.contains("\"updated\" : \"2001-09-09T01:46:40Z\""))
      let keys = ["\"briefings\"", "\"current\"", "\"notes\"", "\"version\""]
      let positions = keys.map { text.range(of: $0)!.lowerBound }
      #expect(positions == positions.sorted())
    }
  }

  @Test func orphansAreKeptAndListedAfterLoadingACorpusThatLacksThem() throws {
    try withTemporaryFolder { root in
      let store = UserDataStore(corpusID: "fixture", folder: root)
      var data = UserData()
      data.toggleMark(.event("drill-2009"))
      data.toggleMark(.event("zapad-2009"))  // not in the fixture
      try data.createBriefing("Other")
      data.toggleMark(.event("zapad-2009"))
      data.toggleMark(.section(document: "alpha", section: "nowhere"))
      data.briefings[1].items.append("not a reference")  // a hand-edited file
      data.setNote("kept", for: .actor("lukashenka"))
      data.setNote("also kept", for: .myth("gone-myth"))
      try store.save(data)

      var loaded = try store.load()
      let expected = [
        "event:zapad-2009", "myth:gone-myth", "not a reference", "section:alpha#nowhere",
      ]
      #expect(loaded.orphans(in: corpus) == expected)
      // Kept through further changes and saves, and they can still be removed deliberately.
      loaded.toggleMark(.actor("belarus"))
      try store.save(loaded)
      let again = try store.load()
      #expect(again.orphans(in: corpus) == expected)
      #expect(again.briefing(named: "Other")?.items.contains("not a reference") == true)
      #expect(again.notes["myth:gone-myth"]?.text == "also kept")
      var edited = again
      let unmarked = edited.removeMark("not a reference")
      #expect(unmarked)
      let noteRemoved = edited.removeNote(for: "myth:gone-myth")
      #expect(noteRemoved)
      #expect(edited.orphans(in: corpus) == ["event:zapad-2009", "section:alpha#nowhere"])
    }
  }

  @Test func aCorruptFileIsKeptAsideWithAClearError() throws {
    try withTemporaryFolder { root in
      let store = UserDataStore(corpusID: "fixture", folder: root)
      let garbage = Data("{\"briefings\": [ {\"name\": ".utf8)
      try garbage.write(to: URL(fileURLWithPath: store.path))

      var caught: UserDataStore.Error?
      do { _ = try store.load() } catch let error as UserDataStore.Error { caught = error }
      guard case .corrupt(let path, let keptAt?, _) = caught else {
        Issue.record("expected a corrupt-file error, got \(String(describing: caught))")
        return
      }
      #expect(path == store.path)
      #expect(caught!.description.contains(store.path))
      #expect(caught!.description.contains(keptAt))
      let name = (keptAt as NSString).lastPathComponent
      #expect(name.hasPrefix("fixture.corrupt-") && name.hasSuffix(".json"))
      #expect(FileManager.default.contents(atPath: keptAt) == garbage)
      // The next load starts empty, and saving does not touch the kept copy.
      #expect(try store.load() == UserData())
      try store.save(UserData())
      #expect(files(in: root) == ["fixture.json", name].sorted())

      // A second corrupt file in the same second gets its own name.
      try Data("[]".utf8).write(to: URL(fileURLWithPath: store.path))
      #expect(throws: UserDataStore.Error.self) { try store.load() }
      #expect(files(in: root).filter { $0.contains(".corrupt-") }.count == 2)
    }
  }

  @Test func validJSONOfTheWrongShapeIsCorruptToo() throws {
    try withTemporaryFolder { root in
      let store = UserDataStore(corpusID: "fixture", folder: root)
      try Data("{\"briefings\": 3}".utf8).write(to: URL(fileURLWithPath: store.path))
      #expect {
        try store.load()
      } throws: { error in
        guard case .corrupt(_, _?, let reason) = error as? UserDataStore.Error else { return false }
        return reason.contains("briefings")
      }
    }
  }

  @Test func aHandEditedFileIsRepairedOnLoad() throws {
    try withTemporaryFolder { root in
      let store = UserDataStore(corpusID: "fixture", folder: root)
      let json = """
        {"briefings": [{"name": "a", "items": ["event:x"]}, {"name": "a", "items": []}],
         "current": "missing"}
        """
      try Data(json.utf8).write(to: URL(fileURLWithPath: store.path))
      let data = try store.load()
      #expect(data.briefings.map(\.name) == ["a", "a 2"])
      #expect(data.current == "a")
      #expect(data.notes.isEmpty)
      #expect(data.isMarked(.event("x")))
    }
  }

  @Test func savingToAFolderThatCannotBeWrittenFailsClearly() throws {
    try withTemporaryFolder { root in
      var data = UserData()
      data.toggleMark(.event("drill-2009"))

      // A read-only folder. Root ignores permissions, so this part only runs when they bite.
      let readOnly = root + "/read-only"
      try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: true)
      let store = UserDataStore(corpusID: "fixture", folder: readOnly)
      try store.save(data)
      chmod(readOnly, 0o555)
      let probe = readOnly + "/probe"
      let permissionsBite = !FileManager.default.createFile(atPath: probe, contents: Data())
      #expect(permissionsBite || geteuid() == 0, "only root may write to a 0o555 folder")
      if permissionsBite {
        var changed = data
        changed.toggleMark(.actor("belarus"))
        #expect {
          try store.save(changed)
        } throws: { error in
          guard case .unwritable(let path, let reason) = error as? UserDataStore.Error else {
            return false
          }
          return path == store.path && reason.contains("Permission denied")
            && (error as! UserDataStore.Error).description.contains(store.path)
        }
        // The previous file is untouched, and no temporary file is left behind.
        #expect(try store.load() == data)
        #expect(files(in: readOnly) == ["fixture.json"])
      } else {
        try? FileManager.default.removeItem(atPath: probe)
      }
      chmod(readOnly, 0o755)

      // A folder whose parent is a regular file fails for everyone, root included.
      let blocker = root + "/blocker"
      try Data("not a folder".utf8).write(to: URL(fileURLWithPath: blocker))
      let blocked = UserDataStore(corpusID: "fixture", folder: blocker + "/dossier")
      #expect {
        try blocked.save(data)
      } throws: { error in
        guard case .unwritable(let path, let reason) = error as? UserDataStore.Error else {
          return false
        }
        let message = (error as! UserDataStore.Error).description
        return path == blocker + "/dossier/fixture.json" && reason.contains("Not a directory")
          && message.contains(path) && message.contains("Not a directory")
      }
    }
  }

  // MARK: Crashes and races

  // What is simulated: a real crash would need a child process killed with SIGKILL mid-save,
  // and the model has no binary of its own to run (the CLI belongs to others). So the write is
  // stopped in-process at the two points where a crash matters, leaving exactly what a killed
  // process leaves: a half-written temporary file, or a complete one that was never renamed.
  // What is real: the target is only ever replaced by rename(2), so readers see the old file or
  // the new one; the race test below checks that with concurrent saves and reads.

  @Test(arguments: [DurableFile.CrashPoint.midWrite, .beforeRename])
  func aCrashDuringSaveLeavesThePreviousFile(crash: DurableFile.CrashPoint) throws {
    try withTemporaryFolder { root in
      let store = UserDataStore(corpusID: "fixture", folder: root)
      var previous = UserData()
      previous.toggleMark(.event("drill-2009"))
      try store.save(previous)
      let before = FileManager.default.contents(atPath: store.path)

      var next = previous
      for n in 0..<2000 { next.setNote(String(repeating: "n", count: 50), for: .actor("a\(n)")) }
      try store.save(next, crash: crash)

      #expect(FileManager.default.contents(atPath: store.path) == before)
      #expect(try store.load() == previous)
      let stray = files(in: root).filter { $0.hasSuffix(".tmp") }
      #expect(stray.count == 1)
      #expect(stray.allSatisfy { $0.hasPrefix(".fixture.json.") })
      // The next save after the "restart" works, despite the stray temporary file.
      try store.save(next)
      #expect(try store.load() == next)
    }
  }

  @Test func concurrentSavesNeverExposeAPartialFile() throws {
    try withTemporaryFolder { root in
      let store = UserDataStore(corpusID: "fixture", folder: root)
      try store.save(UserData())
      let writers = 4
      let savesPerWriter = 25
      let log = RaceLog()

      let readerFinished = DispatchSemaphore(value: 0)
      Thread {
        while !log.done {
          do {
            _ = try store.load()
            log.record(read: true)
          } catch {
            log.record(failure: "read: \(error)")
          }
        }
        readerFinished.signal()
      }.start()
      DispatchQueue.concurrentPerform(iterations: writers) { writer in
        for round in 0..<savesPerWriter {
          var data = UserData()
          for n in 0..<(200 + writer * 50 + round) { data.toggleMark(.actor("w\(writer)-\(n)")) }
          do { try store.save(data) } catch { log.record(failure: "save: \(error)") }
        }
      }
      log.finish()
      readerFinished.wait()

      #expect(log.failures == [])
      #expect(log.reads > 0)
      #expect(files(in: root) == ["fixture.json"])
      #expect(try store.load().currentBriefing.items.count >= 200)
    }
  }
}
