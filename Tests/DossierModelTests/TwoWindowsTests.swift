import Foundation
import Testing

@testable import DossierModel

/// Two explorers on the same corpus save the same file: neither loses the other's marks.
@Suite("Two windows saving one store", .serialized)
struct TwoWindowsTests {
  let event = ItemRef.event
  func folder() throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appending(path: "dossier-windows-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func marksFromBothWindowsSurviveAndTheUserIsTold() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let one = UserDataStore(corpusID: "fixture", folder: root)
    let two = UserDataStore(corpusID: "fixture", folder: root)
    var a = try one.load()
    var b = try two.load()
    _ = a.toggleMark(event("zapad-2009"))
    #expect(try one.save(a).message == nil)
    _ = b.toggleMark(event("union-state-1999"))
    let outcome = try two.save(b)
    #expect(outcome.message?.contains("Another dossier window") == true)
    #expect(
      Set(outcome.data.currentBriefing.items) == ["event:zapad-2009", "event:union-state-1999"])
    #expect(try UserDataStore(corpusID: "fixture", folder: root).load() == outcome.data)
    // The first window now sees the second's mark on its next save, and removing its own mark
    // is not undone by the merge.
    a = try one.load()
    _ = a.toggleMark(event("zapad-2009"))
    b = outcome.data
    _ = b.toggleMark(event("zapad-2022"))
    try one.save(a)
    let again = try two.save(b)
    #expect(again.data.currentBriefing.items == ["event:union-state-1999", "event:zapad-2022"])
  }

  @Test func aNoteEditedInBothWindowsKeepsBothTexts() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let one = UserDataStore(corpusID: "fixture", folder: root)
    let two = UserDataStore(corpusID: "fixture", folder: root)
    var start = UserData()
    start.setNote("first", for: "event:e", at: Date(timeIntervalSince1970: 100))
    try one.save(start)
    var a = try one.load()
    var b = try two.load()
    a.setNote("from one", for: "event:e", at: Date(timeIntervalSince1970: 200))
    b.setNote("from two", for: "event:e", at: Date(timeIntervalSince1970: 300))
    b.setNote("only two", for: "event:f", at: Date(timeIntervalSince1970: 300))
    try one.save(a)
    let outcome = try two.save(b)
    #expect(
      outcome.data.notes["event:e"]?.text == "from two\n\n(edited in another window too:)\nfrom one"
    )
    #expect(outcome.data.notes["event:f"]?.text == "only two")
    #expect(outcome.message?.contains("event:e") == true)
  }

  @Test func briefingsCreatedInEitherWindowAreKept() {
    let base = UserData()
    var mine = base
    var theirs = base
    _ = try? mine.createBriefing("lecture")
    _ = try? theirs.createBriefing("seminar")
    let merged = mine.merged(with: theirs, base: base).data
    #expect(merged.briefings.map(\.name) == ["default", "lecture", "seminar"])
  }
}
