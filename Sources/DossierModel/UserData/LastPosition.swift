import Foundation

/// Where the explorer was left on a corpus: the view and the selected item, to reopen there.
public struct LastPosition: Codable, Equatable, Sendable {
  /// The view's name: `actors`, `timeline`, `myths`, `documents` or `problems`.
  public var view: String
  /// The selected item's reference (`event:treaty-1999`), if any.
  public var item: String?
  /// The document open in the reader, if any.
  public var readerDocument: String?
  /// The list's share of the width in percent, as `<` and `>` left it (nil: the setting's).
  public var paneSplit: Int?
  /// Whether `z` left the detail pane hidden.
  public var detailHidden: Bool?

  public init(
    view: String, item: String? = nil, readerDocument: String? = nil, paneSplit: Int? = nil,
    detailHidden: Bool? = nil
  ) {
    self.view = view
    self.item = item
    self.readerDocument = readerDocument
    self.paneSplit = paneSplit
    self.detailHidden = detailHidden
  }
}

/// Keeps the ``LastPosition`` of each corpus in `$XDG_STATE_HOME/dossier/<corpus-id>.position.json`
/// (by default `~/.local/state/dossier/`), written atomically like the user data.
///
/// A missing or unreadable file means no position: the explorer starts as configured. The file
/// holds nothing that cannot be lost, so a corrupt one is simply replaced at the next save.
public struct LastPositionStore: Sendable {
  public let path: String

  /// A store for one corpus. `folder` replaces the default folder (for tests).
  public init(
    corpusID: String, folder: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    let folder = folder ?? Self.defaultFolder(environment: environment)
    let name = (UserDataStore.fileName(for: corpusID) as NSString).deletingPathExtension
    path = (folder as NSString).appendingPathComponent(name + ".position.json")
  }

  /// `$XDG_STATE_HOME/dossier` when that is absolute (the XDG rule), else
  /// `$HOME/.local/state/dossier`.
  public static func defaultFolder(environment: [String: String]) -> String {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return (state as NSString).appendingPathComponent("dossier")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return (home as NSString).appendingPathComponent(".local/state/dossier")
  }

  /// The saved position, or nil when there is none or it cannot be read.
  public func load() -> LastPosition? {
    guard let data = try? DurableFile.read(path) else { return nil }
    return try? JSONDecoder().decode(LastPosition.self, from: data)
  }

  /// Saves the position atomically, creating the folder when needed; the error names the file
  /// and the system's reason.
  public func save(_ position: LastPosition) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let bytes = try encoder.encode(position) + Data("\n".utf8)
    do {
      try DurableFile.makeDirectories((path as NSString).deletingLastPathComponent)
      try DurableFile.write(bytes, to: path)
    } catch let failure as DurableFile.Failure {
      throw SaveError(path: path, reason: failure.reason)
    }
  }

  /// Why a position could not be saved.
  public struct SaveError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "Cannot save the last position to \(path): \(reason)" }
  }
}
