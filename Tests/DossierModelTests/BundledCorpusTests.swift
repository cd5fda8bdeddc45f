import DossierCorpus
import DossierModel
import Testing

/// Guards for the corpus shipped in data/: it loads cleanly and every link resolves.
@Suite("Bundled corpus")
struct BundledCorpusTests {
  static let corpus = CorpusLoader.load(
    CorpusInput(
      root: BundledCorpus.displayRoot,
      files: BundledCorpus.files.map { CorpusInput.File(path: $0.path, bytes: $0.bytes) }))
  var corpus: Corpus { Self.corpus }

  @Test func loadsWithoutErrorsOrWarnings() {
    #expect(rendered(corpus) == "")
  }

  @Test func holdsARealCorpus() {
    #expect(corpus.sources.count == 5)
    #expect(corpus.documents.count == 5)
    #expect(corpus.actors.count >= 100)
    #expect(corpus.events.count >= 150)
    #expect(corpus.myths.count >= 15)
    #expect(corpus.disagreements.count > 12)
    #expect(corpus.glossary.count >= 50)
    #expect(Set(corpus.events.map(\.lane)).count == corpus.manifest.lanes.count)
  }

  /// Facts the study trials found wrong once, pinned so that an edit cannot bring them back.
  @Test func factsCorrectedAfterTheStudyTrialsStayCorrect() throws {
    // The 2013 commentary counts about 5,000 men in each of the two brigades, not in both.
    let group = try #require(corpus.actor("regional-group-of-forces"))
    #expect(group.summary.plain.contains("5,000 men each"))
    // The 2020 paper dates Lukashenka's ratification decree to February 2012.
    let ratified = try #require(corpus.event("ads-agreement-signed-2012"))
    #expect(ratified.date.display == "Feb 2012")
  }

  @Test func everyEventHasACitationThatResolves() {
    for event in corpus.events {
      #expect(!event.citations.isEmpty, "\(event.id)")
      for citation in event.citations {
        #expect(corpus.contains(ItemRef(citation: citation)), "\(event.id): \(citation)")
      }
      #expect(!event.actors.isEmpty, "\(event.id) has no actors")
    }
  }

  @Test func everyMythHasACitationAndTwoStancesOrAReason() {
    for myth in corpus.myths {
      #expect(!myth.citations.isEmpty, "\(myth.id)")
      for citation in myth.citations + myth.stances.compactMap(\.citation) {
        #expect(corpus.contains(ItemRef(citation: citation)), "\(myth.id): \(citation)")
      }
      #expect(
        myth.stances.count >= 2 || myth.noStancesReason != nil,
        "\(myth.id) has \(myth.stances.count) stance(s) and no reason")
      for evidence in myth.evidence {
        switch evidence.target {
        case .event(let id): #expect(corpus.event(id) != nil, "\(myth.id): \(id)")
        case .citation(let c): #expect(corpus.contains(ItemRef(citation: c)), "\(myth.id): \(c)")
        }
      }
    }
  }

  /// A source has one date, in the documents list, the myths view and the handouts alike.
  @Test func everySourceIsDatedAndItsStancesTakeThatDate() {
    for source in corpus.sources { #expect(source.date != nil, "\(source.id) is undated") }
    for myth in corpus.myths {
      for stance in myth.stances {
        #expect(
          stance.date == corpus.source(stance.source)?.date,
          "\(myth.id): \(stance.source) dated \(stance.date?.display ?? "-")")
      }
    }
  }

  /// The explorer shows the reason under "Only one source speaks to this:".
  @Test func noStanceReasonRepeatsItsHeading() {
    for myth in corpus.myths {
      if let reason = myth.noStancesReason {
        #expect(!reason.hasPrefix("Only"), "\(myth.id): \(reason)")
      }
    }
  }

  /// A date worded relative to another event names it, so that it sorts behind it.
  @Test func eventsDatedRelativeToAnotherNameIt() {
    // "after the election", "after Russia's announcement"; not "after 1991" or "after February".
    let relative = try! Regex(#"\bafter (the |[A-Z][a-z]+'s )"#)
    for event in corpus.events {
      if let display = event.display, display.contains(relative) {
        #expect(event.after != nil, "\(event.id): \(display)")
      }
      if let after = event.after, let e = corpus.index.eventByID[event.id],
        let t = corpus.index.eventByID[after]
      {
        #expect(t < e, "\(event.id) sorts before \(after)")
      }
    }
  }

  @Test func stancesRunInDateOrder() {
    for myth in corpus.myths {
      let days = myth.stances.compactMap { $0.date?.sortDay }
      #expect(days == days.sorted(), "\(myth.id)")
    }
  }

  @Test func everyActorIsMentionedOrLinked() {
    for actor in corpus.actors {
      let linked =
        !(corpus.index.mentions[actor.id] ?? []).isEmpty
        || !(corpus.index.backlinks[.actor(actor.id)] ?? []).isEmpty
      #expect(linked, "\(actor.id) is never mentioned or linked")
    }
  }

  @Test func everyDisagreementLinksRecordsThatExist() {
    for item in corpus.disagreements {
      #expect(item.versions.count >= 2, "\(item.id)")
      for version in item.versions {
        #expect(
          corpus.contains(ItemRef(citation: version.citation)), "\(item.id): \(version.citation)")
        if let id = version.event { #expect(corpus.event(id) != nil, "\(item.id): \(id)") }
        if let id = version.actor { #expect(corpus.actor(id) != nil, "\(item.id): \(id)") }
        if let id = version.myth { #expect(corpus.myth(id) != nil, "\(item.id): \(id)") }
      }
      if let about = item.about {
        #expect(
          corpus.event(about) != nil || corpus.actor(about) != nil || corpus.myth(about) != nil,
          "\(item.id): about \(about)")
      }
    }
  }

  @Test func everySourceHasItsDocument() {
    for source in corpus.sources {
      #expect(corpus.documents.contains { $0.sourceID == source.id }, "\(source.id)")
    }
  }

  @Test func aliasesAreUniqueAcrossActors() {
    var owner: [String: String] = [:]
    for actor in corpus.actors {
      for name in Set(([actor.name] + actor.aliases).map(TextFolding.fold)) {
        if let other = owner[name] {
          Issue.record("'\(name)' names both \(other) and \(actor.id)")
        }
        owner[name] = actor.id
      }
    }
  }

}
