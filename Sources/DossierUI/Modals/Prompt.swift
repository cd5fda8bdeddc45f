import DossierModel
import DossierTUI

/// What the status line is reading, if anything: one ``TextField`` and what Enter does with it.
struct Prompt: Equatable {
  enum Kind: Equatable {
    /// `/`: filter the list (or find in the reader) as you type.
    case filter
    /// `:` or `g` then digits: a year to jump to.
    case year
    /// `a`: the note of the selected item.
    case note
    /// A briefing name: for a new briefing, or the new name of the current one.
    case briefingName(renaming: Bool)
  }

  var kind: Kind
  var field: TextField
  /// Where the year prompt was opened, for Esc to go back to.
  var origin: AppState.Location?
  var originScroll = 0
  /// The year already jumped to while typing, and what the jump said.
  var previewed: String?
  var note: String?

  init(_ kind: Kind, text: String, origin: AppState.Location? = nil, originScroll: Int = 0) {
    self.kind = kind
    field = kind == .year ? TextField(text, accepts: .digits, limit: 4) : TextField(text)
    self.origin = origin
    self.originScroll = originScroll
  }

  var text: String { field.text }

  func label(reading: Bool) -> String {
    switch kind {
    case .filter: reading ? "find: " : "filter: "
    case .year: "jump to year: "
    case .note: "note: "
    case .briefingName(let renaming): renaming ? "rename briefing: " : "new briefing: "
    }
  }
}

extension AppState {
  mutating func handlePromptKey(_ key: Key) -> Effect? {
    guard var prompt = input else { return nil }
    if prompt.kind == .year { return handleYearKey(key) }
    switch key {
    case .escape:
      if prompt.kind == .filter { applyFilterText("") }
      input = nil
      return nil
    case .enter:
      input = nil
      switch prompt.kind {
      case .note: return saveNote(prompt.text)
      case .briefingName(let renaming): return nameBriefing(prompt.text, renaming: renaming)
      case .filter, .year: break
      }
      return nil
    case .backspace where prompt.text.isEmpty:
      if prompt.kind == .filter { input = nil }
      return nil
    default:
      break
    }
    let outcome = prompt.field.handle(key)
    input = prompt
    guard outcome == .edited else { return nil }
    switch prompt.kind {
    case .filter: applyFilterText(prompt.text)
    case .year, .note, .briefingName: break
    }
    return nil
  }

  /// Draws the prompt on the status line.
  func renderPrompt(_ prompt: Prompt, _ buffer: inout Buffer, _ rect: Rect) {
    let label = prompt.label(reading: reading)
    buffer.write(" " + label, x: rect.x, y: rect.y, style: ctx.style(.statusKey))
    let x = rect.x + label.count + 1
    let end = prompt.field.draw(
      in: Rect(x: x, y: rect.y, width: rect.maxX - x, height: 1), into: &buffer,
      style: ctx.style(.input))
    var after = "  Enter keep · Esc cancel"
    if prompt.kind == .filter, filterAwaitsIndex {
      after = "  indexing the events… the filter applies when ready · Esc cancel"
    }
    if prompt.kind == .year {
      after = (prompt.note.map { "  \($0) ·" } ?? "") + "  Enter keep · Esc go back"
    }
    buffer.write(after, x: end, y: rect.y, style: ctx.style(.status), maxX: rect.maxX)
  }
}
