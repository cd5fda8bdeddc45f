import DossierTestSupport
import Foundation
import Testing

/// Usage errors name their command, folders that are not corpora and unwritable files say why,
/// and the listings line up by display width.
@Suite("dossier usage errors and listings", .serialized)
struct UsageErrorTests {
  let good = fixture("good")

  @Test(arguments: [
    (["timeline", "--lane", "nonsense"], "timeline", "unknown lane 'nonsense'; lanes: "),
    (["timeline", "--actor", "nobody"], "timeline", "unknown actor 'nobody'"),
    (["export", "--source", "gamma"], "export", "unknown source 'gamma'; sources: "),
    (["timeline", "--from", "20x9"], "timeline", "--from: '20x9' is not a date"),
    (["myths", "--source", "gamma"], "myths", "unknown source 'gamma'"),
    (["actors", "--kind", "planet"], "actors", "unknown kind 'planet'"),
  ])
  func aUsageErrorShowsItsCommandsUsage(
    arguments: [String], command: String, message: String
  )
    throws
  {
    let run = try dossier(arguments: arguments + ["--data", good])
    #expect(run.status == 2)
    #expect(run.stderr.contains("Error: \(message)"), "\(run.stderr)")
    #expect(run.stderr.contains("Usage: dossier \(command) "), "\(run.stderr)")
    #expect(run.stdout.isEmpty)
  }

  @Test func aBadDataFolderIsAUsageErrorOfItsCommand() throws {
    for command in ["timeline", "actors", "search", "export"] {
      var arguments = [command, "--data", "/nonexistent/corpus"]
      if command == "search" { arguments.insert("x", at: 1) }
      let run = try dossier(arguments: arguments)
      #expect(run.status == 2)
      #expect(run.stderr.contains("cannot open corpus '/nonexistent/corpus': no such folder"))
      #expect(run.stderr.contains("Usage: dossier \(command) "), "\(run.stderr)")
    }
  }

  @Test func anUnknownCommandSaysSoAndListsTheCommands() throws {
    let run = try dossier("bogus")
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("error: unknown command 'bogus'\n"))
    #expect(
      run.stderr.contains(
        "commands: explore, brief, check, export, timeline, actors, myths, search, show, open,"
          + " config"))
  }

  @Test func aNegativeLimitHasAClearMessage() throws {
    let run = try dossier("search", "treaty", "--limit", "-3", "--data", good)
    #expect(run.status == 2)
    #expect(run.stderr.contains("Error: --limit must be at least 1, not -3"))
    #expect(!run.stderr.contains("Missing value"))
  }

  @Test func aFolderThatIsNotACorpusIsAnErrorForEveryCommand() throws {
    let folder = try temporaryFolder()
    try Data("hello\n".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
    for arguments in [
      ["timeline"], ["actors"], ["myths"], ["search", "x"], ["export"],
      ["export", "--format", "csv"],
      [],
    ] {
      let run = try dossier(arguments: arguments + ["--data", folder])
      #expect(run.status == 1, "\(arguments)")
      #expect(
        run.stderr == "error: '\(folder)' is not a corpus: it has no corpus.yaml "
          + "(see 'dossier check \(folder)')\n", "\(arguments)")
      #expect(run.stdout.isEmpty, "\(arguments)")
    }
    let check = try dossier("check", folder)
    #expect(check.status == 1)
    #expect(check.stdout.contains("[missing-manifest]"))
  }

  @Test func writeErrorsNameTheRealCause() throws {
    let missing = try dossier("export", "--data", good, "--out", "/nonexistent/dir/x.json")
    #expect(missing.status == 1)
    #expect(
      missing.stderr
        == "error: cannot write '/nonexistent/dir/x.json': no such folder '/nonexistent/dir'\n")
    let folder = try temporaryFolder()
    let intoFolder = try dossier("export", "--data", good, "--out", folder)
    #expect(intoFolder.status == 1)
    #expect(intoFolder.stderr == "error: cannot write '\(folder)': '\(folder)' is a folder\n")
    // /dev/full reports a full disk on every write.
    if FileManager.default.fileExists(atPath: "/dev/full") {
      let full = try dossier("export", "--data", good, "--out", "/dev/full/x.json")
      #expect(full.status == 1)
      #expect(full.stderr.contains("'/dev/full' is not a folder"))
    }
  }

  @Test func columnsAlignByDisplayWidth() throws {
    let folder = try temporaryFolder()
    try FileManager.default.copyItem(atPath: good, toPath: folder + "/c")
    let path = folder + "/c/actors/people.yaml"
    var text = try String(contentsOfFile: path, encoding: .utf8)
    text = text.replacingOccurrences(of: "name: Belarus\n", with: "name: 白俄罗斯 Belarus\n")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let run = try dossier("actors", "--data", folder + "/c")
    #expect(run.status == 0, "\(run.stderr)")
    // Every name starts in the same terminal column, wide characters counting two.
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let starts = lines.map { line -> Int in
      var width = 0
      var spaces = 0
      for character in line {
        if spaces >= 2, character != " " { return width }
        spaces = character == " " ? spaces + 1 : 0
        width += 1
      }
      return width
    }
    #expect(Set(starts).count == 1, "\(run.stdout)")
  }

  @Test func searchKindsAreWholeWords() throws {
    let run = try dossier("search", "suwalki", "--data", good, "--limit", "50")
    #expect(run.status == 0)
    #expect(!run.stdout.contains("glossar "))
    let kinds = Set(
      run.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.dropLast()
        .compactMap { $0.split(separator: " ").first.map(String.init) })
    #expect(
      kinds.isSubset(of: [
        "actor", "event", "myth", "glossary", "source", "disagreement", "paragraph", "passage",
        "document",
      ]))
  }

  @Test func configPrintsEffectiveSettingsAndTheirOrigins() throws {
    let home = try temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: home + "/dossier", withIntermediateDirectories: true)
    try "theme = \"contrast\"\n[presenter]\nauto-advance = 8\n".write(
      toFile: home + "/dossier/config.toml", atomically: true, encoding: .utf8)
    let run = try dossier(
      "config",
      environment: [
        "XDG_CONFIG_HOME": home, "DOSSIER_AUTO_ADVANCE": "20", "NO_COLOR": "", "DOSSIER_THEME": "",
      ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("config file: \(home)/dossier/config.toml\n"))
    #expect(
      run.stdout.contains("theme                   contrast  \(home)/dossier/config.toml:1\n"))
    #expect(
      run.stdout.contains("presenter.auto-advance  20        environment DOSSIER_AUTO_ADVANCE\n"))
    #expect(run.stdout.contains("layout.pane-split       45        default\n"))
    try "theme = 3\n".write(
      toFile: home + "/dossier/config.toml", atomically: true, encoding: .utf8)
    let bad = try dossier(
      "config", environment: ["XDG_CONFIG_HOME": home, "NO_COLOR": "", "DOSSIER_THEME": ""])
    #expect(bad.status == 1)
    #expect(bad.stdout.contains("theme                   default  default\n"))
    #expect(
      bad.stderr.hasPrefix(
        "\(home)/dossier/config.toml:1:1: error: 'theme' must be a string, not integer [config-wrong-type]\n"
      ), "\(bad.stderr)")
  }
}
