import DossierModel
import DossierTUI

/// The mouse goes where the keys go: to the presenter when it is on, to the open box (which
/// ignores it), else to the pane under the pointer.
extension AppState {
  mutating func handleMouse(_ mouse: MouseEvent) -> Effect? {
    let layout = self.layout
    guard !layout.tooSmall else { return nil }
    if presenter != nil {
      handlePresenterMouse(mouse)
      return nil
    }
    guard overlay == nil, input == nil else {
      drag = nil
      return nil
    }
    // Letting go ends a drag (on the Briefing screen, a move); it means nothing else.
    if mouse.kind == .release { return endDrag(at: mouse, layout) }
    // A screen that draws its own body handles the mouse over it.
    let id = view
    if mouse.y != layout.topBar.y, id.mouse(mouse, &self) { return nil }
    switch mouse.kind {
    case .release:
      return nil
    case .wheelUp, .wheelDown:
      let delta = mouse.kind == .wheelUp ? -3 : 3
      if layout.detailContent.contains(x: mouse.x, y: mouse.y) {
        screen.detail.scroll = max(0, screen.detail.scroll + delta)
      } else if reading {
        for _ in 0..<3 { _ = performInReader(delta < 0 ? .up : .down) }
        keepSelectionVisible()
      } else {
        list.move(by: delta)
        keepSelectionVisible()
      }
    case .press:
      if mouse.y == layout.topBar.y {
        if let tab = TopBar.tab(self, at: mouse.x, y: mouse.y, in: layout.topBar) {
          switchView(tab)
        }
        return nil
      }
      if layout.listContent.contains(x: mouse.x, y: mouse.y) {
        focus = .list
        if reading {
          let row = (reader?.scroll ?? 0) + (mouse.y - layout.listContent.y)
          let lines = readerLayout.lines
          if lines.indices.contains(row), let index = lines.paragraph(at: row) {
            reader?.cursor = index
          }
          return nil
        }
        let row = list.scroll + (mouse.y - layout.listContent.y)
        if let i = list.itemRows.firstIndex(of: row) {
          list.moveTo(i)
          screen.detail = DetailPaneState()
          // On the Briefing screen a press may start dragging the item to another place.
          drag = view.reordersByDragging ? list.selected : nil
        }
      } else if layout.detailContent.contains(x: mouse.x, y: mouse.y) {
        let wrapped = wrappedDetail
        let row = screen.detail.scroll + (mouse.y - layout.detailContent.y)
        if row < wrapped.count, let linkIndex = wrapped[row].linkIndex {
          focus = .detail
          screen.detail.link = linkIndex
        }
      }
    }
    return nil
  }
}
