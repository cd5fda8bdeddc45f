import Dispatch

/// Merges the records of every file, reports duplicates and unresolved references, fills in
/// mention labels and builds the indexes.
struct CorpusBuilder {
  let root: String
  /// Every file of the corpus, filled in as each stage of parsing ends.
  var files: [SourceFile]
  var diagnostics: [Diagnostic] = []
  var manifest: Manifest?
  var sources: [Source] = []
  var actors: [Actor] = []
  var documents: [Document] = []
  /// Events in date order, once built.
  var events: [Event] = []
  /// The events of each file as parsed, with whether each one is kept (not a duplicate).
  private var eventLists: [(events: [Event], kept: [Bool])] = []
  /// The index of each event id among the kept events, in corpus order.
  private var eventClaims: [String: Int] = [:]
  private var keptEvents = 0
  private var eventSpans: [SourceSpan] = []
  var myths: [Myth] = []
  var disagreements: [Disagreement] = []
  var glossary: [GlossaryEntry] = []
  var reports: [(id: String, citation: Citation, span: SourceSpan)] = []
  /// References of each file, kept per file to avoid copying them into one array.
  var referenceLists: [[Reference]]
  /// Links to actors resolved while parsing, per file.
  var actorLinks: [ActorLinks]
  /// The manifest and actors, once the first stage is merged.
  private var known: KnownNames?
  var stanceChecks: [(source: String, citation: Citation, span: SourceSpan)] = []
  var index = CorpusIndex()
  /// Where each id was first defined, per kind, for duplicate messages.
  private var firstSpans: [String: [String: SourceSpan]] = [:]

  init(root: String, fileCount: Int) {
    self.root = root
    files = Array(repeating: SourceFile(path: "", bytes: []), count: fileCount)
    referenceLists = Array(repeating: [], count: fileCount)
    actorLinks = Array(repeating: ActorLinks(), count: fileCount)
  }

  /// The manifest and actors merged so far, for the second stage of parsing.
  mutating func knownNames() -> KnownNames {
    let known = KnownNames(manifest: manifest ?? .placeholder, actors: actors)
    self.known = known
    return known
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

  /// Whether event `id` is new; reports a duplicate otherwise.
  private mutating func claimEvent(_ id: String, at span: SourceSpan) -> Bool {
    if let first = eventClaims[id] {
      let firstSpan = eventSpans[first]
      let file = files[firstSpan.file]
      diagnostics.append(
        Diagnostic(
          .duplicateID, nil, "event '\(id)' is defined twice", at: span,
          hint:
            "the first definition is at \(file.path):\(file.line(of: firstSpan.offset)); rename or merge one of them"
        ))
      return false
    }
    eventClaims[id] = keptEvents
    eventSpans.append(span)
    keptEvents += 1
    return true
  }

  /// Adds file `file` after intake and parsing; files of one kind are added in corpus order.
  mutating func add(_ intake: Intake, _ context: FileContext?, file: Int) {
    files[file] = intake.file
    diagnostics += intake.diagnostics
    guard let context else { return }
    diagnostics += context.diagnostics
    add(context.takeRecords(), file: file)
  }

  private mutating func add(_ records: ParsedRecords, file: Int) {
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
    // Events are many and large: they are moved once, into date order, when the corpus is built.
    var kept = [Bool](repeating: true, count: records.events.count)
    for i in records.events.indices
    where !claimEvent(records.events[i].id, at: records.events[i].span) {
      kept[i] = false
    }
    eventLists.append((records.events, kept))
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
    referenceLists[file] = records.references
    actorLinks[file] = records.actorLinks
    stanceChecks += records.stanceChecks
  }

  // MARK: Building

  mutating func build(trace: inout PhaseTrace) -> Corpus {
    let manifest = self.manifest ?? .placeholder
    let known = self.known ?? KnownNames(manifest: manifest, actors: actors)
    // On another core: links to actors (most links), then, once the events are in date order,
    // the events of each actor and lane. The rest is done here meanwhile.
    let actorTables = ParallelResults<(backlinks: [[ItemRef]], mentions: [String: [ItemRef]])>(
      count: 1)
    let sorted = ParallelResults<[Event]>(count: 1)
    let eventTables = ParallelResults<(byActor: [String: [Int]], byLane: [String: [Int]])>(
      count: 1)
    let eventsSorted = DispatchSemaphore(value: 0)
    let group = DispatchGroup()
    let (lists, links, actorIDs) = (referenceLists, actorLinks, actors.map(\.id))
    let lanes = manifest.lanes.map(\.id)
    DispatchQueue.global().async(group: group) {
      actorTables.set(
        0,
        CorpusBuilder.actorTables(
          referenceLists: lists, actorLinks: links, actors: actorIDs, actorByID: known.actorByID))
      eventsSorted.wait()
      guard let events = sorted.values.first else { return }
      eventTables.set(
        0,
        CorpusBuilder.eventTables(
          events: events, actors: actorIDs, actorByID: known.actorByID, lanes: lanes))
    }
    sortEvents()
    sorted.set(0, events)
    eventsSorted.signal()
    func lookup(_ ids: [String]) -> [String: Int] {
      var table = [String: Int](minimumCapacity: ids.count)
      for (i, id) in ids.enumerated() where table[id] == nil { table[id] = i }
      return table
    }
    index.sourceByID = lookup(sources.map(\.id))
    index.actorByID = known.actorByID
    index.mythByID = lookup(myths.map(\.id))
    index.documentByID = lookup(documents.map(\.id))
    index.disagreementByID = lookup(disagreements.map(\.id))
    index.glossaryByID = lookup(glossary.map(\.id))
    index.actorsByFoldedName = known.actorsByFoldedName

    addReports()
    trace.mark("lookups")
    resolveReferences(known)
    trace.mark("resolve")
    checkStances()
    fillLabels()
    sortStances()
    trace.mark("labels")
    buildIndexes()
    trace.mark("indexes")
    index.backlinks = CorpusBuilder.otherBacklinks(
      referenceLists: referenceLists, events: events, eventByID: index.eventByID,
      mythByID: index.mythByID, sourceByID: index.sourceByID)
    trace.mark("backlinks")
    group.wait()
    if let result = eventTables.values.first {
      index.eventsByActor = result.byActor
      index.eventsByLane = result.byLane
    }
    if let result = actorTables.values.first {
      for (actor, links) in result.backlinks.enumerated() where !links.isEmpty {
        index.backlinks[.actor(actors[actor].id)] = links
      }
      index.mentions = result.mentions
    }
    trace.mark("actor links")

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

  /// Moves the kept events of every file into one array in date order, and indexes their ids.
  /// Each event is moved twice and never copied: copying retains every field of the value.
  private mutating func sortEvents() {
    let count = keptEvents
    let all = UnsafeMutablePointer<Event>.allocate(capacity: count)
    defer { all.deallocate() }
    var next = count
    for f in eventLists.indices.reversed() {
      let kept = eventLists[f].kept
      var i = kept.count
      while let event = eventLists[f].events.popLast() {
        i -= 1
        if kept[i] {
          next -= 1
          (all + next).initialize(to: event)
        }
      }
    }
    eventLists = []
    let keys = (0..<count).map { i in
      (day: all[i].date.sortDay, rank: all[i].date.precisionRank, id: all[i].id)
    }
    let order = keys.indices.sorted { a, b in
      let x = keys[a]
      let y = keys[b]
      if x.day != y.day { return x.day < y.day }
      if x.rank != y.rank { return x.rank > y.rank }
      return x.id < y.id
    }
    var position = [Int](repeating: 0, count: count)
    events = Array(unsafeUninitializedCapacity: count) { buffer, initialized in
      for (i, j) in order.enumerated() {
        (buffer.baseAddress! + i).moveInitialize(from: all + j, count: 1)
        position[j] = i
      }
      initialized = count
    }
    index.eventByID = eventClaims.mapValues { position[$0] }
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

  private mutating func resolveReferences(_ known: KnownNames) {
    for references in referenceLists {
      for reference in references {
        let value = reference.id
        switch reference.kind {
        case .actor, .mention, .lane, .verdict:
          if let problem = known.check(reference.kind, value, at: reference.span) {
            diagnostics.append(problem)
          }
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

  /// Replaces empty labels of bare mentions with actor names in the actors' own summaries (the
  /// files of the second stage are labelled while they are parsed).
  private mutating func fillLabels() {
    let names = Dictionary(actors.map { ($0.id, $0.name) }) { a, _ in a }
    let name: (String) -> String? = { names[$0] }
    for i in actors.indices { actors[i].summary.resolveLabels(name) }
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

  /// Links to actors: each actor's backlinks (by actor index) and mentions, from the links
  /// resolved while parsing and from the references of the first stage. A pure function of its
  /// inputs, so that it runs on another core while the events are sorted and indexed.
  static func actorTables(
    referenceLists: [[Reference]], actorLinks: [ActorLinks], actors: [String],
    actorByID: [String: Int]
  ) -> (backlinks: [[ItemRef]], mentions: [String: [ItemRef]]) {
    var backlinks = [[ItemRef]](repeating: [], count: actors.count)
    var mentionLists = [[ItemRef]](repeating: [], count: actors.count)
    /// The file and owner index of the latest mention of each actor resolved while parsing.
    var lastMention = [Int64](repeating: -1, count: actors.count)
    func link(_ actor: Int, from owner: ItemRef) {
      if case .actor(let id) = owner, id == actors[actor] { return }
      backlinks[actor].append(owner)
    }
    func mention(_ actor: Int, by owner: ItemRef) {
      if mentionLists[actor].last != owner { mentionLists[actor].append(owner) }
      lastMention[actor] = -1
    }
    for (file, (references, links)) in zip(referenceLists, actorLinks).enumerated() {
      for link in links.mentions {
        let actor = Int(link.actor)
        let key = Int64(file) << 32 | Int64(link.owner)
        // Owners are listed once per run, so the same index means the same owner.
        guard lastMention[actor] != key else { continue }
        lastMention[actor] = key
        let owner = links.owners[Int(link.owner)]
        if mentionLists[actor].last != owner { mentionLists[actor].append(owner) }
      }
      // Links resolved while parsing go in their place among the file's other references.
      var pending = links.fields[...]
      for (position, reference) in references.enumerated() {
        while let next = pending.first, next.position <= position {
          link(Int(next.actor), from: links.owners[Int(next.owner)])
          pending = pending.dropFirst()
        }
        switch reference.kind {
        case .mention:
          // Mentions are the actor's backlinks from prose; they are listed once, here.
          if let actor = actorByID[reference.id] { mention(actor, by: reference.owner) }
        case .actor, .item:
          if let actor = actorByID[reference.id] { link(actor, from: reference.owner) }
        default:
          continue
        }
      }
      for next in pending { link(Int(next.actor), from: links.owners[Int(next.owner)]) }
    }
    for actor in backlinks.indices { firstOfEach(&backlinks[actor]) }
    var mentions = [String: [ItemRef]](minimumCapacity: actors.count)
    for (actor, owners) in mentionLists.enumerated() where !owners.isEmpty {
      mentions[actors[actor]] = owners
    }
    return (backlinks, mentions)
  }

  /// Backlinks to everything but actors: from references to events, myths, sources and
  /// passages, and from every event to the passages it cites.
  static func otherBacklinks(
    referenceLists: [[Reference]], events: [Event], eventByID: [String: Int],
    mythByID: [String: Int], sourceByID: [String: Int]
  ) -> [ItemRef: [ItemRef]] {
    var backlinks = [ItemRef: [ItemRef]](minimumCapacity: events.count)
    func link(_ target: ItemRef, from owner: ItemRef) {
      guard target != owner else { return }
      backlinks[target, default: []].append(owner)
    }
    for references in referenceLists {
      for reference in references {
        let owner = reference.owner
        switch reference.kind {
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
          if mythByID[reference.id] != nil { link(.myth(reference.id), from: owner) }
        case .actor, .mention, .lane, .verdict:
          continue
        }
      }
    }
    for e in events.indices {
      for citation in events[e].citations {
        link(ItemRef(citation: citation), from: .event(events[e].id))
      }
    }
    // By index, without holding on to the values: a view kept alive would copy the table.
    var i = backlinks.values.startIndex
    while i != backlinks.values.endIndex {
      firstOfEach(&backlinks.values[i])
      backlinks.values.formIndex(after: &i)
    }
    return backlinks
  }

  /// Keeps the first of each repeated link, in order.
  private static func firstOfEach(_ links: inout [ItemRef]) {
    guard links.count > 1 else { return }
    if links.count <= 12 {
      var unique: [ItemRef] = []
      for link in links where !unique.contains(link) { unique.append(link) }
      if unique.count != links.count { links = unique }
    } else {
      var seen: Set<ItemRef> = []
      links = links.filter { seen.insert($0).inserted }
    }
  }

  /// The events (in date order) of each actor, primary or associated, and of each lane.
  static func eventTables(
    events: [Event], actors: [String], actorByID: [String: Int], lanes: [String]
  ) -> (byActor: [String: [Int]], byLane: [String: [Int]]) {
    // By actor and lane index first: hashing every id of every event is slow.
    var byActor = [[Int]](repeating: [], count: actors.count)
    var byLane = [[Int]](repeating: [], count: lanes.count)
    var otherLanes: [String: [Int]] = [:]
    for i in events.indices {
      func add(_ ids: [String]) {
        for id in ids {
          if let actor = actorByID[id], byActor[actor].last != i { byActor[actor].append(i) }
        }
      }
      add(events[i].actors)
      add(events[i].associated)
      let lane = events[i].lane
      if let l = lanes.firstIndex(of: lane) {
        byLane[l].append(i)
      } else {
        otherLanes[lane, default: []].append(i)
      }
    }
    var actorTable = [String: [Int]](minimumCapacity: actors.count)
    for (actor, list) in byActor.enumerated() where !list.isEmpty {
      actorTable[actors[actor]] = list
    }
    for (l, list) in byLane.enumerated() where !list.isEmpty {
      otherLanes[lanes[l], default: []] += list
    }
    return (actorTable, otherLanes)
  }

  /// Myths by actor, sub-claims, incoming relations and disagreements by item.
  private mutating func buildIndexes() {
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
