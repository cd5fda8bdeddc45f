import DossierCharts
import DossierModel
import DossierTUI

/// The charts' cells drawn with the toolkit: each chart role takes a theme role, the selected
/// item's cells the selection's style and the cursor's cell also bold and underlined. The
/// characters carry the meaning (marks, badges, markers); styles only help the eye.
extension ChartRole {
  /// The theme role a chart cell of this kind is drawn in.
  var themeRole: Role {
    switch self {
    case .blank, .axis, .bar, .text: .normal
    case .laneLabel, .badge, .count: .badge
    case .era: .era
    case .extent, .open, .continuation, .density, .legend, .dim: .dim
    case .mark, .label: .title
    case .densityWindow, .verdict: .heading
    case .status: .status
    case .marker: .warning
    }
  }
}

extension ChartGrid {
  /// Draws the grid with its top left corner at `origin`, clipped to `clip`; `focused` says
  /// whether the selection is drawn as focused (else as an unfocused selection).
  func draw(
    into buffer: inout Buffer, at origin: (x: Int, y: Int), clip: Rect, focused: Bool = true,
    _ ctx: AppContext
  ) {
    let selected = ctx.style(focused ? .selected : .selectedUnfocused)
    var styles: [Style] = []
    for role in ChartRole.allCases { styles.append(ctx.style(role.themeRole)) }
    let cursor = Style(bold: true, underline: true)
    let first = max(0, clip.x - origin.x)
    let end = min(width, clip.maxX - origin.x)
    guard first < end else { return }
    // Each row in runs of one style, each run written once.
    for y in 0..<height {
      let row = origin.y + y
      guard row >= clip.y, row < clip.maxY else { continue }
      var run = ""
      var runStyle = Style.plain
      var runX = origin.x + first
      for x in first..<end {
        let cell = self[x, y]
        if cell.character == ChartCell.wideTail { continue }
        var style = styles[Int(cell.role.rawValue)]
        if cell.selected { style = style.merged(with: selected) }
        if cell.cursor { style = style.merged(with: cursor) }
        if style != runStyle, !run.isEmpty {
          buffer.write(run, x: runX, y: row, style: runStyle, maxX: clip.maxX)
          run = ""
        }
        if run.isEmpty {
          runX = origin.x + x
          runStyle = style
        }
        run.append(cell.character)
      }
      if !run.isEmpty { buffer.write(run, x: runX, y: row, style: runStyle, maxX: clip.maxX) }
    }
  }

  /// The grid as preformatted detail lines: each row's runs of one role as one segment.
  func detailLines(indent: Int) -> [DetailLine] {
    (0..<height).map { y in
      var segments: [DetailLine.Segment] = []
      for x in 0..<width {
        let cell = self[x, y]
        if cell.character == ChartCell.wideTail { continue }
        let role = cell.role.themeRole
        if let last = segments.last, last.role == role {
          segments[segments.count - 1].text.append(cell.character)
        } else {
          segments.append(.init(text: String(cell.character), role: role))
        }
      }
      while let last = segments.last, last.text.allSatisfy({ $0 == " " }) { segments.removeLast() }
      return DetailLine(segments, indent: indent, preformatted: true)
    }
  }
}
