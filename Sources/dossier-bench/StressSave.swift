import ArgumentParser
import DossierModel
import Foundation

/// `dossier-bench stress-save FOLDER`: saves user data over and over, alternating between two
/// large states, until killed. A test kills it with SIGKILL at random moments and checks that
/// the file on disk is always one of the two complete states.
struct StressSave: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stress-save", abstract: "Save user data in a loop until killed (crash tests).")
  @Argument(help: "The folder of the user data file.") var folder: String
  @Option(help: "The corpus id (the file name).") var corpusID = "stress"

  func run() throws {
    let store = UserDataStore(corpusID: corpusID, folder: folder)
    var states: [UserData] = []
    for variant in 0..<2 {
      var data = UserData()
      for i in 0..<3000 {
        _ = data.toggleMark(.event("event-\(variant)-\(i)"))
        data.setNote(
          String(repeating: "note \(variant) ", count: 8), for: .event("event-\(variant)-\(i)"))
      }
      states.append(data)
    }
    var round = 0
    while true {
      try store.save(states[round % 2])
      round += 1
    }
  }
}
