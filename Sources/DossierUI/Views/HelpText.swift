import DossierTUI

/// Every key of the explorer, for the `?` overlay.
public enum HelpText {
  /// (key, description); an empty description makes the key text a heading.
  public static let lines: [(String, String)] = [
    ("Views", ""),
    ("1 2 3 4", "Actors, Timeline, Myths, Documents"),
    ("Tab / Shift-Tab", "next / previous view"),
    ("p or !", "problems found in the corpus files"),
    ("Moving", ""),
    ("j k  ↓ ↑", "next / previous item"),
    ("Ctrl-D Ctrl-U", "half a page down / up"),
    ("PgDn PgUp", "a page down / up (also Ctrl-F / Ctrl-B)"),
    ("g G  Home End", "first / last item"),
    ("l →  h ←", "into the detail pane / back to the list"),
    ("Mouse", "click selects, the wheel scrolls"),
    ("Following links", ""),
    ("Enter", "list: show the detail pane's links; detail: follow the link"),
    ("Backspace or H", "go back, like a browser"),
    ("L", "go forward again"),
    ("Finding", ""),
    ("/", "filter the list as you type (find in the reader)"),
    ("n N", "next / previous match"),
    ("s or Ctrl-P", "search everything: actors, events, myths, passages…"),
    ("Esc", "close a box, clear the filter, leave the reader"),
    ("Timeline", ""),
    ("f", "filter by lane, actor, source or tag"),
    ("F", "clear the filters"),
    (": or g then a year", "jump to a year, e.g. :2013"),
    ("Documents", ""),
    ("Enter", "open the reader on the selected source"),
    ("] [", "next / previous section"),
    ("Briefings and notes", ""),
    ("m", "mark or unmark the item in the current briefing (● in lists)"),
    ("a", "write a note on the item (✎ in lists); an empty note removes it"),
    ("B", "switch, create, rename or delete briefings; orphaned marks"),
    ("J K", "move the marked item down / up in the briefing"),
    ("b", "presenter mode: the briefing's events, or else the timeline"),
    ("e", "export a Markdown handout of the briefing (or of this view)"),
    ("Presenter", ""),
    ("→ ← Space PgDn PgUp", "next / previous event"),
    ("g then a year", "jump to a year"),
    ("a, + −", "auto-advance on or off, its interval"),
    ("Esc", "back to the explorer at the same event"),
    ("Other", ""),
    ("r", "reload the corpus from disk"),
    ("?", "this help"),
    ("q", "quit"),
    ("Symbols", ""),
    ("[EXR] [AGR] …", "the lane of an event (see f for the names)"),
    ("≠", "sources disagree about this event"),
    ("◆n", "the passage reports n events"),
    ("[MYTH] [REALITY] …", "the verdict on a claim"),
    ("+ / −", "evidence that supports / undermines a claim"),
  ]

  /// The lines as shown in a box `width` columns wide inside: descriptions wrap under their
  /// column, continuation rows have no key.
  static func rows(width: Int) -> [(key: String, text: String)] {
    let textWidth = max(10, width - 21)
    var rows: [(key: String, text: String)] = []
    for (key, text) in lines {
      guard !text.isEmpty else {
        rows.append((key, ""))
        continue
      }
      for (i, piece) in TextLayout.wrap(text, width: textWidth).enumerated() {
        rows.append((i == 0 ? key : "", piece))
      }
    }
    return rows
  }
}
