import ArgumentParser
import DossierSettings
import Foundation

/// `dossier config`: the effective settings and where each comes from.
struct Config: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the effective settings and where each one comes from.",
    discussion: """
      Settings are read from $XDG_CONFIG_HOME/dossier/config.toml (by default \
      ~/.config/dossier/config.toml; DOSSIER_CONFIG names another file). A flag wins over the \
      environment, which wins over the file, which wins over the built-in default. Problems in \
      the file are printed like a corpus's diagnostics, and those settings keep their defaults; \
      the exit status is then 1.
      """)

  @Flag(help: "Print a config file with the effective values, to start one from.")
  var template = false

  func run() throws {
    let loaded = UserSettings.load()
    let settings = loaded.settings
    if template {
      Output.out(Self.template(settings))
      return
    }
    var out = "config file: \(loaded.path)\(loaded.file == nil ? " (none)" : "")\n"
    let rows = SettingKey.allCases.map { key in
      [key.rawValue, settings.text(key), settings.origin(key).description]
    }
    out += Columns.render([["setting", "value", "from"]] + rows)
    Output.out(out)
    if !loaded.report.isEmpty {
      Output.err(loaded.report)
      throw ExitCode(1)
    }
  }

  /// A config file with every setting, its values and the effective value.
  static func template(_ settings: Settings) -> String {
    var text = "# dossier settings (dossier config shows where each value comes from)\n"
    var table: String?
    for key in SettingKey.allCases {
      if key.table != table, let name = key.table {
        text += "\n[\(name)]\n"
        table = name
      }
      let value = key.range == nil ? "\"\(settings.text(key))\"" : settings.text(key)
      text += "# \(key.summary): \(key.expectation)\n\(key.name) = \(value)\n"
    }
    return text
  }
}
