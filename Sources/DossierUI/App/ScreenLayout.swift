import DossierModel
import DossierTUI

/// Where each part of the screen goes at the current size.
struct Layout {
  static let minimum = Size(width: 60, height: 16)

  let size: Size
  let topBar: Rect
  let status: Rect
  /// The timeline's density strip (empty in other views).
  let strip: Rect
  let listHeader: Rect
  let listContent: Rect
  let detailHeader: Rect
  let detailContent: Rect
  /// The line between the panes: vertical when side by side, horizontal when stacked.
  let separator: Rect
  let sideBySide: Bool
  /// `z`: no detail pane; the list has the whole body.
  let detailHidden: Bool

  var tooSmall: Bool { size.width < Layout.minimum.width || size.height < Layout.minimum.height }

  /// The box of a centred overlay.
  var overlayBox: Rect {
    let full = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    return full.centered(width: min(size.width - 4, 100), height: size.height - 4)
  }

  /// The parts at a size: `split` is the list's share of the width in percent when the panes
  /// are side by side (of the height, plus 5, when stacked, so 45 halves it).
  init(size: Size, hasStrip: Bool, split: Int = 45, detailHidden: Bool = false) {
    self.detailHidden = detailHidden
    self.size = size
    let all = Rect(x: 0, y: 0, width: size.width, height: size.height)
    let (top, rest) = all.splitTop(1)
    topBar = top
    var body = Rect(x: 0, y: rest.y, width: rest.width, height: rest.height - 1)
    status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
    if hasStrip {
      let (s, b) = body.splitTop(1)
      strip = s
      body = b
    } else {
      strip = Rect(x: 0, y: body.y, width: 0, height: 0)
    }
    sideBySide = size.width >= 100
    if detailHidden {
      (listHeader, listContent) = body.splitTop(1)
      separator = Rect(x: body.maxX, y: body.y, width: 0, height: 0)
      detailHeader = separator
      detailContent = separator
    } else if sideBySide {
      let listWidth = max(40, size.width * split / 100)
      let (left, right) = body.splitLeft(listWidth)
      let (sep, detail) = right.splitLeft(1)
      separator = sep
      (listHeader, listContent) = left.splitTop(1)
      (detailHeader, detailContent) = detail.splitTop(1)
    } else {
      let listHeight = max(4, body.height * (split + 5) / 100)
      let (upper, lower) = body.splitTop(listHeight)
      let (sep, detail) = lower.splitTop(1)
      separator = sep
      (listHeader, listContent) = upper.splitTop(1)
      detailHeader = Rect(x: 0, y: sep.y, width: 0, height: 0)
      detailContent = detail
    }
  }
}

extension Layout {
  /// The layout of a screen that draws its own body (a chart, a matrix): the body (its header
  /// row and content) takes `bodyRows` rows, and the detail pane the rows below a separator;
  /// all of them when `bodyRows` is nil (no detail pane), none when it is 0 (the detail pane
  /// has the whole body, its title on the first row).
  init(size: Size, bodyRows: Int?) {
    self.size = size
    let all = Rect(x: 0, y: 0, width: size.width, height: size.height)
    let (top, rest) = all.splitTop(1)
    topBar = top
    let body = Rect(x: 0, y: rest.y, width: rest.width, height: max(0, rest.height - 1))
    status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
    strip = Rect(x: 0, y: body.y, width: 0, height: 0)
    sideBySide = false
    let rows = bodyRows.map { min(max(0, $0), body.height) } ?? body.height
    detailHidden = rows >= body.height - 1 && rows > 0
    if detailHidden {
      (listHeader, listContent) = body.splitTop(1)
      separator = Rect(x: 0, y: body.maxY, width: 0, height: 0)
      detailHeader = separator
      detailContent = separator
      return
    }
    let (upper, lower) = body.splitTop(rows)
    if rows == 0 {
      listHeader = Rect(x: 0, y: body.y, width: 0, height: 0)
      listContent = listHeader
    } else {
      (listHeader, listContent) = upper.splitTop(1)
    }
    let (sep, detail) = lower.splitTop(1)
    separator = sep
    detailHeader = Rect(x: 0, y: sep.y, width: 0, height: 0)
    detailContent = detail
  }
}

extension AppState {
  var layout: Layout {
    if let own = view.layout(self) { return own }
    return Layout(size: size, hasStrip: view.hasStrip, split: paneSplit, detailHidden: detailHidden)
  }
}
