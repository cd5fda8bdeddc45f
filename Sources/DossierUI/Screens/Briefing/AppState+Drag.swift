import DossierModel
import DossierTUI

extension AppState {
  /// The button let go: an item of the briefing pressed on one row and let go on another moves
  /// to that place (the item there and those after it make room), as in a playlist.
  mutating func endDrag(at mouse: MouseEvent, _ layout: Layout) -> Effect? {
    guard let dragged = drag else { return nil }
    drag = nil
    guard view.reordersByDragging, layout.listContent.contains(x: mouse.x, y: mouse.y) else {
      return nil
    }
    let row = list.scroll + (mouse.y - layout.listContent.y)
    guard list.itemRows.contains(row), case .item(let target, _) = list.entries[row],
      target != dragged
    else { return nil }
    let items = userData.currentBriefing.items
    guard let destination = items.firstIndex(of: target.description) else { return nil }
    do {
      try userData.moveItem(dragged, to: destination)
    } catch {
      message = "\(error)"
      return nil
    }
    rebuildUserDataLists()
    list.select(dragged)
    message =
      "Moved \u{201C}\(corpus.title(of: dragged))\u{201D} to position \(destination + 1) of \(items.count)"
    return .saveUserData
  }
}
