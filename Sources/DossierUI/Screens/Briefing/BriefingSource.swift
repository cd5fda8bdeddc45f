import DossierModel
import DossierTUI

/// The Briefing screen's list: every item of the current briefing in running order (events,
/// actors, myths, passages alike), with its date, title and note.
struct BriefingSource: ListSource {
  var followsUserData: Bool { true }

  var emptyMessage: String {
    "Nothing marked yet: press m on an event, actor, myth or passage to add it here."
  }

  func entries(_ ctx: AppContext, filter: EventFilter) -> [ListEntry] {
    ctx.userData.currentBriefing.items.compactMap(ItemRef.init).map { .item($0, depth: 0) }
  }

  func row(_ ref: ItemRef, _ ctx: AppContext, width: Int, depth: Int) -> [DetailLine.Segment] {
    let corpus = ctx.corpus
    let items = ctx.userData.currentBriefing.items
    let position = (items.firstIndex(of: ref.description) ?? 0) + 1
    let column = ctx.dateColumn(row: width - 14)
    var segments: [DetailLine.Segment] = [
      .init(text: TextLayout.fit("\(position).", to: 4), role: .dim),
      .init(text: TextLayout.fit(Self.kind(ref), to: 10), role: .badge),
      .init(
        text: TextLayout.fit(Self.date(ref, corpus)?.display(fitting: column) ?? "", to: column)
          + " ", role: .dim),
    ]
    if corpus.contains(ref) {
      segments.append(.init(text: corpus.title(of: ref), role: .normal))
    } else {
      segments.append(.init(text: "\(ref) (no longer in the corpus; kept)", role: .warning))
    }
    if let note = ctx.userData.note(for: ref) {
      segments.append(.init(text: "  ✎ " + note.text, role: .mark))
    }
    return segments
  }

  static func kind(_ ref: ItemRef) -> String {
    switch ref {
    case .event: "[event]"
    case .actor: "[actor]"
    case .myth: "[myth]"
    case .paragraph, .section: "[passage]"
    case .document, .source: "[source]"
    case .glossary: "[term]"
    case .disagreement: "[dispute]"
    case .diagnostic: "[problem]"
    }
  }

  /// The item's date: an event's, or the date of the source a passage or document comes from.
  static func date(_ ref: ItemRef, _ corpus: Corpus) -> EDTFDate? {
    switch ref {
    case .event(let id): return corpus.event(id)?.date
    case .paragraph(let citation): return sourceDate(citation.document, corpus)
    case .section(let document, _), .document(let document): return sourceDate(document, corpus)
    default: return nil
    }
  }

  static func sourceDate(_ document: String, _ corpus: Corpus) -> EDTFDate? {
    corpus.document(document).flatMap { corpus.source($0.sourceID)?.date }
  }
}
