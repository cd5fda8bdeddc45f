import ArgumentParser
import DossierModel
import Foundation

/// `dossier search QUERY`: one ranked list across every kind of item, from the search index kept
/// in the cache folder (built on the first search of a corpus version).
struct Search: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Search actors, events, myths, glossary, sources, documents and passages.",
    discussion: """
      Words are matched case-, diacritic- and spelling-insensitively and by their stem \
      ("ratify" finds "ratifies", "defense" finds "defence"); "quoted words" are a phrase; an \
      exact name or id comes first. When too few items have every word, items with most of \
      the words follow. Each result shows the reference that `dossier show` takes.
      """)

  @Argument(help: "Words to look for.")
  var query: [String]

  @OptionGroup var corpus: CorpusOptions
  @Option(parsing: .unconditional, help: "At most this many results (at least 1).")
  var limit: Int = 20
  @Option(help: "Skip this many results first (to page through them).") var offset: Int = 0
  @Flag(help: "Print every result.") var all = false
  @Option(help: "text or tsv (ref, kind, date, title, matched words, where, snippet).")
  var format: ListFormat = .text
  @Flag(help: "Leave out the header row of tsv output.") var noHeader = false

  func validate() throws {
    guard !query.joined().trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ValidationError("give words to search for")
    }
    guard limit > 0 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
    guard offset >= 0 else { throw ValidationError("--offset must not be negative") }
  }

  func run() throws {
    let text = query.joined(separator: " ")
    var engine = try corpus.searchEngine()
    var matches: SearchMatches
    var hits: [SearchHit]
    do {
      matches = try engine.search(text, prefixLast: false)
      hits = try engine.page(matches, offset: offset, limit: all ? Int.max / 2 : limit)
    } catch {
      // A cache that fails while read is corrupt: rebuilt, never trusted.
      engine = try corpus.searchEngine(discardCache: true)
      matches = try engine.search(text, prefixLast: false)
      hits = try engine.page(matches, offset: offset, limit: all ? Int.max / 2 : limit)
    }
    var out = ""
    let bold = format == .text && isatty(1) == 1
    func render(_ parts: [SnippetPart]) -> String {
      parts.map { part in
        let text = Columns.sanitize(part.text)
        guard part.highlighted else { return text }
        return bold ? "\u{1B}[1m\(text)\u{1B}[22m" : text
      }.joined()
    }
    if format == .tsv && !noHeader {
      out +=
        ["ref", "kind", "date", "title", "words", "where", "snippet"].joined(separator: "\t") + "\n"
    }
    for hit in hits {
      let words =
        hit.matchedWords < hit.wordCount ? "\(hit.matchedWords) of \(hit.wordCount) words" : ""
      switch format {
      case .text:
        out += Columns.pad(hit.kind.label, 13) + Columns.pad(hit.date ?? "", 12)
        out += render(hit.titleParts) + "\n"
        out +=
          "    \(Columns.sanitize(hit.ref.description))  (\(Columns.sanitize(hit.via))\(words.isEmpty ? "" : ", " + words))\n"
        if !hit.snippet.isEmpty { out += "    \(render(hit.snippet))\n" }
      case .tsv:
        out +=
          [
            hit.ref.description, hit.kind.label, hit.date ?? "", hit.title,
            "\(hit.matchedWords)/\(hit.wordCount)", hit.via, hit.snippet.map(\.text).joined(),
          ]
          .map(Columns.tsvField).joined(separator: "\t") + "\n"
      }
    }
    if format == .text {
      out += matches.summary
      if hits.count < matches.total {
        let first = hits.isEmpty ? offset : offset + 1
        out += ", \(first)–\(offset + hits.count) shown"
        if offset + hits.count < matches.total {
          out += " (--offset \(offset + hits.count) for more, --all for all)"
        }
      }
      out += "\n"
    }
    Output.out(out)
  }
}

extension CorpusOptions {
  /// The search engine of the selected corpus: from the cache when it is current, else built
  /// (and stored) from the loaded corpus.
  func searchEngine(discardCache: Bool = false) throws -> SearchEngine {
    let folder = SearchCache.directory()
    if discardCache { try? FileManager.default.removeItem(atPath: folder) }
    if let data {
      try Self.checkFolder(data)
      try Self.checkManifest(data)
      return try SearchCache.engine(folder: data, cacheDirectory: folder) { input in
        CorpusLoader.load(input)
      }.engine
    }
    let input = bundledInput()
    return try SearchCache.engine(input: input, cacheDirectory: folder) {
      CorpusLoader.load(input)
    }.engine
  }
}
