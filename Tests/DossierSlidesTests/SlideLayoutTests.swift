import DossierModel
import DossierTestSupport
import Testing

@testable import DossierSlides

@Suite("Slide layout")
struct SlideLayoutTests {
  static let sizes = [(80, 24), (120, 40), (200, 60), (250, 70), (40, 12), (20, 5)]

  /// Every slide of the bundled corpus that a briefing is likely to hold.
  static let slides: [Slide] = {
    // Every fourth event (and the one with the most figures), every myth, some actors.
    var refs: [ItemRef] = bundled.events.enumerated().filter { $0.offset % 4 == 0 }.map {
      .event($0.element.id)
    }
    refs.append(.event(manyFigures.id))
    refs += bundled.actors.prefix(20).map { .actor($0.id) }
    refs += bundled.myths.map { .myth($0.id) }
    refs += bundled.disagreements.map { .disagreement($0.id) }
    let doc = bundled.documents[0]
    refs.append(.paragraph(Citation(document: doc.id, section: doc.sections[0].id, paragraph: 1)))
    return refs.map { Slide(ref: $0, corpus: bundled) } + [
      Samples.event, Samples.actor, Samples.myth,
    ]
  }()

  @Test func everyLineStaysInsideTheAreaAndNothingOverlaps() {
    for slide in Self.slides {
      for (w, h) in Self.sizes {
        let layout = SlideLayout.layout(slide, width: w, height: h)
        var taken: [Int: [Range<Int>]] = [:]
        for line in layout.lines {
          #expect(line.x >= 0 && line.x + line.width <= w, "\(slide.item) \(w)x\(h) \(line.text)")
          #expect(line.y >= 0 && line.y < h, "\(slide.item) \(w)x\(h)")
          let range = line.x..<(line.x + line.width)
          #expect(
            !(taken[line.y] ?? []).contains { $0.overlaps(range) }, "\(slide.item) \(w)x\(h)")
          taken[line.y, default: []].append(range)
        }
      }
    }
  }

  @Test func whatIsNotShownIsAlwaysSaid() {
    for slide in Self.slides {
      for (w, h) in Self.sizes {
        let layout = SlideLayout.layout(slide, width: w, height: h)
        let more = layout.lines.filter { $0.role == .more }
        if layout.omitted == 0 {
          #expect(more.isEmpty)
          let shown = layout.lines.filter { $0.role == .figure }.map(\.text).joined(separator: " ")
          for figure in slide.figures {
            // A figure in a list may wrap; its first words are always on its first row.
            let head = figure.split(separator: " ").prefix(2).joined(separator: " ")
            #expect(shown.contains(head), "\(slide.item) \(w)x\(h): \(figure)")
          }
        } else if h >= 3 {
          // One line, or one a column on a wide screen; their counts add up.
          #expect(!more.isEmpty && more.count <= 3, "\(slide.item) \(w)x\(h)")
          let counts = more.compactMap { $0.text.firstMatch(of: /^\+(\d+) more not shown/) }
          #expect(counts.count == more.count)
          #expect(counts.map { Int($0.1)! }.reduce(0, +) == layout.omitted)
        }
      }
    }
  }

  @Test func figuresShownAndFiguresLeftOutAddUp() {
    for height in 8...30 {
      let layout = SlideLayout.layout(Samples.event, width: 80, height: height)
      let shown = layout.lines.filter { $0.role == .figure }.count
      let more = layout.lines.first { $0.role == .more }?.text ?? ""
      let left = more.firstMatch(of: /(\d+) figures?/).map { Int($0.1)! } ?? 0
      #expect(shown + left == Samples.event.figures.count, "height \(height): \(more)")
    }
  }

  @Test func shortFiguresSitInAGridOnAWideScreen() {
    let layout = SlideLayout.layout(Samples.event, width: 200, height: 60)
    let rows = Dictionary(grouping: layout.lines.filter { $0.role == .figure }, by: \.y)
    #expect(rows.count < Samples.event.figures.count)
    #expect(rows.values.map(\.count).max()! >= 2)
    #expect(layout.omitted == 0)
  }

  @Test func bigTypeGrowsWithTheScreen() {
    let small = SlideLayout.layout(Samples.actor, width: 80, height: 24)
    let medium = SlideLayout.layout(Samples.actor, width: 120, height: 40)
    let large = SlideLayout.layout(Samples.actor, width: 250, height: 70)
    #expect(small.titleVariant == .halfBlock)
    #expect(medium.titleVariant == .block)
    #expect(large.titleVariant == .largeBlock)
    #expect(large.lines.filter { $0.role == .headline }.allSatisfy { $0.bigType })
    // A long title on a small screen stays plain text.
    #expect(SlideLayout.layout(Samples.event, width: 80, height: 24).titleVariant == .plain)
  }

  @Test func withoutUTF8BigTypeIsDrawnWithHashes() {
    let layout = SlideLayout.layout(Samples.actor, width: 120, height: 40, unicode: false)
    #expect(layout.titleVariant == .ascii)
    for line in layout.lines where line.bigType {
      #expect(line.text.unicodeScalars.allSatisfy { $0 == "#" || $0 == " " })
    }
    #expect(!layout.lines.contains { $0.text.contains("•") || $0.text.contains("█") })
  }

  @Test func rolesCoverTheSlide() {
    let layout = SlideLayout.layout(Samples.event, width: 120, height: 40)
    let roles = Set(layout.lines.map(\.role))
    #expect(
      roles.isSuperset(of: [.label, .badge, .date, .headline, .body, .heading, .figure, .meta]))
    #expect(layout.lines.first { $0.role == .badge }?.text == "[DEP] Deployments")
  }

  @Test func aTinyScreenKeepsTheTitle() {
    let layout = SlideLayout.layout(Samples.event, width: 30, height: 4)
    #expect(layout.lines.contains { $0.role == .headline })
    #expect(layout.lines.contains { $0.role == .more })
  }

  @Test func snapshots() {
    for (name, slide) in [
      ("event", Samples.event), ("actor", Samples.actor), ("myth", Samples.myth),
    ] {
      for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let layout = SlideLayout.layout(slide, width: w, height: h)
        let roles = layout.lines.map {
          "\($0.y):\($0.x) \($0.role.rawValue)\($0.bigType ? " big" : "")"
        }
        assertSnapshot(
          picture(layout) + "\n---\n" + roles.joined(separator: "\n"), named: "\(name)-\(w)x\(h)")
      }
    }
  }
}

@Suite("Wide slide layout")
struct WideSlideLayoutTests {
  @Test func listsGoBesideTheTextOnAWideScreen() {
    let layout = SlideLayout.layout(Samples.event, width: 200, height: 60)
    let body = layout.lines.first { $0.role == .body }!
    let actors = layout.lines.first { $0.text == "Actors" }!
    #expect(actors.x > body.x + 80)
    #expect(abs(actors.y - body.y) <= 1, "the lists start level with the text")
    #expect(layout.omitted == 0)
    // Narrower, they stay below.
    let narrow = SlideLayout.layout(Samples.event, width: 120, height: 40)
    #expect(
      narrow.lines.first { $0.text == "Actors" }!.x == narrow.lines.first { $0.role == .body }!.x)
  }

  @Test func eachColumnSaysWhatItLeavesOut() {
    var slide = Samples.actor
    slide.blocks[2].items = (1...80).map { "200\($0 % 10) · Event number \($0)" }
    slide.blocks[2].title = "Events (80)"
    let layout = SlideLayout.layout(slide, width: 200, height: 40)
    let more = layout.lines.filter { $0.role == .more }
    #expect(more.count == 1)
    #expect(more[0].text.contains("events"))
    #expect(more[0].x > 80, "in the right-hand column")
    #expect(layout.lines.contains { $0.role == .body && $0.text.hasPrefix("Joint strategic") })
    #expect(layout.lines.allSatisfy { $0.y < 40 })
  }
}

@Suite("Slide layout options")
struct SlideLayoutOptionTests {
  @Test func bigTypeCanBeTurnedOff() {
    let layout = SlideLayout.layout(Samples.actor, width: 250, height: 70, bigType: false)
    #expect(layout.titleVariant == .plain)
    #expect(!layout.lines.contains { $0.bigType })
    #expect(layout.lines.first { $0.role == .headline }?.text == Samples.actor.title)
  }
}
