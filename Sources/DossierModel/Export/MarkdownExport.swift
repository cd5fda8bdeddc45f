import Foundation

/// A handout in Markdown: the selected events in order, with numbered citations listed by source
/// at the end. The layout is described in `docs/exports.md`.
public enum MarkdownExport {
  public static func encode(
    _ corpus: Corpus, events: [Event], filter: String? = nil, exportedAt: Date = Date(),
    title: String? = nil, notes: [String: String] = [:]
  ) -> String {
    var numbers: [Citation: Int] = [:]
    var order: [Citation] = []
    func number(_ citation: Citation) -> Int {
      if let n = numbers[citation] { return n }
      order.append(citation)
      numbers[citation] = order.count
      return order.count
    }

    var lines: [String] = []
    lines.append("# " + escape(title ?? corpus.manifest.title))
    lines.append("")
    for fact in ExportSupport.provenance(
      corpus, count: events.count, filter: filter, exportedAt: exportedAt)
    {
      lines.append("- **\(fact.label):** \(escape(fact.value))")
    }
    if events.isEmpty {
      lines.append("")
      lines.append("No events match.")
    }

    for event in events {
      lines.append("")
      lines.append("## \(escape(event.dateLabel)) — \(escape(event.title))")
      lines.append("")
      var facts = ["*\(escape(ExportSupport.laneName(event.lane, in: corpus)))*"]
      if event.display != nil { facts.append("date: \(escape(event.date.display))") }
      if let location = event.location?.plain, !location.isEmpty {
        facts.append("location: \(escape(location))")
      }
      lines.append(facts.joined(separator: " · "))
      lines.append("")
      let marks = event.citations.map { "[\(number($0))]" }.joined(separator: " ")
      let summary = escape(ExportSupport.collapsingSpaces(event.summary.plain))
      lines.append(marks.isEmpty ? summary : summary + " " + marks)
      let actors = ExportSupport.actorNames(event.actors, in: corpus)
      let associated = ExportSupport.actorNames(event.associated, in: corpus)
      if !actors.isEmpty || !associated.isEmpty || !event.figures.isEmpty {
        lines.append("")
        if !actors.isEmpty {
          lines.append("- Actors: " + escape(actors.joined(separator: ", ")))
        }
        if !associated.isEmpty {
          lines.append("- Associated: " + escape(associated.joined(separator: ", ")))
        }
        if !event.figures.isEmpty {
          lines.append(
            "- Figures: " + escape(event.figures.map(ExportSupport.figure).joined(separator: "; ")))
        }
      }
      if let note = ExportSupport.note(for: event, in: notes) {
        lines.append("")
        let noteLines = note.split(separator: "\n", omittingEmptySubsequences: false).map {
          escape(String($0).trimmingSpaces)
        }
        for (index, text) in noteLines.enumerated() {
          let body = index == 0 ? "**Note:** " + text : text
          lines.append(body.isEmpty ? ">" : "> " + body)
        }
      }
    }

    if !order.isEmpty {
      lines.append("")
      lines.append("## Sources")
      // Group the citations by source, in order of first citation.
      var groups: [(source: Source?, key: String, citations: [Citation])] = []
      for citation in order {
        let source = corpus.source(of: citation)
        let key = source?.id ?? ""
        if let index = groups.firstIndex(where: { $0.key == key }) {
          groups[index].citations.append(citation)
        } else {
          groups.append((source, key, [citation]))
        }
      }
      for group in groups {
        lines.append("")
        lines.append("### " + escape(group.source?.title ?? "Unknown source"))
        if let source = group.source {
          var facts: [String] = []
          facts.append(
            source.authors.isEmpty ? "author unknown" : source.authors.joined(separator: ", "))
          if let date = source.date { facts.append(date.display) }
          if let publisher = source.publisher { facts.append(publisher) }
          lines.append("")
          lines.append(escape(facts.joined(separator: " · ")))
        }
        lines.append("")
        for citation in group.citations {
          var entry =
            "- [\(numbers[citation]!)] " + escape(ExportSupport.label(of: citation, in: corpus))
          entry += " (`\(citation)`)"
          if let passage = ExportSupport.passage(of: citation, in: corpus) {
            entry += ": “" + escape(shortened(passage)) + "”"
          }
          lines.append(entry)
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A long passage cut at a word boundary with an ellipsis.
  static func shortened(_ text: String, limit: Int = 400) -> String {
    guard text.count > limit else { return text }
    var cut = String(text.prefix(limit))
    if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
    return cut + " …"
  }

  /// Plain text made inert in Markdown: the characters that start emphasis, links, code or HTML
  /// are escaped, so that a bracket in a summary is never taken for a citation mark; so are the
  /// marks that would open a heading, list or quote at the start of a line.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    let leadingDigits = text.prefix { $0.isASCII && $0.isNumber }.count
    for (index, char) in text.enumerated() {
      let special: Bool =
        switch char {
        case "\\", "`", "*", "_", "[", "]", "<", ">", "|": true
        case "#", "-", "+", "=": index == 0
        case ".", ")": index == leadingDigits && index > 0
        default: false
        }
      if special { result.append("\\") }
      result.append(char)
    }
    return result
  }
}
