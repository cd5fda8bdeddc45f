/// What one export holds: items of the corpus in order (the events of a filter in date order, or
/// the marked items of a briefing in the briefing's order), and the marks that name nothing the
/// corpus has.
public struct ExportSelection: Sendable {
  /// The items, each present in the corpus.
  public var items: [ItemRef]
  /// Marked items the corpus no longer has, as written in the briefing (`event:gone`).
  public var missing: [String]

  public init(items: [ItemRef], missing: [String] = []) {
    self.items = items
    self.missing = missing
  }

  /// A selection of events only.
  public init(events: [Event]) {
    self.init(items: events.map { .event($0.id) })
  }

  /// The selected events, in order.
  public func events(in corpus: Corpus) -> [Event] {
    items.compactMap { item in
      if case .event(let id) = item { corpus.event(id) } else { nil }
    }
  }

  /// The selected items that are not events, in order.
  public var otherItems: [ItemRef] {
    items.filter { if case .event = $0 { false } else { true } }
  }

  /// Keeps the events that `keep` accepts, and every item that is not an event.
  public func filteringEvents(_ keep: (String) -> Bool) -> ExportSelection {
    ExportSelection(
      items: items.filter { item in
        if case .event(let id) = item { keep(id) } else { true }
      }, missing: missing)
  }

  /// Items in words for a message: "1 actor, 1 myth and 2 paragraphs".
  public static func describe(_ items: [ItemRef]) -> String {
    var counts: [(kind: String, count: Int)] = []
    for item in items {
      let kind = ExportSelection.kind(of: item)
      if let index = counts.firstIndex(where: { $0.kind == kind }) {
        counts[index].count += 1
      } else {
        counts.append((kind, 1))
      }
    }
    let parts = counts.map { "\($0.count) \($0.count == 1 ? $0.kind : plural($0.kind))" }
    switch parts.count {
    case 0: return "nothing"
    case 1: return parts[0]
    default: return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }
  }

  /// The kind of an item as a word: `actor`, `myth`, `paragraph`.
  public static func kind(of item: ItemRef) -> String {
    switch item {
    case .actor: "actor"
    case .event: "event"
    case .myth: "myth"
    case .source: "source"
    case .document: "document"
    case .section: "section"
    case .paragraph: "paragraph"
    case .glossary: "glossary entry"
    case .disagreement: "disagreement"
    case .diagnostic: "diagnostic"
    }
  }

  static func plural(_ kind: String) -> String {
    switch kind {
    case "glossary entry": "glossary entries"
    default: kind + "s"
    }
  }
}

extension UserData {
  /// The marked items of a briefing that exist in `corpus`, in the briefing's order, and the
  /// marks that name nothing the corpus has (or that cannot be read as an item).
  public func selection(ofBriefing name: String, in corpus: Corpus) -> ExportSelection {
    var items: [ItemRef] = []
    var missing: [String] = []
    for text in briefing(named: name)?.items ?? [] {
      guard let item = ItemRef(text), corpus.contains(item) else {
        missing.append(text)
        continue
      }
      if !items.contains(item) { items.append(item) }
    }
    return ExportSelection(items: items, missing: missing)
  }
}
