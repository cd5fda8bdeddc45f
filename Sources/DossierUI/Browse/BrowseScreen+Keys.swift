import DossierModel
import DossierTUI

/// The list's keys, owned by the list-and-detail screen: moving the selection (the detail pane,
/// which describes the selected item, starts again at its top), and Enter and `l` on the
/// selected item (the detail pane, the reader of a document, the editor at a problem).
extension BrowseScreen {
  /// A list key; what the root must do, if anything (open the reader or the editor, give the
  /// detail pane the keyboard). `page` is the list's height in rows.
  mutating func perform(listAction action: Action, corpus: Corpus, page: Int) -> ScreenRequest? {
    var request: ScreenRequest?
    switch action {
    case .first:
      list.moveTo(0)
    case .intoDetail:
      request = .focusDetail
    case .open:
      if id.opensReader, case .document(let document) = list.selected {
        // The detail pane's place goes into history with the list's: the root resets it.
        return .openReader(document: document)
      }
      if id.opensEditor, case .diagnostic(let n) = list.selected {
        // The pane stays as it is while the editor has the screen.
        return Self.edit(problem: n, in: corpus)
      }
      request = .focusDetail
    default:
      list.move(action, page: page)
    }
    detail = DetailPaneState()
    return request
  }

  /// Opens the file of problem `n` in the editor at its line; a problem that concerns a whole
  /// file or the corpus says so instead.
  static func edit(problem n: Int, in corpus: Corpus) -> ScreenRequest? {
    guard n < corpus.diagnostics.count else { return nil }
    let diagnostic = corpus.diagnostics[n]
    guard let span = diagnostic.span, span.file < corpus.files.count else {
      return .message("This problem concerns \(diagnostic.path ?? "the corpus") as a whole")
    }
    let file = corpus.files[span.file]
    return .effect(.openEditor(path: file.path, line: file.line(of: span.offset)))
  }
}
