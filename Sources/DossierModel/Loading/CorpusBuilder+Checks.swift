/// The checks that need the whole corpus: the wording of mentions in actors' summaries,
/// relations stated from both ends, figures' citations, tags that differ only by an ending, and
/// events placed after another.
extension CorpusBuilder {
  mutating func checkDetails(worker: BuildWorker) {
    checkActorWording()
    checkTwoWayRelations()
    checkFigureCitations()
    diagnostics += worker.similarTags()
    checkEventOrder()
  }

  /// Mentions in actors' summaries (labelled at the end of loading), as the files of the second
  /// stage are checked while parsed.
  private mutating func checkActorWording() {
    var mentionSpans: [String: [SourceSpan]] = [:]
    // Only an actor's summary has an actor as its owner, and only files of actors hold actors.
    for file in actorFiles.sorted() {
      for reference in referenceLists[file] {
        guard case .mention = reference.kind, case .actor(let owner) = reference.owner else {
          continue
        }
        mentionSpans[owner, default: []].append(reference.span)
      }
    }
    let byID = index.actorByID
    var stems = StemMemo()
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
        in: actor.summary, stems: &stems,
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
    // By index: each event read as a whole would be copied.
    for e in events.indices where !events[e].figures.isEmpty {
      for figure in events[e].figures {
        guard let note = figure.note, note.utf8.contains(UInt8(ascii: "#")) else { continue }
        let cited = note.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," })
          .map { $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
          .compactMap { Citation(parsing: $0) }
          .first { documentIDs.contains($0.document) && $0.section != nil }
        if let cited {
          diagnostics.append(
            Diagnostic(
              .figureCitation, nil,
              "a figure of event '\(events[e].id)' names the passage '\(cited)' in its note",
              at: events[e].span,
              hint: "write it as the figure's 'cite: \(cited)' (and among the event's citations)"))
        }
      }
    }
  }

  /// Tags that differ only by case or an ending ("exercise", "exercises") are one tag: the
  /// diagnostics for the tags of every file. A pure function of its input, so that it runs on
  /// another core while the files are merged.
  static func similarTags(_ tagLists: [TagUses]) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    // By distinct tag of each file, then by distinct tag: a large corpus has hundreds of
    // thousands of tags but few forms. Tags are numbered across the corpus as they are met.
    let most = tagLists.reduce(0) { $0 + $1.tags.count }
    var numbers = [String: Int](minimumCapacity: most)
    var names: [String] = []
    var counts: [Int] = []
    var firsts: [SourceSpan] = []
    var fileNumbers: [[Int]] = []
    fileNumbers.reserveCapacity(tagLists.count)
    for list in tagLists {
      var local: [Int] = []
      local.reserveCapacity(list.tags.count)
      for tag in list.tags {
        let first = tag.first
        if let n = numbers[tag.name] {
          counts[n] += tag.count
          if (first.file, first.offset) < (firsts[n].file, firsts[n].offset) { firsts[n] = first }
          local.append(n)
        } else {
          numbers[tag.name] = names.count
          local.append(names.count)
          names.append(tag.name)
          counts.append(tag.count)
          firsts.append(first)
        }
      }
      fileNumbers.append(local)
    }
    var forms: [String: [Int]] = [:]
    for (n, tag) in names.enumerated() { forms[WordStem.tagKey(tag), default: []].append(n) }
    // The tag each other form of a group should be: the most given, then the first given.
    var main = [Int](repeating: -1, count: names.count)
    var any = false
    for group in forms.values where group.count > 1 {
      let chosen = group.max { a, b in
        if counts[a] != counts[b] { return counts[a] < counts[b] }
        return (firsts[a].file, firsts[a].offset) > (firsts[b].file, firsts[b].offset)
      }!
      for n in group where n != chosen { main[n] = chosen }
      any = true
    }
    guard any else { return [] }
    for (list, local) in zip(tagLists, fileNumbers) {
      for use in list.uses {
        let n = local[Int(use.tag)]
        let chosen = main[n]
        guard chosen >= 0 else { continue }
        diagnostics.append(
          Diagnostic(
            .similarTag, nil,
            "the tag '\(names[n])' differs from the tag '\(names[chosen])' only by its form",
            at: use.span,
            hint:
              "use '\(names[chosen])' (given \(Counted.text(counts[chosen], "time"))): filters treat them as two tags"
          ))
      }
    }
    return diagnostics
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
