import DossierModel
import DossierSlides
import Foundation

/// What the runtime does outside the app: files, the corpus, the editor. ``FileServices`` is
/// the real one; tests give their own (a save that fails, a reload that fails).
public protocol ExplorerServices {
  /// Starts loading, on another thread, the corpus and what the explorer opens on (the user
  /// data, where it was left, what the command line asked for); `progress` follows the load.
  /// Its outcome is start-up's reply; a failure carries the reason the session ends with.
  func loadCorpus(progress: LoadProgress) -> Pending<Startup>
  /// Writes the user data; returns what is on disk now and a message when it was merged.
  func save(_ data: UserData) throws -> (data: UserData, message: String?)
  /// Reads the corpus again; throws with the reason it could not.
  func reload() throws -> Corpus
  /// Writes the user data somewhere other than its store (when the store cannot be written);
  /// returns the path.
  func saveCopy(_ data: UserData) throws -> String
  /// Writes a file whole (atomically: the old contents or the new, never half) at a path.
  func write(_ text: String, to path: String) throws
  /// The user's home folder, for a file name given as `~/…`.
  var home: String { get }
  /// Whether a file exists (an editor cannot open a file built into the binary).
  func fileExists(_ path: String) -> Bool
  /// `$VISUAL` or `$EDITOR`, if set.
  var editor: String? { get }
  /// Saves where the explorer was left.
  func savePosition(_ position: LastPosition)
  /// Starts opening or building the search engine of a corpus in the background (nil: build it
  /// in memory on first use).
  func indexInBackground(_ corpus: Corpus) -> PendingSearchEngine?
  /// Opens the speaker link of a corpus for a presenter, so that `dossier brief --speaker` in
  /// another terminal can follow it; nil for none. Throws why it cannot be opened.
  func openSpeakerLink(corpus: String) throws -> SpeakerPublisher?
}

extension ExplorerServices {
  /// No speaker link (services for tests that do not ask for one).
  public func openSpeakerLink(corpus: String) throws -> SpeakerPublisher? { nil }
}

/// Why a corpus cannot be reloaded.
public struct ReloadError: Error, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}

/// The services of a real session: the corpus folder, the user data store and the position
/// store (the corpus's own, known once it is loaded), the editor and the search cache.
public final class FileServices: ExplorerServices, @unchecked Sendable {
  let open: @Sendable (LoadProgress) throws -> Corpus
  let prepare: @Sendable (inout Startup) throws -> Void
  let load: () throws -> Corpus
  let environment: [String: String]
  let searchEngine: (@Sendable (Corpus) throws -> SearchEngine)?
  private let lock = NSLock()
  private var opened: (store: UserDataStore, positions: LastPositionStore)?

  /// `open` loads the corpus at start-up, telling `progress` (it runs on another thread);
  /// `prepare` then resolves what the command line asked for against it (the briefing, the
  /// item to start at), throwing why it cannot. `load` reads the corpus again (for `r`); it
  /// throws ``ReloadError`` or the reading error. `searchEngine` opens the corpus's search
  /// engine from the cache (``SearchCache``) or builds and stores it; it runs on a background
  /// thread, and the engine is built in memory when it fails or is nil.
  public init(
    environment: [String: String],
    searchEngine: (@Sendable (Corpus) throws -> SearchEngine)? = nil,
    open: @escaping @Sendable (LoadProgress) throws -> Corpus,
    prepare: @escaping @Sendable (inout Startup) throws -> Void = { _ in },
    reload: @escaping () throws -> Corpus
  ) {
    self.environment = environment
    self.searchEngine = searchEngine
    self.open = open
    self.prepare = prepare
    load = reload
  }

  /// Services on a corpus already loaded, with its stores.
  public convenience init(
    store: UserDataStore, positions: LastPositionStore, environment: [String: String],
    searchEngine: (@Sendable (Corpus) throws -> SearchEngine)? = nil,
    load: @escaping () throws -> Corpus
  ) {
    self.init(
      environment: environment, searchEngine: searchEngine,
      open: { _ in throw ReloadError("the corpus is already open") }, reload: load)
    opened = (store, positions)
  }

  /// The stores of the corpus loaded (its user data and position).
  var stores: (store: UserDataStore, positions: LastPositionStore) {
    get throws {
      lock.lock()
      defer { lock.unlock() }
      guard let opened else { throw ReloadError("the corpus is not loaded yet") }
      return opened
    }
  }

  /// Loads the corpus, then reads its user data (a message says why it could not be) and
  /// where it was left, then lets the command line's requests be resolved.
  public func loadCorpus(progress: LoadProgress) -> Pending<Startup> {
    Pending { [self] in
      let corpus = try open(progress)
      let store = UserDataStore(corpusID: corpus.manifest.id, environment: environment)
      let positions = LastPositionStore(corpusID: corpus.manifest.id, environment: environment)
      lock.lock()
      opened = (store, positions)
      lock.unlock()
      var startup = Startup(corpus: corpus)
      do {
        startup.userData = try store.load()
      } catch {
        startup.userDataMessage = "\(error)"
      }
      startup.lastPosition = positions.load()
      try prepare(&startup)
      return startup
    }
  }

  public func save(_ data: UserData) throws -> (data: UserData, message: String?) {
    let outcome = try stores.store.save(data)
    return (outcome.data, outcome.message)
  }

  public func reload() throws -> Corpus { try load() }

  /// `~/dossier-unsaved-<corpus>-<time>.json` (the temporary folder when home cannot be
  /// written), in the store's own format, so it can be put back in place by hand.
  public func saveCopy(_ data: UserData) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let bytes = try encoder.encode(data)
    let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
    let name = "dossier-unsaved-\(Identifier.slug(try stores.store.corpusID))-\(stamp).json"
    let home = environment["HOME"] ?? NSHomeDirectory()
    var failure: (any Error)?
    for folder in [home, NSTemporaryDirectory()] {
      let path = (folder as NSString).appendingPathComponent(name)
      do {
        try AtomicFile.write(bytes, to: path)
        return path
      } catch {
        failure = error
      }
    }
    throw failure!
  }

  public func write(_ text: String, to path: String) throws {
    try AtomicFile.write(Data(text.utf8), to: path)
  }

  public var home: String { environment["HOME"] ?? NSHomeDirectory() }

  public func fileExists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  public var editor: String? {
    (environment["VISUAL"] ?? environment["EDITOR"]).flatMap { $0.isEmpty ? nil : $0 }
  }

  public func savePosition(_ position: LastPosition) { try? stores.positions.save(position) }

  /// The corpus's socket under `$XDG_RUNTIME_DIR/dossier/` (see ``SpeakerLink``).
  public func openSpeakerLink(corpus: String) throws -> SpeakerPublisher? {
    try SpeakerPublisher(link: SpeakerLink(corpus: corpus, environment: environment))
  }

  public func indexInBackground(_ corpus: Corpus) -> PendingSearchEngine? {
    guard let searchEngine else { return PendingSearchEngine(corpus: corpus) }
    return PendingSearchEngine(opening: {
      // The cached engine when it is current; built in memory when the cache cannot be used.
      do { return try searchEngine(corpus) } catch {
        return try SearchEngine.build(corpus.searchFields())
      }
    })
  }
}
