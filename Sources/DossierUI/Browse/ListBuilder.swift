import DossierModel
import DossierTUI

/// Builds the entries of each view's list from the corpus.
struct ListBuilder {
  let corpus: Corpus

  /// Documents in the order of their sources' dates; a source without a date sorts by the
  /// dates its stances carry.
  func documents() -> [ListEntry] {
    // Each document's day once (a comparison must not look through every stance).
    var stanceDays: [String: Int] = [:]
    for myth in corpus.myths {
      for stance in myth.stances {
        if let day = stance.date?.sortDay {
          stanceDays[stance.source] = min(stanceDays[stance.source] ?? Int.max, day)
        }
      }
    }
    let days = corpus.documents.map { document in
      corpus.source(document.sourceID)?.date?.sortDay ?? stanceDays[document.sourceID] ?? Int.max
    }
    return corpus.documents.indices.sorted {
      (days[$0], corpus.documents[$0].id) < (days[$1], corpus.documents[$1].id)
    }.map { .item(.document(corpus.documents[$0].id), depth: 0) }
  }

  /// Actors grouped by kind, the most present first (the list counts each group's members).
  func actors() -> [ListEntry] {
    var entries: [ListEntry] = []
    // The most present actors first (by their events), then by name; counted once each.
    let counts = corpus.actors.map { corpus.index.eventsByActor[$0.id]?.count ?? 0 }
    // Each name folded once (folding it at every comparison took most of the start-up's list
    // building at 6,000 actors).
    let names = corpus.actors.map { TextFolding.fold($0.name) }
    for kind in Actor.Kind.allCases {
      let members = corpus.actors.indices.filter { corpus.actors[$0].kind == kind }.sorted {
        counts[$0] != counts[$1] ? counts[$0] > counts[$1] : names[$0] < names[$1]
      }
      guard !members.isEmpty else { continue }
      entries.append(.heading(kind.plural, .heading))
      entries += members.map { .item(.actor(corpus.actors[$0].id), depth: 0) }
    }
    return entries
  }

  /// Events in date order under era and year headings, grouped by ``Corpus/timelineGroups``:
  /// an event belongs to the era holding the middle of its first date, eras never go back, and
  /// a year has one heading even when an era begins inside it ("2014" and "since 2014" sort
  /// before the era that begins in March 2014, and the March events stay under that heading).
  func timeline(_ filter: EventFilter) -> [ListEntry] {
    let events = filter.apply(to: corpus)
    var entries: [ListEntry] = []
    entries.reserveCapacity(events.count + events.count / 8 + 8)
    var era: Int?
    var year: Int?
    for (g, group) in corpus.timelineGroups(events).enumerated() {
      if g == 0 || group.era != era {
        if let index = group.era {
          let current = corpus.manifest.eras[index]
          entries.append(.heading("\(current.name) · \(current.dates.display)", .era))
        } else if g > 0 {
          entries.append(.heading("Outside the named eras", .era))
        }
        era = group.era
      }
      if let y = group.year, y != year {
        year = y
        // A run that opens with a decade or a century is headed as one: "1990s", not "1990".
        let first = events[group.events.lowerBound].date.firstPoint
        let decade = first.map { $0.precision < .year } ?? false
        entries.append(.heading(decade ? "\(y)s" : String(y), .heading))
      }
      for i in group.events { entries.append(.item(.event(events[i].id), depth: 0)) }
    }
    return entries
  }

  /// Myths as a tree: top-level claims with their sub-claims indented below.
  func myths() -> [ListEntry] {
    var entries: [ListEntry] = []
    var visited: Set<String> = []
    func add(_ myth: Myth, depth: Int) {
      guard visited.insert(myth.id).inserted else { return }
      entries.append(.item(.myth(myth.id), depth: depth))
      for child in corpus.index.mythChildren[myth.id] ?? [] {
        if let m = corpus.myth(child) { add(m, depth: depth + 1) }
      }
    }
    // Top-level claims with the largest families first (the backbone of the corpus).
    func descendants(_ id: String) -> Int {
      (corpus.index.mythChildren[id] ?? []).reduce(0) { $0 + 1 + descendants($1) }
    }
    let roots = corpus.myths.enumerated()
      .filter { $0.element.parent == nil || corpus.myth($0.element.parent!) == nil }
      .sorted {
        (descendants($0.element.id), -$0.offset) > (descendants($1.element.id), -$1.offset)
      }
    for (_, myth) in roots { add(myth, depth: 0) }
    for myth in corpus.myths { add(myth, depth: 0) }
    return entries
  }

  /// Each actor's name and aliases, by id: an event is found by the names of its actors.
  static func actorNames(_ corpus: Corpus) -> [String: String] {
    var names: [String: String] = [:]
    names.reserveCapacity(corpus.actors.count)
    for actor in corpus.actors {
      names[actor.id] = ([actor.name] + actor.aliases).joined(separator: " \n ")
    }
    return names
  }

  /// The text a `/` filter looks in for an item: what its row shows, its id, and the names
  /// and aliases of the actors it concerns (so `/lukashenko` keeps his events), one field a
  /// line so that no phrase runs from one field into the next.
  static func haystack(_ ref: ItemRef, corpus: Corpus, actorNames: [String: String]) -> String {
    switch ref {
    case .actor(let id):
      guard let a = corpus.actor(id) else { return id }
      return ([a.name, a.id, a.kind.rawValue] + a.aliases).joined(separator: " \n ")
    case .event(let id):
      guard let i = corpus.index.eventByID[id] else { return id }
      // The date as written (2009-02) and any display text; formatting every date is too slow
      // for 100,000 events. Fields are read in place: a copy of the event retains every field.
      var text =
        corpus.events[i].title + " \n " + corpus.events[i].date.text + " \n "
        + (corpus.events[i].display ?? "") + " \n " + id + " \n " + corpus.events[i].lane
      for actor in corpus.events[i].actors {
        if let names = actorNames[actor] { text += " \n " + names }
      }
      return text
    case .myth(let id):
      guard let m = corpus.myth(id) else { return id }
      return [m.claim.plain, m.id, corpus.verdict(m.verdict)?.label ?? ""].joined(
        separator: " \n ")
    case .document(let id):
      guard let d = corpus.document(id) else { return id }
      return [d.title, d.id, corpus.source(d.sourceID)?.title ?? ""].joined(separator: " \n ")
    case .diagnostic(let n):
      guard n < corpus.diagnostics.count else { return "" }
      let d = corpus.diagnostics[n]
      return d.message + " \n " + d.id.rawValue
    default:
      return corpus.title(of: ref)
    }
  }
}

extension String {
  /// Case- and diacritic-insensitive ordering for names.
  func localizedStandardCompareFolded(_ other: String) -> Bool {
    TextFolding.fold(self) < TextFolding.fold(other)
  }
}

extension Corpus {
  /// The era whose dates contain the start of `date`.
  func era(containing date: EDTFDate) -> Era? {
    let day = date.sortDay
    return manifest.eras.last { era in
      let range = era.dates.dayRange
      return (range.first ?? Int.min) <= day && day <= (range.last ?? Int.max)
    }
  }

  /// Every paragraph of a document with its citation, in reading order.
  func paragraphs(
    of documentID: String
  ) -> [(citation: Citation, section: Section, paragraph: Paragraph)] {
    guard let document = document(documentID) else { return [] }
    var result: [(Citation, Section, Paragraph)] = []
    for section in document.sections {
      for paragraph in section.paragraphs {
        result.append(
          (
            Citation(document: document.id, section: section.id, paragraph: paragraph.number),
            section, paragraph
          ))
      }
    }
    return result
  }
}
