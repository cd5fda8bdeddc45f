import ArgumentParser
import DossierModel
import Foundation

/// `dossier check [DIR]`: validates a corpus and prints compiler-style diagnostics.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Validate a corpus and print its diagnostics.",
    discussion: "Exits 0 when there are no errors, 1 when there are, 2 on bad usage.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Argument(help: "The corpus folder (default: the bundled corpus).")
  var directory: String?

  @OptionGroup var corpus: CorpusOptions

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  func run() throws {
    let loaded = try corpus.load(directory: directory, allowIncomplete: true)
    switch format {
    case .text:
      let formatter = DiagnosticFormatter()
      var text = ""
      for diagnostic in loaded.diagnostics {
        text += formatter.format(diagnostic, files: loaded.files) + "\n"
      }
      text += "\(loaded.root): \(formatter.summary(loaded.diagnostics))\n"
      Output.out(text)
    case .json:
      Output.out(DiagnosticJSON.encode(loaded) + "\n")
    }
    if loaded.errorCount > 0 { throw ExitCode(1) }
  }
}
