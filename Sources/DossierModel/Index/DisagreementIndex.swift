/// Which disagreements concern each item — directly, or through the events, passages and
/// sub-claims it links to — and every disagreement grouped by aspect.
///
/// A disagreement names what it is about (`about`), the records each version states (`event`,
/// `actor`, `myth`) and the passage each version comes from. ``CorpusIndex/disagreementsByItem``
/// holds only those direct links; this index also follows them one step:
/// - an actor is concerned by the disagreements about the events it is a primary actor of;
/// - an event by those whose versions cite a passage that declares, reports or is cited by it;
/// - a myth by those about its evidence events or passages and about its sub-claims;
/// - a source, document, section or paragraph by those whose versions cite it (or a passage in it).
public struct DisagreementIndex: Sendable {
  /// How a disagreement concerns an item.
  public enum Relation: Sendable, Hashable {
    /// The disagreement is about the item.
    case about
    /// A version states the item (its `event`, `actor` or `myth`).
    case version
    /// A version cites the item, or a passage inside it.
    case cites
    /// Through an event: the actor's event, or the myth's evidence event.
    case event(String)
    /// Through a passage the event cites or the myth gives as evidence.
    case passage(Citation)
    /// Through a sub-claim of the myth.
    case subClaim(String)

    /// Direct relations sort before indirect ones.
    public var isDirect: Bool {
      switch self {
      case .about, .version, .cites: true
      case .event, .passage, .subClaim: false
      }
    }

    var rank: Int {
      switch self {
      case .about: 0
      case .version: 1
      case .cites: 2
      case .event: 3
      case .passage: 4
      case .subClaim: 5
      }
    }

    /// The relation in words, for lists: "about it", "through event:s-400-delivery-2016".
    public var label: String {
      switch self {
      case .about: "about it"
      case .version: "a version states it"
      case .cites: "a version cites it"
      case .event(let id): "through \(ItemRef.event(id))"
      case .passage(let c): "through \(ItemRef(citation: c))"
      case .subClaim(let id): "through sub-claim \(ItemRef.myth(id))"
      }
    }
  }

  /// One disagreement concerning an item, by index in ``Corpus/disagreements``.
  public struct Entry: Sendable, Hashable {
    public var disagreement: Int
    public var relation: Relation
  }

  /// The entries of each item: each disagreement once, by its closest relation, direct ones
  /// first, then in corpus order.
  public private(set) var byItem: [ItemRef: [Entry]] = [:]
  /// Disagreement indices for each aspect, in corpus order; every aspect is present.
  public private(set) var byAspect: [(aspect: Disagreement.Aspect, disagreements: [Int])] = []

  public init(corpus: Corpus) {
    var table: [ItemRef: [Int: Relation]] = [:]
    func add(_ item: ItemRef, _ d: Int, _ relation: Relation) {
      guard corpus.contains(item) else { return }
      if let old = table[item]?[d], old.rank <= relation.rank { return }
      table[item, default: [:]][d] = relation
    }
    /// The disagreements about each event (directly), for the second step.
    var byEvent: [String: [Int]] = [:]
    var byPassage: [Citation: [Int]] = [:]
    var byMyth: [String: [Int]] = [:]
    for (d, item) in corpus.disagreements.enumerated() {
      if let about = item.about {
        for ref in [ItemRef.event(about), .actor(about), .myth(about)] where corpus.contains(ref) {
          add(ref, d, .about)
          if case .event = ref { byEvent[about, default: []].append(d) }
          if case .myth = ref { byMyth[about, default: []].append(d) }
        }
      }
      for version in item.versions {
        if let id = version.event {
          add(.event(id), d, .version)
          byEvent[id, default: []].append(d)
        }
        if let id = version.actor { add(.actor(id), d, .version) }
        if let id = version.myth {
          add(.myth(id), d, .version)
          byMyth[id, default: []].append(d)
        }
        let citation = version.citation
        byPassage[citation, default: []].append(d)
        add(ItemRef(citation: citation), d, .cites)
        if citation.paragraph != nil, let section = citation.section {
          add(.section(document: citation.document, section: section), d, .cites)
        }
        if citation.section != nil { add(.document(citation.document), d, .cites) }
        if let source = corpus.document(citation.document)?.sourceID {
          add(.source(source), d, .cites)
        }
      }
    }
    // Second step: actors through their events, events through the passages they come from.
    for (id, list) in byEvent {
      guard let event = corpus.event(id) else { continue }
      for actor in event.actors {
        for d in list { add(.actor(actor), d, .event(id)) }
      }
    }
    for (citation, list) in byPassage {
      var events: [String] = corpus.paragraph(citation)?.events ?? []
      for owner in corpus.index.backlinks[ItemRef(citation: citation)] ?? [] {
        if case .event(let id) = owner { events.append(id) }
      }
      for id in events {
        for d in list { add(.event(id), d, .passage(citation)) }
      }
    }
    for myth in corpus.myths {
      for evidence in myth.evidence {
        switch evidence.target {
        case .event(let id):
          for d in byEvent[id] ?? [] { add(.myth(myth.id), d, .event(id)) }
        case .citation(let citation):
          for d in byPassage[citation] ?? [] { add(.myth(myth.id), d, .passage(citation)) }
        }
      }
      if let parent = myth.parent {
        for d in byMyth[myth.id] ?? [] { add(.myth(parent), d, .subClaim(myth.id)) }
      }
    }
    for (item, relations) in table {
      byItem[item] = relations.map { Entry(disagreement: $0.key, relation: $0.value) }
        .sorted {
          ($0.relation.isDirect ? 0 : 1, $0.disagreement)
            < ($1.relation.isDirect ? 0 : 1, $1.disagreement)
        }
    }
    byAspect = Disagreement.Aspect.allCases.map { aspect in
      (aspect, corpus.disagreements.indices.filter { corpus.disagreements[$0].aspect == aspect })
    }
  }

  /// The disagreements concerning `ref`, direct ones first.
  public func entries(for ref: ItemRef) -> [Entry] { byItem[ref] ?? [] }
}
