/// The checks that need the whole corpus: the wording of mentions in actors' summaries,
/// relations stated from both ends, figures' citations, tags that differ only by an ending, and
/// events placed after another.
extension CorpusBuilder {
  mutating func checkDetails() {
    checkActorWording()
    checkTwoWayRelations()
    checkFigureCitations()
    checkSimilarTags()
    checkEventOrder()
  }

  /// Mentions in actors' summaries (labelled at the end of loading), as the files of the second
  /// stage are checked while parsed.
  private mutating func checkActorWording() {
    var mentionSpans: [String: [SourceSpan]] = [:]
    for references in referenceLists {
      for reference in references {
        guard case .mention = reference.kind, case .actor(let owner) = reference.owner else {
          continue
        }
        mentionSpans[owner, default: []].append(reference.span)
      }
    }
    let byID = index.actorByID
    for actor in actors {
      let mentioned = actor.summary.mentionedActors
      guard !mentioned.isEmpty, let spans = mentionSpans[actor.id], spans.count == mentioned.count
      else { continue }
      let labels = actor.summary.segments.compactMap { segment -> String? in
        if case .mention(_, let label) = segment { return label }
        return nil
      }
      let targets = mentioned.map { byID[$0].map { actors[$0] } }
      for problem in Wording.problems(
        in: actor.summary,
        isName: { i in targets[i].map { $0.name == labels[i] } ?? false },
        isPersonOrCountry: { i in targets[i].map { [.person, .country].contains($0.kind) } ?? false
        }
      ) {
        diagnostics.append(
          Diagnostic(
            problem.id, nil, problem.message, at: spans[problem.mention], hint: problem.hint))
      }
    }
  }

  /// A relation between two actors is stated once: the actor page shows both of its ends.
  private mutating func checkTwoWayRelations() {
    let byID = index.actorByID
    for (a, actor) in actors.enumerated() {
      guard let spans = relationSpans[actor.id] else { continue }
      for (k, relation) in actor.relations.enumerated() where k < spans.count {
        guard let b = byID[relation.target], b < a,
          let back = actors[b].relations.first(where: { $0.target == actor.id })
        else { continue }
        diagnostics.append(
          Diagnostic(
            .duplicateRelation, nil,
            "'\(actors[b].id)' already states a relation with '\(actor.id)' ('\(back.type.rawValue)')",
            at: spans[k],
            hint:
              "an actor's page shows the relations to it as well as its own; keep one of the two (with its dates and note)"
          ))
      }
    }
  }

  /// A figure's citation is one of its event's; a citation in a figure's note belongs in `cite`.
  private mutating func checkFigureCitations() {
    for use in figureCitations {
      guard let e = index.eventByID[use.event], use.figure < events[e].figures.count,
        let citation = events[e].figures[use.figure].citation
      else { continue }
      if !events[e].citations.contains(citation) {
        diagnostics.append(
          Diagnostic(
            .figureCitation, nil,
            "the figure cites '\(citation)', which is not among the citations of event '\(use.event)'",
            at: use.span, hint: "add '\(citation)' to the event's 'cite' as well"))
      }
    }
    let documentIDs = Set(documents.map(\.id))
    for event in events {
      for figure in event.figures {
        guard let note = figure.note, note.utf8.contains(UInt8(ascii: "#")) else { continue }
        let cited = note.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," })
          .map { $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
          .compactMap { Citation(parsing: $0) }
          .first { documentIDs.contains($0.document) && $0.section != nil }
        if let cited {
          diagnostics.append(
            Diagnostic(
              .figureCitation, nil,
              "a figure of event '\(event.id)' names the passage '\(cited)' in its note",
              at: event.span,
              hint: "write it as the figure's 'cite: \(cited)' (and among the event's citations)"))
        }
      }
    }
  }

  /// Tags that differ only by case or an ending ("exercise", "exercises") are one tag.
  private mutating func checkSimilarTags() {
    // By distinct tag of each file, then by distinct tag: a large corpus has hundreds of
    // thousands of tags but few forms.
    var uses: [String: (count: Int, first: SourceSpan)] = [:]
    for list in tagLists {
      for (tag, spans) in list {
        if let known = uses[tag] {
          let first = (known.first.file, known.first.offset) < (spans[0].file, spans[0].offset)
          uses[tag] = (known.count + spans.count, first ? known.first : spans[0])
        } else {
          uses[tag] = (spans.count, spans[0])
        }
      }
    }
    var forms: [String: [String]] = [:]
    for tag in uses.keys { forms[WordStem.tagKey(tag), default: []].append(tag) }
    var main: [String: String] = [:]
    for group in forms.values where group.count > 1 {
      let chosen = group.max { a, b in
        let x = uses[a]!
        let y = uses[b]!
        if x.count != y.count { return x.count < y.count }
        return (x.first.file, x.first.offset) > (y.first.file, y.first.offset)
      }!
      for tag in group where tag != chosen { main[tag] = chosen }
    }
    guard !main.isEmpty else { return }
    for list in tagLists {
      for (tag, spans) in list {
        guard let chosen = main[tag] else { continue }
        let count = uses[chosen]!.count
        for span in spans {
          diagnostics.append(
            Diagnostic(
              .similarTag, nil,
              "the tag '\(tag)' differs from the tag '\(chosen)' only by its form", at: span,
              hint:
                "use '\(chosen)' (given \(Counted.text(count, "time"))): filters treat them as two tags"
            ))
        }
      }
    }
  }

  /// An event that comes after another cannot be dated before it, nor after itself.
  private mutating func checkEventOrder() {
    for use in afterSpans {
      guard let e = index.eventByID[use.event], let target = events[e].after,
        let t = index.eventByID[target]
      else { continue }
      if target == use.event {
        diagnostics.append(
          Diagnostic(
            .eventOrder, nil, "event '\(use.event)' comes after itself", at: use.span,
            hint: "name the event this one follows"))
      } else if let last = events[e].date.dayRange.last, let first = events[t].date.dayRange.first,
        last < first
      {
        diagnostics.append(
          Diagnostic(
            .eventOrder, nil,
            "event '\(use.event)' (\(events[e].date.display)) comes after '\(target)', which is dated later (\(events[t].date.display))",
            at: use.span, hint: "correct one of the dates, or remove 'after'"))
      }
    }
  }
}
