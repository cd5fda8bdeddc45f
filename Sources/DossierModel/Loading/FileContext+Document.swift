import Foundation

/// Parsing of annotated Markdown documents: front matter, sections, paragraphs, event blocks.
extension FileContext {
  private struct RawLine {
    var start: Int
    var end: Int
  }

  /// Parses `documents/NAME.md`; `name` is the file name without extension.
  func parseDocument(name: String) {
    let bytes = file.bytes
    // The lines as intake found them (a line break ends a line; a last line may have none).
    let starts = file.lineStarts
    var lines: [RawLine] = []
    lines.reserveCapacity(starts.count)
    for (k, start) in starts.enumerated() where start < bytes.count {
      var end = k + 1 < starts.count ? starts[k + 1] - 1 : bytes.count
      if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
      lines.append(RawLine(start: start, end: end))
    }
    func text(_ line: RawLine) -> Substring {
      Substring(String(decoding: bytes[line.start..<line.end], as: UTF8.self))
    }
    func isBlank(_ line: RawLine) -> Bool {
      bytes[line.start..<line.end].allSatisfy {
        $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t")
      }
    }

    // Front matter.
    var id = name
    var sourceID: String?
    var title = name
    var summary: RichText?
    var li = 0
    var headerSpan = span(0, 1)
    if let first = lines.first, text(first).trimmingSpaces == "---" {
      guard
        let close = lines.indices.dropFirst().first(where: {
          text(lines[$0]).trimmingSpaces == "---"
        })
      else {
        report(
          .frontMatter, "the front matter is never closed", at: span(first.start, 3),
          hint: "end it with a line '---'")
        return
      }
      let result = YAMLParser.parse(bytes, range: lines[1].start..<lines[close].start)
      report(result.errors)
      li = close + 1
      if let root = result.root, var r = RecordReader(root, "the front matter", in: self) {
        headerSpan = span(of: root)
        if let value = r.id() {
          id = value.0
          if value.0 != name {
            report(
              .frontMatter, "the document id '\(value.0)' differs from its file name '\(name).md'",
              at: value.1, hint: "rename the file or the id so that they match")
          }
        }
        if let source = r.text("source", required: true) {
          sourceID = source.0
          reference(.source, source.0, at: source.1, owner: .document(id))
        }
        title = r.text("title", required: true)?.0 ?? name
        summary = r.text("summary").map { richText($0.0, at: $0.1.offset, owner: .document(id)) }
        r.finish()
      } else if result.root == nil, result.errors.isEmpty {
        report(
          .frontMatter, "the front matter is empty", at: span(first.start, 3),
          hint: "give id, source and title")
      }
    } else {
      report(
        .frontMatter, "a document starts with front matter between '---' lines",
        at: span(0, lines.first.map { $0.end - $0.start } ?? 1),
        hint: "add ---, id, source and title, and --- at the top of the file")
    }

    var sections: [Section] = []
    var sectionIDs: Set<String> = []
    var paragraphLines: [RawLine] = []

    func currentSection() -> Int {
      if sections.isEmpty {
        sections.append(
          Section(id: "preamble", title: "Preamble", level: 2, paragraphs: [], offset: 0))
        sectionIDs.insert("preamble")
      }
      return sections.count - 1
    }
    func flushParagraph() {
      guard let first = paragraphLines.first, let last = paragraphLines.last else { return }
      let s = currentSection()
      paragraphBytes.removeAll(keepingCapacity: true)
      if paragraphLines.count == 1 {
        paragraphBytes += bytes[first.start..<last.end]
      } else {
        // Lines join with one space; the `\r` of a CRLF line end goes with its line break.
        for (k, line) in paragraphLines.enumerated() {
          if k > 0 { paragraphBytes.append(UInt8(ascii: " ")) }
          paragraphBytes += bytes[line.start..<line.end]
        }
      }
      for i in paragraphBytes.indices where paragraphBytes[i] == UInt8(ascii: "\r") {
        paragraphBytes[i] = UInt8(ascii: " ")
      }
      let number = sections[s].paragraphs.count + 1
      let citation = Citation(document: id, section: sections[s].id, paragraph: number)
      let rich = paragraphBytes.withUnsafeBufferPointer {
        richText(utf8: $0, at: first.start, owner: .paragraph(citation))
      }
      sections[s].paragraphs.append(
        Paragraph(number: number, text: rich, preformatted: false, events: [], offset: first.start))
      paragraphLines.removeAll(keepingCapacity: true)
    }
    /// The citation of the paragraph just before a block (or of its section).
    func anchor() -> Citation {
      let s = currentSection()
      let section = sections[s]
      if section.paragraphs.isEmpty { return Citation(document: id, section: section.id) }
      return Citation(document: id, section: section.id, paragraph: section.paragraphs.count)
    }

    while li < lines.count {
      let line = lines[li]
      if isBlank(line) {
        flushParagraph()
        li += 1
        continue
      }
      // Only a line that starts with '`', '~' or '#' can be anything but prose.
      var lead = line.start
      while bytes[lead] == UInt8(ascii: " ") { lead += 1 }
      let first = bytes[lead]
      guard first == UInt8(ascii: "`") || first == UInt8(ascii: "~") || first == UInt8(ascii: "#")
      else {
        paragraphLines.append(line)
        li += 1
        continue
      }
      let content = text(line)
      let trimmed = content.drop { $0 == " " }
      // Fenced blocks.
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        flushParagraph()
        let fenceChar = trimmed.first!
        let fenceLength = trimmed.prefix { $0 == fenceChar }.count
        let info = trimmed.dropFirst(fenceLength).trimmingSpaces
        // The closing fence: a line of at least as many fence characters (checked on bytes).
        let fenceByte = fenceChar.asciiValue ?? UInt8(ascii: "`")
        let isClosing = { (line: RawLine) -> Bool in
          var p = line.start
          while p < line.end, bytes[p] == UInt8(ascii: " ") { p += 1 }
          var count = 0
          while p < line.end, bytes[p] == fenceByte {
            count += 1
            p += 1
          }
          while p < line.end, bytes[p] == UInt8(ascii: " ") || bytes[p] == UInt8(ascii: "\t") {
            p += 1
          }
          return count >= fenceLength && p == line.end
        }
        guard let close = lines.indices.dropFirst(li + 1).first(where: { isClosing(lines[$0]) })
        else {
          report(
            .unclosedBlock, "this \(info.isEmpty ? "fenced" : "'\(info)'") block is never closed",
            at: span(line.start + (content.utf8.count - trimmed.utf8.count), fenceLength),
            hint: "close it with a line '\(String(repeating: fenceChar, count: fenceLength))'")
          li = lines.count
          break
        }
        let contentRange =
          (li + 1 < close ? lines[li + 1].start : lines[close].start)..<lines[close].start
        switch info {
        case "event":
          let citation = anchor()
          if let event = parseEventBlock(range: contentRange, citation: citation, fence: line.start)
          {
            attach(event.id, to: citation, in: &sections)
            records.events.append(event)
          }
        case "reports":
          let citation = anchor()
          for (eventID, node) in parseReportsBlock(range: contentRange, fence: line.start) {
            records.reports.append((eventID, citation, span(of: node)))
            reference(.event, eventID, at: node, owner: ItemRef(citation: citation))
            attach(eventID, to: citation, in: &sections)
          }
        default:
          let s = currentSection()
          let number = sections[s].paragraphs.count + 1
          let body = String(decoding: bytes[contentRange], as: UTF8.self)
          sections[s].paragraphs.append(
            Paragraph(
              number: number, text: RichText(plain: body), preformatted: true, events: [],
              offset: contentRange.lowerBound))
        }
        li = close + 1
        continue
      }
      // Headings.
      if trimmed.hasPrefix("#"), content.utf8.count - trimmed.utf8.count < 4 {
        let level = trimmed.prefix { $0 == "#" }.count
        let rest = trimmed.dropFirst(level)
        if level <= 6, rest.isEmpty || rest.first == " " {
          flushParagraph()
          var heading = rest.trimmingSpaces
          while heading.hasSuffix("#") { heading = String(heading.dropLast()).trimmingSpaces }
          var sectionID: String?
          if heading.hasSuffix("}"), let open = heading.range(of: "{#", options: .backwards) {
            let explicit = String(
              heading[open.upperBound..<heading.index(before: heading.endIndex)])
            heading = String(heading[..<open.lowerBound]).trimmingSpaces
            if Identifier.isValid(explicit) {
              sectionID = explicit
            } else {
              let offset = line.start + (content.utf8.count - trimmed.utf8.count)
              report(
                .invalidID, "'\(explicit)' is not a valid section id",
                at: span(offset, content.utf8.count),
                hint: "use lower-case letters, digits and hyphens")
            }
          }
          if level == 1 {
            li += 1
            continue
          }
          var resolvedID = sectionID ?? Identifier.slug(heading)
          if resolvedID.isEmpty { resolvedID = "section-\(sections.count + 1)" }
          if !sectionIDs.insert(resolvedID).inserted {
            report(
              .duplicateID, "a section '\(resolvedID)' already exists in this document",
              at: span(line.start, line.end - line.start),
              hint: "give this heading an explicit id: '\(heading) {#\(resolvedID)-2}'")
            resolvedID += "-\(sections.count + 1)"
          }
          sections.append(
            Section(
              id: resolvedID, title: heading, level: level, paragraphs: [], offset: line.start))
          li += 1
          continue
        }
      }
      paragraphLines.append(line)
      li += 1
    }
    flushParagraph()
    let document = Document(
      id: id, sourceID: sourceID ?? "", title: title, summary: summary, sections: sections,
      file: index)
    records.documents.append((document, headerSpan))
  }

  private func attach(_ eventID: String, to citation: Citation, in sections: inout [Section]) {
    guard let number = citation.paragraph,
      let s = sections.lastIndex(where: { $0.id == citation.section })
    else { return }
    sections[s].paragraphs[number - 1].events.append(eventID)
  }

  /// Parses an ```event block into an event citing `citation`.
  func parseEventBlock(range: Range<Int>, citation: Citation, fence: Int) -> Event? {
    let result = YAMLParser.parse(file.bytes, range: range)
    report(result.errors)
    guard let root = result.root else {
      if result.errors.isEmpty {
        report(
          .missingField, "this event block is empty", at: span(fence, 8),
          hint: "give id, date, title, summary, actors and lane")
      }
      return nil
    }
    guard var r = RecordReader(root, "an event", in: self) else { return nil }
    let id = r.id()
    let owner = ItemRef.event(id?.0 ?? "")
    let date = r.date("date", required: true)
    let displayField = r.text("display")
    let display = displayField?.0
    if let displayField, let date, date.isRestated(by: displayField.0) {
      report(
        .redundantDisplay, "the display '\(displayField.0)' says only what the date says",
        at: displayField.1,
        hint: "remove 'display': the date reads '\(date.display)' in every view and export")
    }
    let title = r.text("title", required: true)
    let summary = r.text("summary", required: true)
    let actors = actorList(&r, "actors", required: true, owner: owner)
    let associated = actorList(&r, "associated", owner: owner)
    let lane = r.text("lane", required: true)
    if let lane { reference(.lane, lane.0, at: lane.1, owner: owner) }
    let tags = tagList(&r)
    let location = r.text("location")
    let after = r.text("after")
    if let after { reference(.event, after.0, at: after.1, owner: owner) }
    var figures: [Figure] = []
    var figureCites: [(figure: Int, span: SourceSpan)] = []
    for node in r.records("figures") {
      guard var f = RecordReader(node, "a figure", in: self) else { continue }
      let value = f.text("value", required: true)
      let max = f.text("max")
      let unit = f.text("unit", required: true)
      let countsField = f.text("counts")
      let counts = countsField?.0
      let approx = f.text("approx")
      let note = f.text("note")?.0
      let cite = f.text("cite")
      f.finish()
      let figureCitation = cite.flatMap { self.citation($0.0, at: $0.1, owner: owner) }
      let number = value.flatMap { parseNumber($0.0, at: $0.1) }
      let top = max.flatMap { parseNumber($0.0, at: $0.1) }
      var approximate = false
      if let (text, node) = approx {
        switch text {
        case "true", "yes": approximate = true
        case "false", "no": approximate = false
        default:
          report(.wrongType, "'approx' is true or false, not '\(text)'", at: node)
        }
      }
      if let number, let unit {
        figures.append(
          Figure(
            value: number, max: top, unit: unit.0, counts: counts, approximate: approximate,
            note: note, citation: figureCitation))
        if figureCitation != nil, let cite {
          figureCites.append((figures.count - 1, span(of: cite.1)))
        }
        if let (counts, countsNode) = countsField,
          let repeated = FileContext.repeatsUnit(unit.0, counts)
        {
          report(
            .repeatedWord, "the counts of this figure repeat its unit '\(repeated)'",
            at: countsNode,
            hint:
              "the figure reads '\(Figure.format(number)) \(unit.0) (\(counts))'; say what is counted without the unit"
          )
        }
      }
    }
    var extra: [Citation] = []
    for (value, node) in r.texts("cite") {
      guard let cited = self.citation(value, at: node, owner: owner) else { continue }
      if cited == citation {
        report(
          .duplicateCitation, "the event already cites '\(value)', the passage its block follows",
          at: node, hint: "remove it from 'cite'")
      } else if extra.contains(cited) {
        report(.duplicateCitation, "'\(value)' is cited twice", at: node, hint: "remove one")
      } else {
        extra.append(cited)
      }
    }
    r.finish()
    // An event without a title or summary is kept (the field is reported once), so that the
    // myths, reports and disagreements that name it still resolve.
    guard let id, let date, let lane else {
      // Reported above; references to the event are not reported again.
      if let id { records.droppedEvents.append(id.0) }
      return nil
    }
    for (figure, figureSpan) in figureCites {
      records.figureCitations.append((id.0, figure, figureSpan))
    }
    if let after { records.afterSpans.append((id.0, span(of: after.1))) }
    var event = Event(
      id: id.0, date: date, display: display, title: title?.0 ?? id.0,
      summary: summary.map { richText($0.0, at: $0.1.offset, owner: owner) }
        ?? RichText(plain: ""), actors: actors,
      associated: associated, lane: lane.0, tags: tags,
      location: location.map { richText($0.0, at: $0.1.offset, owner: owner) }, figures: figures,
      citations: [citation] + extra, span: span(of: id.1))
    event.after = after?.0
    return event
  }

  /// The word of `counts` that repeats the unit next to it ("3 roadmaps (roadmaps …)"), if any.
  /// Run for every figure, so words are compared by their first letters before they are stemmed.
  static func repeatsUnit(_ unit: String, _ counts: String) -> String? {
    var unit = unit
    var counts = counts
    return unit.withUTF8 { u in
      counts.withUTF8 { c in
        func isLetter(_ b: UInt8) -> Bool {
          (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "-") || b >= 0x80
        }
        var end = u.count
        while end > 0, !isLetter(u[end - 1]) { end -= 1 }
        var start = end
        while start > 0, isLetter(u[start - 1]) { start -= 1 }
        var first = 0
        while first < c.count, !isLetter(c[first]) { first += 1 }
        var last = first
        while last < c.count, isLetter(c[last]) { last += 1 }
        guard end - start > 1, last - first > 1, u[start] | 0x20 == c[first] | 0x20 else {
          return nil
        }
        // The two words are compared in one buffer: the unit's word, a space, the counts' word.
        let joined = Array(u[start..<end]) + [UInt8(ascii: " ")] + Array(c[first..<last])
        return joined.withUnsafeBufferPointer { b -> String? in
          let unitWord = 0..<(end - start)
          let countsWord = (end - start + 1)..<b.count
          var stems = StemMemo()
          guard Wording.same(b, unitWord, countsWord, stems: &stems) else { return nil }
          return String(decoding: UnsafeBufferPointer(rebasing: b[countsWord]), as: UTF8.self)
        }
      }
    }
  }

  func parseNumber(_ text: String, at node: YAMLNode) -> Double? {
    let cleaned = text.utf8.contains(UInt8(ascii: "_")) ? text.filter { $0 != "_" } : text
    // Letters are refused: Double() would read "1e5", "inf" and "nan".
    if cleaned.utf8.allSatisfy({ $0 < 0x80 && !(($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }),
      let value = Double(cleaned), value.isFinite
    {
      return value
    }
    report(
      .invalidNumber, "'\(text)' is not a decimal number", at: node,
      hint: "write digits only, such as 12500 or 1.5; put words in 'counts' or 'note'")
    return nil
  }

  /// Parses a ```reports block: a list of event ids.
  func parseReportsBlock(range: Range<Int>, fence: Int) -> [(String, YAMLNode)] {
    let result = YAMLParser.parse(file.bytes, range: range)
    report(result.errors)
    guard let root = result.root else { return [] }
    let items: [YAMLNode]
    switch root.value {
    case .sequence(let list): items = list
    case .scalar: items = [root]
    default:
      report(
        .wrongType, "a reports block holds a list of event ids, found \(root.kindDescription)",
        at: root, hint: "write [event-a, event-b]")
      return []
    }
    return items.compactMap { item in
      guard case .scalar(let id) = item.value else {
        report(.wrongType, "expected an event id, found \(item.kindDescription)", at: item)
        return nil
      }
      return (id.trimmingSpaces, item)
    }
  }
}
