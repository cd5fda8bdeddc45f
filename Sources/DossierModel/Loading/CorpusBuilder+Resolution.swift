/// Resolution of the references left for the end of loading, and the finishing touches that
/// need every record: reports, stance checks, labels of the actors' own mentions, stance order.
extension CorpusBuilder {
  mutating func unknown(
    _ id: DiagnosticID, _ noun: String, _ value: String, at span: SourceSpan,
    candidates: Suggestions.Candidates
  ) {
    diagnostics.append(
      Diagnostic(
        id, nil, "unknown \(noun) '\(value)'", at: span,
        hint: candidates.nearest(value).map { "did you mean '\($0)'?" }))
  }

  mutating func resolveReferences(_ known: KnownNames) {
    // Candidates for "did you mean", folded once, on the first unknown id of each kind.
    var eventIDs: Suggestions.Candidates?
    var itemIDs: Suggestions.Candidates?
    for references in referenceLists {
      for reference in references {
        let value = reference.id
        switch reference.kind {
        case .actor, .mention, .lane, .verdict:
          if let problem = known.check(reference.kind, value, at: reference.span) {
            diagnostics.append(problem)
          }
        case .event:
          if index.eventByID[value] == nil, !droppedEvents.contains(value) {
            if eventIDs == nil { eventIDs = Suggestions.Candidates(events.map(\.id)) }
            unknown(.unknownEvent, "event", value, at: reference.span, candidates: eventIDs!)
          }
        case .source:
          if index.sourceByID[value] == nil {
            unknown(
              .unknownSource, "source", value, at: reference.span,
              candidates: Suggestions.Candidates(sources.map(\.id)))
          }
        case .myth:
          if index.mythByID[value] == nil, !droppedMyths.contains(value) {
            unknown(
              .unknownMyth, "myth", value, at: reference.span,
              candidates: Suggestions.Candidates(myths.map(\.id)))
          }
        case .item:
          if index.eventByID[value] == nil, index.actorByID[value] == nil,
            index.mythByID[value] == nil, !droppedEvents.contains(value),
            !droppedMyths.contains(value)
          {
            if itemIDs == nil {
              itemIDs = Suggestions.Candidates(
                events.map(\.id) + actors.map(\.id) + myths.map(\.id))
            }
            unknown(
              .unknownEvent, "event, actor or myth", value, at: reference.span,
              candidates: itemIDs!)
          }
        case .citation(let citation):
          resolve(citation, at: reference.span)
        }
      }
    }
  }

  mutating func resolve(_ citation: Citation, at span: SourceSpan) {
    guard let d = index.documentByID[citation.document] else {
      unknown(
        .unknownDocument, "document", citation.document, at: span,
        candidates: Suggestions.Candidates(documents.map(\.id)))
      return
    }
    let document = documents[d]
    guard let sectionID = citation.section else { return }
    guard let section = document.section(sectionID) else {
      diagnostics.append(
        Diagnostic(
          .unknownSection, nil, "document '\(document.id)' has no section '\(sectionID)'",
          at: span,
          hint: Suggestions.hint(for: sectionID, among: document.sections.map(\.id))))
      return
    }
    if let number = citation.paragraph, number > section.paragraphs.count {
      let count = section.paragraphs.count
      diagnostics.append(
        Diagnostic(
          .unknownParagraph, nil,
          "section '\(document.id)#\(sectionID)' has no paragraph \(number)", at: span,
          hint: count == 0
            ? "the section has no paragraphs; cite '\(document.id)#\(sectionID)'"
            : "it has \(Counted.text(count, "paragraph"))"))
    }
  }

  mutating func addReports() {
    for report in reports {
      guard let e = index.eventByID[report.id] else { continue }
      if !events[e].citations.contains(report.citation) {
        events[e].citations.append(report.citation)
      }
    }
  }

  mutating func checkStances() {
    for check in stanceChecks {
      guard let d = index.documentByID[check.citation.document],
        index.sourceByID[check.source] != nil
      else { continue }
      let documentSource = documents[d].sourceID
      if documentSource != check.source {
        diagnostics.append(
          Diagnostic(
            .stanceSourceMismatch, nil,
            "this stance of '\(check.source)' cites the document of '\(documentSource)'",
            at: check.span,
            hint: "cite a passage of the source that takes the stance"))
      }
    }
  }

  /// Replaces empty labels of bare mentions with actor names in the actors' own summaries (the
  /// files of the second stage are labelled while they are parsed).
  mutating func fillLabels() {
    let names = Dictionary(actors.map { ($0.id, $0.name) }) { a, _ in a }
    let name: (String) -> String? = { names[$0] }
    for i in actors.indices { actors[i].summary.resolveLabels(name) }
  }

  /// Gives each stance its source's date when it has none, and orders stances by date.
  mutating func sortStances() {
    for m in myths.indices {
      for s in myths[m].stances.indices where myths[m].stances[s].date == nil {
        myths[m].stances[s].date = index.sourceByID[myths[m].stances[s].source].flatMap {
          sources[$0].date
        }
      }
      myths[m].stances.sort { a, b in
        switch (a.date, b.date) {
        case (let x?, let y?): x == y ? a.source < b.source : x < y
        case (nil, nil): a.source < b.source
        case (nil, _): false
        case (_, nil): true
        }
      }
    }
  }
}
