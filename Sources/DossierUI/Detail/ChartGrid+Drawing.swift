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
    var styles: [Role: Style] = [:]
    for role in Role.allCases { styles[role] = ctx.style(role) }
    for y in 0..<height {
      let row = origin.y + y
      guard row >= clip.y, row < clip.maxY else { continue }
      for x in 0..<width {
        let column = origin.x + x
        guard column >= clip.x, column < clip.maxX else { continue }
        let cell = self[x, y]
        if cell.character == ChartCell.wideTail { continue }
        var style = styles[cell.role.themeRole] ?? .plain
        if cell.selected { style = style.merged(with: selected) }
        if cell.cursor { style = style.merged(with: Style(bold: true, underline: true)) }
        buffer.write(String(cell.character), x: column, y: row, style: style, maxX: clip.maxX)
      }
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
