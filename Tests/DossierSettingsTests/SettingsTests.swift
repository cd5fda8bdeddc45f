import DossierModel
import Foundation
import Testing

@testable import DossierSettings

@Suite("Settings")
struct SettingsTests {
  let sample = """
    theme = "contrast"
    start-view = "timeline"

    [presenter]
    auto-advance = 8
    font = "half-block"

    [layout]
    pane-split = 40

    """

  @Test func aFileSetsEveryValueWithItsLine() {
    let file = ConfigFile(path: "config.toml", text: sample)
    #expect(file.diagnostics.isEmpty)
    let (settings, problems) = SettingsResolver.resolve(flags: [:], environment: [:], file: file)
    #expect(problems.isEmpty)
    #expect(settings.theme == .contrast)
    #expect(settings.startView == .timeline)
    #expect(settings.autoAdvance == 8)
    #expect(settings.presenterFont == .halfBlock)
    #expect(settings.paneSplit == 40)
    #expect(settings.origin(.theme) == .file(path: "config.toml", line: 1))
    #expect(settings.origin(.paneSplit) == .file(path: "config.toml", line: 9))
  }

  @Test func flagBeatsEnvironmentBeatsFileBeatsDefault() {
    let file = ConfigFile(path: "c.toml", text: sample)
    let environment = ["DOSSIER_THEME": "monochrome", "DOSSIER_AUTO_ADVANCE": "30"]
    let (settings, _) = SettingsResolver.resolve(
      flags: [.theme: "default"], environment: environment, file: file)
    #expect(settings.theme == .default)
    #expect(settings.origin(.theme) == .flag("--theme"))
    #expect(settings.autoAdvance == 30)
    #expect(settings.origin(.autoAdvance) == .environment("DOSSIER_AUTO_ADVANCE"))
    #expect(settings.startView == .timeline)
    #expect(settings.origin(.startView) == .file(path: "c.toml", line: 2))
    let (bare, _) = SettingsResolver.resolve(flags: [:], environment: [:], file: nil)
    #expect(bare.theme == .default && bare.origin(.theme) == .builtIn)
    #expect(bare.startView == .last && bare.autoAdvance == 10 && bare.paneSplit == 45)
  }

  @Test func noColorIsBelowDossierThemeAndAboveTheFile() {
    let file = ConfigFile(path: "c.toml", text: sample)
    let (noColor, _) = SettingsResolver.resolve(
      flags: [:], environment: ["NO_COLOR": "1"], file: file)
    #expect(noColor.theme == .monochrome)
    #expect(noColor.origin(.theme) == .environment("NO_COLOR"))
    let (both, _) = SettingsResolver.resolve(
      flags: [:], environment: ["NO_COLOR": "1", "DOSSIER_THEME": "contrast"], file: file)
    #expect(both.theme == .contrast)
  }

  @Test func aBadEnvironmentValueIsReportedAndIgnored() {
    let (settings, problems) = SettingsResolver.resolve(
      flags: [:], environment: ["DOSSIER_PANE_SPLIT": "95"], file: nil)
    #expect(settings.paneSplit == 45)
    #expect(problems == ["DOSSIER_PANE_SPLIT=95 is not a whole number from 20 to 80; ignored"])
  }

  @Test func aSyntaxErrorIsLocatedAndNothingApplies() throws {
    let file = ConfigFile(path: "c.toml", text: "theme = \"contrast\"\nstart-view = [\n")
    #expect(file.values.isEmpty)
    let diagnostic = try #require(file.diagnostics.first)
    #expect(diagnostic.id == .syntax)
    let text = diagnostic.formatted(file: file.source)
    #expect(text.hasPrefix("c.toml:"), "\(text)")
    #expect(text.contains("error: not valid TOML"))
    #expect(text.contains("[config-syntax]"))
    #expect(text.contains("= hint: no setting of this file applies until it is fixed"))
  }

  @Test func badValuesAreLocatedAndKeepTheirDefaults() {
    let text = """
      theme = "neon"
      start-view = 3

      [presenter]
      auto-advance = "fast"
      fonts = "large"

      [layout]
      pane-split = 5
      """
    let file = ConfigFile(path: "c.toml", text: text)
    let rendered = file.diagnostics.map { $0.formatted(file: file.source) }
    #expect(
      rendered == [
        """
        c.toml:1:1: error: 'neon' is not a valid theme [config-invalid-value]
          |
        1 | theme = "neon"
          | ^~~~~
          = hint: theme is one of default, monochrome, contrast

        """,
        """
        c.toml:2:1: error: 'start-view' must be a string, not integer [config-wrong-type]
          |
        2 | start-view = 3
          | ^~~~~~~~~~
          = hint: write it in quotes, such as start-view = "last"

        """,
        """
        c.toml:5:1: error: 'presenter.auto-advance' must be a number, not string [config-wrong-type]
          |
        5 | auto-advance = "fast"
          | ^~~~~~~~~~~~
          = hint: write it without quotes, such as auto-advance = 10

        """,
        """
        c.toml:6:1: warning: unknown setting 'presenter.fonts' [config-unknown-key]
          |
        6 | fonts = "large"
          | ^~~~~
          = hint: settings: theme, start-view, presenter.auto-advance, presenter.font, layout.pane-split

        """,
        """
        c.toml:9:1: error: '5' is not a valid layout.pane-split [config-invalid-value]
          |
        9 | pane-split = 5
          | ^~~~~~~~~~
          = hint: layout.pane-split is a whole number from 20 to 80

        """,
      ])
    let (settings, _) = SettingsResolver.resolve(flags: [:], environment: [:], file: file)
    #expect(settings == Settings())
  }

  @Test func aMisplacedKeyIsSuggestedInItsTable() {
    let file = ConfigFile(path: "c.toml", text: "font = \"large\"\n")
    #expect(file.diagnostics.first?.hint == "did you mean 'presenter.font' (in [presenter])?")
  }

  @Test func theFileIsFoundTheXDGWay() {
    #expect(
      ConfigFile.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])
        == "/x/dossier/config.toml")
    #expect(
      ConfigFile.defaultPath(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"])
        == "/h/.config/dossier/config.toml")
    #expect(
      ConfigFile.defaultPath(environment: ["DOSSIER_CONFIG": "/c.toml", "HOME": "/h"])
        == "/c.toml")
    #expect(ConfigFile.load(path: "/nonexistent/config.toml") == nil)
  }
}

@Suite("Last position")
struct LastPositionTests {
  @Test func roundTripsPerCorpusAndSurvivesAGarbledFile() throws {
    let folder = NSTemporaryDirectory() + "dossier-position-\(UUID().uuidString)/state"
    let store = LastPositionStore(corpusID: "by-ru", folder: folder)
    #expect(store.load() == nil)
    let position = LastPosition(view: "timeline", item: "event:treaty-1999")
    try store.save(position)
    #expect(store.load() == position)
    #expect(LastPositionStore(corpusID: "other", folder: folder).load() == nil)
    try Data("{".utf8).write(to: URL(fileURLWithPath: store.path))
    #expect(store.load() == nil)
    try store.save(position)
    #expect(store.load() == position)
    #expect(
      LastPositionStore(corpusID: "c", environment: ["XDG_STATE_HOME": "/s"]).path
        == "/s/dossier/c.position.json")
  }

  @Test func anUnwritableFolderSaysWhy() {
    let store = LastPositionStore(corpusID: "c", folder: "/proc/dossier-cannot-exist")
    #expect(throws: LastPositionStore.SaveError.self) {
      try store.save(LastPosition(view: "actors"))
    }
  }
}
