import Foundation

/// A named, ordered list of marked items, for example the items of one lecture or briefing.
public struct Briefing: Codable, Equatable, Sendable {
  public var name: String
  /// Marked items in the user's order, as ``ItemRef/description`` strings (`event:zapad-2009`).
  /// Stable ids rather than positions, so marks survive changes to the corpus; items the corpus
  /// no longer has are kept (see ``UserData/orphans(in:)``).
  public var items: [String]

  public init(name: String, items: [String] = []) {
    self.name = name
    self.items = items
  }
}

/// A user's note on one item.
public struct Note: Codable, Equatable, Sendable {
  public var text: String
  /// When the note was last changed, to whole seconds (so it survives the JSON round trip).
  public var updated: Date

  public init(text: String, updated: Date) {
    self.text = text
    self.updated = updated
  }
}

/// Everything the user adds to one corpus: briefings of marked items and notes.
///
/// There is always at least one briefing, and ``current`` always names one of them; a fresh value,
/// and a value whose last briefing was deleted, has one empty briefing named ``defaultBriefingName``.
public struct UserData: Codable, Equatable, Sendable {
  /// The version of the file format this code writes.
  public static let currentVersion = 1
  /// The name of the briefing that exists when no other does.
  public static let defaultBriefingName = "default"

  public var version: Int
  public var briefings: [Briefing]
  /// The name of the briefing that marks go to.
  public var current: String
  /// Notes by ``ItemRef/description`` string.
  public var notes: [String: Note]

  /// Empty data: one empty briefing named "default", no notes.
  public init() {
    version = Self.currentVersion
    briefings = [Briefing(name: Self.defaultBriefingName)]
    current = Self.defaultBriefingName
    notes = [:]
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    version = try container.decodeIfPresent(Int.self, forKey: .version) ?? Self.currentVersion
    briefings = try container.decodeIfPresent([Briefing].self, forKey: .briefings) ?? []
    current = try container.decodeIfPresent(String.self, forKey: .current) ?? ""
    notes = try container.decodeIfPresent([String: Note].self, forKey: .notes) ?? [:]
    normalize()
  }

  /// Restores the invariants after decoding a hand-edited file: at least one briefing, unique
  /// names (later duplicates get a suffix, their items are kept), and a valid ``current``.
  mutating func normalize() {
    if briefings.isEmpty { briefings = [Briefing(name: Self.defaultBriefingName)] }
    var seen = Set<String>()
    for index in briefings.indices {
      var name = briefings[index].name.trimmingCharacters(in: .whitespacesAndNewlines)
      if name.isEmpty { name = Self.defaultBriefingName }
      var candidate = name
      var suffix = 2
      while seen.contains(candidate) {
        candidate = "\(name) \(suffix)"
        suffix += 1
      }
      seen.insert(candidate)
      briefings[index].name = candidate
    }
    if !seen.contains(current) { current = briefings[0].name }
  }

  /// Why an operation on briefings was refused.
  public enum Error: Swift.Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    case emptyName
    case duplicateName(String)
    case noSuchBriefing(String)
    case notInBriefing(item: String, briefing: String)
    case indexOutOfRange(index: Int, count: Int)

    public var description: String {
      switch self {
      case .emptyName: "A briefing needs a name."
      case .duplicateName(let name): "A briefing named “\(name)” already exists."
      case .noSuchBriefing(let name): "There is no briefing named “\(name)”."
      case .notInBriefing(let item, let briefing):
        "\(item) is not marked in the briefing “\(briefing)”."
      case .indexOutOfRange(let index, let count):
        "Position \(index) is outside the briefing (it has \(Counted.text(count, "item")))."
      }
    }

    public var errorDescription: String? { description }
  }

  // MARK: Briefings

  /// The briefing marks go to.
  public var currentBriefing: Briefing {
    briefings.first { $0.name == current } ?? briefings.first
      ?? Briefing(name: Self.defaultBriefingName)
  }

  /// The briefing with this name, if any.
  public func briefing(named name: String) -> Briefing? {
    briefings.first { $0.name == name }
  }

  /// Creates an empty briefing and, unless told otherwise, makes it current. Names are trimmed of
  /// surrounding white space; returns the name used.
  @discardableResult
  public mutating func createBriefing(_ name: String, makeCurrent: Bool = true) throws -> String {
    let name = try validName(name)
    briefings.append(Briefing(name: name))
    if makeCurrent { current = name }
    return name
  }

  /// Renames a briefing, keeping it current if it was; returns the new name.
  @discardableResult
  public mutating func renameBriefing(_ name: String, to newName: String) throws -> String {
    guard let index = briefings.firstIndex(where: { $0.name == name }) else {
      throw Error.noSuchBriefing(name)
    }
    let trimmed = newName.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed == name { return name }
    let valid = try validName(newName)
    briefings[index].name = valid
    if current == name { current = valid }
    return valid
  }

  /// Makes a briefing current.
  public mutating func switchBriefing(to name: String) throws {
    guard briefing(named: name) != nil else { throw Error.noSuchBriefing(name) }
    current = name
  }

  /// Deletes a briefing and its marks (notes are not touched). When the current one is deleted,
  /// the one before it (or else the new first one) becomes current; when the last one is deleted,
  /// an empty "default" briefing takes its place.
  public mutating func deleteBriefing(_ name: String) throws {
    guard let index = briefings.firstIndex(where: { $0.name == name }) else {
      throw Error.noSuchBriefing(name)
    }
    briefings.remove(at: index)
    if briefings.isEmpty {
      briefings = [Briefing(name: Self.defaultBriefingName)]
      current = Self.defaultBriefingName
    } else if current == name {
      current = briefings[max(0, index - 1)].name
    }
  }

  // MARK: Marks

  /// Whether an item is marked in the current briefing.
  public func isMarked(_ ref: ItemRef) -> Bool {
    currentBriefing.items.contains(ref.description)
  }

  /// Marks an item in the current briefing (at the end) or unmarks it; returns whether it is now
  /// marked.
  @discardableResult
  public mutating func toggleMark(_ ref: ItemRef) -> Bool {
    let id = ref.description
    let index = currentIndex()
    if let position = briefings[index].items.firstIndex(of: id) {
      briefings[index].items.remove(at: position)
      return false
    }
    briefings[index].items.append(id)
    return true
  }

  /// Removes an item from the current briefing by its stored text, which also works for orphans
  /// whose text no longer parses; returns whether it was there.
  @discardableResult
  public mutating func removeMark(_ item: String) -> Bool {
    let index = currentIndex()
    guard let position = briefings[index].items.firstIndex(of: item) else { return false }
    briefings[index].items.remove(at: position)
    return true
  }

  /// Moves an item of the current briefing to a position (0-based, in the resulting order).
  public mutating func moveItem(_ item: String, to destination: Int) throws {
    let index = currentIndex()
    let items = briefings[index].items
    guard let position = items.firstIndex(of: item) else {
      throw Error.notInBriefing(item: item, briefing: current)
    }
    guard items.indices.contains(destination) else {
      throw Error.indexOutOfRange(index: destination, count: items.count)
    }
    briefings[index].items.remove(at: position)
    briefings[index].items.insert(item, at: destination)
  }

  /// Moves an item of the current briefing to a position (0-based, in the resulting order).
  public mutating func moveItem(_ ref: ItemRef, to destination: Int) throws {
    try moveItem(ref.description, to: destination)
  }

  /// Moves an item one place earlier in the current briefing; returns false when it is already
  /// first.
  @discardableResult
  public mutating func moveItemUp(_ item: String) throws -> Bool {
    guard let position = currentBriefing.items.firstIndex(of: item) else {
      throw Error.notInBriefing(item: item, briefing: current)
    }
    guard position > 0 else { return false }
    try moveItem(item, to: position - 1)
    return true
  }

  /// Moves an item one place later in the current briefing; returns false when it is already
  /// last.
  @discardableResult
  public mutating func moveItemDown(_ item: String) throws -> Bool {
    let items = currentBriefing.items
    guard let position = items.firstIndex(of: item) else {
      throw Error.notInBriefing(item: item, briefing: current)
    }
    guard position < items.count - 1 else { return false }
    try moveItem(item, to: position + 1)
    return true
  }

  @discardableResult
  public mutating func moveItemUp(_ ref: ItemRef) throws -> Bool {
    try moveItemUp(ref.description)
  }

  @discardableResult
  public mutating func moveItemDown(_ ref: ItemRef) throws -> Bool {
    try moveItemDown(ref.description)
  }

  // MARK: Notes

  /// The note on an item, if any.
  public func note(for ref: ItemRef) -> Note? { notes[ref.description] }

  /// Sets the note on an item; text that is empty or only white space removes it. The time is
  /// kept to whole seconds.
  public mutating func setNote(_ text: String, for ref: ItemRef, at date: Date = Date()) {
    setNote(text, for: ref.description, at: date)
  }

  /// Sets the note on an item by its stored text (which also works for orphans).
  public mutating func setNote(_ text: String, for item: String, at date: Date = Date()) {
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      notes[item] = nil
    } else {
      let seconds = date.timeIntervalSince1970.rounded(.down)
      notes[item] = Note(text: text, updated: Date(timeIntervalSince1970: seconds))
    }
  }

  /// Removes the note on an item; returns whether there was one.
  @discardableResult
  public mutating func removeNote(for ref: ItemRef) -> Bool {
    removeNote(for: ref.description)
  }

  @discardableResult
  public mutating func removeNote(for item: String) -> Bool {
    notes.removeValue(forKey: item) != nil
  }

  // MARK: Orphans

  /// Marked items (in any briefing) and notes whose item the corpus does not have, or whose text
  /// does not parse, sorted and without repeats. They are kept, never dropped: the item may come
  /// back when the corpus is fixed, and the user decides what to do with them.
  public func orphans(in corpus: Corpus) -> [String] {
    var ids = Set(notes.keys)
    for briefing in briefings { ids.formUnion(briefing.items) }
    return ids.filter { id in
      guard let ref = ItemRef(id) else { return true }
      return !corpus.contains(ref)
    }.sorted()
  }

  // MARK: Helpers

  /// The index of the current briefing, repairing the invariants first if the public properties
  /// were set to something inconsistent.
  private mutating func currentIndex() -> Int {
    if let index = briefings.firstIndex(where: { $0.name == current }) { return index }
    normalize()
    return briefings.firstIndex { $0.name == current } ?? 0
  }

  private func validName(_ name: String) throws -> String {
    let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { throw Error.emptyName }
    guard briefing(named: trimmed) == nil else { throw Error.duplicateName(trimmed) }
    return trimmed
  }
}
