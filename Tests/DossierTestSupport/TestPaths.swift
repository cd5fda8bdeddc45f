import Foundation

/// The folder of a fixture corpus under Tests/Fixtures.
public func fixture(_ name: String) -> String {
  URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "Fixtures/\(name)").path
}

/// The folder holding the built products (`.build/debug`), where `dossier` is.
public let productsDirectory: URL = {
  let candidates = [
    Bundle.main.bundleURL,
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
  ]
  for candidate in candidates {
    var folder = candidate
    for _ in 0..<3 {
      if FileManager.default.isExecutableFile(atPath: folder.appending(path: "dossier").path) {
        return folder
      }
      folder = folder.deletingLastPathComponent()
    }
  }
  return candidates[1]
}()
