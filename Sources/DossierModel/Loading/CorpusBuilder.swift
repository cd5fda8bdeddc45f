import Dispatch

/// Merges the records of every file, reports duplicates and unresolved references, fills in
/// mention labels and builds the indexes.
struct CorpusBuilder {
  let root: String
  let files: [SourceFile]
  var diagnostics: [Diagnostic] = []
  var manifest: Manifest?
  var sources: [Source] = []
  var actors: [Actor] = []
  var documents: [Document] = []
  var events: [Event] = []
  var myths: [Myth] = []
  var disagreements: [Disagreement] = []
  var glossary: [GlossaryEntry] = []
  var reports: [(id: String, citation: Citation, span: SourceSpan)] = []
  /// References of each file, kept per file to avoid copying them into one array.
  var referenceLists: [[Reference]] = []
  var stanceChecks: [(source: String, citation: Citation, span: SourceSpan)] = []
  var index = CorpusIndex()
  /// Where each id was first defined, per kind, for duplicate messages.
  private var firstSpans: [String: [String: SourceSpan]] = [:]

  init(root: String, files: [SourceFile]) {
    self.root = root
    self.files = files
  }

  // MARK: Merging

  /// Whether `id` is new for `kind`; reports a duplicate otherwise.
  private mutating func claim(_ kind: String, _ id: String, at span: SourceSpan) -> Bool {
    if let first = firstSpans[kind, default: [:]].updateValue(span, forKey: id) {
      firstSpans[kind]![id] = first
      let file = files[first.file]
      let line = file.line(of: first.offset)
      diagnostics.append(
        Diagnostic(
          .duplicateID, nil, "\(kind) '\(id)' is defined twice", at: span,
          hint: "the first definition is at \(file.path):\(line); rename or merge one of them"))
      return false
    }
    return true
  }

  mutating func add(_ records: ParsedRecords) {
    if let (manifest, span) = records.manifest, claim("manifest", "corpus", at: span) {
      self.manifest = manifest
    }
    for (source, span) in records.sources where claim("source", source.id, at: span) {
      sources.append(source)
    }
    for (actor, span) in records.actors where claim("actor", actor.id, at: span) {
      actors.append(actor)
    }
    for (document, span) in records.documents where claim("document", document.id, at: span) {
      documents.append(document)
    }
    for event in records.events where claim("event", event.id, at: event.span) {
      events.append(event)
    }
    for (myth, span) in records.myths where claim("myth", myth.id, at: span) {
      myths.append(myth)
    }
    for (item, span) in records.disagreements where claim("disagreement", item.id, at: span) {
      disagreements.append(item)
    }
    for (entry, span) in records.glossary where claim("glossary entry", entry.id, at: span) {
      glossary.append(entry)
    }
    reports += records.reports
    referenceLists.append(records.references)
    stanceChecks += records.stanceChecks
  }

  // MARK: Building

  mutating func build(trace: inout PhaseTrace) -> Corpus {
    let manifest = self.manifest ?? .placeholder
    // Sort by date through a permutation: events are large values, cheaper to move once.
    let keys = events.map { (day: $0.date.sortDay, rank: $0.date.precisionRank, id: $0.id) }
    let order = keys.indices.sorted { a, b in
      let x = keys[a]
      let y = keys[b]
      if x.day != y.day { return x.day < y.day }
      if x.rank != y.rank { return x.rank > y.rank }
      return x.id < y.id
    }
    events = order.map { events[$0] }
    func lookup(_ ids: [String]) -> [String: Int] {
      var table = [String: Int](minimumCapacity: ids.count)
      for (i, id) in ids.enumerated() where table[id] == nil { table[id] = i }
      return table
    }
    index.sourceByID = lookup(sources.map(\.id))
    index.actorByID = lookup(actors.map(\.id))
    index.eventByID = lookup(events.map(\.id))
    index.mythByID = lookup(myths.map(\.id))
    index.documentByID = lookup(documents.map(\.id))
    index.disagreementByID = lookup(disagreements.map(\.id))
    index.glossaryByID = lookup(glossary.map(\.id))
    for (i, actor) in actors.enumerated() {
      for name in [actor.id, actor.name] + actor.aliases {
        let key = TextFolding.fold(name)
        if index.actorsByFoldedName[key]?.last != i {
          index.actorsByFoldedName[key, default: []].append(i)
        }
      }
    }

    addReports()
    trace.mark("lookups")
    // Backlinks and mentions on another core, while diagnostics and labels are done here.
    let tables = ParallelResults<(backlinks: [ItemRef: [ItemRef]], mentions: [String: [ItemRef]])>(
      count: 1)
    let group = DispatchGroup()
    let (lists, citations) = (referenceLists, events.map { (id: $0.id, citations: $0.citations) })
    let (actorIDs, eventIDs, mythIDs, sourceIDs) = (
      index.actorByID, index.eventByID, index.mythByID, index.sourceByID
    )
    DispatchQueue.global().async(group: group) {
      tables.set(
        0,
        CorpusBuilder.linkTables(
          referenceLists: lists, eventCitations: citations, actorByID: actorIDs,
          eventByID: eventIDs, mythByID: mythIDs, sourceByID: sourceIDs))
    }
    resolveReferences(manifest)
    trace.mark("resolve")
    checkStances()
    fillLabels()
    sortStances()
    trace.mark("labels")
    group.wait()
    if let result = tables.values.first {
      index.backlinks = result.backlinks
      index.mentions = result.mentions
    }
    trace.mark("links")
    buildIndexes()
    trace.mark("indexes")

    diagnostics.sort { a, b in
      switch (a.span, b.span) {
      case (nil, nil): return (a.path ?? "") < (b.path ?? "")
      case (nil, _): return true
      case (_, nil): return false
      case (let x?, let y?): return (x.file, x.offset) < (y.file, y.offset)
      }
    }
    return Corpus(
      root: root, files: files, manifest: manifest, sources: sources, actors: actors,
      documents: documents, events: events, myths: myths, disagreements: disagreements,
      glossary: glossary, diagnostics: diagnostics, index: index)
  }

  // MARK: Resolution

  private mutating func unknown(
    _ id: DiagnosticID, _ noun: String, _ value: String, at span: SourceSpan, candidates: [String]
  ) {
    diagnostics.append(
      Diagnostic(
        id, nil, "unknown \(noun) '\(value)'", at: span,
        hint: Suggestions.hint(for: value, among: candidates)))
  }

  private mutating func resolveReferences(_ manifest: Manifest) {
    let laneIDs = Set(manifest.lanes.map(\.id))
    let verdictIDs = Set(manifest.verdicts.map(\.id))
    for references in referenceLists {
      for reference in references {
        let value = reference.id
        switch reference.kind {
        case .actor, .mention:
          if index.actorByID[value] == nil { unknownActor(value, at: reference.span) }
        case .event:
          if index.eventByID[value] == nil {
            unknown(.unknownEvent, "event", value, at: reference.span, candidates: events.map(\.id))
          }
        case .source:
          if index.sourceByID[value] == nil {
            unknown(
              .unknownSource, "source", value, at: reference.span, candidates: sources.map(\.id))
          }
        case .myth:
          if index.mythByID[value] == nil {
            unknown(.unknownMyth, "myth", value, at: reference.span, candidates: myths.map(\.id))
          }
        case .lane:
          if !laneIDs.contains(value) {
            diagnostics.append(
              Diagnostic(
                .unknownLane, nil, "unknown lane '\(value)'", at: reference.span,
                hint: Suggestions.hint(for: value, among: Array(laneIDs))
                  ?? "the manifest defines: \(manifest.lanes.map(\.id).joined(separator: ", "))"))
          }
        case .verdict:
          if !verdictIDs.contains(value) {
            diagnostics.append(
              Diagnostic(
                .unknownVerdict, nil, "unknown verdict '\(value)'", at: reference.span,
                hint: Suggestions.hint(for: value, among: Array(verdictIDs))
                  ?? "use one of: \(manifest.verdicts.map(\.id).joined(separator: ", "))"))
          }
        case .item:
          if index.eventByID[value] == nil, index.actorByID[value] == nil,
            index.mythByID[value] == nil
          {
            unknown(
              .unknownEvent, "event, actor or myth", value, at: reference.span,
              candidates: events.map(\.id) + actors.map(\.id) + myths.map(\.id))
          }
        case .citation(let citation):
          resolve(citation, at: reference.span)
        }
      }
    }
  }

  private mutating func unknownActor(_ value: String, at span: SourceSpan) {
    let folded = TextFolding.fold(value)
    var hint: String?
    if let match = index.actorsByFoldedName[folded]?.first {
      hint = "did you mean '\(actors[match].id)'? ('\(value)' is a name of \(actors[match].name))"
    } else {
      var names: [String: String] = [:]
      for actor in actors {
        names[actor.id] = actor.id
        for alias in actor.aliases + [actor.name] {
          names[Identifier.slug(alias)] = actor.id
        }
      }
      if let near = Suggestions.nearest(value, among: Array(names.keys)), let id = names[near] {
        hint = "did you mean '\(id)'?"
      }
    }
    diagnostics.append(
      Diagnostic(.unknownActor, nil, "unknown actor '\(value)'", at: span, hint: hint))
  }

  private mutating func resolve(_ citation: Citation, at span: SourceSpan) {
    guard let d = index.documentByID[citation.document] else {
      unknown(
        .unknownDocument, "document", citation.document, at: span,
        candidates: documents.map(\.id))
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
            : "it has \(count) paragraph\(count == 1 ? "" : "s")"))
    }
  }

  private mutating func addReports() {
    for report in reports {
      guard let e = index.eventByID[report.id] else { continue }
      if !events[e].citations.contains(report.citation) {
        events[e].citations.append(report.citation)
      }
    }
  }

  private mutating func checkStances() {
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

  /// Replaces empty labels of bare mentions with actor names.
  private mutating func fillLabels() {
    let names = Dictionary(actors.map { ($0.id, $0.name) }) { a, _ in a }
    let name: (String) -> String? = { names[$0] }
    for i in actors.indices { actors[i].summary.resolveLabels(name) }
    for i in events.indices {
      events[i].summary.resolveLabels(name)
      events[i].location?.resolveLabels(name)
    }
    for d in documents.indices {
      documents[d].summary?.resolveLabels(name)
      for s in documents[d].sections.indices {
        for p in documents[d].sections[s].paragraphs.indices {
          documents[d].sections[s].paragraphs[p].text.resolveLabels(name)
        }
      }
    }
    for m in myths.indices {
      myths[m].claim.resolveLabels(name)
      myths[m].conclusion.resolveLabels(name)
      for e in myths[m].evidence.indices { myths[m].evidence[e].note?.resolveLabels(name) }
      for s in myths[m].stances.indices { myths[m].stances[s].reason.resolveLabels(name) }
    }
    for d in disagreements.indices {
      disagreements[d].note.resolveLabels(name)
      for v in disagreements[d].versions.indices {
        disagreements[d].versions[v].says.resolveLabels(name)
      }
    }
    for g in glossary.indices { glossary[g].definition.resolveLabels(name) }
  }

  /// Gives each stance its source's date when it has none, and orders stances by date.
  private mutating func sortStances() {
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

  // MARK: Indexes

  /// Backlinks and mentions from every reference and every event's citations. A pure function
  /// of its inputs, so that it runs on another core while labels and diagnostics are done.
  static func linkTables(
    referenceLists: [[Reference]], eventCitations: [(id: String, citations: [Citation])],
    actorByID: [String: Int], eventByID: [String: Int], mythByID: [String: Int],
    sourceByID: [String: Int]
  ) -> (backlinks: [ItemRef: [ItemRef]], mentions: [String: [ItemRef]]) {
    var backlinks: [ItemRef: [ItemRef]] = [:]
    var mentions: [String: [ItemRef]] = [:]
    func link(_ target: ItemRef, from owner: ItemRef) {
      guard target != owner else { return }
      backlinks[target, default: []].append(owner)
    }
    for references in referenceLists {
      for reference in references {
        let owner = reference.owner
        switch reference.kind {
        case .mention:
          guard actorByID[reference.id] != nil else { continue }
          // Mentions are the actor's backlinks from prose; they are listed once, here.
          if mentions[reference.id]?.last != owner {
            mentions[reference.id, default: []].append(owner)
          }
        case .actor:
          if actorByID[reference.id] != nil { link(.actor(reference.id), from: owner) }
        case .event:
          if eventByID[reference.id] != nil { link(.event(reference.id), from: owner) }
        case .myth:
          if mythByID[reference.id] != nil { link(.myth(reference.id), from: owner) }
        case .source:
          if sourceByID[reference.id] != nil { link(.source(reference.id), from: owner) }
        case .citation(let citation):
          link(ItemRef(citation: citation), from: owner)
        case .item:
          if eventByID[reference.id] != nil { link(.event(reference.id), from: owner) }
          if actorByID[reference.id] != nil { link(.actor(reference.id), from: owner) }
          if mythByID[reference.id] != nil { link(.myth(reference.id), from: owner) }
        case .lane, .verdict:
          continue
        }
      }
    }
    for event in eventCitations {
      for citation in event.citations { link(ItemRef(citation: citation), from: .event(event.id)) }
    }
    // Keep the first of each repeated backlink, in order.
    for key in Array(backlinks.keys) {
      let links = backlinks[key]!
      guard links.count > 1 else { continue }
      if links.count <= 12 {
        var unique: [ItemRef] = []
        for link in links where !unique.contains(link) { unique.append(link) }
        if unique.count != links.count { backlinks[key] = unique }
      } else {
        var seen: Set<ItemRef> = []
        backlinks[key] = links.filter { seen.insert($0).inserted }
      }
    }
    return (backlinks, mentions)
  }

  private mutating func buildIndexes() {
    for (i, event) in events.enumerated() {
      for actor in event.actors + event.associated where index.actorByID[actor] != nil {
        if index.eventsByActor[actor]?.last != i {
          index.eventsByActor[actor, default: []].append(i)
        }
      }
      index.eventsByLane[event.lane, default: []].append(i)
    }
    for (m, myth) in myths.enumerated() {
      var concerned = myth.heldBy + myth.claim.mentionedActors + myth.conclusion.mentionedActors
      for evidence in myth.evidence {
        if case .event(let id) = evidence.target, let e = index.eventByID[id] {
          concerned += events[e].actors
        }
      }
      var seen: Set<String> = []
      for actor in concerned where index.actorByID[actor] != nil && seen.insert(actor).inserted {
        index.mythsByActor[actor, default: []].append(m)
      }
      if let parent = myth.parent { index.mythChildren[parent, default: []].append(myth.id) }
    }
    for actor in actors {
      for relation in actor.relations where index.actorByID[relation.target] != nil {
        index.incomingRelations[relation.target, default: []].append((actor.id, relation))
      }
    }
    for (d, disagreement) in disagreements.enumerated() {
      var items: [ItemRef] = []
      if let about = disagreement.about {
        if index.eventByID[about] != nil { items.append(.event(about)) }
        if index.actorByID[about] != nil { items.append(.actor(about)) }
        if index.mythByID[about] != nil { items.append(.myth(about)) }
      }
      for version in disagreement.versions {
        if let id = version.event { items.append(.event(id)) }
        if let id = version.actor { items.append(.actor(id)) }
        if let id = version.myth { items.append(.myth(id)) }
        items.append(ItemRef(citation: version.citation))
      }
      for item in items where index.disagreementsByItem[item]?.contains(d) != true {
        index.disagreementsByItem[item, default: []].append(d)
      }
    }
  }
}
