import DossierModel
import DossierTUI

/// Tab 5, the current briefing as a list: reorder with `J` `K`, note with `a`, remove with `x`,
/// new, rename and delete (which asks), present from the selected item with `b`, export with
/// `e`. Its title says how many items it holds.
enum BriefingScreen {
  static let keys = KeyMap<Action>(
    "Briefing (5)",
    [
      KeyBinding(
        [.character("x")], "x", "remove the selected item from the briefing",
        hint: ("x", "remove"), order: 20, action: .local("briefing.remove")),
      KeyBinding(
        [.character("b")], "b", "present the briefing from the selected item",
        hint: ("b", "present"), order: 25, action: .present),
      KeyBinding(
        [.character("c")], "c", "create a new briefing (it becomes the current one)",
        action: .local("briefing.new")),
      KeyBinding(
        [.character("R")], "R", "rename the current briefing", action: .local("briefing.rename")),
      KeyBinding(
        [.character("D")], "D", "delete the current briefing (asks first)",
        action: .local("briefing.delete")),
      KeyBinding(
        [.character("o")], "o", "open the selected item in its own view",
        hint: ("o", "open"), order: 30, action: .local("briefing.open")),
    ])

  /// The list's title: the briefing and its items (the presenter shows every one of them).
  static func title(_ state: AppState) -> String {
    let briefing = state.userData.currentBriefing
    let items = briefing.items.count
    let missing = briefing.items.filter { item in
      ItemRef(item).map { !state.corpus.contains($0) } ?? true
    }.count
    return
      "Briefing \u{201C}\(briefing.name)\u{201D} (\(Counted.text(items, "item"))"
      + (missing > 0 ? ", \(missing) no longer in the corpus)" : ")")
  }

  static func perform(_ action: Action, _ state: inout AppState) -> Effect?? {
    switch action {
    case .present:
      presentFromSelection(&state)
      return .some(nil)
    case .local("briefing.remove"):
      guard let ref = state.list.selected else {
        state.message = "Nothing to remove"
        return .some(nil)
      }
      // The selection moves on to the next item (the list is built again after the change).
      state.list.move(by: state.list.cursor + 1 < state.list.itemRows.count ? 1 : -1)
      if state.userData.isMarked(ref) { _ = state.userData.toggleMark(ref) }
      let count = state.userData.currentBriefing.items.count
      state.message = "Removed from the briefing (\(Counted.text(count, "item")) left)"
      return .some(.saveUserData)
    case .local("briefing.new"):
      state.input = Prompt(.briefingName(renaming: false), text: "")
      return .some(nil)
    case .local("briefing.rename"):
      state.input = Prompt(.briefingName(renaming: true), text: state.userData.current)
      return .some(nil)
    case .local("briefing.delete"):
      state.askToDeleteBriefing()
      return .some(nil)
    case .local("briefing.open"):
      if let ref = state.list.selected, state.corpus.contains(ref) { state.follow(ref) }
      return .some(nil)
    default:
      return nil
    }
  }

  /// Presents the briefing (every item a slide) from the selected item.
  static func presentFromSelection(_ state: inout AppState) {
    let briefing = state.userData.currentBriefing
    state.present(
      items: briefing.items, label: "briefing \(briefing.name)", name: briefing.name,
      startingAt: state.list.selected)
  }
}
