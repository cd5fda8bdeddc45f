import Foundation

extension SearchEngine {
  /// The result rows `offset..<offset + limit` of `matches`, with titles, dates and snippets.
  public func page(
    _ matches: SearchMatches, offset: Int = 0, limit: Int = 20
  ) throws
    -> [SearchHit]
  {
    guard offset < matches.total, limit > 0 else { return [] }
    let rows = matches.ranking.rows(offset..<(offset + min(limit, matches.total - offset)))
    return try database.serialized {
      let statement = try database.statement(
        "SELECT ref, title, date, body, aliases FROM items WHERE id = ?")
      var hits: [SearchHit] = []
      // One matcher for the page's bodies: a pass over each body's bytes instead of its words
      // tokenised and stemmed one by one (which took most of a page's time).
      let matcher = PassageMatcher(matches.query)
      for row in rows {
        statement.reset()
        statement.bind(1, Int(row.id))
        guard try statement.step(), let ref = ItemRef(statement.text(0)) else {
          throw SQLiteError(code: 0, message: "row \(row.id) is missing")
        }
        let date = statement.isNull(2) ? nil : statement.text(2)
        hits.append(
          SearchEngine.hit(
            ref: ref, kind: row.kind, title: statement.text(1), date: date,
            body: statement.text(3), aliases: statement.text(4), query: matches.query,
            matcher: matcher, matched: Int(row.matched), exact: row.exact))
      }
      return hits
    }
  }

  /// The longest snippet, in characters.
  public static let snippetWidth = 160

  /// A result row: where the query matched and a snippet of the matched words.
  static func hit(
    ref: ItemRef, kind: SearchKind, title: String, date: String?, body: String, aliases: String,
    query: SearchQuery, matcher: PassageMatcher? = nil, matched: Int, exact: Bool
  ) -> SearchHit {
    // The page's one matcher marks the title too (the same marks as the query's own
    // highlights, which made a matcher and tokenised and stemmed the title for each row).
    let matcher = matcher.flatMap { $0.isSupported ? $0 : nil }
    let titleMarks = matcher?.highlights(in: title) ?? query.highlights(in: title)
    let bodyMarks =
      matcher?.highlights(in: body) ?? query.highlights(in: SearchTokenizer.tokens(body))
    var via = "text"
    if exact || !titleMarks.isEmpty {
      via = kind == .actor ? "name" : kind == .glossary ? "term" : "title"
    } else if bodyMarks.isEmpty {
      let alias = aliases.split(separator: "\n").map(String.init).first {
        !query.highlights(in: $0).isEmpty
      }
      via = alias.map { "alias \u{201C}\($0)\u{201D}" } ?? "tags"
    }
    return SearchHit(
      ref: ref, kind: kind, title: title, titleParts: parts(title, titleMarks), date: date,
      via: via, snippet: snippet(body, bodyMarks), matchedWords: matched,
      wordCount: query.clauses.count)
  }

  /// `text` cut into plain and marked parts at the byte ranges `marks`.
  static func parts(
    _ text: String, _ marks: [Range<Int>], from start: Int = 0, to end: Int? = nil
  )
    -> [SnippetPart]
  {
    parts(bytes: Array(text.utf8), marks, from: start, to: end)
  }

  /// UTF-8 `bytes` cut into plain and marked parts at the byte ranges `marks`.
  static func parts(
    bytes: [UInt8], _ marks: [Range<Int>], from start: Int = 0, to end: Int? = nil
  ) -> [SnippetPart] {
    let end = end ?? bytes.count
    var parts: [SnippetPart] = []
    var position = start
    func add(_ range: Range<Int>, _ highlighted: Bool) {
      guard !range.isEmpty else { return }
      let piece = String(decoding: bytes[range], as: UTF8.self)
      if let last = parts.last, last.highlighted == highlighted {
        parts[parts.count - 1].text += piece
      } else {
        parts.append(SnippetPart(piece, highlighted: highlighted))
      }
    }
    for mark in marks where mark.lowerBound >= position && mark.upperBound <= end {
      add(position..<mark.lowerBound, false)
      add(mark, true)
      position = mark.upperBound
    }
    add(position..<end, false)
    return parts
  }

  /// An extract of `body` of at most ``snippetWidth`` characters around the densest run of
  /// matched words (the start of the text when none matched), on word boundaries, with "…"
  /// where it is cut. Line breaks become spaces.
  static func snippet(_ body: String, _ marks: [Range<Int>]) -> [SnippetPart] {
    // A line break is one byte, as is the space it becomes: the marks' byte offsets hold.
    var bytes = Array(body.utf8)
    bytes.withUnsafeMutableBufferPointer { bytes in
      for i in 0..<bytes.count where bytes[i] == 0x0A { bytes[i] = 0x20 }
    }
    guard !bytes.isEmpty else { return [] }
    // Characters are counted roughly as bytes here; the extract is trimmed on a space.
    let width = snippetWidth
    var start = 0
    if let first = marks.first {
      // The marks ascend and do not overlap, so the marks that end within two thirds of a
      // snippet from each mark's start are counted with a second index that only moves on.
      var best = (count: 0, start: first.lowerBound)
      var end = 0
      for (i, mark) in marks.enumerated() {
        end = max(end, i)
        while end < marks.count, marks[end].upperBound <= mark.lowerBound + width * 2 / 3 {
          end += 1
        }
        if end - i > best.count { best = (end - i, mark.lowerBound) }
      }
      start = max(0, best.start - width / 3)
    }
    var end = min(bytes.count, start + width)
    if end < bytes.count {
      while end > start + width / 2, bytes[end] != 0x20 { end -= 1 }
    }
    if start > 0 {
      while start < end, bytes[start - 1] != 0x20 { start += 1 }
    }
    while start < end, bytes[start] == 0x20 { start += 1 }
    var parts = parts(bytes: bytes, marks, from: start, to: end)
    if start > 0 { parts.insert(SnippetPart("\u{2026}", highlighted: false), at: 0) }
    if end < bytes.count { parts.append(SnippetPart("\u{2026}", highlighted: false)) }
    return parts
  }
}
