/// The indexes built at the end of loading: links to actors, backlinks, events by actor and
/// lane, myths by actor, relations and disagreements by item.
extension CorpusBuilder {
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
      // Most lists repeat nothing: look for a repeat before making a new list.
      var repeats = false
      search: for i in 1..<links.count {
        for j in 0..<i where links[j] == links[i] {
          repeats = true
          break search
        }
      }
      guard repeats else { return }
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
    // The last event listed for each actor (an actor can be named twice by one event).
    var lastEvent = [Int](repeating: -1, count: actors.count)
    for i in events.indices {
      func add(_ ids: [String]) {
        for id in ids {
          if let actor = actorByID[id], lastEvent[actor] != i {
            lastEvent[actor] = i
            byActor[actor].append(i)
          }
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
  mutating func buildIndexes() {
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
