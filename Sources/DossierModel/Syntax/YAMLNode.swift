/// A node of the YAML subset dossier reads, with the byte span it came from.
public struct YAMLNode: Sendable {
  /// What the node holds. Every scalar is text; the schema decides its meaning.
  public enum Value: Sendable {
    case null
    case scalar(String)
    case sequence([YAMLNode])
    case mapping([YAMLEntry])
  }

  public var value: Value
  /// Byte offset of the node's first byte in its file.
  public var offset: Int
  /// Length in bytes of the node's text on its first line (for carets).
  public var length: Int
  /// True for double-quoted text with escape sequences: the only text that can hold control
  /// characters, since intake blanks them out of the files' bytes.
  var escaped = false

  public init(_ value: Value, offset: Int, length: Int) {
    self.value = value
    self.offset = offset
    self.length = max(length, 1)
  }

  /// A short name of the node's kind for messages: `text`, `a list`, `a mapping`, `nothing`.
  public var kindDescription: String {
    switch value {
    case .null: "nothing"
    case .scalar: "text"
    case .sequence: "a list"
    case .mapping: "a mapping"
    }
  }
}

/// One `key: value` pair of a mapping.
public struct YAMLEntry: Sendable {
  public var key: String
  /// Byte offset of the key.
  public var keyOffset: Int
  public var value: YAMLNode
}

/// A syntax problem found by ``YAMLParser``.
public struct YAMLError: Error, Sendable {
  public var id: DiagnosticID
  public var message: String
  public var offset: Int
  public var length: Int
  public var hint: String?
}
