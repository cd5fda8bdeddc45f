/// One setting: its name in the config file, its environment variable, its flag and its values.
public enum SettingKey: String, Sendable, CaseIterable {
  case theme
  case startView = "start-view"
  case autoAdvance = "presenter.auto-advance"
  case presenterFont = "presenter.font"
  case paneSplit = "layout.pane-split"

  /// The table of the config file the key belongs to (nil for the top level).
  public var table: String? {
    let parts = rawValue.split(separator: ".")
    return parts.count == 2 ? String(parts[0]) : nil
  }

  /// The key's name inside its table.
  public var name: String { String(rawValue.split(separator: ".").last ?? "") }

  /// The environment variable that sets it.
  public var environmentVariable: String {
    switch self {
    case .theme: "DOSSIER_THEME"
    case .startView: "DOSSIER_START_VIEW"
    case .autoAdvance: "DOSSIER_AUTO_ADVANCE"
    case .presenterFont: "DOSSIER_PRESENTER_FONT"
    case .paneSplit: "DOSSIER_PANE_SPLIT"
    }
  }

  /// The command-line flag that sets it, where there is one.
  public var flag: String? {
    switch self {
    case .theme: "--theme"
    case .startView: "--view"
    case .autoAdvance, .presenterFont, .paneSplit: nil
    }
  }

  /// The values it takes, for help texts and completions (nil for numbers).
  public var choices: [String]? {
    switch self {
    case .theme: ThemeChoice.allCases.map(\.rawValue)
    case .startView: StartView.allCases.map(\.rawValue)
    case .presenterFont: PresenterFont.allCases.map(\.rawValue)
    case .autoAdvance, .paneSplit: nil
    }
  }

  /// The range of a number setting.
  public var range: ClosedRange<Int>? {
    switch self {
    case .autoAdvance: 1...3600
    case .paneSplit: 20...80
    case .theme, .startView, .presenterFont: nil
    }
  }

  /// What it does, for `dossier config` and the manual.
  public var summary: String {
    switch self {
    case .theme: "colour theme"
    case .startView: "the view the explorer opens on (last: where the corpus was left)"
    case .autoAdvance: "seconds between the presenter's automatic steps"
    case .presenterFont:
      "how large the presenter's title and date may be (auto: as large as fits; plain: no big type)"
    case .paneSplit: "the list's share of the width, in percent"
    }
  }

  /// What the value must be, for diagnostics.
  public var expectation: String {
    if let choices { return "one of " + choices.joined(separator: ", ") }
    if let range { return "a whole number from \(range.lowerBound) to \(range.upperBound)" }
    return "a value"
  }
}
