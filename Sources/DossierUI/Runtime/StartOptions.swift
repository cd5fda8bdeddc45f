import DossierSlides

/// How the explorer opens, known before its corpus is in (the command line, the settings, the
/// environment): what the loading screen shows, and what the first screen follows.
public struct StartOptions: Sendable {
  public var theme: Theme
  /// Whether the theme was asked for (`--theme`, the config file): the presenter keeps it
  /// instead of its own.
  public var themeAsked: Bool
  /// What the loading screen says is loading ("the bundled corpus", a folder).
  public var loadingLabel: String
  /// The corpus's name in the explorer ("bundled corpus", a folder).
  public var corpusLabel: String
  /// The view to open (`--view`), or nil for where the explorer was left.
  public var startView: String?
  /// The list's share of the width, unless the last position says otherwise.
  public var paneSplit: Int
  /// Whether notes are edited in `$VISUAL` or `$EDITOR`.
  public var editsNotesExternally: Bool
  /// The presenter's auto-advance, in seconds.
  public var autoAdvance: Int
  public var presenterFont: BigType.Font
  /// Whether to draw with ASCII only.
  public var ascii: Bool

  public init(
    theme: Theme, themeAsked: Bool = false, loadingLabel: String, corpusLabel: String,
    startView: String? = nil, paneSplit: Int = 45, editsNotesExternally: Bool = false,
    autoAdvance: Int = 10, presenterFont: BigType.Font = .auto, ascii: Bool = false
  ) {
    self.theme = theme
    self.themeAsked = themeAsked
    self.loadingLabel = loadingLabel
    self.corpusLabel = corpusLabel
    self.startView = startView
    self.paneSplit = paneSplit
    self.editsNotesExternally = editsNotesExternally
    self.autoAdvance = autoAdvance
    self.presenterFont = presenterFont
    self.ascii = ascii
  }
}
