import DossierModel
import DossierTUI
import DossierTestSupport
import Foundation
import Testing

@testable import DossierUI

/// A paragraph of hundreds of kilobytes in the reader: its rows made as they are read, the same
/// rows and find marks as the word-by-word layout gives, and a key that does not lay it out again.
@Suite("Reader: a long paragraph")
struct ReaderLongParagraphTests {
  /// The UI fixture with a document of one paragraph of `words` words (a mention in the middle,
  /// "Zapad" near the end).
  static func corpus(words: Int) -> Corpus {
    let path = fixture("ui")
    let input = try! CorpusInput.read(directory: path)
    let lexicon = [
      "the", "troops", "exercise", "Minsk", "air", "defence", "of", "a", "joint", "regional",
      "group", "forces", "and", "Moscow", "agreed", "in", "planned", "to", "rotate", "units",
    ]
    var text = ""
    for i in 0..<words {
      if i == words / 2 { text += "[[belarus]] " }
      if i == words - 3 { text += "Zapad " }
      text += lexicon[(i * 7 + i / 3) % lexicon.count] + " "
    }
    let document = """
      ---
      id: long
      source: alpha
      title: Long
      ---

      ## All {#all}

      Before it.

      \(text)ends.

      After it.

      """
    let files =
      input.files + [CorpusInput.File(path: "documents/long.md", bytes: Array(document.utf8))]
    return CorpusLoader.load(CorpusInput(root: "fixtures/ui", files: files))
  }

  static func reader(_ corpus: Corpus, find: String = "", width: Int = 120) -> AppState {
    var state = AppState(
      corpus: corpus, theme: Theme(.monochrome), size: Size(width: width, height: 40),
      corpusLabel: "fixture")
    state.start(at: .paragraph(Citation(document: "long", section: "all", paragraph: 2)))
    if !find.isEmpty {
      state.press(.character("/"))
      state.type(find)
    }
    return state
  }

  /// The rows of paragraph 2 as the word-by-word layout makes them (segments + ¶ suffix).
  static func wordByWord(_ state: AppState, find: String) -> [[DetailLine.Segment]] {
    let paragraph = state.corpus.paragraphs(of: "long")[1].paragraph
    let query = SearchQuery(find)
    var segments =
      query.isEmpty
      ? paragraph.text.segments.map(ReaderLayout.plain)
      : ReaderLayout.found(
        query, in: paragraph, at: 1, document: "long", text: find, corpus: state.corpus,
        cache: nil)
    segments.append(.init(text: "  ¶2", role: .dim))
    let width = max(10, state.layout.listContent.width - 3)
    return DetailLayout.wrap([DetailLine(segments)], width: width).map(\.segments)
  }

  /// Rows as text with the matched words in brackets.
  static func shown(_ rows: [[DetailLine.Segment]]) -> [String] {
    rows.map { row in
      row.map { $0.role == .match ? "[\($0.text)]" : $0.text }.joined()
        .replacingOccurrences(of: "] [", with: " ")
        .trimmingCharacters(in: .whitespaces)
    }
  }

  @Test(arguments: ["", "zapad", "belarus", "troop exercis"])
  func theRowsAndMarksAreThoseOfTheWordByWordLayout(find: String) {
    let corpus = Self.corpus(words: 4_000)
    #expect(corpus.paragraphs(of: "long")[1].paragraph.text.plain.utf8.count > 16_384)
    let state = Self.reader(corpus, find: find)
    let layout = state.readerLayout
    let start = layout.starts[1]
    let end = layout.lines.lastLine(ofParagraphAt: start)
    let rows = (start...end).map { layout.lines[$0].segments }
    let expected = Self.wordByWord(state, find: find)
    #expect(Self.shown(rows) == Self.shown(expected))
    #expect(rows.count > 300)
    if !find.isEmpty { #expect(Self.shown(rows).contains { $0.contains("[") }) }
  }

  @Test func theScreenShowsTheFindsAndMovingOnReachesTheNextParagraph() {
    var state = Self.reader(Self.corpus(words: 4_000), find: "zapad")
    state.press(.enter)
    // The match is near the end of the long paragraph, its first rows on screen.
    #expect(state.reader?.cursor == 1)
    #expect(state.screen.contains("▌ the a agreed exercise regional"))
    #expect(state.screen.contains("¶ 2/3 · § All · find “zapad”"))
    state.press(.character("j"))
    #expect(state.screen.contains("After it."))
    // Back: the long paragraph's first row under the cursor again.
    state.press(.character("k"))
    #expect(state.reader?.cursor == 1)
  }

  @Test func typingTheFindReadsEachParagraphOncePerKey() {
    let corpus = Self.corpus(words: 4_000)
    var state = Self.reader(corpus)
    state.press(.character("/"))
    state.type("zap")
    // The rows were broken once for the width; each find text was looked for once in each of
    // the document's three paragraphs.
    let cache = state.ctx.readerCache
    #expect(cache.counts.starts == 1)
    #expect(cache.counts.found == 9)
    _ = state.screen
    _ = state.screen
    #expect(cache.counts.found == 9)
    #expect(cache.counts.starts == 1)
  }
}
