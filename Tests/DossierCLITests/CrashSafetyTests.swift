import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// A process killed with SIGKILL in the middle of saving never leaves a broken file.
@Suite("Crash safety")
struct CrashSafetyTests {
  @Test func killedMidSaveLeavesAValidFile() throws {
    let folder = try temporaryFolder()
    let store = UserDataStore(corpusID: "stress", folder: folder)
    var kills = 0
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<25 {
      let process = Process()
      process.executableURL = productsDirectory.appending(path: "dossier-bench")
      process.arguments = ["stress-save", folder]
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      // Let it save a few times, then kill it at an arbitrary moment of a save.
      let deadline = Date().addingTimeInterval(5)
      while !FileManager.default.fileExists(atPath: store.path), Date() < deadline {
        usleep(2_000)
      }
      usleep(UInt32.random(in: 5_000...60_000, using: &generator))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      #expect(process.terminationReason == .uncaughtSignal)
      kills += 1
      let data = try store.load()
      // Always one of the two complete states, never a mix or a torn file.
      #expect(data.currentBriefing.items.count == 3000)
      #expect(data.notes.count == 3000)
      let variants = Set(data.currentBriefing.items.map { $0.split(separator: "-")[1] })
      #expect(variants.count == 1)
    }
    #expect(kills == 25)
  }
}
