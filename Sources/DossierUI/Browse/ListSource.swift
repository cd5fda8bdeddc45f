import DossierModel
import DossierTUI

/// What one list screen shows: its entries and how a row looks. One small source per view.
protocol ListSource {
  func entries(_ ctx: AppContext, filter: EventFilter) -> [ListEntry]
  /// The text of a row, `width` cells wide at most.
  func row(_ ref: ItemRef, _ ctx: AppContext, width: Int, depth: Int) -> [DetailLine.Segment]
  /// What an empty list says.
  var emptyMessage: String { get }
  /// Whether each group heading says how many items it holds ("Countries (37)", or "(1 of 37)"
  /// under a filter).
  var countsInHeadings: Bool { get }
  /// Whether the entries come from the user's data (marks, notes), so that the list is built
  /// again after each change to it.
  var followsUserData: Bool { get }
}

extension ListSource {
  var emptyMessage: String { "Nothing here." }
  var countsInHeadings: Bool { false }
  var followsUserData: Bool { false }

  /// A row for an item of another kind (a paragraph in the briefing, say): its title.
  func titleRow(_ ref: ItemRef, _ corpus: Corpus) -> [DetailLine.Segment] {
    [.init(text: corpus.title(of: ref), role: .normal)]
  }
}

struct ActorsSource: ListSource {
  var countsInHeadings: Bool { true }

  func entries(_ ctx: AppContext, filter: EventFilter) -> [ListEntry] {
    ListBuilder(corpus: ctx.corpus).actors()
  }

  func row(_ ref: ItemRef, _ ctx: AppContext, width: Int, depth: Int) -> [DetailLine.Segment] {
    let corpus = ctx.corpus
    guard case .actor(let id) = ref else { return titleRow(ref, corpus) }
    guard let actor = corpus.actor(id) else { return [.init(text: id, role: .warning)] }
    let count = corpus.index.eventsByActor[id]?.count ?? 0
    // The count right-aligned after a space, so that a cut name never runs into it.
    let right = count > 0 ? "\(count) ev" : ""
    let name = TextLayout.fit(actor.name, to: max(1, width - 9))
    let padded = String(repeating: " ", count: max(0, 8 - right.count)) + right
    return [.init(text: name, role: .normal), .init(text: padded, role: .dim)]
  }
}

struct TimelineSource: ListSource {
  func entries(_ ctx: AppContext, filter: EventFilter) -> [ListEntry] {
    ListBuilder(corpus: ctx.corpus).timeline(filter)
  }

  var emptyMessage: String { "No events match these filters. Press F to clear them." }

  /// An event row: the full date label (in a column as wide as the corpus's longest label, 13
  /// at least), the lane, `≠` for a disagreement, the title.
  func row(_ ref: ItemRef, _ ctx: AppContext, width: Int, depth: Int) -> [DetailLine.Segment] {
    let corpus = ctx.corpus
    guard case .event(let id) = ref else { return titleRow(ref, corpus) }
    guard let event = corpus.event(id) else { return [.init(text: id, role: .warning)] }
    let lane = corpus.lane(event.lane)?.short ?? "?"
    let disputed = corpus.index.disagreementsByItem[.event(id)] != nil ? "≠" : " "
    let column = ctx.dateColumn(row: width)
    return [
      .init(
        text: TextLayout.fit(event.date.display(fitting: column), to: column) + " ", role: .dim),
      .init(text: "[" + TextLayout.fit(lane, to: 3) + "]", role: .badge),
      .init(text: disputed, role: .warning),
      .init(text: event.title, role: .normal),
    ]
  }
}

struct MythsSource: ListSource {
  func entries(_ ctx: AppContext, filter: EventFilter) -> [ListEntry] {
    ListBuilder(corpus: ctx.corpus).myths()
  }

  func row(_ ref: ItemRef, _ ctx: AppContext, width: Int, depth: Int) -> [DetailLine.Segment] {
    let corpus = ctx.corpus
    guard case .myth(let id) = ref else { return titleRow(ref, corpus) }
    guard let myth = corpus.myth(id) else { return [.init(text: id, role: .warning)] }
    let verdict = (corpus.verdict(myth.verdict)?.label ?? myth.verdict).uppercased()
    let prefix = depth > 0 ? "└ " : ""
    return [
      .init(text: prefix, role: .dim), .init(text: "[\(verdict)] ", role: .badge),
      .init(text: myth.claim.plain, role: .normal),
    ]
  }
}

struct DocumentsSource: ListSource {
  func entries(_ ctx: AppContext, filter: EventFilter) -> [ListEntry] {
    ListBuilder(corpus: ctx.corpus).documents()
  }

  func row(_ ref: ItemRef, _ ctx: AppContext, width: Int, depth: Int) -> [DetailLine.Segment] {
    let corpus = ctx.corpus
    guard case .document(let id) = ref else { return titleRow(ref, corpus) }
    guard let document = corpus.document(id) else { return [.init(text: id, role: .warning)] }
    let source = corpus.source(document.sourceID)
    let date = source?.date?.display(fitting: 12) ?? "undated"
    return [
      .init(text: TextLayout.fit(date, to: 12) + " ", role: .dim),
      .init(text: TextLayout.fit(source?.kind.rawValue ?? "", to: 12) + " ", role: .badge),
      .init(text: source?.title ?? document.title, role: .normal),
    ]
  }
}

struct ProblemsSource: ListSource {
  func entries(_ ctx: AppContext, filter: EventFilter) -> [ListEntry] {
    ctx.corpus.diagnostics.indices.map { .item(.diagnostic($0), depth: 0) }
  }

  var emptyMessage: String { "No problems: the corpus loaded without errors or warnings." }

  func row(_ ref: ItemRef, _ ctx: AppContext, width: Int, depth: Int) -> [DetailLine.Segment] {
    let corpus = ctx.corpus
    guard case .diagnostic(let n) = ref else { return titleRow(ref, corpus) }
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
  }
}
