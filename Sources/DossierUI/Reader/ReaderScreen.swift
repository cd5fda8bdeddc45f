import DossierModel
import DossierTUI

/// The document reader over the Documents list: which document, the paragraph under the
/// cursor, and the text `/` looks for.
struct ReaderScreen: Equatable {
  var document: String
  /// Index into the flattened paragraphs of the document.
  var cursor = 0
  var scroll = 0
  /// The `/` text being looked for, and highlighted.
  var findText = ""
  /// The cursor jumped (to a section, or a cited passage): the next scroll puts it at the top,
  /// under its section's heading when it is the section's first paragraph.
  var jumped = false

  /// Moves the cursor to a passage (a section's first paragraph when none is given).
  mutating func move(to citation: Citation, in corpus: Corpus) {
    let paragraphs = corpus.paragraphs(of: citation.document)
    if let index = paragraphs.firstIndex(where: {
      $0.citation.section == citation.section
        && (citation.paragraph == nil || $0.citation.paragraph == citation.paragraph)
    }) {
      cursor = index
      jumped = true
    }
  }

  /// Where `query` (typed as `text`) matches in a paragraph's find text: one pass over it, kept
  /// in `cache` so that the layout marks the words without another.
  static func matching(
    _ query: SearchQuery, _ text: String, in paragraph: Paragraph, at index: Int,
    document: String, corpus: Corpus, cache: ReaderCache?
  ) -> ReaderCache.Found {
    let make = { () -> ReaderCache.Found in
      let result = query.find(in: findText(paragraph, corpus: corpus))
      return ReaderCache.Found(matches: result.matches, highlights: result.highlights)
    }
    guard let cache else { return make() }
    return cache.found(document: document, paragraph: index, find: text, make: make)
  }

  /// Whether `query` matches paragraph `index` of `paragraphs` (through `cache`, when given).
  func matches(
    _ query: SearchQuery,
    _ paragraphs: [(citation: Citation, section: Section, paragraph: Paragraph)],
    _ index: Int, corpus: Corpus, cache: ReaderCache?
  ) -> Bool {
    let paragraph = paragraphs[index].paragraph
    guard let cache else { return query.matches(ReaderScreen.findText(paragraph, corpus: corpus)) }
    return ReaderScreen.matching(
      query, findText, in: paragraph, at: index, document: document, corpus: corpus, cache: cache
    ).matches
  }

  /// Finds as you type: the first paragraph from the cursor on with the text.
  mutating func find(_ text: String, in corpus: Corpus, cache: ReaderCache? = nil) {
    findText = text
    guard !text.isEmpty else { return }
    let paragraphs = corpus.paragraphs(of: document)
    let query = SearchQuery(text)
    guard !query.isEmpty else { return }
    let order =
      paragraphs.indices.filter { $0 >= cursor } + paragraphs.indices.filter { $0 < cursor }
    if let hit = order.first(where: {
      matches(query, paragraphs, $0, corpus: corpus, cache: cache)
    }) {
      cursor = hit
    }
  }

  /// What find looks in for a paragraph: its text as shown, then the names and aliases of the
  /// actors it mentions (so `/Zapad` finds "West 2013", a mention of Zapad-2013), one a line.
  static func findText(_ paragraph: Paragraph, corpus: Corpus) -> String {
    var text = paragraph.text.plain
    for segment in paragraph.text.segments {
      if case .mention(let id, _) = segment, let names = mentionNames(id, corpus: corpus) {
        text += " \n " + names
      }
    }
    return text
  }

  /// The name and aliases of a mentioned actor, one a line.
  static func mentionNames(_ id: String, corpus: Corpus) -> String? {
    guard let actor = corpus.actor(id) else { return nil }
    return ([actor.name] + actor.aliases).joined(separator: " \n ")
  }

  /// A key of the reader: moves the cursor (the detail pane, which describes the paragraph
  /// under it, starts again at its top; a search that finds nothing says so), or asks the root
  /// to give the detail pane the keyboard. `page` is the pane's height in rows.
  mutating func perform(
    _ action: Action, corpus: Corpus, page: Int, cache: ReaderCache?,
    detail: inout DetailPaneState
  ) -> ScreenRequest? {
    if action == .intoDetail { return .focusDetail }
    let note = move(action, corpus: corpus, page: page, cache: cache)
    detail = DetailPaneState()
    return note.map { .message($0) }
  }

  /// Moves the cursor as a key asks; returns a message for the status line, if any.
  mutating func move(
    _ action: Action, corpus: Corpus, page: Int, cache: ReaderCache? = nil
  ) -> String? {
    let paragraphs = corpus.paragraphs(of: document)
    var message: String?
    switch action {
    case .down: cursor += 1
    case .up: cursor -= 1
    case .pageDown: cursor += max(1, page / 4)
    case .pageUp: cursor -= max(1, page / 4)
    case .halfDown: cursor += max(1, page / 8)
    case .halfUp: cursor -= max(1, page / 8)
    case .first: cursor = 0
    case .last: cursor = paragraphs.count - 1
    case .nextSection:
      let section = paragraphs[safe: cursor]?.section.id
      cursor =
        paragraphs.indices.first { $0 > cursor && paragraphs[$0].section.id != section } ?? cursor
      jumped = true
    case .previousSection:
      // The start of this section, or from there the start of the one before.
      let section = paragraphs[safe: cursor]?.section.id
      let start = paragraphs.indices.first { paragraphs[$0].section.id == section } ?? 0
      if start < cursor {
        cursor = start
      } else if start > 0 {
        let target = paragraphs[start - 1].section.id
        cursor = paragraphs.indices.first { paragraphs[$0].section.id == target } ?? start - 1
      }
      jumped = true
    case .nextMatch, .previousMatch:
      let query = SearchQuery(findText)
      guard !query.isEmpty else { break }
      let order =
        action == .nextMatch
        ? Array((cursor + 1)..<paragraphs.count) + Array(0...cursor)
        : Array((0..<cursor).reversed()) + Array((cursor..<paragraphs.count).reversed())
      if let hit = order.first(where: {
        matches(query, paragraphs, $0, corpus: corpus, cache: cache)
      }) {
        cursor = hit
      } else {
        message = "No match for \u{201C}\(findText)\u{201D}"
      }
    default: break
    }
    cursor = min(max(0, cursor), max(0, paragraphs.count - 1))
    return message
  }

  /// Keeps the cursor's paragraph in view in `height` rows.
  mutating func keepCursorVisible(layout: ReaderLayout, height: Int) {
    guard cursor < layout.starts.count else { return }
    let start = layout.starts[cursor]
    if jumped {
      // At the top, with the section's heading when the paragraph is the section's first.
      jumped = false
      let heading = start > 0 && layout.lines.paragraph(at: start - 1) == nil
      let top = heading && !(layout.lines[start - 1].segments.isEmpty) ? start - 1 : start
      scroll = max(0, min(top, layout.lines.count - height))
      return
    }
    let end = layout.lines.lastLine(ofParagraphAt: start)
    if start < scroll { scroll = max(0, start - 2) }
    if end >= scroll + height { scroll = min(start - 1, end - height + 1) }
    scroll = max(0, scroll)
  }

  /// Draws the reader's lines into the list pane, the cursor's paragraph marked at the left.
  func render(
    _ layout: ReaderLayout, in content: Rect, into buffer: inout Buffer, focused: Bool,
    _ ctx: AppContext
  ) {
    for row in 0..<content.height {
      let index = scroll + row
      guard index < layout.lines.count else { break }
      let line = layout.lines[index]
      let y = content.y + row
      if line.paragraph == cursor && line.paragraph != nil {
        buffer.write(
          focused ? "▌" : "│", x: content.x, y: y, style: ctx.style(focused ? .title : .dim))
      }
      DossierTUI.Line(line.segments.map { Span($0.text, ctx.style($0.role)) }).draw(
        in: Rect(x: content.x + 2, y: y, width: content.maxX - 1 - content.x - 2, height: 1),
        into: &buffer)
    }
    Scrollbar(
      first: scroll, total: layout.lines.count, thumbStyle: ctx.style(.title),
      trackStyle: ctx.style(.border)
    ).render(in: content, into: &buffer)
  }
}

extension AppState {
  /// The reader's lines at the list pane's width.
  var readerLayout: ReaderLayout {
    guard let reader else {
      return ReaderLayout(
        ReaderScreen(document: ""), corpus: corpus, userData: userData, width: 10)
    }
    return ReaderLayout(
      reader, corpus: corpus, userData: userData, width: layout.listContent.width,
      cache: ctx.readerCache)
  }
}
