import DossierModel
import DossierTUI

/// The detail pane of the current screen: what it describes, its lines and links, its keys.
extension AppState {
  /// The item the detail pane describes: the reader's paragraph, or the list's selection.
  var detailSubject: ItemRef? {
    if reading, let reader {
      return corpus.paragraphs(of: reader.document)[safe: reader.cursor].map {
        .paragraph($0.citation)
      }
    }
    return list.selected
  }

  /// The detail lines of the current selection, with its mark and note first (built once for
  /// a subject, width, mark and note: ``DetailCache``).
  var detailLines: [DetailLine] {
    let key = detailKey
    return ctx.detailCache.lines(key) { buildDetailLines(key) }
  }

  /// What the detail lines are made from: the subject, the width, its mark and note.
  private var detailKey: DetailCache.Key {
    let subject = detailSubject
    var header: [DetailLine] = []
    if let subject {
      if userData.isMarked(subject) {
        header.append(
          DetailLine("● marked in briefing \u{201C}\(userData.current)\u{201D}", .mark))
      }
      if let note = userData.note(for: subject) {
        header.append(
          DetailLine([
            .init(text: "✎ Note: ", role: .mark), .init(text: note.text, role: .normal),
          ]))
      }
    }
    return DetailCache.Key(subject: subject, width: layout.detailContent.width, header: header)
  }

  private func buildDetailLines(_ key: DetailCache.Key) -> [DetailLine] {
    let lines = DetailBuilder(
      corpus: corpus, width: key.width, disagreements: ctx.disagreements
    ).lines(for: key.subject)
    return key.header.isEmpty ? lines : key.header + [.blank] + lines
  }

  var detailLinks: [DetailLine] { detailLines.filter { $0.link != nil } }

  /// The detail lines wrapped to the pane, each knowing the link it belongs to.
  var wrappedDetail: [WrappedLine] {
    let key = detailKey
    return ctx.detailCache.wrapped(key, lines: { buildDetailLines(key) }) {
      DetailLayout.wrap($0, width: key.width - 3)
    }
  }

  var detailTitle: String {
    guard let subject = detailSubject else { return "Detail" }
    switch subject {
    case .actor: return "Actor"
    case .event: return "Event"
    case .myth: return "Myth"
    case .document: return "Source"
    case .paragraph(let c): return "Passage \(c)"
    case .diagnostic: return "Problem"
    case .disagreement: return "Disagreement"
    default: return "Detail"
    }
  }

  mutating func focusDetail() {
    guard !detailHidden else {
      message = "The detail pane is hidden: z shows it"
      return
    }
    let lines = detailLines
    guard !lines.isEmpty else { return }
    focus = .detail
    let links = lines.count { $0.link != nil }
    screen.detail.link = min(screen.detail.link, max(0, links - 1))
  }

  /// The detail pane as its keys see it (``DetailPaneState/perform(_:in:page:)``).
  var detailPaneContent: DetailPaneState.Content {
    DetailPaneState.Content(
      links: detailLinks.compactMap(\.link), wrapped: wrappedDetail,
      height: layout.detailContent.height)
  }

  /// Scrolls the detail pane to its selected link (after going back to a place).
  mutating func scrollDetailToLink() {
    let wrapped = wrappedDetail
    let height = layout.detailContent.height
    screen.detail.scrollToLink(in: wrapped, height: height)
  }

  /// Draws the pane's header (side by side) or the separator with its title (stacked).
  func renderDetail(_ buffer: inout Buffer, _ layout: Layout) {
    guard !layout.detailHidden else { return }
    let focused = focus == .detail && overlay == nil
    let marker = focused ? "▶ " : "  "
    let sep = layout.separator
    if layout.sideBySide {
      for y in sep.y..<sep.maxY { buffer.write("│", x: sep.x, y: y, style: ctx.style(.border)) }
      DossierTUI.Line([
        Span(marker, ctx.style(.title)), Span(detailTitle, ctx.style(focused ? .title : .dim)),
      ]).draw(
        in: Rect(
          x: layout.detailHeader.x + 1, y: layout.detailHeader.y,
          width: layout.detailHeader.width - 1, height: 1), into: &buffer)
    } else {
      buffer.write(
        String(repeating: "─", count: sep.width), x: sep.x, y: sep.y, style: ctx.style(.border))
      buffer.write(
        TextLayout.truncate(marker + detailTitle + " ", to: sep.width - 2), x: sep.x + 1,
        y: sep.y, style: ctx.style(focused ? .title : .dim))
    }
    let content = layout.detailContent
    let wrapped = wrappedDetail
    let selectedLink = focused ? screen.detail.link : -1
    var state = ListViewState(offset: min(screen.detail.scroll, max(0, wrapped.count - 1)))
    var view = ListView(
      count: wrapped.count, highlight: ctx.style(.selected), pointer: nil,
      scrollbar: (ctx.style(.title), ctx.style(.border))
    ) { index, area, selected, buffer in
      let line = wrapped[index]
      let x = area.x + 1 + line.indent
      if let marker = line.marker {
        buffer.write(
          marker, x: area.x, y: area.y, style: selected ? ctx.style(.selected) : ctx.style(.dim))
      }
      DossierTUI.Line(
        line.segments.map { Span($0.text, ctx.style($0.role)) },
        base: selected ? ctx.style(.selected) : nil
      ).draw(in: Rect(x: x, y: area.y, width: area.maxX - 1 - x, height: 1), into: &buffer)
    }
    view.followsSelection = false
    view.highlights = { wrapped[$0].linkIndex != nil && wrapped[$0].linkIndex == selectedLink }
    view.render(in: content, into: &buffer, state: &state)
  }
}
