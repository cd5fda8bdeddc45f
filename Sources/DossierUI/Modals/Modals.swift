import DossierModel
import DossierTUI

/// The boxes over the screen: each owns the keys while it is open.
extension AppState {
  mutating func handleOverlayKey(_ key: Key) -> Effect? {
    guard let current = overlay else { return nil }
    switch current {
    case .help(let scroll):
      // The last line of help stops at the bottom of the box.
      let inner = layout.overlayBox.inset(1)
      let rows = max(1, inner.height)
      let last = max(0, HelpText.rows(width: inner.width).count - rows)
      switch key {
      case .down, .character("j"): overlay = .help(scroll: min(last, scroll + 1))
      case .up, .character("k"): overlay = .help(scroll: max(0, scroll - 1))
      case .pageDown, .character(" "): overlay = .help(scroll: min(last, scroll + rows))
      case .pageUp: overlay = .help(scroll: max(0, scroll - rows))
      case .home: overlay = .help(scroll: 0)
      case .end: overlay = .help(scroll: last)
      default: overlay = nil
      }
    case .messages(let scroll):
      let rows = max(1, layout.overlayBox.inset(1).height)
      let last = max(0, messageRows().count - rows)
      let at = min(scroll, last)
      switch key {
      case .down, .character("j"): overlay = .messages(scroll: min(last, at + 1))
      case .up, .character("k"): overlay = .messages(scroll: max(0, at - 1))
      case .pageDown, .character(" "): overlay = .messages(scroll: min(last, at + rows))
      case .pageUp: overlay = .messages(scroll: max(0, at - rows))
      case .home: overlay = .messages(scroll: 0)
      case .end: overlay = .messages(scroll: last)
      default: overlay = nil
      }
    case .search(var box):
      handleSearchKey(key, &box)
      if case .search = overlay { overlay = .search(box) }
    case .picker(var picker):
      switch key {
      case .escape: overlay = nil
      case .enter:
        // With nothing to choose the box stays open (Esc closes it), so that the rest of what
        // was typed never reaches the view behind it as commands.
        let visible = picker.visible
        guard picker.cursor < visible.count else { break }
        overlay = nil
        return choose(visible[picker.cursor].action)
      case .down, .tab: picker.cursor = min(picker.cursor + 1, max(0, picker.visible.count - 1))
      case .up, .backTab: picker.cursor = max(0, picker.cursor - 1)
      case .pageDown: picker.cursor = min(picker.cursor + 10, max(0, picker.visible.count - 1))
      case .pageUp: picker.cursor = max(0, picker.cursor - 10)
      default:
        if picker.field.handle(key) == .edited { picker.cursor = 0 }
      }
      if case .picker = overlay { overlay = .picker(picker) }
    case .export(var box):
      let effect = handleExportKey(key, &box)
      if case .export = overlay { overlay = .export(box) }
      return effect
    case .unsaved:
      switch key {
      case .character("r"): return .saveBeforeQuit
      case .character("w"): return .writeUnsavedCopy
      case .character("Q"): return .quit
      case .escape: overlay = nil
      default: break
      }
    case .item(let ref, let link):
      let links = DetailBuilder(
        corpus: corpus, width: layout.overlayBox.width - 4, disagreements: ctx.disagreements
      ).lines(for: ref)
        .filter { $0.link != nil }
      switch key {
      case .escape, .character("q"), .backspace: overlay = nil
      case .down, .character("j"):
        overlay = .item(ref, link: min(link + 1, max(0, links.count - 1)))
      case .up, .character("k"): overlay = .item(ref, link: max(0, link - 1))
      case .enter:
        overlay = nil
        if link < links.count, let target = links[link].link { follow(target) }
      default: break
      }
    }
    return nil
  }

  func renderOverlay(_ overlay: Overlay, _ buffer: inout Buffer, _ layout: Layout) {
    let box = layout.overlayBox
    switch overlay {
    case .help(let scroll): renderHelp(scroll: scroll, &buffer, in: box)
    case .messages(let scroll): renderMessages(scroll: scroll, &buffer, in: box)
    case .search(let search): renderSearch(search, &buffer, in: box)
    case .picker(let picker):
      drawBox(&buffer, box, title: picker.title + " — type to narrow · ↵ apply · Esc close")
      let inner = box.inset(1)
      buffer.write("› ", x: inner.x + 1, y: inner.y, style: style(.title))
      picker.field.draw(
        in: Rect(x: inner.x + 3, y: inner.y, width: inner.maxX - inner.x - 3, height: 1),
        into: &buffer, style: style(.input))
      let visible = picker.visible
      let height = inner.height - 2
      var state = ListViewState(
        selected: picker.cursor, offset: max(0, picker.cursor - height + 1))
      if visible.isEmpty {
        buffer.write(
          TextLayout.truncate(
            "Nothing matches \u{201C}\(picker.query)\u{201D} · Esc closes", to: inner.width - 2),
          x: inner.x + 1, y: inner.y + 2, style: style(.dim))
      }
      ListView(
        count: visible.count, highlight: style(.selected), pointer: nil,
        scrollbar: (style(.title), style(.border))
      ) {
        index, area, selected, buffer in
        write(
          [
            .init(
              text: (selected ? "› " : "  ") + visible[index].label,
              role: selected ? .selected : .normal)
          ],
          &buffer, x: area.x + 1, y: area.y, maxX: area.maxX)
      }.render(
        in: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, height)),
        into: &buffer, state: &state)
    case .unsaved(let reason):
      renderUnsaved(reason, &buffer, in: box)
    case .export(let export):
      renderExport(export, &buffer)
    case .item(let ref, let link):
      drawBox(&buffer, box, title: "↑↓ choose · ↵ follow · Esc close")
      let inner = box.inset(1)
      let lines = DetailBuilder(
        corpus: corpus, width: inner.width - 2, disagreements: ctx.disagreements
      ).lines(for: ref)
      let wrapped = DetailLayout.wrap(lines, width: inner.width - 3)
      // The selected link stays in view, with the rows of the box before it when they fit.
      let first = wrapped.firstIndex { $0.linkIndex == link } ?? 0
      let last = wrapped.lastIndex { $0.linkIndex == link } ?? 0
      var state = ListViewState(offset: max(0, min(first - 1, last - inner.height + 1)))
      if last < inner.height { state.offset = 0 }
      var list = ListView(
        count: wrapped.count, highlight: style(.selected), pointer: nil,
        scrollbar: (style(.title), style(.border))
      ) {
        index, area, selected, buffer in
        let line = wrapped[index]
        if let marker = line.marker {
          buffer.write(
            marker, x: area.x, y: area.y, style: selected ? style(.selected) : style(.dim))
        }
        write(
          line.segments, &buffer, x: area.x + 1 + line.indent, y: area.y, maxX: area.maxX,
          base: selected ? style(.selected) : nil)
      }
      list.followsSelection = false
      list.highlights = { wrapped[$0].linkIndex == link }
      list.render(in: inner, into: &buffer, state: &state)
    }
  }

  func renderHelp(scroll: Int, _ buffer: inout Buffer, in box: Rect) {
    let inner = box.inset(1)
    let lines = HelpText.rows(width: inner.width)
    let fits = lines.count <= inner.height
    drawBox(
      &buffer, box,
      title: fits ? "Keys — any key closes" : "Keys — ↑↓ PgUp PgDn scroll · any other key closes")
    if !fits {
      // Where the box is in the list, on its bottom border (not by colour alone).
      let shown = "\(scroll + 1)–\(min(lines.count, scroll + inner.height)) of \(lines.count)"
      let more = scroll + inner.height < lines.count ? " ▼ more " : " end "
      let label = " " + shown + " ·" + more
      buffer.write(
        label, x: max(box.x + 2, box.maxX - 2 - TextWidth.of(label)), y: box.maxY - 1,
        style: style(.dim))
    }
    for row in 0..<inner.height {
      let index = scroll + row
      guard index < lines.count else { break }
      let (key, text) = lines[index]
      if text.isEmpty, !key.isEmpty {
        buffer.write(
          key, x: inner.x + 1, y: inner.y + row, style: style(.heading), maxX: inner.maxX)
      } else {
        buffer.write(
          TextLayout.fit(key, to: 18), x: inner.x + 1, y: inner.y + row, style: style(.title),
          maxX: inner.maxX)
        buffer.write(
          text, x: inner.x + 20, y: inner.y + row, style: style(.normal), maxX: inner.maxX)
      }
    }
  }
}
