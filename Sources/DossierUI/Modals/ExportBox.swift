import DossierModel
import DossierTUI
import Foundation

/// `e`: the export box. It asks for the format, what to export (this briefing, the current
/// view's list as filtered, the selected item) and the file (under the current folder, editable),
/// then writes it through the runtime (``Effect/export(_:)``), which replies with the full path
/// written, a file that would be replaced, or why it could not be written.
public struct ExportBox: Equatable, Sendable {
  /// The rows of the box, in Tab order.
  public enum Field: Int, CaseIterable, Sendable { case format, scope, path }

  /// What to export.
  public enum Scope: Equatable, Sendable, CaseIterable {
    /// The current briefing: its marked items in order, with the notes.
    case briefing
    /// The current view's list, as filtered (the timeline's events, the actors...).
    case view
    /// The item selected (or the reader's paragraph).
    case item
  }

  public var format: ExportFormat
  public var scope: Scope
  public var field = Field.format
  var path: TextField
  /// Whether the user changed the file name (then a change of format or scope keeps it, but
  /// for its extension).
  var pathEdited = false
  /// The path an export would replace: Enter again replaces it.
  public var replacing: String?
  /// Why the last try failed, shown in the box until the next key.
  public var failure: String?

  /// The formats, in the order the box offers them.
  static let formats: [ExportFormat] = [.md, .csv, .ics, .timelinejs, .json]

  init(format: ExportFormat = .md, scope: Scope, fileName: String) {
    self.format = format
    self.scope = scope
    path = TextField(fileName)
  }

  /// The file name as typed (relative to the current folder unless it starts with `/` or `~`).
  public var fileName: String { path.text }

  /// Moves to the next (or previous) choice of the field with the focus.
  mutating func cycle(_ delta: Int, names: (Scope) -> String) {
    switch field {
    case .format:
      let i = Self.formats.firstIndex(of: format) ?? 0
      format = Self.formats[(i + delta + Self.formats.count) % Self.formats.count]
    case .scope:
      let all = Scope.allCases
      let i = all.firstIndex(of: scope) ?? 0
      scope = all[(i + delta + all.count) % all.count]
    case .path:
      return
    }
    renamed(names(scope))
  }

  /// Follows a change of format or scope: the suggested name, or the edited one with the
  /// format's extension.
  mutating func renamed(_ base: String) {
    replacing = nil
    if pathEdited {
      path = TextField(Self.withExtension(path.text, format.fileExtension))
    } else {
      path = TextField("\(base).\(format.fileExtension)")
    }
  }

  /// A file name with its known extension (md, csv, ics, json) replaced by `ext`, or `ext`
  /// added when it has none of them.
  static func withExtension(_ name: String, _ ext: String) -> String {
    let known = Set(ExportFormat.allCases.map(\.fileExtension))
    if let dot = name.lastIndex(of: "."), !name[dot...].contains("/"),
      known.contains(String(name[name.index(after: dot)...]).lowercased())
    {
      return String(name[..<dot]) + "." + ext
    }
    return name.isEmpty ? name : name + "." + ext
  }
}

/// An export the runtime is asked to write.
public struct ExportRequest: Equatable, Sendable {
  public var format: ExportFormat
  /// The items, in order (each in the corpus), and marks the corpus no longer has.
  public var items: [ItemRef]
  public var missing: [String]
  /// The briefing exported, when it is one (named in the file; the CSV's `briefing` column).
  public var briefing: String?
  /// The handout's heading, the calendar's name and the timeline's headline when it is not the
  /// briefing's name or the corpus title.
  public var title: String?
  /// What filtered the list, in words, when anything did.
  public var filter: String?
  /// The file as typed: relative to `folder`, or absolute, or under `~`.
  public var path: String
  /// The folder a relative name is written in (the explorer's current folder).
  public var folder: String
  /// Whether an existing file may be replaced (the user said so).
  public var replace: Bool

  public var selection: ExportSelection { ExportSelection(items: items, missing: missing) }
}

/// What became of an export.
public enum ExportOutcome: Equatable, Sendable {
  /// Written: the full path and what to say (what the format left out, if anything).
  case written(path: String, message: String)
  /// A file is there already (full path): the box asks before replacing it.
  case exists(path: String)
  /// Not written, and why.
  case failed(String)
}

/// Where an export's file name points.
enum ExportPaths {
  /// The absolute path of a name typed in the box: as is when absolute, under `home` for `~`
  /// and `~/…`, else in `folder`.
  static func resolve(_ name: String, folder: String, home: String) -> String {
    if name.hasPrefix("/") { return name }
    if name == "~" { return home }
    if name.hasPrefix("~/") {
      return (home as NSString).appendingPathComponent(String(name.dropFirst(2)))
    }
    return (folder as NSString).appendingPathComponent(name)
  }
}
