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
  /// Where each kept event is, in corpus order.
  private var eventSpans: [SourceSpan] = []
  var myths: [Myth] = []
  var disagreements: [Disagreement] = []
  var glossary: [GlossaryEntry] = []
  var reports: [(id: String, citation: Citation, span: SourceSpan)] = []
  /// References of each file, kept per file to avoid copying them into one array.
  var referenceLists: [[Reference]]
  /// The files that declare actors, in corpus order (their summaries' mentions are references).
  var actorFiles: [Int] = []
  /// Links to actors resolved while parsing, per file.
  var actorLinks: [ActorLinks]
  var stanceChecks: [(source: String, citation: Citation, span: SourceSpan)] = []
  /// Where each kept actor's relations name their targets.
  var relationSpans: [String: [SourceSpan]] = [:]
  /// The tags of each file with their places, kept per file (a file has few distinct tags).
  var tagLists: [TagUses] = []
  var figureCitations: [(event: String, figure: Int, span: SourceSpan)] = []
  var afterSpans: [(event: String, span: SourceSpan)] = []
  /// Ids of events and myths dropped for a bad field: references to them are not reported.
  var droppedEvents: Set<String> = []
  var droppedMyths: Set<String> = []
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
  func knownNames() -> KnownNames {
    KnownNames(manifest: manifest ?? .placeholder, actors: actors)
  }

  // MARK: Merging

  /// Whether `id` is new for `kind`; reports a duplicate otherwise.
  private mutating func claim(_ kind: String, _ id: String, at span: SourceSpan) -> Bool {
    if let first = firstSpans[kind, default: [:]].updateValue(span, forKey: id) {
      firstSpans[kind]![id] = first
      reportDuplicate(kind, id, first: first, at: span)
      return false
    }
    return true
  }

  /// Whether event `id` is new; reports a duplicate otherwise. Events are numbered as kept.
  private mutating func claimEvent(_ id: String, at span: SourceSpan) -> Bool {
    if let first = eventClaims[id] {
      reportDuplicate("event", id, first: eventSpans[first], at: span)
      return false
    }
    eventClaims[id] = eventSpans.count
    eventSpans.append(span)
    return true
  }

  private mutating func reportDuplicate(
    _ kind: String, _ id: String, first: SourceSpan, at span: SourceSpan
  ) {
    let file = files[first.file]
    diagnostics.append(
      Diagnostic(
        .duplicateID, nil, "\(kind) '\(id)' is defined twice", at: span,
        hint:
          "the first definition is at \(file.path):\(file.line(of: first.offset)); rename or merge one of them"
      ))
  }

  /// Makes room for `count` more events (before the files that hold them are added).
  mutating func reserveEvents(_ count: Int) {
    eventClaims.reserveCapacity(eventClaims.count + count)
    eventSpans.reserveCapacity(eventSpans.count + count)
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
    if !records.actors.isEmpty { actorFiles.append(file) }
    for (i, (actor, span)) in records.actors.enumerated() where claim("actor", actor.id, at: span) {
      actors.append(actor)
      if i < records.relationSpans.count { relationSpans[actor.id] = records.relationSpans[i] }
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
    if !records.tags.isEmpty { tagLists.append(records.tags) }
    figureCitations += records.figureCitations
    afterSpans += records.afterSpans
    droppedEvents.formUnion(records.droppedEvents)
    droppedMyths.formUnion(records.droppedMyths)
  }

  // MARK: Building

  /// Starts the work of the build that another core does, once every file is parsed: the files
  /// added so far and the contexts of the others (`more`, by file index).
  func startWorker(
    adding more: [(file: Int, context: FileContext?)], known: KnownNames
  )
    -> BuildWorker
  {
    var lists = referenceLists
    var links = actorLinks
    var tags = tagLists
    for (file, context) in more {
      guard let records = context?.records else { continue }
      lists[file] = records.references
      links[file] = records.actorLinks
      if !records.tags.isEmpty { tags.append(records.tags) }
    }
    return BuildWorker(referenceLists: lists, actorLinks: links, tagLists: tags, known: known)
  }

  /// Builds the corpus; `known` is what ``knownNames()`` gave after the first stage, `worker`
  /// what ``startWorker(adding:known:)`` started.
  mutating func build(known: KnownNames, worker: BuildWorker, trace: inout PhaseTrace) -> Corpus {
    let manifest = known.manifest
    // On the worker's core meanwhile: links to actors, then, once the events are in date
    // order, the events of each actor and lane.
    sortEvents()
    // Before the events are shared with the other core: changing them then would copy them all.
    addReports()
    worker.eventsAreSorted(events)
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
    trace.mark("lookups")
    resolveReferences(known)
    trace.mark("resolve")
    checkStances()
    checkMythParents()
    fillLabels()
    checkDetails(worker: worker)
    sortStances()
    trace.mark("labels")
    buildIndexes()
    trace.mark("indexes")
    index.backlinks = CorpusBuilder.otherBacklinks(
      referenceLists: referenceLists, events: events, eventByID: index.eventByID,
      mythByID: index.mythByID, sourceByID: index.sourceByID)
    trace.mark("backlinks")
    worker.wait()
    if let result = worker.eventTables {
      index.eventsByActor = result.byActor
      index.eventsByLane = result.byLane
    }
    if let result = worker.actorTables {
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
    let count = eventSpans.count
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
    var order = keys.indices.sorted { a, b in
      let x = keys[a]
      let y = keys[b]
      if x.day != y.day { return x.day < y.day }
      if x.rank != y.rank { return x.rank > y.rank }
      return x.id < y.id
    }
    order = CorpusBuilder.placeAfter(
      order, after: (0..<count).map { all[$0].after.flatMap { eventClaims[$0] } })
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

  /// Moves each event that comes after another (`after[i]`, an index as in `order`) to just
  /// behind it when the dates alone put it earlier, keeping events that come after the same one
  /// in their order. A cycle of `after` stops after one pass per such event.
  static func placeAfter(_ order: [Int], after: [Int?]) -> [Int] {
    let movers = order.filter { after[$0] != nil && after[$0] != $0 }
    guard !movers.isEmpty else { return order }
    var order = order
    for _ in 0..<movers.count {
      var moved = false
      for j in movers {
        guard let t = after[j], let pj = order.firstIndex(of: j), let pt = order.firstIndex(of: t),
          pj < pt
        else { continue }
        order.remove(at: pj)
        var place = pt  // just behind t, which moved up by one
        while place < order.count, after[order[place]] == t { place += 1 }
        order.insert(j, at: place)
        moved = true
      }
      if !moved { break }
    }
    return order
  }
}
