import DossierTestSupport
import Foundation
import Testing

/// The command line on the details of issue 12: one diagnostic per fault, attested aliases on
/// the actor page, one date per source everywhere, and events in the order the sources give.
@Suite("dossier details", .serialized)
struct DetailsCLITests {
  @Test func aTypoInAKindIsOneErrorNotACascade() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let files = [
      "corpus.yaml":
        "id: t\ntitle: T\nlanes:\n  - id: exercises\n    name: Exercises\n    short: EXR\n",
      "actors.yaml":
        "- id: zapad-2009\n  name: Zapad-2009\n  kind: exercize\n  summary: x\n"
        + "- id: russia\n  name: Russia\n  kind: country\n  summary: Holds [[zapad-2009]].\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
      "documents/d.md":
        "---\nid: d\nsource: s\ntitle: D\n---\n\n[[zapad-2009]] in 2009.\n\n```event\nid: e\ndate: 2009-09\ntitle: Zapad-2009\nsummary: \"[[russia]] holds [[zapad-2009]].\"\nactors: [russia, zapad-2009]\nlane: exercises\n```\n",
    ]
    try FileManager.default.createDirectory(
      atPath: folder + "/documents", withIntermediateDirectories: true)
    for (path, text) in files {
      try text.write(toFile: folder + "/" + path, atomically: true, encoding: .utf8)
    }
    let run = try dossier("check", folder)
    #expect(run.status == 1)
    #expect(run.stdout.hasSuffix("\(folder): 1 error, 0 warnings\n"), "\(run.stdout)")
    #expect(run.stdout.contains("unknown actor kind 'exercize' [unknown-kind]"))
    #expect(!run.stdout.contains("unknown-actor"))
    // The summary printed where the explorer cannot run counts in the singular too.
    let summary = try dossier(arguments: ["--data", folder], environment: ["TERM": "dumb"])
    #expect(summary.stdout.contains("\n1 error, 0 warnings in "), "\(summary.stdout)")
  }

  @Test func theActorPageNamesTheSourcesOfEachAlias() throws {
    let run = try dossier("show", "actor:lukashenka")
    #expect(run.status == 0)
    #expect(run.stdout.contains("  alias: Lukashenko — analysis-2019"), "\(run.stdout)")
    #expect(run.stdout.contains("  alias: Alyaksandr Lukashenka — industry-article\n"))
    #expect(!run.stdout.contains("Aleksandr Lukashenko"))
  }

  @Test func aSourceHasOneDateInEveryView() throws {
    let source = try dossier("show", "source:analysis-2019")
    #expect(source.stdout.contains("  date: Jul 2019?\n"), "\(source.stdout)")
    let myth = try dossier("show", "myth:closest-ally")
    #expect(myth.stdout.contains("Jul 2019? On Defense"), "\(myth.stdout)")
    #expect(!myth.stdout.contains("\n  undated"))
  }

  @Test func eventsFollowTheEventTheyComeAfter() throws {
    let run = try dossier("timeline", "--format", "tsv", "--from", "2020")
    let ids = run.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[3] }
    func position(_ id: String) -> Int { ids.firstIndex { $0 == id } ?? -1 }
    #expect(
      position("belarus-presidential-election-2020")
        < position("lukashenka-appeal-to-russia-2020"))
    #expect(
      position("putin-constitutional-reform-announced-2020")
        < position("defender-europe-2020-plans"))
    #expect(position("defender-europe-2020-plans") < position("defender-europe-2020-scaled-down"))
  }
}

/// README's table of explorer keys against the keys `dossier explore --help` lists.
@Suite("README agrees with the help")
struct ReadmeKeysTests {
  @Test func everyKeyInTheReadmeIsInTheHelp() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let readme = try String(
      contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "| keys | what they do |"))
    let table = String(readme[start.lowerBound...]).components(separatedBy: "\n\n")[0]
    let help = try dossier("explore", "--help").stdout
    var keys = 0
    for row in table.split(separator: "\n").dropFirst(2) {
      let cell = row.split(separator: "|", omittingEmptySubsequences: false)[1]
      for part in cell.split(separator: "`").enumerated() where part.offset % 2 == 1 {
        keys += 1
        #expect(help.contains(part.element), "README lists `\(part.element)`, the help does not")
      }
    }
    #expect(keys > 30)
  }
}

/// The claims of issue 12's "docs that contradict the program", each held against the program.
@Suite("Docs agree with the command line")
struct DocsClaimsTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  func text(_ path: String) throws -> String {
    try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
  }

  /// Under TERM=dumb the explorer prints the summary (the e2e test `aDumbTerminalGetsASummary`
  /// checks it in a terminal): the help and the README say so, and neither says monochrome.
  @Test func termDumbPrintsTheSummaryAsTheHelpSays() throws {
    let help = try dossier("explore", "--help").stdout.replacingOccurrences(of: "\n", with: " ")
      .split(separator: " ").joined(separator: " ")
    #expect(help.contains("under TERM=dumb the corpus summary is printed instead"), "\(help)")
    #expect(!help.contains("TERM=dumb selects monochrome"))
    let readme = try text("README.md").replacingOccurrences(of: "\n", with: " ")
    #expect(
      readme.contains(
        "under `TERM=dumb`, which cannot move the cursor, `dossier` prints the corpus summary instead"
      ))
    let run = try dossier(arguments: [], environment: ["TERM": "dumb"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("events"))
  }

  /// docs/exports.md: `--briefing` exports the notes (``ExportFormatTests`` checks the note in
  /// the handout and the CSV); the command line without it exports none.
  @Test func theCommandLineExportsNotesOnlyWithABriefing() throws {
    let docs = try text("docs/exports.md").replacingOccurrences(of: "\n", with: " ")
    #expect(docs.contains("`dossier export --briefing NAME` exports your notes"))
    #expect(!docs.contains("exports no notes"))
  }

  /// docs/json-export.md: optional values are left out and lists always written; the new
  /// fields of issue 12 are documented.
  @Test func theJSONSchemaNamesEveryFieldTheExportWrites() throws {
    let docs = try text("docs/json-export.md")
    for field in ["alias_sources", "`after`", "`cite`: the passage the figure comes from"] {
      #expect(docs.contains(field), "docs/json-export.md does not mention \(field)")
    }
    let run = try dossier("export", "--format", "json")
    #expect(run.stdout.contains("\"alias_sources\""))
    #expect(run.stdout.contains("\"after\" : \"belarus-presidential-election-2020\""))
  }
}
