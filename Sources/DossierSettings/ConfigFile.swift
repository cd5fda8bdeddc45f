import DossierModel
import Foundation
import TOMLKit

/// The settings file, `$XDG_CONFIG_HOME/dossier/config.toml` (by default
/// `~/.config/dossier/config.toml`), read into setting values with their lines.
///
/// ```toml
/// theme = "contrast"
/// start-view = "timeline"
///
/// [presenter]
/// auto-advance = 8
/// font = "half-block"
///
/// [layout]
/// pane-split = 40
/// ```
///
/// Values that are wrong get a located diagnostic and are left out, so that their defaults
/// apply; a file that is not valid TOML applies as a whole not at all.
public struct ConfigFile: Sendable {
  /// The file's path, as shown in diagnostics.
  public let path: String
  /// The valid values, each as text with its 1-based line.
  public var values: [SettingKey: (text: String, line: Int)] = [:]
  public var diagnostics: [ConfigDiagnostic] = []
  /// The file's text, for rendering the diagnostics.
  public let source: SourceFile

  /// The config file's path: `DOSSIER_CONFIG` when set, else `$XDG_CONFIG_HOME/dossier/config.toml`
  /// when that is absolute (the XDG rule), else `$HOME/.config/dossier/config.toml`.
  public static func defaultPath(environment: [String: String]) -> String {
    if let explicit = environment["DOSSIER_CONFIG"], !explicit.isEmpty { return explicit }
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return (config as NSString).appendingPathComponent("dossier/config.toml")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return (home as NSString).appendingPathComponent(".config/dossier/config.toml")
  }

  /// Reads the file at `path`; nil when there is none (every setting keeps its default).
  public static func load(path: String) -> ConfigFile? {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
    guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: path) else {
      var file = ConfigFile(path: path, bytes: [])
      let reason = isFolder.boolValue ? "it is a folder" : "permission denied or unreadable"
      file.diagnostics.append(
        ConfigDiagnostic(.unreadable, "cannot read the file: \(reason)", at: nil))
      return file
    }
    return ConfigFile(path: path, text: String(decoding: data, as: UTF8.self))
  }

  private init(path: String, bytes: [UInt8]) {
    self.path = path
    self.source = SourceFile(path: path, bytes: bytes)
  }

  /// Parses a file's text.
  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      let offset = offset(line: error.source.begin.line, column: error.source.begin.column)
      diagnostics.append(
        ConfigDiagnostic(
          .syntax, "not valid TOML: \(error.description.lowercased())",
          at: SourceSpan(file: 0, offset: offset, length: 1),
          hint: "no setting of this file applies until it is fixed"))
      return
    } catch {
      diagnostics.append(ConfigDiagnostic(.syntax, "not valid TOML: \(error)", at: nil))
      return
    }
    read(table, table: nil)
    diagnostics.sort { ($0.span?.offset ?? 0) < ($1.span?.offset ?? 0) }
  }

  /// Reads the keys of the top level or of one table.
  private mutating func read(_ table: TOMLTable, table name: String?) {
    let tables = Set(SettingKey.allCases.compactMap(\.table))
    for key in table.keys.sorted(by: { locate(name, $0).offset < locate(name, $1).offset }) {
      guard let value = table[key] else { continue }
      let place = locate(name, key)
      if name == nil, tables.contains(key) {
        if let inner = value.table {
          read(inner, table: key)
        } else {
          diagnostics.append(
            ConfigDiagnostic(
              .wrongType, "'\(key)' must be a table, not \(value.type)", at: place,
              hint: "write [\(key)] on a line of its own, with its settings below it"))
        }
        continue
      }
      let full = name.map { "\($0).\(key)" } ?? key
      guard let setting = SettingKey(rawValue: full) else {
        diagnostics.append(
          ConfigDiagnostic(
            .unknownKey, "unknown setting '\(full)'", at: place, hint: Self.suggestion(full)))
        continue
      }
      let text: String
      if setting.range != nil {
        guard let number = value.int else {
          diagnostics.append(
            ConfigDiagnostic(
              .wrongType, "'\(full)' must be a number, not \(value.type)", at: place,
              hint: "write it without quotes, such as \(key) = \(Settings().text(setting))"))
          continue
        }
        text = String(number)
      } else {
        guard let string = value.string else {
          diagnostics.append(
            ConfigDiagnostic(
              .wrongType, "'\(full)' must be a string, not \(value.type)", at: place,
              hint: "write it in quotes, such as \(key) = \"\(Settings().text(setting))\""))
          continue
        }
        text = string
      }
      var probe = Settings()
      guard probe.set(setting, text, from: .builtIn) else {
        diagnostics.append(
          ConfigDiagnostic(
            .invalidValue, "'\(text)' is not a valid \(full)", at: place,
            hint: "\(full) is \(setting.expectation)"))
        continue
      }
      values[setting] = (text, source.line(of: place.offset))
    }
  }

  /// Where a key is written: the span of its name on its line in the right table (the table's
  /// header, or the start of the file, when it cannot be found).
  private func locate(_ table: String?, _ key: String) -> SourceSpan {
    var current: String?
    var fallback = 0
    for (number, start) in source.lineStarts.enumerated() {
      let end =
        number + 1 < source.lineStarts.count ? source.lineStarts[number + 1] : source.bytes.count
      let line = String(decoding: source.bytes[start..<end], as: UTF8.self)
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      let indent = line.utf8.count - trimmed.utf8.count
      if trimmed.hasPrefix("[") {
        let header = trimmed.dropFirst().prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
        current = header
        if header == table { fallback = start + indent }
        continue
      }
      guard current == table else { continue }
      for spelling in [key, "\"\(key)\"", "'\(key)'"] where trimmed.hasPrefix(spelling) {
        let rest = trimmed.dropFirst(spelling.count).drop { $0 == " " || $0 == "\t" }
        if rest.hasPrefix("=") || rest.hasPrefix(".") {
          return SourceSpan(file: 0, offset: start + indent, length: spelling.utf8.count)
        }
      }
    }
    return SourceSpan(file: 0, offset: fallback, length: 1)
  }

  /// The byte offset of a 1-based line and column (in characters), clipped to the file.
  private func offset(line: Int, column: Int) -> Int {
    guard line >= 1, line <= source.lineStarts.count else { return max(0, source.bytes.count - 1) }
    let start = source.lineStarts[line - 1]
    let end = line < source.lineStarts.count ? source.lineStarts[line] : source.bytes.count
    let text = String(decoding: source.bytes[start..<end], as: UTF8.self)
    let prefix = text.prefix(max(0, column - 1))
    return min(start + prefix.utf8.count, max(0, source.bytes.count - 1))
  }

  /// A did-you-mean for an unknown key: the known key with the same name, or the list of keys.
  private static func suggestion(_ key: String) -> String {
    let name = key.split(separator: ".").last.map(String.init) ?? key
    if let match = SettingKey.allCases.first(where: { $0.name == name }) {
      return "did you mean '\(match.rawValue)'" + (match.table.map { " (in [\($0)])" } ?? "") + "?"
    }
    return "settings: " + SettingKey.allCases.map(\.rawValue).joined(separator: ", ")
  }
}
