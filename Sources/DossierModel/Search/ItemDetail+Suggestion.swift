extension ItemDetail {
  /// The reference of the item whose id is nearest to `text` (a likely typo), for "did you
  /// mean": among the items of the kind `text` names (`event:zapad-2017`), else among every
  /// actor, event, myth, glossary entry, source, document and disagreement. Nil when nothing
  /// is close.
  public static func suggestion(for text: String, in corpus: Corpus) -> String? {
    var kind: Substring?
    var id = Substring(text)
    if let colon = text.firstIndex(of: ":") {
      kind = text[..<colon]
      id = text[text.index(after: colon)...]
    }
    var ids: [(String, String)] = []
    func add(_ name: String, _ values: some Sequence<String>) {
      guard kind == nil || kind == Substring(name) else { return }
      for value in values { ids.append((value, name)) }
    }
    add("actor", corpus.actors.lazy.map(\.id))
    add("event", corpus.events.lazy.map(\.id))
    add("myth", corpus.myths.lazy.map(\.id))
    add("glossary", corpus.glossary.lazy.map(\.id))
    add("source", corpus.sources.lazy.map(\.id))
    add("document", corpus.documents.lazy.map(\.id))
    add("disagreement", corpus.disagreements.lazy.map(\.id))
    guard !ids.isEmpty, !id.isEmpty else { return nil }
    let candidates = Suggestions.Candidates(ids.map(\.0))
    guard let nearest = candidates.nearest(String(id)),
      let match = ids.first(where: { $0.0 == nearest })
    else { return nil }
    return "\(match.1):\(match.0)"
  }
}
