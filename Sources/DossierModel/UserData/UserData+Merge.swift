/// Three-way merge of user data, for two windows saving the same file: what each side changed
/// since the version both started from is kept.
extension UserData {
  /// The result of a merge and what the user should be told about it.
  public struct Merge: Equatable, Sendable {
    public var data: UserData
    /// Notes edited differently on both sides: both texts were kept, the newer first.
    public var conflictingNotes: [String]
  }

  /// Merges `self` (this window's data) with `other` (found on disk, written by another
  /// window), both descended from `base` (what this window last loaded or saved).
  ///
  /// Briefings and marks: an item added on either side is kept, an item removed on one side
  /// (present in `base`) is removed; this window's order comes first, the other's additions
  /// follow. A briefing created on either side is kept. Notes: a change on one side wins; a note
  /// changed on both sides to different texts keeps both texts, the newer first.
  public func merged(with other: UserData, base: UserData) -> Merge {
    var result = self
    let baseItems = Dictionary(
      base.briefings.map { ($0.name, Set($0.items)) }, uniquingKeysWith: { a, _ in a })
    let otherItems = Dictionary(
      other.briefings.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    for index in result.briefings.indices {
      let name = result.briefings[index].name
      guard let theirs = otherItems[name] else { continue }
      let before = baseItems[name] ?? []
      let theirSet = Set(theirs.items)
      // Removed on their side: was in the base, is not on disk.
      var items = result.briefings[index].items.filter {
        !before.contains($0) || theirSet.contains($0)
      }
      let mine = Set(result.briefings[index].items)
      // Added on their side: on disk, not in the base, not here.
      items += theirs.items.filter { !before.contains($0) && !mine.contains($0) }
      result.briefings[index].items = items
    }
    let mineNames = Set(result.briefings.map(\.name))
    for theirs in other.briefings
    where !mineNames.contains(theirs.name) && baseItems[theirs.name] == nil {
      result.briefings.append(theirs)
    }
    var conflicts: [String] = []
    for key in Set(notes.keys).union(other.notes.keys).union(base.notes.keys).sorted() {
      let original = base.notes[key]
      let mine = notes[key]
      let theirs = other.notes[key]
      if mine == theirs || theirs == original { continue }
      if mine == original {
        result.notes[key] = theirs
        continue
      }
      // Changed on both sides, differently.
      switch (mine, theirs) {
      case (let mine?, let theirs?):
        let (newer, older) = mine.updated >= theirs.updated ? (mine, theirs) : (theirs, mine)
        result.notes[key] = Note(
          text: newer.text + "\n\n(edited in another window too:)\n" + older.text,
          updated: newer.updated)
        conflicts.append(key)
      case (nil, let theirs?):
        // Removed here, edited there: the edit is kept.
        result.notes[key] = theirs
        conflicts.append(key)
      default:
        break  // edited here, removed there: the edit is kept
      }
    }
    result.normalize()
    return Merge(data: result, conflictingNotes: conflicts)
  }
}
