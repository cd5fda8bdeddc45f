import DossierModel
import DossierTUI

/// The parts of an event's page that link it to its passages and to the events around it.
extension DetailBuilder {
  /// A figure with its note, and the passage it comes from as a link.
  func figureLine(_ figure: Figure) -> DetailLine {
    var segments: [DetailLine.Segment] = [
      .init(text: "• " + figure.display + (figure.note.map { " — \($0)" } ?? ""), role: .normal)
    ]
    guard let citation = figure.citation else { return DetailLine(segments, indent: 2) }
    segments.append(.init(text: "  from ", role: .dim))
    segments.append(.init(text: citationLabel(citation), role: .link))
    return DetailLine(segments, link: ItemRef(citation: citation), indent: 2)
  }

  /// Where an event's `after:` places it: the event it comes after, and those placed after it.
  func order(of e: Event) -> [DetailLine] {
    var lines: [DetailLine] = []
    if let after = e.after, let before = corpus.event(after) {
      lines.append(
        DetailLine(
          [
            .init(text: "After: ", role: .dim), .init(text: before.title, role: .link),
            .init(text: "  " + before.dateLabel, role: .dim),
          ], link: .event(after)))
    }
    for case .event(let id) in corpus.index.backlinks[.event(e.id)] ?? [] {
      guard let next = corpus.event(id), next.after == e.id else { continue }
      lines.append(
        DetailLine(
          [
            .init(text: "Followed by: ", role: .dim), .init(text: next.title, role: .link),
            .init(text: "  " + next.dateLabel, role: .dim),
          ], link: .event(id)))
    }
    return lines
  }
}
