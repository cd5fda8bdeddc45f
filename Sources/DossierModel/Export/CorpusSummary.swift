/// A plain-text overview of a corpus: title, counts and the state of its diagnostics.
public enum CorpusSummary {
  public static func text(_ corpus: Corpus) -> String {
    var lines: [String] = []
    lines.append(corpus.manifest.title)
    if let description = corpus.manifest.description { lines.append(description) }
    lines.append("")
    let dated = corpus.events.compactMap(\.date.startYear)
    let span = dated.isEmpty ? "" : " (\(dated.min()!)–\(dated.max()!))"
    lines.append("  sources        \(corpus.sources.count)")
    lines.append("  documents      \(corpus.documents.count)")
    lines.append("  actors         \(corpus.actors.count)")
    lines.append("  events         \(corpus.events.count)\(span)")
    lines.append("  myths          \(corpus.myths.count)")
    lines.append("  disagreements  \(corpus.disagreements.count)")
    lines.append("  glossary       \(corpus.glossary.count)")
    lines.append("")
    lines.append(
      Counted.text(corpus.errorCount, "error") + ", "
        + Counted.text(corpus.warningCount, "warning") + " in \(corpus.root)")
    return lines.joined(separator: "\n") + "\n"
  }
}
