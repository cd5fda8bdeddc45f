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
