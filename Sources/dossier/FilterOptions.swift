import ArgumentParser
import DossierModel

/// `--actor`, `--lane`, `--source`, `--tag`, `--from`, `--to`: the event filters shared by the
/// timeline and the exports.
struct FilterOptions: ParsableArguments {
  @Option(
    help: "Only events of this actor (id, name or alias; repeatable).",
    completion: CompletionValues.actors)
  var actor: [String] = []

  @Option(help: "Only events in this lane (repeatable).", completion: CompletionValues.lanes)
  var lane: [String] = []

  @Option(
    help: "Only events cited from this source (repeatable).",
    completion: CompletionValues.sources)
  var source: [String] = []

  @Option(help: "Only events with this tag (repeatable).", completion: CompletionValues.tags)
  var tag: [String] = []

  @Option(help: "Only events ending on or after this date (EDTF, such as 2008 or 2014-03).")
  var from: String?

  @Option(help: "Only events starting on or before this date.")
  var to: String?

  /// Builds the filter, resolving actor names and aliases; unknown values are usage errors.
  func filter(for corpus: Corpus) throws -> EventFilter {
    var filter = EventFilter()
    for name in actor {
      if corpus.actor(name) != nil {
        filter.actors.append(name)
      } else if let match = corpus.actors(named: name).first {
        filter.actors.append(match.id)
      } else {
        throw ValidationError("unknown actor '\(name)'\(suggestion(name, corpus.actors.map(\.id)))")
      }
    }
    for id in lane {
      guard corpus.lane(id) != nil else {
        throw ValidationError(
          "unknown lane '\(id)'; lanes: \(corpus.manifest.lanes.map(\.id).joined(separator: ", "))")
      }
      filter.lanes.append(id)
    }
    for id in source {
      guard corpus.source(id) != nil else {
        throw ValidationError(
          "unknown source '\(id)'; sources: \(corpus.sources.map(\.id).joined(separator: ", "))")
      }
      filter.sources.append(id)
    }
    filter.tags = tag
    filter.from = try from.map { try date($0, "--from") }
    filter.to = try to.map { try date($0, "--to") }
    return filter
  }

  private func date(_ text: String, _ option: String) throws -> EDTFDate {
    switch EDTFDate.parse(text) {
    case .success(let date): return date
    case .failure(let error): throw ValidationError("\(option): \(error.message)")
    }
  }

  private func suggestion(_ name: String, _ ids: [String]) -> String {
    let lower = name.lowercased()
    let close = ids.filter { $0.hasPrefix(String(lower.prefix(3))) }.prefix(3)
    return close.isEmpty
      ? "" : "; did you mean \(close.map { "'\($0)'" }.joined(separator: " or "))?"
  }
}
