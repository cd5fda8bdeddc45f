import DossierModel
import DossierTUI

/// The reader's table of contents (`t`) and the section shown on the status line.
extension AppState {
  /// The document the table of contents is for: the one being read, or the selected one.
  var contentsDocument: String? {
    if reading, let reader { return reader.document }
    if view.opensReader, case .document(let id) = list.selected { return id }
    return nil
  }

  /// `t`: a picker of the document's sections, indented by level, the current one selected;
  /// choosing one opens the reader there with its heading at the top.
  mutating func openContents() {
    guard let id = contentsDocument, let document = corpus.document(id) else {
      message = "A table of contents needs a document: open one from Documents (4)"
      return
    }
    let sections = document.sections.filter { !$0.paragraphs.isEmpty }
    let options = sections.map { section in
      let indent = String(repeating: "  ", count: max(0, section.level - 2))
      let count = section.paragraphs.count
      return PickerOverlay.Option(
        label: indent + section.title + "  (\(count) ¶)",
        action: .goTo(.section(document: id, section: section.id)))
    }
    var picker = PickerOverlay(title: "Contents of \(document.title)", options: options)
    if let current = readerSection {
      picker.cursor = sections.firstIndex { $0.id == current.id } ?? 0
    }
    overlay = .picker(picker)
  }

  /// The section of the reader's cursor.
  var readerSection: Section? {
    guard reading, let reader else { return nil }
    return corpus.paragraphs(of: reader.document)[safe: reader.cursor]?.section
  }
}
