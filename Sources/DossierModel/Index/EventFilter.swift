/// A selection of events by actor, lane, source, tag, date range and text.
public struct EventFilter: Sendable, Hashable {
  public var actors: [String] = []
  public var lanes: [String] = []
  public var sources: [String] = []
  public var tags: [String] = []
  public var from: EDTFDate?
  public var to: EDTFDate?
  /// Words that must all appear (folded) in the title, summary or date.
  public var text: String?

  public init(
    actors: [String] = [], lanes: [String] = [], sources: [String] = [], tags: [String] = [],
    from: EDTFDate? = nil, to: EDTFDate? = nil, text: String? = nil
  ) {
    self.actors = actors
    self.lanes = lanes
    self.sources = sources
    self.tags = tags
    self.from = from
    self.to = to
    self.text = text
  }

  public var isEmpty: Bool {
    actors.isEmpty && lanes.isEmpty && sources.isEmpty && tags.isEmpty && from == nil && to == nil
      && (text ?? "").isEmpty
  }

  /// Whether `event` passes every condition of the filter.
  public func matches(_ event: Event, in corpus: Corpus) -> Bool {
    if !actors.isEmpty,
      !actors.contains(where: { event.actors.contains($0) || event.associated.contains($0) })
    {
      return false
    }
    if !lanes.isEmpty, !lanes.contains(event.lane) { return false }
    if !tags.isEmpty, !tags.contains(where: event.tags.contains) { return false }
    if !sources.isEmpty,
      !event.citations.contains(where: { citation in
        corpus.document(citation.document).map { sources.contains($0.sourceID) } ?? false
      })
    {
      return false
    }
    let days = event.date.dayRange
    if let from, let first = from.dayRange.first, let last = days.last ?? days.first,
      last < first
    {
      return false
    }
    if let to, let last = to.dayRange.last, let first = days.first ?? days.last, first > last {
      return false
    }
    if let text, !text.isEmpty {
      let haystack = TextFolding.fold(
        event.title + " " + event.summary.plain + " " + event.dateLabel + " " + event.id)
      for word in TextFolding.fold(text).split(separator: " ") where !haystack.contains(word) {
        return false
      }
    }
    return true
  }

  /// The events of `corpus` that pass, in date order.
  public func apply(to corpus: Corpus) -> [Event] {
    isEmpty ? corpus.events : corpus.events.filter { matches($0, in: corpus) }
  }

  /// The filter in words, for status lines and export headers: "actor lukashenka, lane exercises".
  public var description: String {
    var parts: [String] = []
    if !actors.isEmpty { parts.append("actor " + actors.joined(separator: " or ")) }
    if !lanes.isEmpty { parts.append("lane " + lanes.joined(separator: " or ")) }
    if !sources.isEmpty { parts.append("source " + sources.joined(separator: " or ")) }
    if !tags.isEmpty { parts.append("tag " + tags.joined(separator: " or ")) }
    if let from { parts.append("from \(from.text)") }
    if let to { parts.append("to \(to.text)") }
    if let text, !text.isEmpty { parts.append("text \u{201C}\(text)\u{201D}") }
    return parts.isEmpty ? "none" : parts.joined(separator: ", ")
  }
}
