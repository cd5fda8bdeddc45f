import DossierCorpus
import DossierModel
import Foundation
import Testing

@testable import DossierSlides

/// The corpus shipped in data/, loaded once.
let bundled: Corpus = CorpusLoader.load(
  CorpusInput(
    root: BundledCorpus.displayRoot,
    files: BundledCorpus.files.map { CorpusInput.File(path: $0.path, bytes: $0.bytes) }))

/// The bundled event with the most figures (the deployments event of 2013 has 7).
let manyFigures: Event = bundled.events.max { $0.figures.count < $1.figures.count }!

/// Everything a layout drew, one string a row, trailing spaces removed.
func picture(_ layout: SlideLayout) -> String {
  layout.rows().map { row in
    var row = Substring(row)
    while row.last == " " { row = row.dropLast() }
    return String(row)
  }.joined(separator: "\n")
}

/// Slides written out here rather than taken from data/, so the snapshots only change when the
/// layout does.
enum Samples {
  static let event = Slide(
    ref: .event("force-comparison"), item: "event:force-comparison", kind: .event,
    label: "Event", badges: ["[DEP] Deployments"], date: "Sep 2013",
    title: "Size of the Belarusian army compared with Russia and NATO",
    body: [
      "The Belarusian army numbers about 60,000 troops, against 1.26 million in the Armed Forces"
        + " of Russia and 3.93 million in NATO's combined forces."
    ],
    figures: [
      "60,000 troops (Belarusian armed forces)", "48,000 troops (lower estimate)",
      "1,260,000 troops (Russian armed forces)", "3,930,000 troops (NATO combined forces)",
      "7.6 per 1000 inhabitants", "c. 3 times (ratio to neighbours)", "500,000 reservists",
    ],
    blocks: [
      .init("Actors", ["Armed Forces of Belarus", "Russia", "NATO"], style: .inline),
      .init("Sources (1)", ["Trading Off Sovereignty (A. Author, 17 Jun 2013) · 2 passages"]),
    ],
    meta: ["Where: Belarus"], era: "After the Crimea annexation", year: 2013)

  static let actor = Slide(
    ref: .actor("zapad-2017"), item: "actor:zapad-2017", kind: .actor,
    label: "Actor · exercise", badges: ["active Sep 2017"], title: "Zapad-2017",
    body: ["Joint strategic exercise of September 2017, officially 12,700 troops."],
    blocks: [
      .init("Also known as", ["Zapad 2017"], style: .inline),
      .init("Relations", ["→ part of Zapad exercises", "→ located in Belarus"]),
      .init(
        "Events (5)",
        [
          "early 2017 · Analysts warn Russia may keep troops in Belarus after the exercise",
          "ahead of Zapad-2017 · Belarus invites observers under the Vienna Document",
          "before Zapad-2017 · Requests for over 4,000 railway coaches",
          "September 2017 · Zapad-2017 joint exercise",
          "September 2017 · Presidents watch the exercise apart",
        ]),
    ],
    year: 2017)

  static let myth = Slide(
    ref: .myth("joint-forces"), item: "myth:joint-forces", kind: .myth, label: "Myth",
    badges: ["[CONTESTED]"], title: "Belarus and Russia are heading towards joint armed forces.",
    body: ["Seen in 2013 as where integration was heading; in 2019 Minsk blocked the doctrine."],
    blocks: [
      .init(
        "How the sources saw it",
        [
          "17 Jun 2013 · REALITY · Commentary: integration is leading there.",
          "2019 · PARTLY · Analysis: the doctrine was blocked.",
          "Dec 2020 · OPEN · Bulletin: a live scenario after the crisis.",
        ]),
      .init(
        "Evidence",
        ["+ supports: 2013 · Joint air defence", "− undermines: 2019 · Doctrine blocked"]),
    ],
    year: 2013)
}
