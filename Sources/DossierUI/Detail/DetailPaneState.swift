import DossierModel

/// The detail pane's state on one screen, and its keys: the selected link and the first row
/// shown.
struct DetailPaneState: Equatable {
  var link = 0
  var scroll = 0

  /// The pane as laid out now, what its keys need: its links in order, its lines wrapped to
  /// the pane (each knowing its link) and its height.
  struct Content {
    var links: [ItemRef]
    var wrapped: [WrappedLine]
    var height: Int
  }

  /// A key of the detail pane: moves between its links (scrolling the selected one into view)
  /// or scrolls half a page (`page` rows is a page); asks the root to follow the selected link
  /// or to give the list the keyboard.
  mutating func perform(_ action: Action, in content: Content, page: Int) -> ScreenRequest? {
    let links = content.links
    var index = link
    switch action {
    case .down: index += 1
    case .up: index -= 1
    case .halfDown:
      scroll += page / 2
      return nil
    case .halfUp:
      scroll = max(0, scroll - page / 2)
      return nil
    case .first: index = 0
    case .last: index = links.count - 1
    case .toList:
      return .focusList
    case .open:
      return index < links.count ? .follow(links[index]) : nil
    default: return nil
    }
    link = min(max(0, index), max(0, links.count - 1))
    scrollToLink(in: content.wrapped, height: content.height)
    return nil
  }

  /// Scrolls so that the selected link's first row is in view in `height` rows.
  mutating func scrollToLink(in wrapped: [WrappedLine], height: Int) {
    guard let first = wrapped.firstIndex(where: { $0.linkIndex == link }) else { return }
    var scroll = self.scroll
    if first < scroll { scroll = max(0, first - 1) }
    if first >= scroll + height - 1 { scroll = first - height + 2 }
    self.scroll = max(0, scroll)
  }
}
