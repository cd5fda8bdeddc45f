import DossierModel

/// What the explorer opens on, read on another thread while the loading screen shows
/// (``ExplorerServices/loadCorpus(progress:)``): the corpus, and what was read or resolved
/// against it. The runtime's reply ``Reply/corpusLoaded(_:)`` carries it, and
/// ``AppState/init(opening:options:size:)`` makes the explorer of it.
public struct Startup: Sendable {
  public var corpus: Corpus
  /// The user's marks, notes and briefings (switched to the briefing asked for).
  public var userData = UserData()
  /// Why the user data could not be read, shown first; nil when it was read.
  public var userDataMessage: String?
  /// Where the explorer was left last time, if it was saved.
  public var lastPosition: LastPosition?
  /// `dossier open REF`: the item to start at.
  public var item: ItemRef?
  /// `dossier brief`: what the presenter shows at once.
  public var presentation: Presentation?

  /// What `dossier brief` presents.
  public enum Presentation: Sendable, Equatable {
    /// The current briefing.
    case briefing
    /// The timeline's events (references) as filtered, and the filter in words.
    case timeline(items: [String], filter: String)
  }

  public init(corpus: Corpus) {
    self.corpus = corpus
  }
}
