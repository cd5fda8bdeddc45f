import DossierModel
import DossierTUI
import Foundation

/// A box drawn over the views: help, global search, a filter picker or an item's detail.
public enum Overlay: Equatable, Sendable {
  case help(scroll: Int)
  /// `M`: the session's messages in full, scrolled to the newest.
  case messages(scroll: Int)
  case search(SearchOverlay)
  case picker(PickerOverlay)
  /// The detail of an item that has no view of its own (glossary entries, disagreements).
  case item(ItemRef, link: Int)
  /// Quitting with marks or notes that could not be saved: why, and what to do.
  case unsaved(reason: String)
  /// `e`: the format, what to export and the file.
  case export(ExportBox)
}

/// The global search box: the query, every match in rank order (with true counts) and the
/// result rows fetched so far. Rows are read from the engine a page at a time around the
/// cursor, so the box pages through all results, however many.
public struct SearchOverlay: Equatable, Sendable {
  var field = TextField()
  public var query: String { field.text }
  /// The engine is still being made: the box says "indexing…" and searches once it is ready.
  public var waiting = false
  /// Every match of the query, best first (nil before the first search).
  public var matches: SearchMatches?
  /// The result rows fetched so far, by rank.
  var hits: [Int: SearchHit] = [:]
  /// Why the search failed, if it did.
  public var failure: String?
  /// The selected rank.
  public var cursor = 0

  /// How many items matched in all.
  public var total: Int { matches?.total ?? 0 }

  /// The result row at `rank`, if fetched.
  public func hit(_ rank: Int) -> SearchHit? { hits[rank] }

  var selected: ItemRef? { hits[cursor]?.ref }

  /// How many result rows are fetched around the cursor (more than any screen shows).
  static let window = 80
}

/// A list of choices narrowed as you type (used for timeline filters).
public struct PickerOverlay: Equatable, Sendable {
  public struct Option: Equatable, Sendable {
    public var label: String
    public var action: PickerAction
  }

  public var title: String
  public var options: [Option]
  var field = TextField()
  public var query: String { field.text }
  public var cursor = 0
  /// Whether the typed text may name a new briefing (the `B` picker): the last option is then
  /// "New briefing “text”", so that a name typed here creates it rather than being lost.
  public var createsBriefing = false

  var visible: [Option] {
    let words = TextFolding.fold(query).split(separator: " ").map(String.init)
    guard !words.isEmpty else { return options }
    var shown = options.filter { option in
      let folded = TextFolding.fold(option.label)
      return words.allSatisfy { folded.contains($0) }
    }
    let name = query.trimmingCharacters(in: .whitespaces)
    if createsBriefing, !options.contains(where: { $0.action == .switchBriefing(name) }) {
      shown.append(
        .init(label: "New briefing \u{201C}\(name)\u{201D}", action: .createBriefing(name)))
    }
    return shown
  }
}

/// What choosing a picker option does.
public enum PickerAction: Equatable, Sendable {
  case filter(FilterAction)
  case switchBriefing(String)
  case newBriefing
  /// A new briefing with the name typed in the picker.
  case createBriefing(String)
  case renameBriefing
  /// Asks first: a picker with "keep" and "delete".
  case askDeleteBriefing
  case deleteBriefing
  /// Goes to an item (a section of the table of contents).
  case goTo(ItemRef)
  /// An information row (such as an orphaned mark): choosing it does nothing.
  case none
}

/// What choosing a picker option does to the timeline filter.
public enum FilterAction: Equatable, Sendable {
  case lane(String)
  case actor(String)
  case source(String)
  case tag(String)
  case clear
}
