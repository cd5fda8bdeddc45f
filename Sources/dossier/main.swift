import ArgumentParser
import Foundation

// Usage errors exit with 2, like other command-line tools (ArgumentParser's default is 64).
do {
  var command = try DossierCommand.parseAsRoot()
  try command.run()
} catch {
  let code = DossierCommand.exitCode(for: error)
  if code == .validationFailure {
    FileHandle.standardError.write(Data((DossierCommand.fullMessage(for: error) + "\n").utf8))
    exit(2)
  }
  DossierCommand.exit(withError: error)
}
