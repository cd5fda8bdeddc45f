import DossierModel
import Foundation

extension AppRuntime {
  /// Writes an export atomically through the services: the file it would replace is reported
  /// first (the box asks), then the format's encoding and the write; the outcome names the full
  /// path, what the format left out and the marks the corpus no longer has.
  func export(_ request: ExportRequest) -> ExportOutcome {
    let path = ExportPaths.resolve(request.path, folder: request.folder, home: services.home)
    if !request.replace, services.fileExists(path) { return .exists(path: path) }
    let corpus = state.corpus
    let selection = request.selection
    let text: String
    do {
      text = try request.format.encode(
        corpus, selection: selection, filter: request.filter, briefing: request.briefing,
        title: request.title, notes: state.userData.noteTexts)
    } catch {
      return .failed("cannot export as \(request.format.rawValue): \(error)")
    }
    do {
      try services.write(text, to: path)
    } catch {
      return .failed("cannot write \(path): \(FileErrors.reason(writing: path, error: error))")
    }
    let left = request.format.leftOut(of: selection, in: corpus)
    let held = selection.items.count - left.count
    var note =
      "Exported \(Counted.text(held, "item")) as \(request.format.rawValue) to \(path)"
    if !left.isEmpty {
      note += "; left out \(ExportSelection.describe(left)) (md and json hold every item)"
    }
    if !selection.missing.isEmpty {
      note +=
        "; \(Counted.text(selection.missing.count, "marked item"))"
        + " no longer in the corpus: " + selection.missing.joined(separator: ", ")
    }
    return .written(path: path, message: note)
  }
}
