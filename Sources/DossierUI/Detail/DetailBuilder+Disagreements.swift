import DossierCharts
import DossierModel
import DossierTUI

extension DetailBuilder {
  /// The disagreements concerning a page's items (a source's page stands for the source and its
  /// document), each once and each a link: those directly about the item with their versions
  /// side by side, those reached through its events, passages or sub-claims by their note and
  /// the way they concern it.
  func disagreements(of refs: [ItemRef]) -> [DetailLine] {
    var seen: Set<Int> = []
    var entries: [DisagreementIndex.Entry] = []
    for ref in refs {
      for entry in disagreements.entries(for: ref) where seen.insert(entry.disagreement).inserted {
        entries.append(entry)
      }
    }
    guard !entries.isEmpty else { return [] }
    entries.sort {
      ($0.relation.isDirect ? 0 : 1, $0.disagreement) < (
        $1.relation.isDirect ? 0 : 1, $1.disagreement
      )
    }
    var lines = heading("Sources disagree (\(entries.count)) ≠")
    for (i, entry) in entries.enumerated() {
      let d = corpus.disagreements[entry.disagreement]
      if i > 0 { lines.append(.blank) }
      lines.append(
        DetailLine(
          [
            .init(text: "≠ \(d.aspect.rawValue)", role: .warning),
            .init(text: " · " + relation(entry.relation), role: .dim),
          ], indent: 2))
      lines.append(DetailLine(d.note.plain, .normal, link: .disagreement(d.id), indent: 2))
      if entry.relation.isDirect { lines += versions(of: d) }
    }
    return lines
  }

  /// How a disagreement concerns the page's item, in words.
  func relation(_ relation: DisagreementIndex.Relation) -> String {
    switch relation {
    case .about: "about this"
    case .version: "a version states this"
    case .cites: "a version cites this"
    case .event(let id): "through the event \u{201C}\(corpus.title(of: .event(id)))\u{201D}"
    case .passage(let citation): "through the passage \(citationLabel(citation))"
    case .subClaim(let id): "through the sub-claim \u{201C}\(corpus.title(of: .myth(id)))\u{201D}"
    }
  }

  /// A disagreement's versions side by side in a balanced grid (as many columns as the pane
  /// allows, no row left with a lone version when another layout avoids it), then each
  /// version's passage as a link.
  func versions(of d: Disagreement) -> [DetailLine] {
    let grid = DisagreementGrid.versions(d, in: corpus, width: max(20, width - 5))
    var lines = [DetailLine.blank] + grid.detailLines(indent: 2)
    for version in d.versions {
      lines.append(
        citationLink(
          version.citation, indent: 4, note: corpus.source(of: version.citation)?.date?.display))
    }
    return lines
  }
}
