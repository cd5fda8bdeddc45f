import DossierModel
import Testing

@testable import DossierUI

@Suite("Timeline headings")
struct TimelineHeadingTests {
  let entries = ListBuilder(corpus: bundledCorpus).timeline(EventFilter())

  /// The heading of each kind (era, year) right before entry `index`.
  func headings(before index: Int) -> (era: String?, year: String?) {
    var era: String?
    var year: String?
    for entry in entries[..<index].reversed() {
      guard case .heading(let text, let role) = entry else { continue }
      if role == .era, era == nil { era = text }
      if role == .heading, year == nil { year = text }
      if era != nil, year != nil { break }
    }
    return (era, year)
  }

  func position(_ id: String) -> Int {
    entries.firstIndex(of: .item(.event(id), depth: 0))!
  }

  @Test func eachYearHasOneHeading() {
    let years = entries.compactMap { entry -> String? in
      if case .heading(let text, .heading) = entry { text } else { nil }
    }
    #expect(years.count == Set(years).count, "\(years)")
    #expect(years.filter { $0 == "2014" }.count == 1)
  }

  @Test func march2014SitsUnderTheOne2014HeadingInTheCrimeaEra() {
    let march = position("lukashenka-requests-russian-aircraft-2014")
    let since = position("belarus-mediator-repositioning")
    #expect(headings(before: march).year == "2014")
    #expect(headings(before: march).era?.hasPrefix("After Crimea") == true)
    // "since 2014" belongs to the era that holds the middle of 2014: after the divider.
    #expect(headings(before: since).era?.hasPrefix("After Crimea") == true)
    #expect(headings(before: since).year == "2014")
    // Nothing but events between the one 2014 heading and the March events.
    let heading = entries.firstIndex(of: .heading("2014", .heading))!
    #expect(heading < since && since < march)
    #expect(
      entries[heading..<march].dropFirst().allSatisfy {
        if case .item = $0 { true } else { false }
      })
  }

  /// A decade ("since the 1990s") belongs to the era of its first year, not of its middle,
  /// and is headed as a decade: the collapse of 1991 stays in the Soviet era, and the years of
  /// early independence get their own era heading.
  @Test func aDecadeNeitherPullsLaterErasForwardNorReadsAsOneYear() {
    let nineties = position("russia-union-state-unity-drive")
    #expect(headings(before: nineties).year == "1990s")
    #expect(headings(before: nineties).era?.hasPrefix("Soviet era") == true)
    #expect(headings(before: position("zapad-exercises-soviet-era")).year == "1970s")
    #expect(headings(before: position("ussr-collapse-1991")).era?.hasPrefix("Soviet era") == true)
    let independence = position("diplomatic-solidarity-1992-2008")
    #expect(headings(before: independence).era?.hasPrefix("Early independence") == true)
    // Every event of a single year or finer sits under an era that overlaps it.
    let eras = bundledCorpus.manifest.eras
    for event in bundledCorpus.events {
      guard case .single(let point) = event.date.value, point.precision >= .year,
        let era = headings(before: position(event.id)).era,
        let named = eras.first(where: { era.hasPrefix($0.name + " ·") })
      else { continue }
      let range = named.dates.dayRange
      #expect(
        (range.first ?? Int.min) <= point.lastDay && point.firstDay <= (range.last ?? Int.max),
        "\(event.id) (\(event.date.display)) under \(era)")
    }
  }

  @Test func eraHeadingsFollowTheManifestOrderAndNeverGoBack() {
    let eras = entries.compactMap { entry -> String? in
      if case .heading(let text, .era) = entry { text } else { nil }
    }
    let names = bundledCorpus.manifest.eras.map(\.name)
    let order = eras.compactMap { era in names.firstIndex { era.hasPrefix($0 + " ·") } }
    #expect(order == order.sorted())
    #expect(Set(eras).count == eras.count)
  }

  @Test func theYearJumpLandsOnTheFirstEventOf2014UnderItsHeadings() {
    var state = bundledApp(120, 40)
    state.press(.character("2"), .character(":"))
    state.type("2014")
    state.press(.enter)
    // "since 2014" (an open range) sorts first in 2014; the jump lands after it, as
    // `dossier timeline --year 2014` starts.
    #expect(state.list.selected == .event("crimea-annexation-2014"))
    // Its headings, in the list: the Crimea era, then the one 2014 heading, then "since 2014".
    let landing = state.list.selectedRow!
    let above = state.list.entries[..<landing].reversed().prefix { entry in
      if case .heading(let text, .era) = entry { !text.hasPrefix("After Crimea") } else { true }
    }
    #expect(above.count < landing)  // the era heading is above it
    #expect(above.contains(.heading("2014", .heading)))
    #expect(above.contains(.item(.event("belarus-mediator-repositioning"), depth: 0)))
  }
}
