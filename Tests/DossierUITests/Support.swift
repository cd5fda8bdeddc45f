import DossierModel
import DossierTestSupport
import Foundation
import Testing

@testable import DossierUI

/// A fixture corpus under Tests/Fixtures.
func fixtureCorpus(_ name: String) -> Corpus {
  let path = fixture(name)
  // A relative display root keeps snapshots independent of where the repository lives.
  let input = try! CorpusInput.read(directory: path)
  return CorpusLoader.load(CorpusInput(root: "fixtures/\(name)", files: input.files))
}

/// An app on the UI fixture at a size, in the monochrome theme.
func app(_ width: Int = 80, _ height: Int = 24, corpus: String = "ui") -> AppState {
  AppState(
    corpus: fixtureCorpus(corpus), theme: Theme(.monochrome),
    size: Size(width: width, height: height), corpusLabel: "fixture")
}

extension AppState {
  /// Sends keys: single characters as typed, and named keys.
  mutating func press(_ keys: Key...) {
    for key in keys { _ = handle(.key(key)) }
  }

  mutating func type(_ text: String) {
    for c in text { _ = handle(.key(.character(c))) }
  }

  var screen: String { render().text }
}

/// A clock for the presenter that moves only when a test moves it.
final class ManualClock: @unchecked Sendable {
  var now: Double = 1000
  var read: @Sendable () -> Double { { self.now } }
}
