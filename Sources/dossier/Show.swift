import ArgumentParser
import DossierModel
import Foundation

/// `dossier show REF`: one item in full.
struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print one item in full: fields, figures, citations with their passages, links.",
    discussion: """
      REF is a reference as `dossier search` prints it (event:zapad-2017-exercise, \
      actor:lukashenka, myth:…, glossary:…, source:…, document:…, disagreement:…, \
      paragraph:DOC#SECTION.N) or a bare id when only one item has it.
      """)

  @Argument(help: "The item's reference or id.") var ref: String
  @OptionGroup var corpus: CorpusOptions
  @Option(help: "text or json.") var format: ShowFormat = .text

  enum ShowFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

  func run() throws {
    let loaded = try corpus.load()
    let item = try ItemReference.resolve(ref, in: loaded)
    guard let detail = ItemDetail(item, in: loaded) else {
      throw ValidationError("no item '\(Columns.sanitize(ref))'")
    }
    switch format {
    case .text: Output.out(detail.rendered)
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      Output.out(String(decoding: try encoder.encode(detail), as: UTF8.self) + "\n")
    }
  }
}
