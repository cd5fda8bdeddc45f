import DossierModel
import DossierSlides
import DossierTUI
import Foundation

/// What every screen may read: the corpus, the look, the size, the user's data and settings, the
/// status message and the search index.
struct AppContext {
  var corpus: Corpus {
    didSet {
      disagreements = DisagreementIndex(corpus: corpus)
      corpusVersion += 1
    }
  }
  /// Counts the corpora loaded (a reload makes a new one), so that a screen's own state made
  /// from the corpus (a chart) knows when to be made again.
  private(set) var corpusVersion = 0
  /// Which disagreements concern each item, directly or through its events, passages and
  /// sub-claims (made again with each corpus).
  private(set) var disagreements: DisagreementIndex
  var theme: Theme
  var size: Size
  /// Where the corpus came from, for the status line and reloads.
  var corpusLabel: String
  /// Marks, briefings and notes (saved by the runtime after each change).
  var userData = UserData()
  /// Whether notes are written in `$EDITOR` rather than on the status line.
  var editsNotesExternally = false
  /// A one-line message in the status bar until the next key.
  var message: String?
  /// The list's share of the width (side by side) in percent; `<` and `>` move it.
  var paneSplit = 45
  /// The presenter's auto-advance interval in seconds when `a` turns it on (the
  /// `presenter.auto-advance` setting).
  var autoAdvanceInterval = 10
  /// How large the presenter's big type may be (the `presenter.font` setting).
  var presenterFont = BigType.Font.auto
  /// The folder exports are written in unless their name says otherwise (the current one).
  var folder = FileManager.default.currentDirectoryPath
  /// The presenter's clock: seconds on a clock that does not jump (tests set their own).
  var clock: @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }
  /// The last save failed: quitting saves again first, and asks if it still fails.
  var unsaved = false
  /// `z`: the detail pane hidden, the list on the whole width.
  var detailHidden = false
  /// The width of the timeline's date column: the longest date label of the corpus, 13 at
  /// least, so that every label shows in full.
  var dateWidth = 13
  /// The search engine, once ready.
  var searchEngine: SearchEngine?
  /// Why the search engine could not be made, if it failed.
  var searchFailure: String?
  /// The engine being opened or built on another thread, if the runtime started one; search
  /// shows "indexing…" until it is ready, and update never waits for it.
  var pendingSearch: PendingSearchEngine?
  /// Draw with ASCII only (`--ascii`, or a locale that is not UTF-8): the charts then use their
  /// ASCII marks, which stay distinct where the backend's stand-ins would not.
  var ascii = false
  /// The detail pane of the last subject shown, built once for a key and its frame.
  var detailCache = DetailCache()
  /// The reader's long paragraphs laid out, and where find matched in them.
  var readerCache = ReaderCache()
  /// The `/` filter's index of every event, built on another thread from the start.
  var eventFilterIndex: EventFilterIndex?

  init(corpus: Corpus, theme: Theme, size: Size, corpusLabel: String) {
    self.corpus = corpus
    self.theme = theme
    self.size = size
    self.corpusLabel = corpusLabel
    disagreements = DisagreementIndex(corpus: corpus)
  }

  /// Every status message of the session in full, oldest first (`M` shows them), the last
  /// ``logLimit`` kept: a long reason cut on the status line can be read here.
  var messageLog: [String] = []
  static let logLimit = 200

  mutating func log(_ message: String) {
    guard messageLog.last != message else { return }
    messageLog.append(message)
    if messageLog.count > AppContext.logLimit { messageLog.removeFirst() }
  }

  /// The time now (tests set it, to expire a pending `g` without waiting).
  var now: @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }

  func style(_ role: Role) -> Style { theme.style(role) }

  /// The width of a date column in a row `row` cells wide: the corpus's widest label when it
  /// takes no more than two sevenths of the row (13 at least); labels wider than the column
  /// are shortened (``EDTFDate/display(fitting:)``), never cut while a shorter form fits.
  func dateColumn(row: Int) -> Int { min(dateWidth, max(13, row * 2 / 7)) }

  /// The widest date label among the corpus's events (13 at least).
  static func dateWidth(of corpus: Corpus) -> Int {
    var widest = 13
    for event in corpus.events {
      let label = event.date.display
      if label.utf8.count > widest { widest = max(widest, TextWidth.of(label)) }
    }
    return widest
  }
}
