import DossierModel

/// Builds slides from the corpus, in the explorer's wording.
struct SlideBuilder {
  var corpus: Corpus

  /// The slide of `ref`; nil when the corpus lacks it.
  func slide(_ ref: ItemRef) -> Slide? {
    switch ref {
    case .event(let id): corpus.event(id).map(event)
    case .actor(let id): corpus.actor(id).map(actor)
    case .myth(let id): corpus.myth(id).map(myth)
    case .source(let id): corpus.source(id).map(source)
    case .document(let id): corpus.document(id).map(document)
    case .section(let doc, let id):
      corpus.document(doc).flatMap { d in d.section(id).map { section($0, of: d) } }
    case .paragraph(let citation): paragraph(citation)
    case .glossary(let id): corpus.glossaryEntry(id).map(glossary)
    case .disagreement(let id): corpus.disagreement(id).map(disagreement)
    case .diagnostic(let n): diagnostic(n)
    }
  }

  // MARK: Helpers

  func figure(_ f: Figure) -> String { f.display + (f.note.map { " — \($0)" } ?? "") }

  func actorName(_ id: String) -> String { corpus.actor(id)?.name ?? id }

  func verdictLabel(_ id: String) -> String { corpus.verdict(id)?.label ?? id }

  func sourceTitle(_ id: String) -> String { corpus.source(id)?.shortTitle ?? id }

  /// "Short title (Author, Publisher, 2019)".
  func sourceLine(_ s: Source) -> String {
    let details = [s.authors.joined(separator: ", "), s.publisher ?? "", s.date?.display ?? ""]
      .filter { !$0.isEmpty }
    return s.shortTitle + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
  }

  /// "Short source title, Section ¶3".
  func citationLabel(_ c: Citation) -> String {
    let source = corpus.source(of: c)?.shortTitle ?? c.document
    guard let section = c.section.flatMap({ corpus.document(c.document)?.section($0) }) else {
      return source
    }
    return "\(source), \(section.title)" + (c.paragraph.map { " ¶\($0)" } ?? "")
  }

  /// The sources cited, once each in order of first citation, with how many passages.
  func sources(of citations: [Citation]) -> [String] {
    var order: [String] = []
    var passages: [String: Int] = [:]
    for c in citations {
      let key = corpus.document(c.document)?.sourceID ?? c.document
      if passages[key] == nil { order.append(key) }
      passages[key, default: 0] += 1
    }
    return order.map { key in
      let line = corpus.source(key).map(sourceLine) ?? key
      let n = passages[key] ?? 0
      return line + (n > 1 ? " · \(n) passages" : "")
    }
  }

  func sourceCount(_ citations: [Citation]) -> Int {
    Set(citations.map { corpus.document($0.document)?.sourceID ?? $0.document }).count
  }

  /// The era whose dates contain the start of `date` (the explorer's rule).
  func era(containing date: EDTFDate) -> Era? {
    let day = date.sortDay
    return corpus.manifest.eras.last { era in
      let range = era.dates.dayRange
      return (range.first ?? Int.min) <= day && day <= (range.last ?? Int.max)
    }
  }
}
