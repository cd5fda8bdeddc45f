import DossierModel

/// One item of a briefing as a slide: what the audience sees, in the explorer's wording, without
/// the user's notes (those are for the speaker view only).
public struct Slide: Equatable, Sendable {
  /// What the slide shows.
  public enum Kind: String, Equatable, Sendable, CaseIterable {
    case event, actor, myth, source, document, section, paragraph, glossary, disagreement
    case diagnostic
    /// A marked item the corpus does not have (renamed or removed): shown, never dropped.
    case missing
    /// The slide after the last item.
    case end
  }

  /// A titled list: actors, roles, relations, events, stances, evidence, sources.
  public struct Block: Equatable, Sendable {
    public enum Style: Equatable, Sendable {
      /// One item a line (wrapped with a hanging indent).
      case list
      /// Items on one line separated by " · ", wrapped.
      case inline
    }
    public var title: String
    public var items: [String]
    public var style: Style

    public init(_ title: String, _ items: [String], style: Style = .list) {
      self.title = title
      self.items = items
      self.style = style
    }
  }

  /// The item shown (nil for the end slide).
  public var ref: ItemRef?
  /// The item as stored in the briefing (`event:zapad-2013`), kept for missing items.
  public var item: String
  public var kind: Kind
  /// What kind of item this is, in words: "Event", "Actor · country", "Myth".
  public var label: String
  /// Short tags beside the label, readable without colour: "[EXR] Exercises", "[MYTH]".
  public var badges: [String]
  /// The date, drawn in big type when it fits: "Sep 2013", "since 2018".
  public var date: String?
  public var title: String
  /// Paragraphs of prose: the summary, the conclusion, the passage.
  public var body: [String]
  /// Every figure, formatted as the explorer shows it ("c. 12,500 troops — note").
  public var figures: [String]
  public var blocks: [Block]
  /// Smaller lines at the end: where, which document, the source's details.
  public var meta: [String]
  /// The era the item falls in, and its year, for the progress line.
  public var era: String?
  public var year: Int?

  public init(
    ref: ItemRef?, item: String, kind: Kind, label: String, badges: [String] = [],
    date: String? = nil, title: String, body: [String] = [], figures: [String] = [],
    blocks: [Block] = [], meta: [String] = [], era: String? = nil, year: Int? = nil
  ) {
    self.ref = ref
    self.item = item
    self.kind = kind
    self.label = label
    self.badges = badges
    self.date = date
    self.title = title
    self.body = body
    self.figures = figures
    self.blocks = blocks.filter { !$0.items.isEmpty }
    self.meta = meta
    self.era = era
    self.year = year
  }
}

// MARK: Building slides

extension Slide {
  /// The slide of a briefing item as stored (`event:zapad-2013`); an item that does not parse
  /// or that the corpus lacks gets a ``Kind/missing`` slide saying so.
  public init(item: String, corpus: Corpus) {
    guard let ref = ItemRef(item), corpus.contains(ref) else {
      self = Slide.missing(item)
      return
    }
    self.init(ref: ref, corpus: corpus)
  }

  /// The slide of an item of the corpus.
  public init(ref: ItemRef, corpus: Corpus) {
    let builder = SlideBuilder(corpus: corpus)
    self = builder.slide(ref) ?? Slide.missing(ref.description)
  }

  /// The slide after the last item: "End of briefing NAME — N items".
  public static func end(briefing name: String, count: Int) -> Slide {
    end(title: "End of briefing \(name)", count: count)
  }

  /// The slide after the last item, with its title ("End of the timeline — N items").
  public static func end(title: String, count: Int) -> Slide {
    Slide(
      ref: nil, item: "", kind: .end, label: "End", title: title,
      body: [Counted.text(count, "item")])
  }

  /// The text of the end slide on one line, as the progress and the speaker view show it.
  public var endLine: String? {
    kind == .end ? "\(title) — \(body.first ?? "")" : nil
  }

  static func missing(_ item: String) -> Slide {
    Slide(
      ref: ItemRef(item), item: item, kind: .missing, label: "Not in this corpus", title: item,
      body: [
        "This marked item is not in the corpus: it may have been renamed or removed. It stays in"
          + " the briefing until you unmark it."
      ])
  }
}
