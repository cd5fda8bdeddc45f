import DossierModel
import DossierTUI

/// A box drawn over the views: help, global search, a filter picker or an item's detail.
public enum Overlay: Equatable, Sendable {
  case help(scroll: Int)
  case search(SearchOverlay)
  case picker(PickerOverlay)
  /// The detail of an item that has no view of its own (glossary entries, disagreements).
  case item(ItemRef, link: Int)
}

/// The global search box: the query, its results and the selected result.
public struct SearchOverlay: Equatable, Sendable {
  var field = TextField()
  public var query: String { field.text }
  /// The index is still being built: the box says "indexing…" and searches once it is ready.
  public var waiting = false
  public var results: [Row] = []
  public var total = 0
  public var cursor = 0

  /// A result row, or a heading naming a kind of item.
  public enum Row: Equatable, Sendable {
    case heading(String)
    case result(ref: ItemRef, title: String, matched: String)
  }

  var resultRows: [Int] {
    results.indices.filter { if case .result = results[$0] { true } else { false } }
  }

  var selected: ItemRef? {
    let rows = resultRows
    guard cursor < rows.count, case .result(let ref, _, _) = results[rows[cursor]] else {
      return nil
    }
    return ref
  }
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

  var visible: [Option] {
    let words = TextFolding.fold(query).split(separator: " ").map(String.init)
    guard !words.isEmpty else { return options }
    return options.filter { option in
      let folded = TextFolding.fold(option.label)
      return words.allSatisfy { folded.contains($0) }
    }
  }
}

/// What choosing a picker option does.
public enum PickerAction: Equatable, Sendable {
  case filter(FilterAction)
  case switchBriefing(String)
  case newBriefing
  case renameBriefing
  /// Asks first: a picker with "keep" and "delete".
  case askDeleteBriefing
  case deleteBriefing
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
