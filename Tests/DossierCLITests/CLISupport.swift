import DossierTestSupport
import Foundation

/// The result of running the `dossier` binary.
struct Run {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs `dossier` with arguments and returns its exit status and output.
func dossier(
  _ arguments: String..., environment: [String: String] = [:], directory: String? = nil
) throws -> Run {
  try dossier(arguments: arguments, environment: environment, directory: directory)
}

/// Runs `dossier` with an argument list and returns its exit status and output.
func dossier(
  arguments: [String], environment: [String: String] = [:], directory: String? = nil
) throws -> Run {
  let process = Process()
  process.executableURL = productsDirectory.appending(path: "dossier")
  process.arguments = arguments
  var env = ProcessInfo.processInfo.environment
  for (key, value) in environment { env[key] = value }
  process.environment = env
  if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = FileHandle.nullDevice
  try process.run()
  // Read both pipes fully before waiting, so a large output cannot block the child.
  let errBox = DataBox()
  let group = DispatchGroup()
  group.enter()
  DispatchQueue.global().async {
    errBox.data = err.fileHandleForReading.readDataToEndOfFile()
    group.leave()
  }
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  group.wait()
  let errData = errBox.data
  process.waitUntilExit()
  return Run(
    status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self))
}

/// A fresh temporary folder.
func temporaryFolder() throws -> String {
  let url = FileManager.default.temporaryDirectory.appending(
    path: "dossier-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url.path
}

/// Holds data written by one thread and read by another after a wait.
final class DataBox: @unchecked Sendable {
  var data = Data()
}
