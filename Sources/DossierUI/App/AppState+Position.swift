import DossierModel
import DossierSlides
import DossierTUI

extension AppState {
  /// Where the explorer is now, to be saved on quitting and reopened next time: the view, the
  /// selected item (the paragraph at the cursor when a document is open in the reader).
  public var lastPosition: LastPosition {
    if reading, let reader {
      let paragraphs = corpus.paragraphs(of: reader.document)
      let item =
        reader.cursor < paragraphs.count
        ? ItemRef.paragraph(paragraphs[reader.cursor].citation).description : nil
      return LastPosition(
        view: "\(view)", item: item, readerDocument: reader.document, paneSplit: paneSplit,
        detailHidden: detailHidden)
    }
    return LastPosition(
      view: "\(view)", item: list.selected?.description, paneSplit: paneSplit,
      detailHidden: detailHidden)
  }

  /// Sets up a new session: the user data, a message to show first, the pane layout left last
  /// time (else the configured split), and the start view: the one named, or else where the
  /// explorer was left.
  public mutating func start(
    userData: UserData, message: String?, lastPosition: LastPosition?, startView: String?,
    paneSplit: Int, editsNotesExternally: Bool, autoAdvance: Int = 10,
    presenterFont: BigType.Font = .auto
  ) {
    self.userData = userData
    // The lists made from marks and notes (the Briefing screen) follow what was read.
    rebuildUserDataLists()
    ctx.autoAdvanceInterval = max(1, autoAdvance)
    ctx.presenterFont = presenterFont
    self.message = message
    self.editsNotesExternally = editsNotesExternally
    self.paneSplit = lastPosition?.paneSplit ?? paneSplit
    detailHidden = lastPosition?.detailHidden ?? false
    if let startView {
      open(viewNamed: startView)
    } else if let lastPosition {
      reopen(at: lastPosition)
    }
  }

  /// Starts at one item (`dossier open REF`): the view that lists it with it selected and the
  /// detail pane describing it (a passage in the reader; a glossary entry or disagreement in
  /// its box), with nothing yet to go back to.
  public mutating func start(at ref: ItemRef) {
    guard corpus.contains(ref) else { return }
    follow(ref)
    history = []
    future = []
  }

  /// Opens a view by its name (`actors`, `timeline`, `myths`, `documents`, `problems`); false
  /// for another name.
  @discardableResult
  public mutating func open(viewNamed name: String) -> Bool {
    guard let id = ViewID(rawValue: name) else { return false }
    view = id
    return true
  }

  /// Reopens a saved position: its view, with its item selected (or its document open in the
  /// reader at its paragraph) when the corpus still has it.
  public mutating func reopen(at position: LastPosition) {
    guard open(viewNamed: position.view) else { return }
    let ref = position.item.flatMap(ItemRef.init)
    if view.opensReader, let document = position.readerDocument,
      corpus.document(document) != nil
    {
      list.select(.document(document))
      if case .paragraph(let citation)? = ref, citation.document == document {
        moveReader(to: citation)
      } else {
        reader = ReaderScreen(document: document)
      }
      return
    }
    guard let ref else { return }
    if list.shows(ref) { show(ref, in: view) }
  }
}
