import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// Each export read back as its target reads it: TimelineJS3's acceptance rules (ported in
/// DossierTestSupport), pandas for the CSV, the icalendar library for the calendar and a
/// CommonMark renderer for the handout (through Tests/Validators/validate-exports.py), for the
/// whole corpus and filtered selections; BriefingExportTests does the same for briefings.
@Suite("Exports accepted by their targets")
struct ExportAcceptanceTests {
  static let bundled = ExportTests.bundled
  static let exportedAt = ExportTests.exportedAt

  /// Named selections of the bundled corpus: everything, a lane, a span of years, one event.
  static let selections: [(name: String, events: [Event])] = {
    let events = bundled.events
    return [
      ("all", events),
      ("lane exercises", events.filter { $0.lane == "exercises" }),
      (
        "from 2013 to 2016",
        events.filter { ($0.date.startYear ?? 0) >= 2013 && ($0.date.startYear ?? 0) <= 2016 }
      ),
      ("lane deployments", events.filter { $0.lane == "deployments" }),
      ("one event", [events[events.count / 2]]),
    ]
  }()

  // MARK: TimelineJS

  @Test(arguments: 0..<5) func timelineJSPassesTimelineJS3Rules(_ which: Int) throws {
    let (name, events) = Self.selections[which]
    let text = try TimelineJSExport.encode(
      Self.bundled, events: events, filter: name, exportedAt: Self.exportedAt)
    #expect(try timelineJSProblems(text) == [], "\(name)")
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect((root["events"] as? [Any])?.count == events.count)
    // Only the eras that overlap the exported events.
    let spans = events.compactMap { event -> (Int, Int)? in
      let range = event.date.dayRange
      guard let first = range.first ?? range.last, let last = range.last ?? range.first else {
        return nil
      }
      return (first, last)
    }
    let first = try #require(spans.map(\.0).min())
    let last = try #require(spans.map(\.1).max())
    let eras = try #require(root["eras"] as? [[String: Any]])
    for era in eras {
      let start = try day(#require(era["start_date"] as? [String: String]))
      let end = try day(#require(era["end_date"] as? [String: String]))
      #expect(start < end)
      #expect(start <= last && end >= first, "\(name): an era outside the events")
    }
    let expected = Self.bundled.manifest.eras.filter { era in
      let range = era.dates.dayRange
      let start = range.first ?? first
      let end = range.last ?? last
      return start < end && start <= last && end >= first
    }
    #expect(eras.count == expected.count, "\(name)")
    if which == 0 { #expect(eras.count == Self.bundled.manifest.eras.count) }
  }

  @Test func timelineJSErasOfTheWholeCorpus() throws {
    let text = try TimelineJSExport.encode(
      Self.bundled, events: Self.bundled.events, exportedAt: Self.exportedAt)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let eras = try #require(root["eras"] as? [[String: Any]])
    func headline(_ era: [String: Any]) -> String? {
      (era["text"] as? [String: String])?["headline"]
    }
    // The Soviet era (../1991-12) starts with the first event; the last era (2020-08/..) is
    // still going on and ends on the day of the export.
    let soviet = try #require(eras.first { headline($0) == "Soviet era" })
    #expect(
      soviet["start_date"] as? [String: String] == ["year": "1964", "month": "1", "day": "1"])
    #expect(
      soviet["end_date"] as? [String: String] == ["year": "1991", "month": "12", "day": "31"])
    let last = try #require(eras.first { headline($0) == "After the 2020 election" })
    #expect(last["start_date"] as? [String: String] == ["year": "2020", "month": "8", "day": "1"])
    #expect(last["end_date"] as? [String: String] == ["year": "2023", "month": "11", "day": "14"])
  }

  @Test func timelineJSOfNoDatedEventIsRefused() throws {
    #expect(throws: ExportError.self) {
      try TimelineJSExport.encode(Self.bundled, events: [], exportedAt: Self.exportedAt)
    }
    // The corpus format has no date that names no day at all (`../..` is an error), so a
    // selection without events is the only timeline with nothing to show.
    let error = #expect(throws: ExportError.self) {
      try ExportFormat.timelinejs.encode(
        Self.bundled, selection: ExportSelection(items: [.actor("lukashenka")]), filter: nil)
    }
    #expect(error?.message.contains("at least one event with a date") == true)
  }

  /// A range whose start TimelineJS would take for its end (`2009/2009-05`) keeps its end: the
  /// start is written as precisely as the end.
  @Test func timelineJSKeepsTheEndOfARangeWithACoarserStart() throws {
    func dates(_ text: String) throws -> ([String: String], [String: String]?) {
      let corpus = load([
        "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
        "documents/d.md": """
        ---
        id: d
        source: s
        title: D
        ---

        ## Part {#part}

        Text.

        ```event
        id: e
        date: \(text)
        title: E
        summary: x
        actors: [a]
        lane: exercises
        ```
        """,
        "actors.yaml": "- id: a\n  name: A\n  kind: person\n  summary: x\n",
      ])
      #expect(rendered(corpus) == "")
      let json = try TimelineJSExport.encode(corpus, events: corpus.events)
      #expect(try timelineJSProblems(json) == [])
      let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
      let event = try #require((root?["events"] as? [[String: Any]])?.first)
      return (
        try #require(event["start_date"] as? [String: String]),
        event["end_date"] as? [String: String]
      )
    }
    let (start, end) = try dates("2009/2009-05")
    #expect(start == ["year": "2009", "month": "1"])
    #expect(end == ["year": "2009", "month": "5"])
    let (start2, end2) = try dates("2009-05/2009-05-20")
    #expect(start2 == ["year": "2009", "month": "5", "day": "1"])
    #expect(end2 == ["year": "2009", "month": "5", "day": "20"])
    let (start3, end3) = try dates("2009/2009-01")
    #expect(start3 == ["year": "2009", "month": "1", "day": "1"])
    #expect(end3 == ["year": "2009", "month": "1", "day": "31"])
    let (start4, end4) = try dates("2009-02/2009-05")
    #expect(start4 == ["year": "2009", "month": "2"])
    #expect(end4 == ["year": "2009", "month": "5"])
  }

  /// The port of TimelineJS3's rules finds what TimelineJS3 refuses: the shapes the export used
  /// to write (an era whose end equals its start), and the other rules one by one.
  @Test func theTimelineJSRulesCatchWhatTimelineJSRefuses() throws {
    func problems(_ object: [String: Any]) throws -> [String] {
      try timelineJSProblems(
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
    }
    let event: [String: Any] = [
      "start_date": ["year": "2009"], "text": ["headline": "E"], "unique_id": "e",
    ]
    #expect(try problems(["events": [event]]) == [])
    #expect(try problems(["events": []]) == ["Timeline configuration has no events."])
    #expect(
      try problems(["title": ["text": ["headline": "T"]]]).first?.contains("no events") == true)
    let sameEnd: [String: Any] = [
      "start_date": ["year": "1991", "month": "12"], "end_date": ["year": "1991", "month": "12"],
      "text": ["headline": "Soviet era"],
    ]
    #expect(
      try problems(["events": [event], "eras": [sameEnd]]) == [
        "All eras must have start and end dates. [Soviet era]"
      ])
    // Only the start's keys are compared: a finer end equal on those keys is dropped too.
    let finerEnd: [String: Any] = [
      "start_date": ["year": "2020"], "end_date": ["year": "2020", "month": "8"],
      "text": ["headline": "X"],
    ]
    #expect(try problems(["events": [event], "eras": [finerEnd]]).count == 1)
    let noStart: [String: Any] = ["end_date": ["year": "2020"], "text": ["headline": "Y"]]
    #expect(try problems(["events": [event], "eras": [noStart]]).first?.contains("start") == true)
    var badPart = event
    badPart["start_date"] = ["year": "2009", "month": "Sep"]
    #expect(try problems(["events": [badPart]]).first?.contains("invalid_date_err") == true)
    var twin = event
    twin["text"] = ["headline": "F"]
    #expect(try problems(["events": [event, twin]]).first?.contains("unique_id") == true)
    #expect(
      try problems(["title": ["text": ["headline": "E"]], "events": [event]]).first?.contains(
        "unique_id") == true)
  }

  // MARK: CSV through pandas

  @Test(arguments: 0..<5) func pandasReadsTheCSVDates(_ which: Int) throws {
    let (name, events) = Self.selections[which]
    let text = CSVExport.encode(
      Self.bundled, events: events, filter: name, exportedAt: Self.exportedAt, title: "Morning")
    let report = try validate("csv", text)
    #expect(report["problems"] as? [String] == [], "\(name)")
    #expect(report["rows"] as? Int == events.count)
    #expect((report["start_date_dtype"] as? String)?.hasPrefix("datetime64") == true)
    #expect((report["end_date_dtype"] as? String)?.hasPrefix("datetime64") == true)
    #expect(report["rows_with_a_date"] as? Int == events.count)
    #expect(report["briefing"] as? [String] == ["Morning"])
    if which == 0 {
      // Before the start and end columns pandas could read 158 of the 207 EDTF dates, some of
      // them wrongly; now every row has a date, and only open ends are empty.
      #expect(
        report["start_date_parsed"] as? Int
          == events.filter { $0.date.dayRange.first != nil }.count)
      #expect(
        report["end_date_parsed"] as? Int == events.filter { $0.date.dayRange.last != nil }.count)
      #expect((report["event_date_parsed"] as? Int ?? 0) < events.count)
    }
  }

  @Test func csvCellsNeverStartLikeAFormula() throws {
    let corpus = load([
      "actors.yaml": """
      - id: at
        name: "@SUM(1+1)*cmd|' /C calc'!A0"
        kind: person
        summary: x
      - id: minus
        name: "-2+3"
        kind: person
        summary: y
      """,
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
      "documents/d.md": """
      ---
      id: d
      source: s
      title: D
      ---

      ## Part {#part}

      Text.

      ```event
      id: formula
      date: 2009
      title: "=cmd|' /C calc'!A0"
      summary: x
      actors: [at]
      associated: [minus]
      location: "+44 Minsk"
      lane: exercises
      ```
      """,
    ])
    #expect(rendered(corpus) == "")
    let notes = ["event:formula": "=1+1"]
    let text = CSVExport.encode(corpus, events: corpus.events, title: "=HYPERLINK(1)", notes: notes)
    let rows = try parseCSV(text)
    let field = Dictionary(uniqueKeysWithValues: zip(CSVExport.columns, rows[1]))
    #expect(field["title"] == "'=cmd|' /C calc'!A0")
    #expect(field["actor1"] == "'@SUM(1+1)*cmd|' /C calc'!A0")
    #expect(field["actor2"] == "'-2+3")
    #expect(field["location"] == "'+44 Minsk")
    #expect(field["notes"] == "'=1+1")
    #expect(CSVExport.field("\t=1") == "'\t=1")
    #expect(CSVExport.field("\r=1") == "\"'\r=1\"")
    #expect(CSVExport.field("a=1") == "a=1")
    #expect(CSVExport.field("=1,2") == "\"'=1,2\"")
    #expect(field["briefing"] == "'=HYPERLINK(1)")
    #expect(field["event_date"] == "2009")
    #expect(field["start_date"] == "2009-01-01" && field["end_date"] == "2009-12-31")
    let report = try validate("csv", text)
    #expect(report["problems"] as? [String] == [])
  }

  // MARK: ICS through icalendar

  @Test(arguments: 0..<5) func icalendarReadsTheCalendar(_ which: Int) throws {
    let (name, events) = Self.selections[which]
    let text = ICSExport.encode(
      Self.bundled, events: events, filter: name, exportedAt: Self.exportedAt)
    let report = try validate("ics", text)
    #expect(report["problems"] as? [String] == [], "\(name)")
    #expect(report["events"] as? Int == events.count)
    #expect((report["longest_days"] as? Int ?? 99) <= ICSExport.longestSpan)
  }

  // MARK: Markdown through a CommonMark renderer

  /// A renderer shows every heading, summary and figure exactly as the corpus has it: the
  /// escapes are right everywhere, and nothing turns into a link, HTML or a table.
  @Test(arguments: 0..<5) func aCommonMarkRendererShowsTheTextAsWritten(_ which: Int) throws {
    let (name, events) = Self.selections[which]
    let text = MarkdownExport.encode(
      Self.bundled, events: events, filter: name, exportedAt: Self.exportedAt)
    let report = try validate("md", text)
    #expect(report["problems"] as? [String] == [], "\(name)")
    let headings = try #require(report["headings"] as? [[String: Any]])
    let titles = headings.filter { $0["level"] as? Int == 2 }.compactMap { $0["text"] as? String }
    let items = Set(try #require(report["items"] as? [String]))
    let paragraphs = Set(try #require(report["paragraphs"] as? [String]))
    #expect(titles.count == events.count + 1)
    for (event, title) in zip(events, titles) {
      #expect(title == "\(event.dateLabel) — \(event.title)")
      let summary = event.summary.plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(paragraphs.contains { $0.hasPrefix(summary) }, "\(event.id)")
      if !event.figures.isEmpty {
        // Each figure as written, followed by the citation mark of its passage when it has one.
        let item = items.first {
          $0.hasPrefix("Figures: ") && $0.contains(event.figures[0].display)
        }
        var rest = item.map { Substring($0.dropFirst("Figures: ".count)) }
        for figure in event.figures {
          #expect(rest?.hasPrefix(figure.display) == true, "\(event.id): \(item ?? "none")")
          rest = rest?.dropFirst(figure.display.count)
          if figure.citation != nil {
            #expect(rest?.firstMatch(of: /^ \[\d+\]/) != nil, "\(event.id): no mark")
            rest = rest?.drop { $0 != ";" }
          }
          rest = rest?.drop { $0 == ";" || $0 == " " }
        }
      }
    }
  }

  @Test func hostileTextSurvivesTheHandout() throws {
    let nasty = #"*b* _i_ [x](y) <b>h</b> `c` | a & b ~~s~~ &amp; \ #t 1. 2) ![i](j) ->"#
    let corpus = load([
      "actors.yaml": """
      - id: a
        name: '\(nasty)'
        kind: person
        summary: '- \(nasty)'
      """,
      "sources.yaml": """
      - id: s
        title: '\(nasty)'
        authors: ['<Au> *thor*']
        kind: report
      """,
      "documents/d.md": """
      ---
      id: d
      source: s
      title: '# Doc \(nasty)'
      ---

      ## Part {#part}

      1. \\\(nasty)

      ```event
      id: e
      date: 2009
      title: '\(nasty) #'
      summary: '1. \(nasty)'
      actors: [a]
      location: '+ \(nasty)'
      lane: exercises
      figures:
        - value: 63.9
          unit: '\(nasty)'
        - value: 1234567.5
          unit: percent
          counts: '= \(nasty)'
      ```
      """,
    ])
    #expect(rendered(corpus) == "")
    let event = try #require(corpus.event("e"))
    let selection = ExportSelection(items: [
      .event("e"), .actor("a"), .paragraph(event.citations[0]),
    ])
    let text = MarkdownExport.encode(
      corpus, selection: selection, exportedAt: Self.exportedAt, title: "> \(nasty)",
      notes: ["event:e": "- \(nasty)\n# second line"])
    let report = try validate("md", text)
    #expect(report["problems"] as? [String] == [])
    let headings = try #require(report["headings"] as? [[String: Any]]).compactMap {
      $0["text"] as? String
    }
    #expect(headings.first == "> \(nasty)")
    #expect(headings.contains("2009 — \(nasty) #"))
    #expect(headings.contains(nasty))
    let items = try #require(report["items"] as? [String])
    let paragraphs = try #require(report["paragraphs"] as? [String])
    #expect(paragraphs.contains("1. \(nasty) [1]"))
    #expect(paragraphs.contains { $0.hasPrefix("- \(nasty)") })
    #expect(paragraphs.contains("Exercises · location: + \(nasty)"))
    #expect(items.contains("Figures: 63.9 \(nasty); 1234567.5 percent (= \(nasty))"))
    #expect(items.contains("Actors: \(nasty)"))
    // The note's second line stays in the quotation, not a heading.
    #expect(paragraphs.contains("Note: - \(nasty) # second line"))
    #expect(
      items.contains {
        $0.hasPrefix("[1] <Au> *thor*, \(nasty) (undated): # Doc \(nasty), Part ¶1 (d#part.1)")
      })
    let passage = try #require(corpus.paragraph(event.citations[0])).text.plain
    #expect(passage.hasPrefix("1. \\"))
    #expect(items.contains("In our words: " + passage))
  }

  // MARK: Helpers

  func validate(_ kind: String, _ text: String) throws -> [String: Any] {
    try validateExport(kind, text)
  }

  func day(_ date: [String: String]) throws -> Int {
    try daysFromCivil(
      #require(Int(date["year"] ?? "")), Int(date["month"] ?? "1") ?? 1,
      Int(date["day"] ?? "1") ?? 1)
  }
}
