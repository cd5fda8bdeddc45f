import ArgumentParser

/// The messages of usage errors: what was wrong, then the usage of the command concerned.
enum UsageErrors {
  /// The names of the subcommands, as typed.
  static var commandNames: [String] {
    DossierCommand.configuration.subcommands.map { $0._commandName }
  }

  /// The message for a first argument that is neither an option nor a command; nil otherwise.
  static func unknownCommand(_ arguments: [String]) -> String? {
    guard let first = arguments.first, !first.hasPrefix("-"), first != "help",
      !commandNames.contains(first)
    else { return nil }
    return """
      error: unknown command '\(Columns.sanitize(first))'
      commands: \(commandNames.joined(separator: ", "))
      See 'dossier --help' for more information.

      """
  }

  /// A validation error met while a command ran, with that command's usage.
  static func message(_ error: ValidationError, command: ParsableCommand.Type) -> String {
    let name = command == DossierCommand.self ? "" : command._commandName
    let usage = command.usageString().split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }.joined(separator: " ")
    let full = name.isEmpty ? "dossier" : "dossier \(name)"
    let shown = usage.hasPrefix(name + " ") ? String(usage.dropFirst(name.count + 1)) : usage
    return """
      Error: \(error.message)
      Usage: \(full) \(shown)
        See '\(full) --help' for more information.

      """
  }
}

/// An error that is not about usage (a folder that is not a corpus, a file that cannot be
/// written): printed as `error: message`, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
