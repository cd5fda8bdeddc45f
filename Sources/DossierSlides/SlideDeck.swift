import DossierModel

/// Every slide of a briefing, in its order, and the end slide.
public enum SlideDeck {
  /// One slide per item of the briefing (none is left out: items the corpus lacks get a
  /// ``Slide/Kind/missing`` slide), then the end slide.
  public static func slides(for briefing: Briefing, corpus: Corpus) -> [Slide] {
    slides(items: briefing.items, name: briefing.name, corpus: corpus)
  }

  /// Slides of stored items (`event:zapad-2013`...) and the end slide; `ending` is the end
  /// slide's title ("End of briefing NAME" when nil).
  public static func slides(
    items: [String], name: String, ending: String? = nil, corpus: Corpus
  ) -> [Slide] {
    items.map { Slide(item: $0, corpus: corpus) }
      + [Slide.end(title: ending ?? "End of briefing \(name)", count: items.count)]
  }

  /// The progress line of a slide: "7 of 23 · Post-Crimea · 2014", or "End" on the end slide.
  public static func progress(_ slides: [Slide], at index: Int) -> String {
    guard slides.indices.contains(index) else { return "" }
    let slide = slides[index]
    let count = slides.last?.kind == .end ? slides.count - 1 : slides.count
    if slide.kind == .end { return "End · \(Counted.text(count, "item"))" }
    var text = "\(index + 1) of \(count)"
    if let era = slide.era { text += " · \(era)" }
    if let year = slide.year { text += " · \(year)" }
    return text
  }
}
