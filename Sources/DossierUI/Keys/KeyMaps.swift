import DossierSlides
import DossierTUI

typealias Binding = KeyBinding<Action>
typealias Keys = KeyMap<Action>

/// Every key of the explorer, each written once: the handlers look actions up here, and the help
/// overlay, the status hints, `dossier explore --help` and the README's table are made from it.
enum KeyMaps {
  static func pair(_ a: Key, _ x: Action, _ b: Key, _ y: Action) -> [KeyAction<Action>] {
    [KeyAction(a, x), KeyAction(b, y)]
  }

  /// The number keys and the view cycle, from the screen catalogue.
  static let views: Keys = {
    Keys(
      "Views",
      [
        Binding(
          ScreenID.tabs.map { KeyAction($0.numberKey, .view($0)) },
          ScreenID.tabs.compactMap { $0.number.map(String.init) }.joined(separator: " "),
          ScreenID.tabs.map(\.title).joined(separator: ", ")),
        Binding(
          pair(.tab, .nextView, .backTab, .previousView), "Tab / Shift-Tab", "next / previous view"),
        Binding(
          [.character("p"), .character("!")], "p or !", "problems found in the corpus files",
          action: .view(.problems)),
      ])
  }()

  static let list = Keys(
    "Lists",
    [
      Binding(
        [
          KeyAction(.character("j"), .down), KeyAction(.character("k"), .up),
          KeyAction(.down, .down), KeyAction(.up, .up),
        ], "j k  ↓ ↑", "next / previous item"),
      Binding(
        pair(.control("d"), .halfDown, .control("u"), .halfUp), "Ctrl-D Ctrl-U",
        "half a page down / up"),
      Binding(
        pair(.pageDown, .pageDown, .pageUp, .pageUp)
          + pair(.control("f"), .pageDown, .control("b"), .pageUp), "PgDn PgUp",
        "a page down / up (also Ctrl-F / Ctrl-B)"),
      Binding(
        pair(.character("g"), .first, .character("G"), .last) + pair(.home, .first, .end, .last),
        "g G  Home End", "first / last item (g waits a second for a year; gg at once)"),
      Binding(
        pair(.character("n"), .down, .character("N"), .up), "n N", "next / previous match"),
      Binding([.right, .character("l")], "l →", "into the detail pane", action: .intoDetail),
      Binding(
        [.enter], "Enter", "show the detail pane's links (open the reader, or the editor)",
        hint: ("↵", "details"), order: 10, action: .open),
    ])

  static let detail = Keys(
    "Detail pane",
    [
      Binding(
        pair(.character("j"), .down, .character("k"), .up) + pair(.down, .down, .up, .up)
          + pair(.character("n"), .down, .character("N"), .up), "j k  ↓ ↑  n N",
        "next / previous link"),
      Binding(
        pair(.pageDown, .halfDown, .pageUp, .halfUp)
          + pair(.control("d"), .halfDown, .control("u"), .halfUp)
          + pair(.control("f"), .halfDown, .control("b"), .halfUp), "PgDn PgUp Ctrl-D/U",
        "scroll the pane"),
      Binding(
        pair(.character("g"), .first, .character("G"), .last) + pair(.home, .first, .end, .last),
        "g G  Home End", "first / last link"),
      Binding(
        [.enter, .right, .character("l")], "Enter  l →", "follow the link",
        hint: ("↵", "follow"), order: 10, action: .open),
      Binding(
        [.left, .character("h")], "h ←", "back to the list", hint: ("h", "back to list"),
        order: 20, action: .toList),
      Binding([.backspace], "Backspace", "go back", hint: ("⌫", "back"), order: 30, action: .back),
    ])

  static let links = Keys(
    "Going back",
    [
      Binding(
        [.backspace, .character("H")], "Backspace or H", "go back, like a browser", action: .back),
      Binding([.character("L")], "L", "go forward again", action: .forward),
    ])

  static let finding = Keys(
    "Finding",
    [
      Binding(
        [.character("/")], "/", "filter the list as you type (find in the reader)",
        hint: ("/", "filter"), order: 50, action: .filter),
      Binding(
        [.character("s"), .control("p")], "s or Ctrl-P",
        "search everything: actors, events, myths, passages…", hint: ("s", "search"), order: 80,
        action: .search),
      Binding(
        [.escape], "Esc", "close a box, clear the filter, leave the reader", action: .escape),
    ])

  static let timeline = Keys(
    "Timeline",
    [
      Binding(
        [.character("f")], "f", "filter by lane, actor, source or tag",
        hint: ("f", "lanes…"), order: 20, action: .filterPicker),
      Binding([.character("F")], "F", "clear the filters", action: .clearFilters),
      Binding(
        [.character(":")], ": or g then a year", "jump to a year, e.g. :2013",
        hint: ("g", "year"), order: 30, action: .yearPrompt),
    ])

  static let documents = Keys(
    "Documents",
    [
      Binding(
        [.enter], "Enter", "open the reader on the selected source", hint: ("↵", "read"), order: 10,
        action: .open),
      Binding(
        [.character(":")], ": or g then a year", "the first source of a year, e.g. :2013",
        action: .yearPrompt),
      Binding(
        [.character("t")], "t", "its table of contents: open the reader at a section",
        action: .contents),
    ]
  )

  static let problems = Keys(
    "Problems",
    [
      Binding(
        [.enter], "Enter", "open the file at the problem in $EDITOR",
        hint: ("↵", "open in $EDITOR"), order: 10, action: .open)
    ])

  static let problemsScreen = Keys(
    "Problems",
    [
      Binding(
        [.character("r")], "r", "reload the corpus after editing", hint: ("r", "reload"),
        order: 20, action: .reload)
    ])

  static let reader = Keys(
    "Reader",
    [
      Binding(
        pair(.character("j"), .down, .character("k"), .up) + pair(.down, .down, .up, .up),
        "j k  ↓ ↑", "next / previous paragraph"),
      Binding(
        pair(.pageDown, .pageDown, .pageUp, .pageUp)
          + pair(.control("f"), .pageDown, .control("b"), .pageUp)
          + pair(.control("d"), .halfDown, .control("u"), .halfUp),
        "PgDn PgUp Ctrl-D/U", "a page or half a page down / up"),
      Binding(
        pair(.character("g"), .first, .character("G"), .last) + pair(.home, .first, .end, .last),
        "g G  Home End", "first / last paragraph"),
      Binding(
        pair(.character("]"), .nextSection, .character("["), .previousSection), "] [",
        "next / previous section (the section's start first)", hint: ("]", "next section"),
        order: 20),
      Binding(
        [.character("t")], "t", "table of contents: go to a section", hint: ("t", "contents"),
        order: 25, action: .contents),
      Binding(
        pair(.character("n"), .nextMatch, .character("N"), .previousMatch), "n N",
        "next / previous paragraph with the text found with /"),
      Binding(
        [.character("/")], "/", "find in the document", hint: ("/", "find"), order: 30,
        action: .filter),
      Binding(
        [.enter, .right, .character("l")], "Enter  l →", "the links of the paragraph",
        hint: ("↵", "links"), order: 10, action: .intoDetail),
      Binding([.backspace], "Backspace", "go back", hint: ("⌫", "back"), order: 40, action: .back),
    ])

  static let layout = Keys(
    "Layout",
    [
      Binding(
        [.character("z")], "z", "hide or show the detail pane (the list takes the width)",
        action: .toggleDetail),
      Binding(
        pair(.character(">"), .widenList, .character("<"), .narrowList), "> <",
        "widen / narrow the list (remembered)"),
    ])

  static let briefings = Keys(
    "Briefings and notes",
    [
      Binding(
        [.character("m")], "m", "mark or unmark the item in the current briefing (● in lists)",
        action: .mark),
      Binding(
        [.character("a")], "a", "write a note on the item (✎ in lists); an empty note removes it",
        action: .note),
      Binding(
        [.character("B")], "B", "switch, create, rename or delete briefings; orphaned marks",
        action: .briefings),
      Binding(
        pair(.character("J"), .moveMarkedDown, .character("K"), .moveMarkedUp), "J K",
        "move the marked item down / up in the briefing"),
      Binding(
        [.character("b")], "b",
        "present the briefing from the selected item (or else the timeline)", action: .present),
      Binding(
        [.character("e")], "e",
        "export: md, csv, ics, timelinejs or json; the briefing, this list or the item; the file",
        action: .export),
    ])

  /// The presenter's keys, made from DossierSlides's table (``PresenterKeys``), which the
  /// presenter and the speaker view look keys up in.
  static let presenter = Keys(
    "Presenter",
    PresenterKeys.bindings.map { row in
      Binding(
        row.pairs.map { KeyAction($0.key.key, Action.presenter($0.command)) }, row.label, row.help)
    })

  static let other = Keys(
    "Other",
    [
      Binding([.character("r")], "r", "reload the corpus from disk", action: .reload),
      Binding([.character("?")], "?", "this help", hint: ("?", "help"), order: 90, action: .help),
      Binding(
        [.character("M")], "M", "every message of the session in full", action: .messages),
      Binding([.character("q")], "q", "quit", hint: ("q", "quit"), order: 99, action: .quit),
    ])

  /// The keys that work in every view (when no box or prompt is open).
  static let global: Keys = views.then(links).then(finding).then(layout).then(briefings).then(
    other)

  /// The sections of the help, in order: the keys of every list, each screen's own (from the
  /// catalogue), then the app's.
  static var sections: [Keys] {
    [views, list, detail, links, finding] + ScreenID.allCases.flatMap(\.helpSections)
      + [layout, briefings, presenter, other]
  }

  /// The status hints of a context: its own maps first (a screen's hint replaces a global one
  /// with the same key), then in hint order.
  static func hints(_ maps: [Keys]) -> [(key: String, text: String)] {
    var seen: Set<String> = []
    var kept: [(order: Int, index: Int, hint: (key: String, text: String))] = []
    for (i, binding) in maps.flatMap(\.bindings).enumerated() {
      guard let hint = binding.hint, !seen.contains(hint.key) else { continue }
      seen.insert(hint.key)
      kept.append((binding.hintOrder, i, hint))
    }
    return kept.sorted { ($0.order, $0.index) < ($1.order, $1.index) }.map(\.hint)
  }
}
