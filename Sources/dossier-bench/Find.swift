import ArgumentParser
import DossierModel
import Foundation

/// `dossier-bench find`: the reader's find typed key by key into one very long paragraph. Each
/// key parses the query again, tests the paragraph (`SearchQuery.matches`) and marks its words
/// (`SearchQuery.highlights(in:)`), as the reader does.
struct Find: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure the reader's find, key by key, on one long paragraph.")
  @Option(help: "The paragraph's size in MB.") var megabytes: Double = 15
  @Option(help: "What is typed (the last word is at the very end of the paragraph).")
  var typed = "zapad-2017 exercize"
  @Flag(help: "Also time the token-list matcher once (slow: seconds a key).") var old = false
  @Option(help: "Build the paragraph from this corpus folder's paragraphs (English text).")
  var corpus: String?
  @Option(
    help: """
      Also type the find into the explorer's reader (update and frame, at 120x40) on a copy of \
      this corpus folder with the paragraph added as a document.
      """)
  var reader: String?

  func run() throws {
    var generator = SyntheticCorpus(events: 0, seed: 11)
    var text = ""
    let target = Int(megabytes * 1e6)
    text.reserveCapacity(target + 100)
    var count = 0
    if let corpus {
      let loaded = CorpusLoader.load(try CorpusInput.read(directory: corpus))
      let paragraphs = loaded.documents.flatMap(\.sections).flatMap(\.paragraphs).map {
        $0.text.plain.replacingOccurrences(of: "Zapad", with: "West")
      }
      guard !paragraphs.isEmpty else { throw ValidationError("no paragraphs in \(corpus)") }
      while text.utf8.count < target {
        text += paragraphs[count % paragraphs.count] + " "
        count += 1
      }
    }
    while text.utf8.count < target {
      text += generator.sentence(18) + " "
      count += 1
      if count % 50 == 0 { text += "Łukasz and Лукашенка’s " }
    }
    text += "The Zapad-2017 exercise ended."
    print(
      "paragraph: \(String(format: "%.1f", Double(text.utf8.count) / 1e6)) MB, typing \u{201C}\(typed)\u{201D}"
    )
    print(
      "query" + String(repeating: " ", count: 25)
        + "matches ms  highlights ms  both ms  one pass ms  marks")
    var worst = 0.0
    var worstOnePass = 0.0
    var prefix = ""
    for character in typed {
      prefix.append(character)
      // The median of three runs of each key (the machine may be busy): the two calls one after
      // the other, and the one pass that does both (`SearchQuery.find(in:)`, what the reader
      // calls), alternated.
      var runs: [(matched: Double, total: Double, onePass: Double)] = []
      var found = false
      var marks: [Range<Int>] = []
      for _ in 0..<3 {
        let start = DispatchTime.now()
        let query = SearchQuery(prefix)
        found = query.matches(text)
        let matched = Clock.seconds(since: start)
        marks = query.highlights(in: text)
        let total = Clock.seconds(since: start)
        let again = DispatchTime.now()
        let both = SearchQuery(prefix).find(in: text)
        let onePass = Clock.seconds(since: again)
        if both.matches != found || (found && both.highlights != marks) {
          throw ValidationError("find(in:) disagrees with matches and highlights for \(prefix)")
        }
        runs.append((matched, total, onePass))
      }
      let (matched, total, _) = runs.sorted { $0.total < $1.total }[1]
      let onePass = runs.map(\.onePass).sorted()[1]
      worst = max(worst, total)
      worstOnePass = max(worstOnePass, onePass)
      print(
        prefix.padding(toLength: 28, withPad: " ", startingAt: 0)
          + String(
            format: "%9.1f %14.1f %8.1f %12.1f  %d%@", matched * 1000, (total - matched) * 1000,
            total * 1000, onePass * 1000, marks.count, found ? "" : " (no match)"))
    }
    for absent in ["qqqq", "\"zapad 2018\""] {
      let start = DispatchTime.now()
      let found = SearchQuery(absent).matches(text)
      print(
        "absent \(absent): matches \(String(format: "%.1f", Clock.seconds(since: start) * 1000)) ms (\(found))"
      )
    }
    print(
      String(
        format: "slowest key: %.1f ms (matches + highlights), %.1f ms (one pass)", worst * 1000,
        worstOnePass * 1000))
    if let reader { try typeInReader(text, corpus: reader) }
    if old {
      let start = DispatchTime.now()
      let query = SearchQuery(typed)
      let found = query.matches(SearchText(text))
      let marks = query.highlights(in: SearchTokenizer.tokens(text))
      print(
        String(
          format: "token-list matcher, one key: %.0f ms (%@, %d marks)",
          Clock.seconds(since: start) * 1000, found ? "match" : "no match", marks.count))
    }
  }
}
