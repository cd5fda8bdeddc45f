import DossierModel

/// What a key handled by a screen's own state (a list, a detail pane, the reader) asks of the
/// root, which owns what the screens share: where you have been, the reader's opening, which
/// pane has the keyboard, the status line and the effects. ``AppState/apply(_:)`` carries it
/// out.
enum ScreenRequest: Equatable {
  /// Open a document in the reader (the place left goes into history).
  case openReader(document: String)
  /// Give the detail pane the keyboard.
  case focusDetail
  /// Give the list the keyboard.
  case focusList
  /// Jump to an item, as a followed link does.
  case follow(ItemRef)
  /// Say something on the status line.
  case message(String)
  /// Have the runtime do something (open the editor).
  case effect(Effect)
}
