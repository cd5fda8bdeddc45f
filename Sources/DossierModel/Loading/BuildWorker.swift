import Dispatch

/// The parts of building a corpus done on another core, started as soon as every file is parsed
/// (while the files are merged on this one): the check of similar tags, the links to actors,
/// and, once the events are in date order, the events of each actor and lane. Each is a pure
/// function of what the files gave.
final class BuildWorker: @unchecked Sendable {
  private let done = DispatchGroup()
  private let tagsDone = DispatchSemaphore(value: 0)
  private let eventsSorted = DispatchSemaphore(value: 0)
  private var sortedEvents: [Event]?
  private var tagDiagnostics: [Diagnostic] = []
  /// Each actor's backlinks (by actor index) and mentions; read after ``wait()``.
  private(set) var actorTables: (backlinks: [[ItemRef]], mentions: [String: [ItemRef]])?
  /// The events of each actor and lane; read after ``wait()``.
  private(set) var eventTables: (byActor: [String: [Int]], byLane: [String: [Int]])?

  /// Starts the work on the files' references, links to actors and tags (`referenceLists` and
  /// `actorLinks` by file index).
  init(
    referenceLists: [[Reference]], actorLinks: [ActorLinks], tagLists: [TagUses],
    known: KnownNames
  ) {
    let actorIDs = known.actors.map(\.id)
    let lanes = known.manifest.lanes.map(\.id)
    DispatchQueue.global().async(group: done) { [self] in
      tagDiagnostics = CorpusBuilder.similarTags(tagLists)
      tagsDone.signal()
      actorTables = CorpusBuilder.actorTables(
        referenceLists: referenceLists, actorLinks: actorLinks, actors: actorIDs,
        actorByID: known.actorByID)
      eventsSorted.wait()
      guard let events = sortedEvents else { return }
      eventTables = CorpusBuilder.eventTables(
        events: events, actors: actorIDs, actorByID: known.actorByID, lanes: lanes)
    }
  }

  /// The diagnostics of similar tags, once they are found.
  func similarTags() -> [Diagnostic] {
    tagsDone.wait()
    tagsDone.signal()
    return tagDiagnostics
  }

  /// Hands over the events in date order (once: they are not changed after).
  func eventsAreSorted(_ events: [Event]) {
    sortedEvents = events
    eventsSorted.signal()
  }

  /// Waits until every part is done.
  func wait() { done.wait() }
}
