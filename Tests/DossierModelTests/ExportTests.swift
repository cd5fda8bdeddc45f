import DossierCorpus
import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// The handout, spreadsheet, calendar and timeline exports, each read back by a parser.
@Suite("Exports")
struct ExportTests {
  static let good = try! CorpusLoader.load(directory: fixture("good"))
  static let bundled = CorpusLoader.load(
    CorpusInput(
      root: BundledCorpus.displayRoot,
      files: BundledCorpus.files.map { CorpusInput.File(path: $0.path, bytes: $0.bytes) }))
  /// Dates of every shape, and text with commas, quotes, brackets, backslashes and long
  /// non-ASCII runs.
  static let tricky = load([
    "corpus.yaml": """
    id: tricky
    title: Tricky corpus
    lanes:
      - id: exercises
        name: Exercises
        short: EXR
      - id: talks
        name: "Talks, meetings"
        short: TLK
    eras:
      - id: nineties
        name: Nineties
        dates: 199X
      - id: late
        name: Late
        dates: 2015/..
    """,
    "sources.yaml": """
    - id: src
      title: "Source, with comma"
      authors: [A. Author, B. Author]
      date: 2019
      kind: report
    """,
    "actors.yaml": """
    - id: a
      name: "Actor \\"A\\""
      kind: country
      summary: x
    - id: b
      name: B
      kind: country
      summary: y
    """,
    "documents/d.md": """
    ---
    id: d
    source: src
    title: Document D
    ---

    ## Part {#part}

    First paragraph about [[a]].

    ```event
    id: year-only
    date: 2009
    title: "Talks [7], \\"final\\" round"
    summary: Year only; with semicolon, comma and back\\slash [9].
    actors: [a]
    associated: [b]
    lane: talks
    location: "Minsk, Belarus"
    figures:
      - value: 1.5
        max: 2
        unit: percent
        approx: true
    ```

    Second paragraph.

    ```event
    id: range
    date: 1997/1999
    title: A range
    summary: Three years.
    actors: [a]
    lane: exercises
    ```

    ```event
    id: open-end
    date: 2015/..
    title: Open end
    summary: Since 2015.
    actors: [b]
    lane: exercises
    cite: d#part.1
    ```

    ```event
    id: open-start
    date: ../1991
    title: Open start
    summary: Until 1991.
    actors: [b]
    lane: exercises
    ```

    ```event
    id: leap-day
    date: 2008-02-29
    title: Leap day
    summary: Очень длинное описание учений на границе 🚀 очень длинное описание учений на границе 🚀 очень длинное описание учений на границе 🚀 конец.
    actors: [a]
    lane: exercises
    ```

    ```event
    id: decade
    date: 197X~
    display: since the 1970s
    title: Decade
    summary: A decade.
    actors: [a]
    lane: exercises
    ```

    ```event
    id: fortnight
    date: 2014-09-01/2014-09-14
    title: Fortnight
    summary: Two weeks.
    actors: [b]
    lane: exercises
    ```

    ```event
    id: months
    date: 2009-02/2009-05
    title: Months
    summary: Four months.
    actors: [a]
    lane: exercises
    ```
    """,
  ])
  static let exportedAt = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14T22:13:20Z
  static let notes = [
    "event:year-only": "Line one, \"quoted\"\nline two; end",
    "event:drill-2009": "Ask about [the] numbers.",
  ]

  static var corpora: [Corpus] { [good, tricky, bundled] }

  @Test func theTestCorporaLoadCleanly() {
    #expect(rendered(Self.good) == "")
    #expect(rendered(Self.tricky) == "")
    #expect(Self.tricky.events.count == 8)
  }

  // MARK: CSV

  @Test(arguments: [0, 1, 2]) func csvParsesBackOneRowPerEvent(_ which: Int) throws {
    let corpus = Self.corpora[which]
    let text = CSVExport.encode(
      corpus, events: corpus.events, exportedAt: Self.exportedAt, notes: Self.notes)
    let rows = try parseCSV(text)
    #expect(rows.first == CSVExport.columns)
    #expect(rows.count == corpus.events.count + 1)
    for (row, event) in zip(rows.dropFirst(), corpus.events) {
      #expect(row.count == CSVExport.columns.count)
      var field: [String: String] = [:]
      for (name, value) in zip(CSVExport.columns, row) { field[name] = value }
      #expect(field["event_id"] == event.id)
      #expect(field["event_date"] == event.date.text)
      #expect(field["title"] == event.title)
      #expect(field["location"] == (event.location?.plain ?? ""))
      #expect(field["sources"] == event.citations.map(\.description).joined(separator: "; "))
      #expect(field["corpus_id"] == corpus.manifest.id)
      #expect(field["corpus_title"] == corpus.manifest.title)
      #expect(field["exported_at"] == "2023-11-14T22:13:20Z")
      #expect(field["filter"] == "")
    }
  }

  @Test func csvFieldsKeepCommasQuotesAndLineBreaks() throws {
    let corpus = Self.tricky
    let text = CSVExport.encode(
      corpus, events: corpus.events, filter: "lane talks", exportedAt: Self.exportedAt,
      title: "Briefing, 1", notes: Self.notes)
    let rows = try parseCSV(text)
    let row = try #require(rows.first { $0.first == "year-only" })
    var field: [String: String] = [:]
    for (name, value) in zip(CSVExport.columns, row) { field[name] = value }
    #expect(field["start_date"] == "2009-01-01")
    #expect(field["end_date"] == "2009-12-31")
    #expect(field["date_precision"] == "year")
    #expect(field["lane"] == "Talks, meetings")
    #expect(field["title"] == "Talks [7], \"final\" round")
    #expect(field["actor1"] == "Actor \"A\"")
    #expect(field["actor2"] == "B")
    #expect(field["location"] == "Minsk, Belarus")
    #expect(field["figures"] == "c. 1.5–2 percent")
    #expect(field["notes"] == "Line one, \"quoted\"\nline two; end")
    #expect(field["filter"] == "lane talks")
    #expect(field["briefing"] == "Briefing, 1")
    let precisions = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0[4]) })
    let days = Dictionary(
      uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0[2] + "/" + $0[3]) })
    #expect(days["range"] == "1997-01-01/1999-12-31")
    #expect(days["open-end"] == "2015-01-01/")
    #expect(days["open-start"] == "/1991-12-31")
    #expect(days["leap-day"] == "2008-02-29/2008-02-29")
    #expect(days["decade"] == "1970-01-01/1979-12-31")
    #expect(days["months"] == "2009-02-01/2009-05-31")
    #expect(precisions["range"] == "range")
    #expect(precisions["open-end"] == "open")
    #expect(precisions["open-start"] == "open")
    #expect(precisions["leap-day"] == "day")
    #expect(precisions["decade"] == "decade")
    let good = try parseCSV(CSVExport.encode(Self.good, events: Self.good.events))
    let drill = Dictionary(uniqueKeysWithValues: zip(CSVExport.columns, good[2]))
    // Figures as the explorer shows them, with thousands separators.
    #expect(drill["figures"] == "12,500 troops (servicemen)")
    #expect(drill["sources"] == "alpha#intro.1; beta#ex.1")
  }

  @Test func csvOfNoEventsIsTheHeader() throws {
    let rows = try parseCSV(CSVExport.encode(Self.good, events: []))
    #expect(rows == [CSVExport.columns])
  }

  // MARK: ICS

  @Test(arguments: [0, 1, 2]) func icsFollowsRFC5545(_ which: Int) throws {
    let corpus = Self.corpora[which]
    let text = ICSExport.encode(
      corpus, events: corpus.events, filter: "tag x", exportedAt: Self.exportedAt,
      notes: Self.notes)
    let lines = try unfoldICS(text)
    #expect(lines.first == "BEGIN:VCALENDAR")
    #expect(lines.last == "END:VCALENDAR")
    #expect(lines.contains("VERSION:2.0"))
    #expect(lines.contains { $0.hasPrefix("PRODID:") })
    #expect(lines.contains("X-WR-CALNAME:" + icsEscape(corpus.manifest.title)))
    let caldesc = try #require(lines.first { $0.hasPrefix("X-WR-CALDESC:") })
    #expect(caldesc.contains(icsEscape(corpus.manifest.id)))
    #expect(caldesc.contains("2023-11-14T22:13:20Z"))
    #expect(caldesc.contains("Filter: tag x"))
    let vevents = try icsEvents(lines)
    #expect(vevents.count == corpus.events.count)
    for (properties, event) in zip(vevents, corpus.events) {
      for name in ["UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY"] {
        #expect(properties[name] != nil, "\(event.id) lacks \(name)")
      }
      #expect(properties["UID"] == "\(event.id)@\(corpus.manifest.id).dossier")
      #expect(properties["DTSTAMP"] == "20231114T221320Z")
      let start = try #require(properties["DTSTART;VALUE=DATE"])
      let end = try #require(properties["DTEND;VALUE=DATE"])
      #expect(start.count == 8 && end.count == 8 && start.allSatisfy(\.isNumber))
      #expect(start < end, "\(event.id): \(start) ≥ \(end)")
      #expect(try icsUnescape(#require(properties["SUMMARY"])) == event.title)
      let description = try icsUnescape(#require(properties["DESCRIPTION"]))
      #expect(
        description.hasPrefix(
          event.summary.plain.split(separator: " ").first.map(String.init) ?? ""))
      #expect(
        properties["CATEGORIES"].map(icsUnescape) == (corpus.lane(event.lane)?.name ?? event.lane))
      if let location = event.location?.plain {
        #expect(properties["LOCATION"].map(icsUnescape) == location)
      }
    }
  }

  @Test func icsCoversTheDaysOfEachDate() throws {
    let text = ICSExport.encode(
      Self.tricky, events: Self.tricky.events, exportedAt: Self.exportedAt, notes: Self.notes)
    let vevents = try icsEvents(unfoldICS(text))
    var span: [String: String] = [:]
    for properties in vevents {
      let id = String(properties["UID"]!.prefix { $0 != "@" })
      span[id] = properties["DTSTART;VALUE=DATE"]! + "-" + properties["DTEND;VALUE=DATE"]!
    }
    // Up to 31 days an event covers its days; a longer one is shown on its first day.
    #expect(span["leap-day"] == "20080229-20080301")
    #expect(span["fortnight"] == "20140901-20140915")
    #expect(span["year-only"] == "20090101-20090102")
    #expect(span["range"] == "19970101-19970102")
    #expect(span["open-end"] == "20150101-20150102")
    #expect(span["open-start"] == "19911231-19920101")
    #expect(span["decade"] == "19700101-19700102")
    #expect(span["months"] == "20090201-20090202")
    var dates: [String: String] = [:]
    for properties in vevents {
      let id = String(properties["UID"]!.prefix { $0 != "@" })
      #expect(properties["TRANSP"] == "TRANSPARENT")
      let description = icsUnescape(properties["DESCRIPTION"]!)
      dates[id] = description.split(separator: "\n").first { $0.hasPrefix("Date: ") }.map(
        String.init)
    }
    #expect(dates["year-only"] == "Date: 2009 — shown on its first day, 1 Jan 2009")
    #expect(dates["fortnight"] == "Date: 1–14 Sep 2014")
    #expect(dates["leap-day"] == "Date: 29 Feb 2008")
    #expect(
      dates["open-end"] == "Date: since 2015 — no end date; shown on its first day, 1 Jan 2015")
    #expect(
      dates["open-start"] == "Date: until 1991 — no start date; shown on its last day, 31 Dec 1991")
    #expect(
      dates["decade"] == "Date: since the 1970s (c. 1970s) — shown on its first day, 1 Jan 1970")
    let yearOnly = try #require(vevents.first { $0["UID"]!.hasPrefix("year-only@") })
    let description = icsUnescape(yearOnly["DESCRIPTION"]!)
    #expect(description.contains("back\\slash"))
    #expect(description.contains("Note: Line one, \"quoted\"\nline two; end"))
    #expect(description.contains("Source, with comma"))
    #expect(yearOnly["CATEGORIES"] == "Talks\\, meetings")
  }

  // MARK: TimelineJS

  @Test(arguments: [0, 1, 2]) func timelineJSDatesAreAsPreciseAsTheCorpus(_ which: Int) throws {
    let corpus = Self.corpora[which]
    let text = try TimelineJSExport.encode(
      corpus, events: corpus.events, filter: "lane x", exportedAt: Self.exportedAt,
      notes: Self.notes)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let title = try #require((root["title"] as? [String: Any])?["text"] as? [String: String])
    #expect(title["text"]?.contains(corpus.manifest.id) == true)
    #expect(title["text"]?.contains("2023-11-14T22:13:20Z") == true)
    #expect(title["text"]?.contains("lane x") == true)
    let events = try #require(root["events"] as? [[String: Any]])
    #expect(events.count == corpus.events.count)
    for (object, event) in zip(events, corpus.events) {
      #expect(object["unique_id"] as? String == event.id)
      #expect(object["group"] as? String == corpus.lane(event.lane)?.name)
      #expect(object["display_date"] as? String == event.dateLabel)
      let text = try #require(object["text"] as? [String: String])
      #expect(text["headline"] != nil && text["text"] != nil)
      let start = try #require(object["start_date"] as? [String: String])
      let end = object["end_date"] as? [String: String]
      switch event.date.value {
      case .single(let point):
        #expect(start == expected(point))
        if point.precision >= .year { #expect(end == nil) }
      case .range(.point(let a), .point(let b)):
        #expect(start == expected(a))
        #expect(end == expected(b, last: true))
      case .range(.point(let a), _):
        #expect(start == expected(a))
        #expect(end == nil)
      case .range(_, .point(let b)):
        #expect(start == expected(b, last: true))
      case .range:
        Issue.record("an event without a day")
      }
    }
    #expect(try timelineJSProblems(text) == [])
    let eras = try #require(root["eras"] as? [[String: Any]])
    #expect(eras.count == corpus.manifest.eras.count)
    for object in eras {
      #expect((object["text"] as? [String: String])?["headline"] != nil)
      #expect(object["start_date"] is [String: String])
      #expect(object["end_date"] is [String: String])
    }
  }

  @Test func timelineJSExamples() throws {
    let text = try TimelineJSExport.encode(
      Self.tricky, events: Self.tricky.events, exportedAt: Self.exportedAt, notes: Self.notes)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let events = try #require(root["events"] as? [[String: Any]])
    func event(_ id: String) -> [String: Any]? {
      events.first { $0["unique_id"] as? String == id }
    }
    #expect(event("year-only")?["start_date"] as? [String: String] == ["year": "2009"])
    #expect(
      event("leap-day")?["start_date"] as? [String: String] == [
        "year": "2008", "month": "2", "day": "29",
      ])
    #expect(event("months")?["end_date"] as? [String: String] == ["year": "2009", "month": "5"])
    #expect(event("decade")?["display_date"] as? String == "since the 1970s")
    #expect(event("decade")?["end_date"] as? [String: String] == ["year": "1979"])
    let headline = (event("year-only")?["text"] as? [String: String])?["headline"]
    #expect(headline == "Talks [7], &quot;final&quot; round")
    let body = (event("year-only")?["text"] as? [String: String])?["text"] ?? ""
    #expect(body.contains("<strong>Note:</strong> Line one, &quot;quoted&quot;<br>line two; end"))
    let eras = try #require(root["eras"] as? [[String: Any]])
    // Eras run from their first to their last day; an open end to the day of the export.
    #expect(eras.count == 2)
    #expect(
      eras[0]["start_date"] as? [String: String] == ["year": "1990", "month": "1", "day": "1"])
    #expect(
      eras[0]["end_date"] as? [String: String] == ["year": "1999", "month": "12", "day": "31"])
    #expect(
      eras[1]["start_date"] as? [String: String] == ["year": "2015", "month": "1", "day": "1"])
    #expect(
      eras[1]["end_date"] as? [String: String] == ["year": "2023", "month": "11", "day": "14"])
    #expect(try timelineJSProblems(text) == [])
    // A selection of the nineties alone carries only the nineties.
    let nineties = try TimelineJSExport.encode(
      Self.tricky, events: Self.tricky.events.filter { $0.id == "range" },
      exportedAt: Self.exportedAt)
    let filtered = try #require(
      try JSONSerialization.jsonObject(with: Data(nineties.utf8)) as? [String: Any])
    let kept = (filtered["eras"] as? [[String: Any]])?.map {
      ($0["text"] as? [String: String])?["headline"]
    }
    #expect(kept == ["Nineties"])
  }

  // MARK: Markdown

  @Test(arguments: [0, 1, 2]) func markdownCitationsAllHaveSources(_ which: Int) throws {
    let corpus = Self.corpora[which]
    let text = MarkdownExport.encode(
      corpus, events: corpus.events, exportedAt: Self.exportedAt, notes: Self.notes)
    #expect(text.hasPrefix("# " + corpus.manifest.title + "\n"))
    #expect(text.contains("(\(corpus.manifest.id))"))
    #expect(text.contains("2023-11-14T22:13:20Z"))
    let parts = text.components(separatedBy: "\n## Sources\n")
    #expect(parts.count == 2)
    let body = parts[0]
    let sources = parts.count > 1 ? parts[1] : ""
    let cited = Set(marks(#"(?<!\\)\[(\d+)\]"#, in: body))
    let listed = marks(#"(?m)^- \[(\d+)\] "#, in: sources)
    #expect(!cited.isEmpty)
    #expect(cited == Set(listed))
    // Numbered in order: the list runs 1, 2, 3 … as the numbers were given.
    #expect(listed == Array(1...listed.count))
    #expect(Set(listed).count == listed.count)
    let allCitations = Set(corpus.events.flatMap(\.citations))
    #expect(listed.count == allCitations.count)
    for event in corpus.events {
      #expect(body.contains(MarkdownExport.inline(event.dateLabel)))
    }
  }

  @Test func markdownHandoutDetails() throws {
    let text = MarkdownExport.encode(
      Self.good,
      selection: ExportSelection(events: Self.good.events.filter { $0.lane == "exercises" }),
      filter: "lane exercises", exportedAt: Self.exportedAt, briefing: "Morning briefing",
      notes: Self.notes)
    #expect(text.hasPrefix("# Morning briefing\n"))
    // A heading alone names no briefing.
    let titled = MarkdownExport.encode(Self.good, events: [], title: "Timeline")
    #expect(titled.hasPrefix("# Timeline\n"))
    #expect(!titled.contains("Briefing"))
    #expect(titled.contains("No events match."))
    let empty = MarkdownExport.encode(
      Self.good, selection: ExportSelection(items: []), briefing: "B")
    #expect(empty.contains("\nNothing is marked.\n"))
    #expect(text.contains("- **Corpus:** Fixture corpus (fixture)\n"))
    #expect(text.contains("- **Filter:** lane exercises\n"))
    #expect(text.contains("## Sep 2009 — Joint drill near the gap\n"))
    #expect(text.contains("A drill with Belarus forces. [1] [2]\n"))
    #expect(text.contains("> **Note:** Ask about \\[the\\] numbers.\n"))
    #expect(text.contains("- **Briefing:** Morning briefing\n"))
    #expect(text.contains("- Figures: 12,500 troops (servicemen)\n"))
    // Sources in numeric order with author, title and date; the passage in our words, never
    // as a quotation.
    #expect(
      text.contains(
        "- [1] Ada Example, *Alpha report* (Jun 2013): Alpha report (annotated), Introduction ¶1 (`alpha#intro.1`)\n  - In our words: "
      ))
    #expect(
      text.contains(
        "- [2] Author unknown, *Beta paper* (2020): Beta paper (annotated), Exercises ¶1 (`beta#ex.1`)\n"
      ))
    #expect(!text.contains("“") && !text.contains("”"))
    #expect(!text.contains("Treaty signed"))
    let tricky = MarkdownExport.encode(Self.tricky, events: Self.tricky.events)
    #expect(tricky.contains("Talks \\[7\\], \"final\" round"))
    #expect(tricky.contains("back\\\\slash \\[9\\]."))
    #expect(MarkdownExport.escape("1999. A year") == "1999\\. A year")
    #expect(MarkdownExport.escape("- not a list, 3. or 4") == "\\- not a list, 3. or 4")
    #expect(MarkdownExport.escape("#1 > 2") == "\\#1 \\> 2")
    // A decimal point is not a list mark; only "1. " or "1) " at the start of a line is.
    #expect(MarkdownExport.escape("63.9 percent") == "63.9 percent")
    #expect(MarkdownExport.escape("3) x") == "3\\) x")
    #expect(MarkdownExport.escape("2009.") == "2009\\.")
    #expect(MarkdownExport.inline("- 1. #2") == "- 1. #2")
    #expect(MarkdownExport.inline("two\nlines") == "two lines")
    #expect(MarkdownExport.inline("a & b ~~c~~") == "a \\& b \\~\\~c\\~\\~")
  }

  // MARK: Helpers

  func expected(_ point: EDTFDate.Point, last: Bool = false) -> [String: String] {
    switch point.precision {
    case .century: return ["year": "\(point.year + (last ? 99 : 0))"]
    case .decade: return ["year": "\(point.year + (last ? 9 : 0))"]
    case .year: return ["year": "\(point.year)"]
    case .month: return ["year": "\(point.year)", "month": "\(point.month!)"]
    case .day: return ["year": "\(point.year)", "month": "\(point.month!)", "day": "\(point.day!)"]
    }
  }

  func marks(_ pattern: String, in text: String) -> [Int] {
    let regex = try! NSRegularExpression(pattern: pattern)
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap { match in
      Range(match.range(at: 1), in: text).flatMap { Int(text[$0]) }
    }
  }
}

struct FormatError: Error, CustomStringConvertible {
  var description: String
}

/// A strict RFC 4180 reader: CRLF record ends (a bare CR or LF outside quotes is an error), quoted
/// fields with doubled quotes, a quote only at the start of a field, every record ended by CRLF.
func parseCSV(_ text: String) throws -> [[String]] {
  let scalars = Array(text.unicodeScalars)
  var rows: [[String]] = []
  var row: [String] = []
  var field = ""
  var inQuotes = false
  var wasQuoted = false
  var i = 0
  while i < scalars.count {
    let c = scalars[i]
    if inQuotes {
      if c == "\"" {
        if i + 1 < scalars.count, scalars[i + 1] == "\"" {
          field += "\""
          i += 2
          continue
        }
        inQuotes = false
        wasQuoted = true
      } else {
        field.unicodeScalars.append(c)
      }
      i += 1
      continue
    }
    switch c {
    case "\"":
      guard field.isEmpty, !wasQuoted else { throw FormatError(description: "stray quote at \(i)") }
      inQuotes = true
    case ",":
      row.append(field)
      field = ""
      wasQuoted = false
    case "\r":
      guard i + 1 < scalars.count, scalars[i + 1] == "\n" else {
        throw FormatError(description: "bare CR at \(i)")
      }
      row.append(field)
      rows.append(row)
      row = []
      field = ""
      wasQuoted = false
      i += 1
    case "\n":
      throw FormatError(description: "bare LF at \(i)")
    default:
      guard !wasQuoted else { throw FormatError(description: "text after a closing quote at \(i)") }
      field.unicodeScalars.append(c)
    }
    i += 1
  }
  guard !inQuotes else { throw FormatError(description: "unclosed quote") }
  guard row.isEmpty, field.isEmpty else { throw FormatError(description: "last record lacks CRLF") }
  if let width = rows.first?.count, rows.contains(where: { $0.count != width }) {
    throw FormatError(description: "records of different widths")
  }
  return rows
}

/// Checks the physical lines of an iCalendar text (CRLF only, at most 75 octets, each valid
/// UTF-8) and returns the unfolded content lines.
func unfoldICS(_ text: String) throws -> [String] {
  let bytes = Array(text.utf8)
  guard bytes.suffix(2) == [0x0D, 0x0A] else { throw FormatError(description: "no final CRLF") }
  var physical: [[UInt8]] = []
  var current: [UInt8] = []
  var i = 0
  while i < bytes.count {
    if bytes[i] == 0x0D {
      guard i + 1 < bytes.count, bytes[i + 1] == 0x0A else {
        throw FormatError(description: "bare CR")
      }
      physical.append(current)
      current = []
      i += 2
      continue
    }
    if bytes[i] == 0x0A { throw FormatError(description: "bare LF") }
    current.append(bytes[i])
    i += 1
  }
  var lines: [String] = []
  for line in physical {
    guard line.count <= 75 else {
      throw FormatError(description: "a line of \(line.count) octets")
    }
    guard let text = String(validating: line, as: UTF8.self) else {
      throw FormatError(description: "a line splits a UTF-8 sequence")
    }
    if text.hasPrefix(" ") {
      guard !lines.isEmpty else { throw FormatError(description: "continuation first") }
      lines[lines.count - 1] += text.dropFirst()
    } else {
      guard !text.isEmpty else { throw FormatError(description: "an empty line") }
      lines.append(text)
    }
  }
  return lines
}

/// The VEVENTs of unfolded lines, each as its properties (name with parameters → value).
func icsEvents(_ lines: [String]) throws -> [[String: String]] {
  var events: [[String: String]] = []
  var current: [String: String]?
  for line in lines {
    if line == "BEGIN:VEVENT" {
      guard current == nil else { throw FormatError(description: "nested VEVENT") }
      current = [:]
    } else if line == "END:VEVENT" {
      guard let event = current else { throw FormatError(description: "stray END:VEVENT") }
      events.append(event)
      current = nil
    } else if current != nil {
      guard let colon = line.firstIndex(of: ":") else {
        throw FormatError(description: "no colon: \(line)")
      }
      let name = String(line[..<colon])
      guard current![name] == nil else { throw FormatError(description: "\(name) twice") }
      current![name] = String(line[line.index(after: colon)...])
    }
  }
  guard current == nil else { throw FormatError(description: "unclosed VEVENT") }
  return events
}

func icsEscape(_ text: String) -> String {
  text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
    .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
}

func icsUnescape(_ text: String) -> String {
  var result = ""
  var escaped = false
  for char in text {
    if escaped {
      result.append(char == "n" || char == "N" ? "\n" : char)
      escaped = false
    } else if char == "\\" {
      escaped = true
    } else {
      result.append(char)
    }
  }
  return result
}
