import DossierModel
import DossierSlides
import DossierTUI

extension AppState {
  /// Presenter mode on screen: the audience screen of DossierSlides (``PresenterScreen``) in
  /// the presenter's theme, the title and the date in big type where they fit (as large as the
  /// `presenter.font` setting allows). A message (such as why no speaker view can follow) takes
  /// the status line's place until the next key. A blank screen is only the background.
  func renderPresenter(_ state: PresenterState, into buffer: inout Buffer) {
    var lines = PresenterScreen.layout(
      session: state.session, slides: state.slides, label: state.label, width: size.width,
      height: size.height, now: ctx.clock(), unicode: !ctx.ascii, font: ctx.presenterFont)
    if let message, !lines.isEmpty {
      lines.removeAll { $0.role == .status }
      let x = size.width >= 120 ? 4 : size.width >= 60 ? 2 : 0
      lines.append(
        .init(
          x: x, y: size.height - 1, text: TextLayout.truncate(message, to: size.width - 2 * x),
          role: .more))
    }
    theme.draw(lines, into: &buffer)
  }
}

extension Theme {
  /// Draws laid-out slide lines (the presenter's, the speaker view's) into a buffer, each in
  /// the style of its role.
  public func draw(_ lines: [SlideLayout.Line], into buffer: inout Buffer, dx: Int = 0, dy: Int = 0)
  {
    for line in lines {
      buffer.write(line.text, x: line.x + dx, y: line.y + dy, style: slideStyle(line.role))
    }
  }

  /// How a role of a slide looks. The headline and the date stand out (bold, and big type where
  /// it fits); the previous and next items and the status line are quieter than the slide in
  /// every theme, without relying on colour: dim and never bold (and marked by `↑` `↓`).
  public func slideStyle(_ role: SlideLayout.Line.Role) -> Style {
    let normal = style(.normal)
    let bold = normal.merged(with: Style(bold: true))
    switch role {
    case .headline, .progress: return bold
    case .date: return name == .monochrome ? bold : style(.era)
    case .label: return name == .monochrome ? bold : style(.heading)
    case .badge: return style(.badge)
    case .heading: return bold.merged(with: Style(underline: true))
    case .body, .figure, .meta: return normal
    case .more: return style(.warning)
    case .neighbour, .status:
      return Style(normal.foreground, on: normal.background, dim: true)
    }
  }
}
