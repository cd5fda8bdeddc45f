import DossierTestSupport
import Foundation
import Testing

@Suite("dossier command line", .serialized)
struct CLITests {
  @Test func checkOnAGoodCorpusExitsZero() throws {
    let run = try dossier("check", fixture("good"))
    #expect(run.status == 0)
    #expect(run.stdout == "\(fixture("good")): 0 errors, 0 warnings\n")
  }

  @Test func checkOnABrokenCorpusPrintsDiagnosticsAndExitsOne() throws {
    let run = try dossier("check", fixture("broken"))
    #expect(run.status == 1)
    let root = fixture("broken")
    // Every problem of the fixture, each with its position.
    for expected in [
      "\(root)/actors.yaml:5:7: error: 'Bad_Id' is not a valid id [invalid-id]",
      "\(root)/actors.yaml:7:9: error: unknown actor kind 'planet' [unknown-kind]",
      "\(root)/actors.yaml:8:12: error: 'summary' is empty [empty-text]",
      "\(root)/actors.yaml:9:7: error: actor 'belarus' is defined twice [duplicate-id]",
      "\(root)/documents/alpha.md:9:14: error: unknown actor 'lukashenko' [unknown-actor]",
      "\(root)/documents/alpha.md:13:7: error: the range '2001/1999' ends before it starts [reversed-date]",
      "\(root)/documents/alpha.md:17:7: error: unknown lane 'exercise' [unknown-lane]",
      "\(root)/glossary.yaml:1:5: error: this list is never closed [yaml-syntax]",
      "\(root)/myths.yaml:3:12: error: unknown verdict 'maybe' [unknown-verdict]",
      "\(root)/myths.yaml:5:9: error: document 'alpha' has no section 'outro' [unknown-section]",
      "\(root)/myths.yaml:6:3: warning: unknown field 'colour' in a myth [unknown-field]",
      "\(root)/sources.yaml:4:9: error: '2019-02-30' is not a day of the calendar [invalid-date]",
    ] {
      #expect(run.stdout.contains(expected + "\n"), "missing: \(expected)\n\(run.stdout)")
    }
    #expect(run.stdout.hasSuffix("\(root): 11 errors, 1 warning\n"))
  }

  @Test func checkJSONParsesBack() throws {
    let run = try dossier("check", fixture("broken"), "--format", "json")
    #expect(run.status == 1)
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
    #expect(object?["errors"] as? Int == 11)
    let first = try #require(diagnostics.first)
    #expect(first["id"] as? String == "invalid-id")
    #expect(first["line"] as? Int == 5)
    #expect(first["column"] as? Int == 7)
    #expect(
      first["hint"] as? String == "use lower-case letters, digits and hyphens, such as 'bad-id'")
  }

  @Test func badUsageExitsTwo() throws {
    #expect(try dossier("check", "--format", "xml").status == 2)
    #expect(try dossier("timeline", "--lane", "nonsense", "--data", fixture("good")).status == 2)
    #expect(try dossier("frobnicate").status == 2)
    let missing = try dossier("check", "/nonexistent/folder")
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("cannot open corpus '/nonexistent/folder': no such folder"))
    #expect(missing.stderr.contains("Usage: dossier check "))
  }

  @Test func helpAndVersionEverywhere() throws {
    let version = try dossier("--version")
    #expect(version.status == 0)
    #expect(version.stdout == "0.1.0\n")
    for command in ["check", "export", "timeline", "actors", "myths", "search"] {
      let help = try dossier(command, "--help")
      #expect(help.status == 0)
      #expect(help.stdout.contains("--data"), "\(command) --help lacks --data")
    }
  }

  @Test func exportJSONHasTheDocumentedShape() throws {
    let run = try dossier("export", "--format", "json", "--data", fixture("good"))
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    for key in [
      "corpus", "sources", "actors", "events", "myths", "documents", "glossary", "disagreements",
      "diagnostics",
    ] {
      #expect(object[key] != nil, "missing \(key)")
    }
    let events = try #require(object["events"] as? [[String: Any]])
    let drill = try #require(events.first { $0["id"] as? String == "drill-2009" })
    #expect(drill["date"] as? String == "2009-09")
    #expect(drill["lane"] as? String == "exercises")
    #expect(drill["actors"] as? [String] == ["belarus"])
    #expect(drill["citations"] as? [String] == ["alpha#intro.1", "beta#ex.1"])
    let actor = try #require(
      (object["actors"] as? [[String: Any]])?.first { $0["id"] as? String == "lukashenka" })
    #expect(actor["aliases"] as? [String] == ["Lukashenko", "Аляксандр Лукашэнка"])
    #expect(actor["kind"] as? String == "person")
    let myth = try #require((object["myths"] as? [[String: Any]])?.first)
    #expect(myth["verdict"] as? String == "partly-true")
    #expect((myth["stances"] as? [Any])?.count == 2)
    #expect((myth["evidence"] as? [Any])?.count == 1)
  }

  @Test func exportToAFileAndWithAFilter() throws {
    let folder = try temporaryFolder()
    let path = folder + "/out.json"
    let run = try dossier(
      "export", "--data", fixture("good"), "--lane", "agreements", "--out", path)
    #expect(run.status == 0)
    let object =
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
      as? [String: Any]
    #expect((object?["events"] as? [[String: Any]])?.map { $0["id"] as? String } == ["treaty-1999"])
    #expect((object?["export"] as? [String: Any])?["filter"] as? String == "lane agreements")
    let unwritable = try dossier(
      "export", "--data", fixture("good"), "--out", "/nonexistent/x.json")
    #expect(unwritable.status == 1)
    #expect(unwritable.stderr.hasPrefix("error: cannot write '/nonexistent/x.json'"))
  }

  @Test func timelineListsAndFilters() throws {
    let all = try dossier("timeline", "--data", fixture("good"))
    #expect(
      all.stdout == """
        8 Dec 1999  AGR  Treaty signed  [treaty-1999]
        Sep 2009    EXR  Joint drill near the gap  [drill-2009]

        """)
    let byAlias = try dossier(
      "timeline", "--data", fixture("good"), "--actor", "Lukashenko", "--from", "2000")
    #expect(byAlias.stdout == "Sep 2009  EXR  Joint drill near the gap  [drill-2009]\n")
    let tsv = try dossier(
      "timeline", "--data", fixture("good"), "--source", "beta", "--format", "tsv")
    #expect(
      tsv.stdout
        == "date\tshown\tlane\tid\ttitle\n"
        + "2009-09\tSep 2009\texercises\tdrill-2009\tJoint drill near the gap\n")
    let bare = try dossier(
      "timeline", "--data", fixture("good"), "--source", "beta", "--format", "tsv", "--no-header")
    #expect(bare.stdout == "2009-09\tSep 2009\texercises\tdrill-2009\tJoint drill near the gap\n")
  }

  @Test func actorsAndMythsListings() throws {
    let actors = try dossier("actors", "--data", fixture("good"), "--kind", "person")
    #expect(
      actors.stdout
        == "lukashenka  person  Alexander Lukashenka  (2 events)\n")
    let myths = try dossier("myths", "--data", fixture("good"), "--format", "tsv")
    #expect(
      myths.stdout
        == "id\tverdict\tparent\tclaim\nstrong-ally\tpartly-true\t\tBelarus is the strongest ally.\n"
    )
  }

  @Test func searchIsAliasAwareAndPrintsTheRefsShowTakes() throws {
    let cache = NSTemporaryDirectory() + "dossier-cli-cache-\(UUID().uuidString)"
    let run = try dossier(
      "search", "lukashenko", "--data", fixture("good"), "--limit", "1",
      environment: ["XDG_CACHE_HOME": cache])
    #expect(run.status == 0)
    #expect(
      run.stdout == """
        actor                    Alexander Lukashenka
            actor:lukashenka  (name)
            President of Belarus.
        5 matches, 1–1 shown (--offset 1 for more, --all for all)

        """)
    let shown = try dossier("show", "actor:lukashenka", "--data", fixture("good"))
    #expect(shown.status == 0)
    #expect(shown.stdout.hasPrefix("Alexander Lukashenka\nactor:lukashenka  (actor)\n"))
  }

  @Test func showPrintsEveryKindInTextAndJSON() throws {
    let refs = [
      "actor:lukashenka", "event:drill-2009", "myth:strong-ally", "source:alpha",
      "document:alpha", "disagreement:drill-size", "suwalki",
    ]
    for ref in refs {
      let text = try dossier("show", ref, "--data", fixture("good"))
      #expect(text.status == 0, "\(ref): \(text.stderr)")
      let json = try dossier("show", ref, "--data", fixture("good"), "--format", "json")
      let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
      #expect(object?["ref"] as? String == (ref.contains(":") ? ref : "actor:" + ref))
    }
    #expect(try dossier("show", "no-such-item", "--data", fixture("good")).status != 0)
  }

  @Test func theBundledCorpusIsFoundFromAnyDirectory() throws {
    let run = try dossier("check", directory: "/")
    #expect(run.stdout.contains("data: "))
    let summary = try dossier(directory: NSTemporaryDirectory())
    #expect(summary.stdout.contains("Belarus and Russia"))
  }

  @Test func theBinaryStillWorksWhenCopiedElsewhere() throws {
    let folder = try temporaryFolder()
    let copy = folder + "/dossier"
    try FileManager.default.copyItem(
      atPath: productsDirectory.appending(path: "dossier").path, toPath: copy)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: copy)
    process.arguments = ["actors", "--kind", "country"]
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    let pipe = Pipe()
    process.standardOutput = pipe
    // Another test's child may still hold the fresh copy open for writing for a moment after
    // fork (ETXTBSY); that is the test's race, not the binary's, so try again briefly.
    for attempt in 1...50 {
      do {
        try process.run()
        break
      } catch let error as NSError
        where attempt < 50 && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == 26
      {
        usleep(20_000)
      }
    }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(output.contains("belarus"))
  }
}
