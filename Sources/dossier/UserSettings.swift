import DossierSettings
import DossierUI
import Foundation

/// The settings of this run: the config file, the environment and the flags given.
struct UserSettings {
  var settings: Settings
  /// The config file read, if there is one (with its diagnostics).
  var file: ConfigFile?
  /// The path looked at for the config file.
  var path: String
  /// Invalid environment values, ignored.
  var problems: [String]

  /// Resolves the settings; `flags` are the values given on the command line.
  static func load(
    flags: [SettingKey: String] = [:],
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> UserSettings {
    let path = ConfigFile.defaultPath(environment: environment)
    let file = ConfigFile.load(path: path)
    let (settings, problems) = SettingsResolver.resolve(
      flags: flags, environment: environment, file: file)
    return UserSettings(settings: settings, file: file, path: path, problems: problems)
  }

  /// The config file's diagnostics and the environment's problems, as printed on standard error.
  var report: String {
    var text = ""
    if let file {
      for diagnostic in file.diagnostics { text += diagnostic.formatted(file: file.source) }
    }
    for problem in problems { text += "warning: \(problem)\n" }
    return text
  }

  /// Prints ``report`` on standard error, with a line saying that the defaults apply.
  func warnIfNeeded() {
    guard !report.isEmpty else { return }
    Output.err(report + "(settings with problems keep their defaults; see dossier config)\n")
  }
}

extension UserSettings {
  /// The theme to ask the explorer for: nil when nothing chose one, so that the explorer's own
  /// defaults apply (the presenter's contrast theme above all).
  var themeRequest: Theme.Name? {
    settings.origin(.theme) == .builtIn ? nil : Theme.Name(rawValue: settings.theme.rawValue)
  }
}
