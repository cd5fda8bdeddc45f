import ArgumentParser
import DossierModel
import DossierSlides
import DossierTerminal
import DossierUI
import Foundation

/// `dossier brief --speaker`: the speaker view in a second terminal, following the presenter of
/// the same corpus (see `SpeakerRuntime`). Without a terminal it prints where the presenter is,
/// or that none runs (exit 1).
struct SpeakerSession {
  let corpus: CorpusOptions
  let theme: Theme.Name?
  var ascii = false

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1, environment["TERM"] != "dumb"
    else {
      try printOnce(environment)
      return
    }
    let chosen = Theme.resolve(requested: theme, environment: environment)
    let unicode = !GlyphTable.asciiNeeded(flag: ascii, environment: environment)
    let terminal: NcursesTerminal
    do {
      terminal = try NcursesTerminal(useColor: chosen.usesColor, ascii: !unicode)
    } catch {
      Output.err("error: \(error)\n")
      throw ExitCode(1)
    }
    let options = corpus
    let failure = LoadFailure()
    var runtime = SpeakerRuntime(
      loading: corpus.data ?? "the bundled corpus",
      load: { progress in
        try failure.keep { try options.load(progress: progress, snapshot: true) }
      },
      link: {
        SpeakerFollower(link: SpeakerLink(corpus: $0.manifest.id, environment: environment))
      },
      backend: terminal, theme: chosen, unicode: unicode)
    let end = runtime.run()
    runtime.follower?.disconnect()
    if end == .quit { return }
    if case .loadFailed(let reason) = end { throw failure.error ?? CommandFailure(message: reason) }
    let signal = terminal.terminationSignal
    terminal.stop()
    if let signal { throw ExitCode(128 + signal) }
  }

  /// Prints the speaker view once, 80 columns wide, or why there is none (exit 1).
  func printOnce(_ environment: [String: String]) throws {
    let loaded = try corpus.load()
    let follower = SpeakerFollower(
      link: SpeakerLink(corpus: loaded.manifest.id, environment: environment))
    guard case .changed(let snapshot) = follower.waitForChange(timeout: 1) else {
      Output.err(follower.noPresenterMessage + "\n")
      throw ExitCode(1)
    }
    let view = SpeakerView(snapshot: snapshot, corpus: loaded)
    let rows = SpeakerLayout.rows(view, width: 80, height: 40, unicode: !ascii)
    var lines = rows.map { row in
      var row = Substring(row)
      while row.last == " " { row = row.dropLast() }
      return String(row)
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    Output.out(lines.joined(separator: "\n") + "\n")
  }
}
