import Foundation

/// What the first stage of loading knows (the manifest and the actors), so that the files of the
/// second stage check actor ids, lanes and verdicts and fill in mention labels while they are
/// parsed, in parallel, instead of in one pass over every reference afterwards.
final class KnownNames: @unchecked Sendable {
  let manifest: Manifest
  /// Actors in corpus order (the first definition of each id).
  let actors: [Actor]
  let actorByID: [String: Int]
  /// Each actor's name, in the order of `actors` (read for every mention: an element of
  /// `actors` would be copied whole).
  let actorNames: [String]
  /// Whether each actor of `actors` is a person or a country (for the wording checks).
  let isPersonOrCountry: [Bool]
  /// Actor indices by folded id, name and alias.
  let actorsByFoldedName: [String: [Int]]
  let laneIDs: Set<String>
  let verdictIDs: Set<String>
  /// For "did you mean" on unknown actor ids: each id and slugged name or alias, to its actor id.
  /// Made on the first unknown actor (under the lock: files are parsed in parallel).
  private var hintNames: (actorIDs: [String: String], candidates: Suggestions.Candidates)?
  private let hintLock = NSLock()

  init(manifest: Manifest, actors: [Actor]) {
    self.manifest = manifest
    self.actors = actors
    var byID = [String: Int](minimumCapacity: actors.count)
    var folded: [String: [Int]] = [:]
    for (i, actor) in actors.enumerated() {
      if byID[actor.id] == nil { byID[actor.id] = i }
      for name in [actor.id, actor.name] + actor.aliases {
        let key = TextFolding.fold(name)
        if folded[key]?.last != i { folded[key, default: []].append(i) }
      }
    }
    actorByID = byID
    actorNames = actors.map(\.name)
    isPersonOrCountry = actors.map { $0.kind == .person || $0.kind == .country }
    actorsByFoldedName = folded
    laneIDs = Set(manifest.lanes.map(\.id))
    verdictIDs = Set(manifest.verdicts.map(\.id))
  }

  /// The diagnostic for a reference of `kind` to `value` that names no known actor, lane or
  /// verdict; nil when the value is known (or of another kind).
  func check(_ kind: Reference.Kind, _ value: String, at span: SourceSpan) -> Diagnostic? {
    switch kind {
    case .actor, .mention:
      guard actorByID[value] == nil else { return nil }
      if value.isEmpty {
        let isMention = if case .mention = kind { true } else { false }
        return isMention
          ? Diagnostic(
            .emptyText, nil, "a mention names no actor", at: span,
            hint: "write [[id]] or [[id|shown text]], or remove the brackets")
          : Diagnostic(.emptyText, nil, "an actor reference is empty", at: span)
      }
      return Diagnostic(
        .unknownActor, nil, "unknown actor '\(value)'", at: span, hint: actorHint(value))
    case .lane:
      // Without lanes the manifest (or its absence) is reported once; every event's lane isn't.
      guard !laneIDs.contains(value), !laneIDs.isEmpty else { return nil }
      return Diagnostic(
        .unknownLane, nil, "unknown lane '\(value)'", at: span,
        hint: Suggestions.hint(for: value, among: Array(laneIDs))
          ?? "the manifest defines: \(manifest.lanes.map(\.id).joined(separator: ", "))")
    case .verdict:
      guard !verdictIDs.contains(value) else { return nil }
      return Diagnostic(
        .unknownVerdict, nil, "unknown verdict '\(value)'", at: span,
        hint: Suggestions.hint(for: value, among: Array(verdictIDs))
          ?? "use one of: \(manifest.verdicts.map(\.id).joined(separator: ", "))")
    default:
      return nil
    }
  }

  /// "Did you mean" for an unknown actor id: an actor with that name or alias, or a near id.
  private func actorHint(_ value: String) -> String? {
    if let match = actorsByFoldedName[TextFolding.fold(value)]?.first {
      return "did you mean '\(actors[match].id)'? ('\(value)' is a name of \(actors[match].name))"
    }
    hintLock.lock()
    if hintNames == nil {
      var names: [String: String] = [:]
      for actor in actors {
        names[actor.id] = actor.id
        for alias in actor.aliases + [actor.name] {
          names[Identifier.slug(alias)] = actor.id
        }
      }
      hintNames = (names, Suggestions.Candidates(Array(names.keys)))
    }
    let (names, candidates) = hintNames!
    hintLock.unlock()
    guard let near = candidates.nearest(value), let id = names[near] else { return nil }
    return "did you mean '\(id)'?"
  }
}
