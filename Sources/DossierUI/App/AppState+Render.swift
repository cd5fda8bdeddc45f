import DossierModel
import DossierTUI

extension AppState {
  /// Draws the whole screen for the current state.
  public func render() -> Buffer {
    var buffer = Buffer(size: size, fill: Cell(" ", ctx.style(.normal)))
    let layout = self.layout
    if layout.tooSmall {
      CenteredText([
        Span("Terminal too small", ctx.style(.title)),
        Span(
          "\(size.width)×\(size.height); dossier needs at least \(Layout.minimum.width)×\(Layout.minimum.height).",
          ctx.style(.normal)),
        Span("Enlarge the window, or press q to quit.", ctx.style(.normal)),
      ]).render(in: buffer.area, into: &buffer)
      return buffer
    }
    if let presenter {
      renderPresenter(presenter, into: &buffer)
      return buffer
    }
    TopBar.render(self, into: &buffer, at: layout.topBar)
    if view.hasStrip { renderStrip(&buffer, layout.strip) }
    if !view.renderBody(self, into: &buffer, layout) { renderList(&buffer, layout) }
    renderDetail(&buffer, layout)
    renderStatus(&buffer, layout.status)
    if let overlay { renderOverlay(overlay, &buffer, layout) }
    return buffer
  }

  func style(_ role: Role) -> Style { ctx.style(role) }

  /// Clears a pane's header row and writes its title, marked `▶` and bright while the pane has
  /// the focus, dim otherwise (so the focus shows without colour).
  func writePaneTitle(_ title: String, focused: Bool, in header: Rect, _ buffer: inout Buffer) {
    buffer.fill(header, with: Cell(" ", style(.normal)))
    write(
      [
        .init(text: focused ? "▶ " : "  ", role: .title),
        .init(text: title, role: focused ? .title : .dim),
      ], &buffer, x: header.x, y: header.y, maxX: header.maxX)
  }

  /// Writes styled segments on one row, up to `maxX`; returns the next column.
  @discardableResult
  func write(
    _ segments: [DetailLine.Segment], _ buffer: inout Buffer, x: Int, y: Int, maxX: Int,
    base: Style? = nil
  ) -> Int {
    DossierTUI.Line(segments.map { Span($0.text, style($0.role)) }, base: base).draw(
      in: Rect(x: x, y: y, width: maxX - x, height: 1), into: &buffer)
  }
}
