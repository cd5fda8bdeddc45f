import DossierModel
import Testing

@testable import DossierSlides

@Suite("Slides from the corpus")
struct SlideTests {
  @Test func eventSlideCarriesEveryFigureAsTheExplorerFormatsIt() {
    #expect(manyFigures.figures.count >= 7)
    let slide = Slide(ref: .event(manyFigures.id), corpus: bundled)
    #expect(slide.kind == .event)
    #expect(slide.title == manyFigures.title)
    #expect(slide.date == manyFigures.dateLabel)
    #expect(
      slide.figures == manyFigures.figures.map { $0.display + ($0.note.map { " — \($0)" } ?? "") })
    let lane = bundled.lane(manyFigures.lane)!
    #expect(slide.badges == ["[\(lane.short)] \(lane.name)"])
    #expect(slide.year == manyFigures.date.startYear)
    let actors = slide.blocks.first { $0.title == "Actors" }!
    #expect(actors.items.count == manyFigures.actors.count + manyFigures.associated.count)
    #expect(actors.items.first == bundled.actor(manyFigures.actors[0])?.name)
    let sources = slide.blocks.first { $0.title.hasPrefix("Sources (") }!
    let source = bundled.source(of: manyFigures.citations[0])!
    #expect(sources.items[0].hasPrefix(source.shortTitle))
    #expect(slide.body == [manyFigures.summary.plain])
  }

  @Test func zapad2017ShowsAllFourFigures() {
    let event = bundled.events.first { $0.title.contains("Zapad-2017") && $0.figures.count >= 4 }
    #expect(event != nil)
    if let event {
      #expect(Slide(ref: .event(event.id), corpus: bundled).figures.count == event.figures.count)
    }
  }

  @Test func eventLocationAndLooseDateAreMeta() {
    let event = bundled.events.first { $0.location != nil && $0.display != nil }!
    let slide = Slide(ref: .event(event.id), corpus: bundled)
    #expect(slide.meta.contains("Where: \(event.location!.plain)"))
    #expect(slide.date == event.display)
  }

  @Test func actorCard() {
    let actor = bundled.actors.first { !$0.roles.isEmpty && !$0.aliases.isEmpty }!
    let slide = Slide(ref: .actor(actor.id), corpus: bundled)
    #expect(slide.kind == .actor)
    #expect(slide.title == actor.name)
    #expect(slide.label == "Actor · \(actor.kind.rawValue)")
    #expect(slide.blocks.first { $0.title == "Also known as" }?.items == actor.aliases)
    #expect(slide.blocks.first { $0.title == "Roles" }?.items.count == actor.roles.count)
    let events = bundled.index.eventsByActor[actor.id] ?? []
    if !events.isEmpty {
      let block = slide.blocks.first { $0.title == "Events (\(events.count))" }
      #expect(block?.items.count == events.count)
      let first = bundled.events[events[0]]
      #expect(block?.items.first == "\(first.dateLabel) · \(first.title)")
    }
  }

  @Test func mythCardHasVerdictAndEachSourcesDatedStanceInOrder() {
    let myth = bundled.myths.max { $0.stances.count < $1.stances.count }!
    #expect(myth.stances.count >= 2)
    let slide = Slide(ref: .myth(myth.id), corpus: bundled)
    #expect(slide.kind == .myth)
    #expect(slide.title == myth.claim.plain)
    #expect(slide.badges == ["[\(bundled.verdict(myth.verdict)!.label.uppercased())]"])
    #expect(slide.body == [myth.conclusion.plain])
    let stances = slide.blocks.first { $0.title == "How the sources saw it" }!.items
    #expect(stances.count == myth.stances.count)
    for (line, stance) in zip(stances, myth.stances) {
      #expect(
        line.hasPrefix(
          "\(stance.date?.display ?? "undated") · \(stance.stance.rawValue.uppercased()) · "))
      #expect(line.contains(bundled.source(stance.source)?.shortTitle ?? stance.source))
    }
    let evidence = slide.blocks.first { $0.title == "Evidence" }?.items ?? []
    #expect(evidence.count == myth.evidence.count)
    #expect(evidence.allSatisfy { $0.hasPrefix("+ supports: ") || $0.hasPrefix("− undermines: ") })
  }

  @Test func paragraphSlideNamesItsSourceAndSection() {
    let document = bundled.documents[0]
    let section = document.sections.first { !$0.paragraphs.isEmpty }!
    let citation = Citation(document: document.id, section: section.id, paragraph: 1)
    let slide = Slide(ref: .paragraph(citation), corpus: bundled)
    #expect(slide.kind == .paragraph)
    #expect(slide.title == bundled.source(document.sourceID)?.title)
    #expect(slide.body == [section.paragraphs[0].text.plain])
    #expect(slide.meta[0] == "\(section.title) ¶1 · \(citation)")
    #expect(slide.label.contains("our summary"))
  }

  @Test func otherKindsOfItemsAreSlidesToo() {
    let d = bundled.disagreements[0]
    let disagreement = Slide(ref: .disagreement(d.id), corpus: bundled)
    #expect(disagreement.kind == .disagreement)
    #expect(disagreement.blocks[0].items.count == d.versions.count)
    #expect(disagreement.badges == ["≠ \(d.aspect.rawValue)"])
    let g = bundled.glossary[0]
    #expect(Slide(ref: .glossary(g.id), corpus: bundled).title == g.term)
    let s = bundled.sources[0]
    #expect(Slide(ref: .source(s.id), corpus: bundled).title == s.title)
    let doc = bundled.documents[0]
    #expect(Slide(ref: .document(doc.id), corpus: bundled).title == doc.title)
    let sec = doc.sections[0]
    let section = Slide(ref: .section(document: doc.id, section: sec.id), corpus: bundled)
    #expect(section.body.count == sec.paragraphs.count)
  }

  @Test func aBriefingOfMixedItemsLeavesNothingOut() {
    let event = bundled.events[0]
    let briefing = Briefing(
      name: "room",
      items: [
        "actor:\(bundled.actors[0].id)", "myth:\(bundled.myths[0].id)",
        "event:\(event.id)", "event:no-such-event", "nonsense",
      ])
    let slides = SlideDeck.slides(for: briefing, corpus: bundled)
    #expect(slides.map(\.kind) == [.actor, .myth, .event, .missing, .missing, .end])
    #expect(slides[3].title == "event:no-such-event")
    #expect(slides[4].item == "nonsense")
    #expect(slides[5].title == "End of briefing room")
    #expect(slides[5].endLine == "End of briefing room — 5 items")
    #expect(SlideDeck.progress(slides, at: 0).hasPrefix("1 of 5"))
    #expect(SlideDeck.progress(slides, at: 5) == "End · 5 items")
    let progress = SlideDeck.progress(slides, at: 2)
    #expect(progress.hasPrefix("3 of 5"))
    if let year = event.date.startYear { #expect(progress.hasSuffix("· \(year)")) }
  }

  @Test func progressNamesTheEra() {
    let slide = Slide(ref: .event(manyFigures.id), corpus: bundled)
    let deck = [slide, Slide.end(briefing: "x", count: 1)]
    #expect(slide.era != nil)
    #expect(SlideDeck.progress(deck, at: 0) == "1 of 1 · \(slide.era!) · \(slide.year!)")
    #expect(Slide.end(briefing: "x", count: 1).endLine == "End of briefing x — 1 item")
  }
}
