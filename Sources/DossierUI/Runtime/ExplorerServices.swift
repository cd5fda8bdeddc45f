import DossierModel
import Foundation

/// What the runtime does outside the app: files, the corpus, the editor. ``FileServices`` is
/// the real one; tests give their own (a save that fails, a reload that fails).
public protocol ExplorerServices {
  /// Writes the user data; returns what is on disk now and a message when it was merged.
  func save(_ data: UserData) throws -> (data: UserData, message: String?)
  /// Reads the corpus again; throws with the reason it could not.
  func reload() throws -> Corpus
  /// Writes a file into the current folder.
  func write(_ text: String, named name: String) throws
  /// Whether a file exists (an editor cannot open a file built into the binary).
  func fileExists(_ path: String) -> Bool
  /// `$VISUAL` or `$EDITOR`, if set.
  var editor: String? { get }
  /// Saves where the explorer was left.
  func savePosition(_ position: LastPosition)
  /// Starts building the search index of a corpus in the background (nil: build on first use).
  func indexInBackground(_ corpus: Corpus) -> PendingSearchIndex?
}

/// Why a corpus cannot be reloaded.
public struct ReloadError: Error, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}

/// The services of a real session: the user data store, the position store, the corpus folder.
public struct FileServices: ExplorerServices {
  let store: UserDataStore
  let positions: LastPositionStore
  let load: () throws -> Corpus
  let environment: [String: String]

  /// `load` reads the corpus again (for `r`); it throws ``ReloadError`` or the reading error.
  public init(
    store: UserDataStore, positions: LastPositionStore, environment: [String: String],
    load: @escaping () throws -> Corpus
  ) {
    self.store = store
    self.positions = positions
    self.environment = environment
    self.load = load
  }

  public func save(_ data: UserData) throws -> (data: UserData, message: String?) {
    let outcome = try store.save(data)
    return (outcome.data, outcome.message)
  }

  public func reload() throws -> Corpus { try load() }

  public func write(_ text: String, named name: String) throws {
    try AtomicFile.write(Data(text.utf8), to: name)
  }

  public func fileExists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  public var editor: String? {
    (environment["VISUAL"] ?? environment["EDITOR"]).flatMap { $0.isEmpty ? nil : $0 }
  }

  public func savePosition(_ position: LastPosition) { try? positions.save(position) }

  public func indexInBackground(_ corpus: Corpus) -> PendingSearchIndex? {
    PendingSearchIndex(corpus: corpus)
  }
}
