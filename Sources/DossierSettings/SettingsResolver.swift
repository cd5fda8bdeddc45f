/// Resolves the settings: a flag wins over the environment, which wins over the config file,
/// which wins over the built-in default.
public enum SettingsResolver {
  /// The effective settings and the problems met on the way (invalid environment values, which
  /// are ignored; the config file's diagnostics are in `file`).
  ///
  /// `flags` holds the values given on the command line, already checked by the parser.
  /// `NO_COLOR` (set and not empty) asks for the monochrome theme at the environment's level,
  /// below `DOSSIER_THEME`.
  public static func resolve(
    flags: [SettingKey: String], environment: [String: String], file: ConfigFile?
  ) -> (settings: Settings, problems: [String]) {
    var settings = Settings()
    var problems: [String] = []
    for key in SettingKey.allCases {
      if let text = flags[key], settings.set(key, text, from: .flag(key.flag ?? key.rawValue)) {
        continue
      }
      let variable = key.environmentVariable
      if let text = environment[variable], !text.isEmpty {
        if settings.set(key, text, from: .environment(variable)) { continue }
        problems.append("\(variable)=\(text) is not \(key.expectation); ignored")
      }
      if key == .theme, let noColor = environment["NO_COLOR"], !noColor.isEmpty {
        settings.set(key, ThemeChoice.monochrome.rawValue, from: .environment("NO_COLOR"))
        continue
      }
      if let file, let entry = file.values[key] {
        settings.set(key, entry.text, from: .file(path: file.path, line: entry.line))
      }
    }
    return (settings, problems)
  }
}
