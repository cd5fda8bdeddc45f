import DossierModel
import DossierTUI

/// The explorer's screens: THE place that lists them. Every property here is an exhaustive
/// `switch`, so adding a screen makes the compiler point at each thing it must say (its title,
/// its number key, its keys, its list, which items it shows).
public enum ScreenID: String, CaseIterable, Sendable {
  case actors, timeline, myths, documents, briefing, stances, disputes, problems

  /// The tabs of the top bar, in order (Tab and Shift-Tab cycle through them).
  static let tabs: [ScreenID] = allCases.filter { $0.number != nil }

  public var title: String {
    switch self {
    case .actors: "Actors"
    case .timeline: "Timeline"
    case .myths: "Myths"
    case .documents: "Documents"
    case .briefing: "Briefing"
    case .stances: "Stances"
    case .disputes: "Disputes"
    case .problems: "Problems"
    }
  }

  /// The number of its tab (and key); nil for a screen without a tab.
  var number: Int? {
    switch self {
    case .actors: 1
    case .timeline: 2
    case .myths: 3
    case .documents: 4
    case .briefing: 5
    case .stances: 6
    case .disputes: 7
    case .problems: nil
    }
  }

  var numberKey: Key { .character(Character(String(number ?? 0))) }

  /// The screen's own keys, in every pane (after the app's keys).
  var keyMap: KeyMap<Action>? {
    switch self {
    case .timeline: KeyMaps.timeline.then(TimelineChart.toggleKeys)
    case .problems: KeyMaps.problemsScreen
    case .briefing: BriefingScreen.keys
    case .actors, .myths, .documents, .stances, .disputes: nil
    }
  }

  /// Keys of the list pane that say what they do on this screen (Enter reads, or opens the
  /// editor), looked up before the list's own.
  var listKeyMap: KeyMap<Action>? {
    switch self {
    case .documents: KeyMaps.documents
    case .problems: KeyMaps.problems
    case .disputes: DisputesScreen.listKeys
    case .actors, .timeline, .myths, .briefing, .stances: nil
    }
  }

  /// The keys of a screen that draws its own body while the body has the keyboard, instead of
  /// the list's (the chart's zoom and pan, the matrix's cells); nil while it shows a list.
  func bodyKeyMap(_ state: AppState) -> KeyMap<Action>? {
    switch self {
    case .timeline: TimelineChart.isOn(state) ? TimelineChart.keys : nil
    case .stances: StancesScreen.keys
    case .actors, .myths, .documents, .briefing, .disputes, .problems: nil
    }
  }

  /// The screen's sections of the help (and of the README's key table).
  var helpSections: [KeyMap<Action>] {
    switch self {
    case .timeline: [KeyMaps.timeline, TimelineChart.helpKeys]
    case .documents: [KeyMaps.documents, KeyMaps.reader]
    case .problems: [KeyMaps.problems.then(KeyMaps.problemsScreen)]
    case .briefing: [BriefingScreen.keys]
    case .stances: [StancesScreen.keys]
    case .disputes: [DisputesScreen.listKeys]
    case .actors, .myths: []
    }
  }

  /// What the list shows and how its rows look.
  var source: any ListSource {
    switch self {
    case .actors: ActorsSource()
    case .timeline: TimelineSource()
    case .myths: MythsSource()
    case .documents: DocumentsSource()
    case .briefing: BriefingSource()
    case .stances: StancesSource()
    case .disputes: DisputesSource()
    case .problems: ProblemsSource()
    }
  }

  /// The screen that shows an item in its list, if one does.
  static func owner(of ref: ItemRef) -> ScreenID? {
    switch ref {
    case .actor: .actors
    case .event: .timeline
    case .myth: .myths
    case .document, .source, .section, .paragraph: .documents
    case .diagnostic: .problems
    case .disagreement: .disputes
    case .glossary: nil
    }
  }

  /// The screen's own handling of an action, before the app's: `nil` when it leaves the action
  /// to the app, else the effect it asks for (`.some(nil)` for none).
  func perform(_ action: Action, _ state: inout AppState) -> Effect?? {
    switch self {
    case .briefing: BriefingScreen.perform(action, &state)
    case .timeline: TimelineChart.perform(action, &state)
    case .stances: StancesScreen.perform(action, &state)
    case .disputes: DisputesScreen.perform(action, &state)
    case .actors, .myths, .documents, .problems: nil
    }
  }

  /// The screen's own layout when it draws its own body; nil for the list and detail panes.
  func layout(_ state: AppState) -> Layout? {
    switch self {
    case .timeline: TimelineChart.isOn(state) ? TimelineChart.layout(state) : nil
    case .stances: StancesScreen.layout(state)
    case .disputes: DisputesScreen.layout(state)
    case .actors, .myths, .documents, .briefing, .problems: nil
    }
  }

  /// Draws the screen's own body in the layout's list area; false when the screen shows its
  /// list (which is then drawn).
  func renderBody(_ state: AppState, into buffer: inout Buffer, _ layout: Layout) -> Bool {
    switch self {
    case .timeline:
      guard TimelineChart.isOn(state) else { return false }
      TimelineChart.render(state, into: &buffer, layout)
    case .stances: StancesScreen.render(state, into: &buffer, layout)
    case .disputes: DisputesScreen.render(state, into: &buffer, layout)
    case .actors, .myths, .documents, .briefing, .problems: return false
    }
    return true
  }

  /// Brings the screen's own state in step after a key or a resize: its size, the filters,
  /// the list's selection.
  func settle(_ state: inout AppState) {
    switch self {
    case .timeline: TimelineChart.settle(&state)
    case .stances: StancesScreen.settle(&state)
    case .actors, .myths, .documents, .briefing, .disputes, .problems: break
    }
  }

  /// A click or a wheel turn over the screen's own body; false when it has none there (the
  /// app then handles it).
  func mouse(_ event: MouseEvent, _ state: inout AppState) -> Bool {
    switch self {
    case .timeline: TimelineChart.isOn(state) && TimelineChart.mouse(event, &state)
    case .stances: StancesScreen.mouse(event, &state)
    case .disputes: DisputesScreen.mouse(event, &state)
    case .actors, .myths, .documents, .briefing, .problems: false
    }
  }

  /// The title of the list pane, when the screen says more than its name and count.
  func title(_ state: AppState) -> String? {
    switch self {
    case .briefing: BriefingScreen.title(state)
    case .actors, .timeline, .myths, .documents, .stances, .disputes, .problems: nil
    }
  }

  /// Whether the screen draws the density strip above its list.
  var hasStrip: Bool { self == .timeline }

  /// Whether an item dragged to another row of the list moves there (the briefing's order).
  var reordersByDragging: Bool { self == .briefing }

  /// Whether `e` offers the current briefing first (else the list on screen).
  var exportsBriefing: Bool { self == .briefing }

  /// Whether an export of the list is titled with the corpus and the screen (the timeline's
  /// exports are the corpus's timeline and carry their own heading).
  var exportTitled: Bool { self != .timeline }

  /// Whether Enter opens the document reader on the selection.
  var opensReader: Bool { self == .documents }

  /// Whether Enter opens the selected problem in the editor.
  var opensEditor: Bool { self == .problems }

  /// Whether the list is the timeline's events (year jumps, filters, the density strip).
  var jumpsToYears: Bool { self == .timeline }

  /// The date a year jump goes by for an item of this list, in the list's order; nil for a
  /// list without dates (the jump then says where it works).
  var yearDates: ((ItemRef, Corpus) -> EDTFDate?)? {
    switch self {
    case .timeline:
      { ref, corpus in if case .event(let id) = ref { corpus.event(id)?.date } else { nil } }
    case .documents:
      { ref, corpus in
        if case .document(let id) = ref, let d = corpus.document(id) {
          corpus.source(d.sourceID)?.date
        } else {
          nil
        }
      }
    case .actors, .myths, .briefing, .stances, .disputes, .problems: nil
    }
  }

  /// Whether the status bar offers the problems view (everywhere but there).
  var offersProblems: Bool { self != .problems }
}
