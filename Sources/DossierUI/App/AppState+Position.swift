import DossierModel
import DossierTUI

extension AppState {
  /// Where the explorer is now, to be saved on quitting and reopened next time: the view, the
  /// selected item (the paragraph at the cursor when a document is open in the reader).
  public var lastPosition: LastPosition {
    if view == .documents, let reader {
      let paragraphs = corpus.paragraphs(of: reader.document)
      let item =
        reader.cursor < paragraphs.count
        ? ItemRef.paragraph(paragraphs[reader.cursor].citation).description : nil
      return LastPosition(view: "\(view)", item: item, readerDocument: reader.document)
    }
    return LastPosition(view: "\(view)", item: list.selected?.description)
  }

  /// Opens a view by its name (`actors`, `timeline`, `myths`, `documents`, `problems`); false
  /// for another name.
  @discardableResult
  public mutating func open(viewNamed name: String) -> Bool {
    guard let id = ViewID.allCases.first(where: { "\($0)" == name }) else { return false }
    view = id
    return true
  }

  /// Reopens a saved position: its view, with its item selected (or its document open in the
  /// reader at its paragraph) when the corpus still has it.
  public mutating func reopen(at position: LastPosition) {
    guard open(viewNamed: position.view) else { return }
    let ref = position.item.flatMap(ItemRef.init)
    if view == .documents, let document = position.readerDocument,
      corpus.document(document) != nil
    {
      list.select(.document(document))
      if case .paragraph(let citation)? = ref, citation.document == document {
        moveReader(to: citation)
      } else {
        reader = ReaderState(document: document)
      }
      return
    }
    guard let ref else { return }
    if list.itemRows.contains(where: {
      if case .item(let r, _) = list.entries[$0] { r == ref } else { false }
    }) {
      show(ref, in: view)
    }
  }
}
