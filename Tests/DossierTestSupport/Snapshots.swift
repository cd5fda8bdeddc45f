import Foundation
import Testing

/// Compares text with the snapshot file `Snapshots/NAME.txt` beside the calling test file,
/// recording it when the file is missing or when DOSSIER_RECORD_SNAPSHOTS is set (and failing,
/// so a recording is never a pass).
public func assertSnapshot(
  _ text: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appending(
    path: "Snapshots")
  let file = folder.appending(path: "\(name).txt")
  let record = ProcessInfo.processInfo.environment["DOSSIER_RECORD_SNAPSHOTS"] != nil
  if record || !FileManager.default.fileExists(atPath: file.path) {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? (text + "\n").write(to: file, atomically: true, encoding: .utf8)
    Issue.record("recorded snapshot \(name); run the tests again", sourceLocation: sourceLocation)
    return
  }
  let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
  #expect(text + "\n" == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
}
