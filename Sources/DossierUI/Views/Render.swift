import DossierModel
import DossierTUI

extension AppState {
  /// Draws the whole screen for the current state.
  public func render() -> Buffer {
    var buffer = Buffer(size: size, fill: Cell(" ", theme.style(.normal)))
    let layout = self.layout
    if layout.tooSmall {
      renderTooSmall(&buffer)
      return buffer
    }
    if let presenter {
      renderPresenter(presenter, into: &buffer)
      return buffer
    }
    TopBar.render(self, into: &buffer, at: layout.topBar)
    if view == .timeline { renderStrip(&buffer, layout.strip) }
    renderList(&buffer, layout)
    renderSeparator(&buffer, layout)
    renderDetail(&buffer, layout)
    renderStatus(&buffer, layout.status)
    if let overlay { renderOverlay(overlay, &buffer, layout) }
    return buffer
  }

  func style(_ role: Role) -> Style { theme.style(role) }

  /// Writes styled segments on one row, clipped to `rect`; returns the next column.
  @discardableResult
  func write(
    _ segments: [DetailLine.Segment], _ buffer: inout Buffer, x: Int, y: Int, maxX: Int,
    base: Style? = nil
  ) -> Int {
    let spans = segments.map { Span($0.text, style($0.role)) }
    return Line(spans, base: base).draw(
      in: Rect(x: x, y: y, width: maxX - x, height: 1), into: &buffer)
  }

  func renderTooSmall(_ buffer: inout Buffer) {
    CenteredText([
      Span("Terminal too small", style(.title)),
      Span(
        "\(size.width)×\(size.height); dossier needs at least \(Layout.minimum.width)×\(Layout.minimum.height).",
        style(.normal)),
      Span("Enlarge the window, or press q to quit.", style(.normal)),
    ]).render(in: buffer.area, into: &buffer)
  }

  // MARK: List pane

  func renderList(_ buffer: inout Buffer, _ layout: Layout) {
    let focused = focus == .list && overlay == nil
    let header = layout.listHeader
    buffer.fill(header, with: Cell(" ", style(.normal)))
    var title: String
    if view == .documents, let reader, let document = corpus.document(reader.document) {
      title = "Reading: \(document.title)"
    } else {
      title = "\(view.title) (\(list.itemRows.count))"
      if !list.textFilter.isEmpty { title += " matching \u{201C}\(list.textFilter)\u{201D}" }
      if view == .timeline, !timelineFilter.isEmpty { title += " · \(timelineFilter.description)" }
    }
    let marker = focused ? "▶ " : "  "
    write(
      [.init(text: marker, role: .title), .init(text: title, role: focused ? .title : .dim)],
      &buffer,
      x: header.x, y: header.y, maxX: header.maxX)
    let content = layout.listContent
    if view == .documents, reader != nil {
      renderReader(&buffer, content, focused: focused)
      return
    }
    let state = list
    if state.entries.isEmpty {
      let text =
        state.textFilter.isEmpty
        ? emptyMessage : "No match for \u{201C}\(state.textFilter)\u{201D}. Esc clears the filter."
      buffer.write(
        TextLayout.truncate(text, to: content.width - 2), x: content.x + 2, y: content.y,
        style: style(.dim))
      return
    }
    let selectedRow = state.selectedRow
    for row in 0..<content.height {
      let index = state.scroll + row
      guard index < state.entries.count else { break }
      let y = content.y + row
      switch state.entries[index] {
      case .heading(let text, let role):
        let line = role == .era ? "═ \(text) ═" : "── \(text) ──"
        buffer.write(
          TextLayout.truncate(line, to: content.width - 1), x: content.x + 1, y: y,
          style: style(role))
      case .item(let ref, let depth):
        let selected = index == selectedRow
        let rowStyle: Style? = selected ? style(focused ? .selected : .selectedUnfocused) : nil
        if let rowStyle {
          buffer.fill(
            Rect(x: content.x, y: y, width: content.width, height: 1), with: Cell(" ", rowStyle))
        }
        let pointer = selected ? "›" : " "
        buffer.write(pointer, x: content.x, y: y, style: rowStyle ?? style(.normal))
        // Marked items show ●, annotated ones ✎, in every list and theme.
        let marks =
          (userData.isMarked(ref) ? "●" : " ") + (userData.note(for: ref) != nil ? "✎" : " ")
        write(
          [.init(text: marks, role: .mark)], &buffer, x: content.x + 1, y: y, maxX: content.maxX,
          base: rowStyle)
        write(
          rowSegments(ref, width: content.width - 4 - depth * 2, depth: depth), &buffer,
          x: content.x + 3 + depth * 2, y: y, maxX: content.maxX, base: rowStyle)
      }
    }
    renderScrollbar(&buffer, content, first: state.scroll, total: state.entries.count)
  }

  var emptyMessage: String {
    switch view {
    case .problems: "No problems: the corpus loaded without errors or warnings."
    case .timeline: "No events match these filters. Press F to clear them."
    default: "Nothing here."
    }
  }

  /// A one-column scroll indicator at the right edge of a pane.
  func renderScrollbar(_ buffer: inout Buffer, _ rect: Rect, first: Int, total: Int) {
    Scrollbar(first: first, total: total, thumbStyle: style(.title), trackStyle: style(.border))
      .render(in: rect, into: &buffer)
  }

  /// The text of a list row.
  func rowSegments(_ ref: ItemRef, width: Int, depth: Int) -> [DetailLine.Segment] {
    switch ref {
    case .actor(let id):
      guard let actor = corpus.actor(id) else { return [.init(text: id, role: .warning)] }
      let count = corpus.index.eventsByActor[id]?.count ?? 0
      let right = count > 0 ? "\(count) ev" : ""
      let name = TextLayout.fit(actor.name, to: max(1, width - 8))
      return [
        .init(text: name, role: .normal), .init(text: TextLayout.fit(right, to: 7), role: .dim),
      ]
    case .event(let id):
      guard let event = corpus.event(id) else { return [.init(text: id, role: .warning)] }
      let lane = corpus.lane(event.lane)?.short ?? "?"
      let disputed = corpus.index.disagreementsByItem[.event(id)] != nil ? "≠" : " "
      return [
        .init(text: TextLayout.fit(event.date.display, to: 13) + " ", role: .dim),
        .init(text: "[" + TextLayout.fit(lane, to: 3) + "]", role: .badge),
        .init(text: disputed, role: .warning),
        .init(text: event.title, role: .normal),
      ]
    case .myth(let id):
      guard let myth = corpus.myth(id) else { return [.init(text: id, role: .warning)] }
      let verdict = (corpus.verdict(myth.verdict)?.label ?? myth.verdict).uppercased()
      let prefix = depth > 0 ? "└ " : ""
      return [
        .init(text: prefix, role: .dim), .init(text: "[\(verdict)] ", role: .badge),
        .init(text: myth.claim.plain, role: .normal),
      ]
    case .document(let id):
      guard let document = corpus.document(id) else { return [.init(text: id, role: .warning)] }
      let source = corpus.source(document.sourceID)
      let date = source?.date?.display ?? "undated"
      return [
        .init(text: TextLayout.fit(date, to: 12) + " ", role: .dim),
        .init(text: TextLayout.fit(source?.kind.rawValue ?? "", to: 12) + " ", role: .badge),
        .init(text: source?.title ?? document.title, role: .normal),
      ]
    case .diagnostic(let n):
      guard n < corpus.diagnostics.count else { return [] }
      let d = corpus.diagnostics[n]
      var place = d.path ?? ""
      if let span = d.span, span.file < corpus.files.count {
        let file = corpus.files[span.file]
        let (line, column) = file.location(of: span.offset)
        place = "\(file.path):\(line):\(column)"
      }
      return [
        .init(
          text: d.severity == .error ? "error   " : "warning ",
          role: d.severity == .error ? .error : .warning),
        .init(text: d.message + "  ", role: .normal), .init(text: place, role: .dim),
      ]
    default:
      return [.init(text: corpus.title(of: ref), role: .normal)]
    }
  }

  func renderReader(_ buffer: inout Buffer, _ content: Rect, focused: Bool) {
    guard let reader else { return }
    let layout = ReaderLayout(state: self)
    for row in 0..<content.height {
      let index = reader.scroll + row
      guard index < layout.lines.count else { break }
      let line = layout.lines[index]
      let y = content.y + row
      let current = line.paragraph == reader.cursor && line.paragraph != nil
      if current {
        buffer.write(focused ? "▌" : "│", x: content.x, y: y, style: style(focused ? .title : .dim))
      }
      write(line.segments, &buffer, x: content.x + 2, y: y, maxX: content.maxX - 1)
    }
    renderScrollbar(&buffer, content, first: reader.scroll, total: layout.lines.count)
  }

  // MARK: Detail pane

  func renderSeparator(_ buffer: inout Buffer, _ layout: Layout) {
    let sep = layout.separator
    if layout.sideBySide {
      for y in sep.y..<sep.maxY { buffer.write("│", x: sep.x, y: y, style: style(.border)) }
    } else {
      let focused = focus == .detail && overlay == nil
      let title = (focused ? "▶ " : "  ") + detailTitle
      buffer.write(
        String(repeating: "─", count: sep.width), x: sep.x, y: sep.y, style: style(.border))
      buffer.write(
        TextLayout.truncate(title + " ", to: sep.width - 2), x: sep.x + 1, y: sep.y,
        style: style(focused ? .title : .dim))
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
    default: return "Detail"
    }
  }

  func renderDetail(_ buffer: inout Buffer, _ layout: Layout) {
    let focused = focus == .detail && overlay == nil
    if layout.sideBySide {
      let header = layout.detailHeader
      write(
        [
          .init(text: focused ? "▶ " : "  ", role: .title),
          .init(text: detailTitle, role: focused ? .title : .dim),
        ],
        &buffer, x: header.x + 1, y: header.y, maxX: header.maxX)
    }
    let content = layout.detailContent
    let wrapped = wrappedDetail
    let selectedLink = focused ? (detailLink[view] ?? 0) : -1
    let scroll = min(detailScroll[view] ?? 0, max(0, wrapped.count - 1))
    for row in 0..<content.height {
      let index = scroll + row
      guard index < wrapped.count else { break }
      let line = wrapped[index]
      let y = content.y + row
      let x = content.x + 1 + line.indent
      let selected = line.linkIndex != nil && line.linkIndex == selectedLink
      if selected {
        buffer.fill(
          Rect(x: content.x, y: y, width: content.width, height: 1),
          with: Cell(" ", style(.selected)))
        buffer.write("›", x: content.x, y: y, style: style(.selected))
      }
      write(
        line.segments, &buffer, x: x, y: y, maxX: content.maxX - 1,
        base: selected ? style(.selected) : nil)
    }
    renderScrollbar(&buffer, content, first: scroll, total: wrapped.count)
  }

  // MARK: Density strip

  /// One row of events per year, with the selected event's year marked.
  func renderStrip(_ buffer: inout Buffer, _ rect: Rect) {
    let years = list.yearCounts
    guard let first = years.keys.min(), let last = years.keys.max(), rect.width > 20 else { return }
    let label = " \(first) "
    let end = " \(last) "
    let width = rect.width - label.count - end.count - 1
    let span = last - first + 1
    var counts = [Int](repeating: 0, count: width)
    for (year, count) in years { counts[min(width - 1, (year - first) * width / span)] += count }
    let top = max(1, counts.max() ?? 1)
    let blocks = Array(" ▁▂▃▄▅▆▇█")
    var selectedColumn: Int?
    if case .event(let id) = list.selected, let year = corpus.event(id)?.date.startYear {
      selectedColumn = min(width - 1, (year - first) * width / span)
    }
    buffer.write(label, x: rect.x, y: rect.y, style: style(.dim))
    for (i, count) in counts.enumerated() {
      let level = count == 0 ? 0 : max(1, count * 8 / top)
      let selected = i == selectedColumn
      let symbol = selected ? "▼" : String(blocks[level])
      buffer.write(
        symbol, x: rect.x + label.count + i, y: rect.y,
        style: style(selected ? .selected : .heading))
    }
    buffer.write(end, x: rect.x + label.count + width, y: rect.y, style: style(.dim))
  }

  // MARK: Status line

  func renderStatus(_ buffer: inout Buffer, _ rect: Rect) {
    buffer.fill(rect, with: Cell(" ", style(.status)))
    if let input {
      let (prompt, text) =
        switch input {
        case .filter(let t): (view == .documents && reader != nil ? "find: " : "filter: ", t)
        case .year(let t): ("jump to year: ", t)
        case .note(let t): ("note: ", t)
        case .briefingName(let t, let renaming):
          (renaming ? "rename briefing: " : "new briefing: ", t)
        }
      buffer.write(" " + prompt, x: rect.x, y: rect.y, style: style(.statusKey))
      let x = rect.x + prompt.count + 1
      let end = buffer.write(text + "▏", x: x, y: rect.y, style: style(.input), maxX: rect.maxX)
      buffer.write(
        "  Enter keep · Esc cancel", x: end, y: rect.y, style: style(.status), maxX: rect.maxX)
      return
    }
    var left: String
    if view == .documents, let reader {
      let count = corpus.paragraphs(of: reader.document).count
      left = " ¶ \(count == 0 ? 0 : reader.cursor + 1)/\(count)"
      if !reader.find.isEmpty { left += " · find \u{201C}\(reader.find)\u{201D}" }
    } else {
      let count = list.itemRows.count
      left = " \(count == 0 ? 0 : list.cursor + 1)/\(count)"
      var filters: [String] = []
      if !list.textFilter.isEmpty { filters.append("\u{201C}\(list.textFilter)\u{201D}") }
      if view == .timeline, !timelineFilter.isEmpty { filters.append(timelineFilter.description) }
      if !filters.isEmpty { left += " · filter: " + filters.joined(separator: ", ") }
    }
    if let message { left += " · " + message }
    var x = buffer.write(
      TextLayout.truncate(left, to: rect.width / 2 + 10), x: rect.x, y: rect.y,
      style: style(.status))
    x += 2
    var hints: [(String, String)] = []
    if !corpus.diagnostics.isEmpty, view != .problems {
      hints.append(
        ("p", "\(corpus.diagnostics.count) problem\(corpus.diagnostics.count == 1 ? "" : "s")"))
    }
    hints += keyHints
    // Help and quit always show; the other hints take the room that is left, in order.
    func width(_ hint: (String, String)) -> Int { TextWidth.of(hint.0) + TextWidth.of(hint.1) + 3 }
    let lasting = hints.filter { $0.0 == "?" || $0.0 == "q" }
    var room = rect.maxX - x - lasting.map(width).reduce(0, +)
    var shown: [(String, String)] = []
    for hint in hints where !lasting.contains(where: { $0 == hint }) {
      guard width(hint) <= room else { break }
      shown.append(hint)
      room -= width(hint)
    }
    for (key, label) in shown + lasting where x + width((key, label)) <= rect.maxX + 2 {
      x = buffer.write(key, x: x, y: rect.y, style: style(.statusKey))
      x = buffer.write(" " + label + "  ", x: x, y: rect.y, style: style(.status))
    }
  }

  var keyHints: [(String, String)] {
    var hints: [(String, String)] = []
    switch (view, focus) {
    case (_, .detail): hints = [("↵", "follow"), ("h", "back to list"), ("⌫", "back")]
    case (.documents, _) where reader != nil:
      hints = [("↵", "links"), ("]", "next section"), ("/", "find"), ("⌫", "back")]
    case (.documents, _): hints = [("↵", "read")]
    case (.timeline, _): hints = [("↵", "details"), ("f", "lanes, actors…"), ("g", "year")]
    case (.problems, _): hints = [("↵", "open in $EDITOR"), ("r", "reload")]
    default: hints = [("↵", "details")]
    }
    if !(view == .documents && reader != nil) { hints.append(("/", "filter")) }
    hints += [("s", "search"), ("?", "help"), ("q", "quit")]
    return hints
  }

  // MARK: Overlays

  func renderOverlay(_ overlay: Overlay, _ buffer: inout Buffer, _ layout: Layout) {
    let box = layout.overlayBox
    switch overlay {
    case .help(let scroll):
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
    case .search(let box2):
      drawBox(&buffer, box, title: "Search everything — ↑↓ choose · ↵ go · Esc close")
      let inner = box.inset(1)
      buffer.write("› ", x: inner.x + 1, y: inner.y, style: style(.title))
      buffer.write(
        box2.query + "▏", x: inner.x + 3, y: inner.y, style: style(.input), maxX: inner.maxX)
      let summary =
        box2.query.isEmpty
        ? "Type a name, alias, word or year" : "\(box2.total) match\(box2.total == 1 ? "" : "es")"
      buffer.write(summary, x: inner.x + 1, y: inner.y + 1, style: style(.dim), maxX: inner.maxX)
      let selectedRow = box2.resultRows[safe: box2.cursor]
      let height = inner.height - 3
      let first = max(0, (selectedRow ?? 0) - height + 2)
      for row in 0..<max(0, height) {
        let index = first + row
        guard index < box2.results.count else { break }
        let y = inner.y + 3 + row
        switch box2.results[index] {
        case .heading(let text):
          buffer.write(
            "── \(text) ──", x: inner.x + 1, y: y, style: style(.heading), maxX: inner.maxX)
        case .result(_, let title, let matched):
          let selected = index == selectedRow
          if selected {
            buffer.fill(
              Rect(x: inner.x, y: y, width: inner.width, height: 1),
              with: Cell(" ", style(.selected)))
          }
          let base: Style? = selected ? style(.selected) : nil
          let titleWidth = max(10, inner.width * 3 / 5)
          write(
            [
              .init(
                text: (selected ? "› " : "  ") + TextLayout.fit(title, to: titleWidth - 2),
                role: .normal)
            ], &buffer, x: inner.x + 1, y: y, maxX: inner.maxX, base: base)
          write(
            [.init(text: " " + matched, role: .dim)], &buffer, x: inner.x + 1 + titleWidth, y: y,
            maxX: inner.maxX, base: base)
        }
      }
    case .picker(let picker):
      drawBox(&buffer, box, title: picker.title + " — type to narrow · ↵ apply · Esc close")
      let inner = box.inset(1)
      buffer.write("› ", x: inner.x + 1, y: inner.y, style: style(.title))
      buffer.write(
        picker.query + "▏", x: inner.x + 3, y: inner.y, style: style(.input), maxX: inner.maxX)
      let visible = picker.visible
      let height = inner.height - 2
      let first = max(0, picker.cursor - height + 1)
      for row in 0..<max(0, height) {
        let index = first + row
        guard index < visible.count else { break }
        let y = inner.y + 2 + row
        let selected = index == picker.cursor
        if selected {
          buffer.fill(
            Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", style(.selected))
          )
        }
        buffer.write(
          (selected ? "› " : "  ") + visible[index].label, x: inner.x + 1, y: y,
          style: style(selected ? .selected : .normal), maxX: inner.maxX)
      }
    case .item(let ref, let link):
      drawBox(&buffer, box, title: "↑↓ choose · ↵ follow · Esc close")
      let inner = box.inset(1)
      let lines = DetailBuilder(corpus: corpus, width: inner.width - 2).lines(for: ref)
      let wrapped = DetailLayout.wrap(lines, width: inner.width - 2)
      for row in 0..<inner.height {
        guard row < wrapped.count else { break }
        let line = wrapped[row]
        let selected = line.linkIndex == link
        if selected {
          buffer.fill(
            Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1),
            with: Cell(" ", style(.selected)))
        }
        write(
          line.segments, &buffer, x: inner.x + 1 + line.indent, y: inner.y + row, maxX: inner.maxX,
          base: selected ? style(.selected) : nil)
      }
    }
  }

  func drawBox(_ buffer: inout Buffer, _ rect: Rect, title: String) {
    Box(
      title: title, borderStyle: style(.border), titleStyle: style(.title),
      fill: Cell(" ", style(.normal))
    ).render(in: rect, into: &buffer)
  }
}

/// The top bar: the four views with their numbers, and the corpus title.
enum TopBar {
  static let tabs: [AppState.ViewID] = [.actors, .timeline, .myths, .documents]

  /// Where the tabs go: after " dossier " on the top row.
  static func area(_ rect: Rect) -> Rect {
    Rect(x: rect.x + 9, y: rect.y, width: rect.width - 9, height: 1)
  }

  static func widget(_ state: AppState) -> Tabs {
    Tabs(
      tabs.map { "\($0.rawValue) \($0.title)" }, selected: tabs.firstIndex(of: state.view),
      activeStyle: state.style(.tabActive), inactiveStyle: state.style(.tabInactive))
  }

  /// The view whose tab is at a cell of the top bar.
  static func tab(_ state: AppState, at x: Int, y: Int, in rect: Rect) -> AppState.ViewID? {
    widget(state).tab(at: x, y: y, in: area(rect)).map { tabs[$0] }
  }

  static func render(_ state: AppState, into buffer: inout Buffer, at rect: Rect) {
    buffer.fill(rect, with: Cell(" ", state.style(.topBar)))
    buffer.write(
      " dossier", x: rect.x, y: rect.y, style: state.style(.topBar).merged(with: Style(bold: true)))
    let tabs = widget(state)
    tabs.render(in: area(rect), into: &buffer)
    var end = tabs.end(in: area(rect))
    if state.view == .problems {
      end = buffer.write(" [! Problems] ", x: end + 1, y: rect.y, style: state.style(.tabActive))
    }
    let title = state.corpus.manifest.title
    let room = rect.width - end - 3
    if room > 8 {
      let shown = TextLayout.truncate(title, to: room)
      buffer.write(
        shown, x: rect.maxX - TextWidth.of(shown) - 1, y: rect.y, style: state.style(.topBar))
    }
  }
}
