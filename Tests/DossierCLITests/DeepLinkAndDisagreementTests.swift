import DossierTestSupport
import Foundation
import Testing

@Suite("timeline --year and disagreements in show")
struct DeepLinkAndDisagreementTests {
  @Test func timelineYearStartsAtTheFirstEventOfThatYear() throws {
    let run = try dossier("timeline", "--year", "2014", "--format", "tsv", "--no-header")
    #expect(run.status == 0)
    let ids = run.stdout.split(separator: "\n").map { $0.split(separator: "\t")[3] }
    // "since 2014" sorts first in 2014 but is an open range: the listing starts after it.
    // Events placed `after:` another now follow it, so the annexation of Crimea comes first.
    #expect(ids.first == "crimea-annexation-2014")
    #expect(ids.contains("belarus-mercenary-liability"))
    #expect(!ids.contains("belarus-mediator-repositioning"))
    #expect(ids.contains("lukashenka-requests-russian-aircraft-2014"))
    #expect(run.stderr == "")
  }

  @Test func timelineYearWithoutEventsStartsAtTheNextYear() throws {
    let run = try dossier("timeline", "--data", fixture("good"), "--year", "2000")
    #expect(run.status == 0)
    #expect(run.stdout == "Sep 2009  EXR  Joint drill near the gap  [drill-2009]\n")
    #expect(run.stderr == "dossier: no events in 2000; starting at 2009\n")
    let none = try dossier("timeline", "--data", fixture("good"), "--year", "2050")
    #expect(none.status == 0)
    #expect(none.stdout == "")
    #expect(none.stderr == "dossier: no events from 2050 on\n")
    // The filters apply first.
    let filtered = try dossier(
      "timeline", "--data", fixture("good"), "--year", "1999", "--lane", "exercises")
    #expect(filtered.stdout == "Sep 2009  EXR  Joint drill near the gap  [drill-2009]\n")
  }

  @Test func showListsTheDisagreementsOfActorsEventsMythsAndSources() throws {
    let actor = try dossier("show", "actor:belarus", "--data", fixture("good"))
    #expect(actor.status == 0)
    #expect(
      actor.stdout.hasSuffix(
        """

        Disagreements
          [disagreement:drill-size] figure, through event:drill-2009
            The two sources count the troops differently.
            - [alpha#intro.1] Alpha report: 12,500 troops.
            - [beta#ex.1] Beta paper: About 13,000 troops.

        """))
    for ref in ["event:drill-2009", "myth:strong-ally", "source:beta", "paragraph:beta#ex.1"] {
      let run = try dossier("show", ref, "--data", fixture("good"))
      #expect(
        run.stdout.contains("\nDisagreements\n  [disagreement:drill-size] figure, "), "\(ref)")
    }
    let none = try dossier("show", "event:treaty-1999", "--data", fixture("good"))
    #expect(!none.stdout.contains("Disagreements"))
    let json = try dossier("show", "source:beta", "--data", fixture("good"), "--format", "json")
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let concerns = object?["disagreements"] as? [[String: Any]]
    #expect(concerns?.first?["relation"] as? String == "a version cites it")
    #expect((concerns?.first?["versions"] as? [Any])?.count == 2)
  }

  @Test func theBundledActorPagesShowTheirDisagreements() throws {
    for (ref, id) in [
      ("actor:regional-group-of-forces", "rgf-size"), ("actor:s-400", "s-400-supply"),
      ("actor:union-state-military-doctrine-2018", "union-doctrine-2018-status"),
    ] {
      let run = try dossier("show", ref)
      #expect(run.stdout.contains("  [disagreement:\(id)] "), "\(ref)")
    }
  }

  @Test func openWithoutATerminalPrintsTheItem() throws {
    let run = try dossier("open", "event:zapad-2017-exercise")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("Zapad-2017 joint exercise\nevent:zapad-2017-exercise  (event)\n"))
    #expect(
      run.stdout.hasSuffix(
        "(not a terminal: run dossier open in a terminal to open the explorer there)\n"))
    let bare = try dossier("open", "lukashenka")
    #expect(bare.stdout.hasPrefix("Alexander Lukashenka\nactor:lukashenka  (actor)\n"))
  }

  @Test func anUnknownRefIsAUsageErrorWithTheNearestRef() throws {
    for command in ["open", "show"] {
      let typo = try dossier(command, "event:zapad-2017-exercse")
      #expect(typo.status == 2)
      #expect(
        typo.stderr.hasPrefix(
          "Error: no item 'event:zapad-2017-exercse'; did you mean 'event:zapad-2017-exercise'?\n"
            + "Usage: dossier \(command) "), "\(typo.stderr)")
      #expect(typo.stdout.isEmpty)
      // A bare misspelt id finds the item of any kind.
      let bare = try dossier(command, "lukashenko")
      #expect(
        bare.stderr.hasPrefix("Error: no item 'lukashenko'; did you mean 'actor:lukashenka'?"))
      // Nothing near: search is suggested instead.
      let far = try dossier(command, "event:qqqqqqqqqqqq")
      #expect(far.status == 2)
      #expect(
        far.stderr.hasPrefix(
          "Error: no item 'event:qqqqqqqqqqqq' (try `dossier search event:qqqqqqqqqqqq`)"))
    }
  }
}
