import DossierModel
import DossierTUI

/// Drawing the search box: the query, a summary with true counts by kind, and the ranked rows.
extension AppState {
  func renderSearch(_ box: SearchOverlay, _ buffer: inout Buffer, in rect: Rect) {
    drawBox(&buffer, rect, title: "Search everything — ↑↓ choose · ↵ go · Esc close")
    let inner = rect.inset(1)
    buffer.write("› ", x: inner.x + 1, y: inner.y, style: style(.title))
    box.field.draw(
      in: Rect(x: inner.x + 3, y: inner.y, width: inner.maxX - inner.x - 3, height: 1),
      into: &buffer, style: style(.input))
    buffer.write(
      searchSummary(box), x: inner.x + 1, y: inner.y + 1, style: style(.dim), maxX: inner.maxX)
    let height = max(0, inner.height - 3)
    var state = ListViewState(
      selected: box.total == 0 ? nil : box.cursor,
      offset: max(0, box.cursor - height + 2))
    var list = ListView(count: box.total, highlight: style(.selected), pointer: nil) {
      rank, area, selected, buffer in
      let base: Style? = selected ? style(.selected) : nil
      guard let hit = box.hit(rank) else {
        write(
          [.init(text: "  …", role: .dim)], &buffer, x: area.x + 1, y: area.y, maxX: area.maxX,
          base: base)
        return
      }
      write(
        searchRow(hit, selected: selected, width: area.width - 1), &buffer, x: area.x + 1,
        y: area.y, maxX: area.maxX, base: base)
    }
    list.followsSelection = false
    list.render(
      in: Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: height),
      into: &buffer, state: &state)
  }

  /// "indexing…", or "210 matches — 12 actors · 80 events · …" (true counts), or a failure.
  func searchSummary(_ box: SearchOverlay) -> String {
    if let failure = box.failure { return failure }
    if box.waiting { return "indexing… (the search index is being built; what you type is kept)" }
    guard let matches = box.matches else { return "Type a name, alias, word, phrase or year" }
    let counts = matches.countsByKind.sorted { $0.key < $1.key }.map { kind, count in
      "\(count) \(SearchModalText.plural(kind, count))"
    }
    return matches.summary + (counts.isEmpty ? "" : " — " + counts.joined(separator: " · "))
  }

  /// One result row: the kind, the date (events, sources), the title with the matched words
  /// marked, and where it matched (an alias) or a snippet of the matched text.
  func searchRow(_ hit: SearchHit, selected: Bool, width: Int) -> [DetailLine.Segment] {
    var row: [DetailLine.Segment] = [
      .init(text: (selected ? "› " : "  ") + TextLayout.fit(hit.kind.label, to: 9), role: .dim)
    ]
    // Room for "September 2017"; longer labels ("ahead of Zapad-2017") are cut.
    let dateWidth = min(ctx.dateWidth, max(14, width / 5))
    if hit.kind == .event || hit.kind == .source {
      row.append(.init(text: TextLayout.fit(hit.date ?? "", to: dateWidth) + " ", role: .dim))
    } else {
      row.append(.init(text: String(repeating: " ", count: dateWidth + 1), role: .dim))
    }
    for part in hit.titleParts {
      row.append(.init(text: part.text, role: part.highlighted ? .match : .normal))
    }
    if hit.via.hasPrefix("alias") {
      row.append(.init(text: "  (\(hit.via))", role: .dim))
    } else if !hit.snippet.isEmpty, hit.via == "text" {
      row.append(.init(text: "  ", role: .dim))
      for part in hit.snippet {
        row.append(.init(text: part.text, role: part.highlighted ? .match : .dim))
      }
    }
    return row
  }
}

extension AppState {
  /// A framed box with a title, filled with the normal style (every modal uses it).
  func drawBox(_ buffer: inout Buffer, _ rect: Rect, title: String) {
    Box(
      title: title, borderStyle: style(.border), titleStyle: style(.title),
      fill: Cell(" ", style(.normal))
    ).render(in: rect, into: &buffer)
  }
}

/// Words of the search box.
enum SearchModalText {
  /// "actors", "passages", "glossary entries"…
  static func plural(_ kind: SearchKind, _ count: Int) -> String {
    switch kind {
    case .glossary: count == 1 ? "glossary entry" : "glossary entries"
    case .paragraph: count == 1 ? "passage" : "passages"
    default: count == 1 ? kind.label : kind.label + "s"
    }
  }
}
