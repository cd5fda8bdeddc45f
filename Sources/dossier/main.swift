import ArgumentParser
import Foundation

// Usage errors exit with 2, like other command-line tools (ArgumentParser's default is 64), and
// print the usage of the command they belong to.
let arguments = Array(CommandLine.arguments.dropFirst())
if let unknown = UsageErrors.unknownCommand(arguments) {
  Output.err(unknown)
  exit(2)
}
var parsed: ParsableCommand
do {
  parsed = try DossierCommand.parseAsRoot(arguments)
} catch {
  if DossierCommand.exitCode(for: error) == .validationFailure {
    Output.err(DossierCommand.fullMessage(for: error) + "\n")
    exit(2)
  }
  DossierCommand.exit(withError: error)
}
do {
  try parsed.run()
} catch let error as ValidationError {
  Output.err(UsageErrors.message(error, command: type(of: parsed)))
  exit(2)
} catch let failure as CommandFailure {
  Output.err("error: \(failure.message)\n")
  exit(1)
} catch {
  DossierCommand.exit(withError: error)
}
