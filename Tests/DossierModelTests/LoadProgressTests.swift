import DossierTestSupport
import Testing

@testable import DossierModel

/// The loader reports how far it has got: it only goes forward, reaches the end with the last
/// phase, and says what it is doing.
@Suite("Load progress")
struct LoadProgressTests {
  @Test func progressGoesForwardToTheEnd() throws {
    let progress = LoadProgress()
    #expect(progress.fraction == 0)
    #expect(progress.phase == "reading the files")
    let corpus = try CorpusLoader.load(directory: fixture("good"), progress: progress)
    #expect(!corpus.events.isEmpty)
    #expect(progress.fraction == 1)
    #expect(progress.phase == "opening")
    let parsing = LoadProgress()
    parsing.finished("actors")
    parsing.willParse(bytes: 400)
    parsing.parsed(bytes: 100)
    let quarter = parsing.fraction
    parsing.parsed(bytes: 300)
    #expect(quarter > 0.12 && quarter < parsing.fraction)
    #expect(abs(parsing.fraction - LoadProgress.phases["parse"]!.end) < 1e-9)
    parsing.finished("read")
    #expect(parsing.fraction == LoadProgress.phases["parse"]!.end)
  }
}
