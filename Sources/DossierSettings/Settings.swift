/// The user's settings: what the explorer and the presenter start with.
///
/// Each value comes from a flag, the environment, the config file or the built-in default, in
/// that order of precedence (see ``SettingsResolver``); ``origins`` says which.
public struct Settings: Sendable, Equatable {
  /// The colour theme: `default`, `monochrome` or `contrast`.
  public var theme: ThemeChoice = .default
  /// The view the explorer opens on; `last` reopens where the corpus was left.
  public var startView: StartView = .last
  /// Seconds between steps when the presenter's auto-advance is on.
  public var autoAdvance: Int = 10
  /// How large the presenter's big type may be: `auto`, `block`, `half-block` or `plain`.
  public var presenterFont: PresenterFont = .auto
  /// The list's share of the width, in percent, when the list and the detail are side by side.
  public var paneSplit: Int = 45
  /// Where each value came from.
  public var origins: [SettingKey: SettingOrigin] = [:]

  public init() {}

  /// Where a setting's value came from (``SettingOrigin/builtIn`` when nothing set it).
  public func origin(_ key: SettingKey) -> SettingOrigin { origins[key] ?? .builtIn }

  /// A setting's value as text, as it would be written in the config file.
  public func text(_ key: SettingKey) -> String {
    switch key {
    case .theme: theme.rawValue
    case .startView: startView.rawValue
    case .autoAdvance: String(autoAdvance)
    case .presenterFont: presenterFont.rawValue
    case .paneSplit: String(paneSplit)
    }
  }
}

/// The colour themes (the names of the explorer's `Theme.Name`).
public enum ThemeChoice: String, Sendable, CaseIterable { case `default`, monochrome, contrast }

/// The views the explorer can open on.
public enum StartView: String, Sendable, CaseIterable {
  case actors, timeline, myths, documents
  /// Where the corpus was left last time (the actors the first time).
  case last
}

/// How large the presenter's big type may be (the title and the date of each slide).
public enum PresenterFont: String, Sendable, CaseIterable {
  /// The largest block letters that fit the terminal.
  case auto
  /// Full block letters at most five rows high, then half blocks.
  case block
  /// Half-block letters (three rows high) only.
  case halfBlock = "half-block"
  /// No big type: plain bold text.
  case plain
}

/// Where a setting's value came from.
public enum SettingOrigin: Sendable, Equatable, CustomStringConvertible {
  /// A command-line flag, such as `--theme`.
  case flag(String)
  /// An environment variable, such as `DOSSIER_THEME` or `NO_COLOR`.
  case environment(String)
  /// The config file, at a line.
  case file(path: String, line: Int)
  /// Nothing set it: the built-in default.
  case builtIn

  public var description: String {
    switch self {
    case .flag(let name): "flag \(name)"
    case .environment(let name): "environment \(name)"
    case .file(let path, let line): "\(path):\(line)"
    case .builtIn: "default"
    }
  }
}
