/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
  case error
  case warning

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs == .error && rhs == .warning
  }
}

/// A place in a corpus file: byte offset and length in the file's bytes.
public struct SourceSpan: Hashable, Sendable {
  /// Index of the file in ``Corpus/files``.
  public var file: Int
  /// Byte offset of the first byte.
  public var offset: Int
  /// Length in bytes (at least 1 for a caret).
  public var length: Int

  public init(file: Int, offset: Int, length: Int) {
    self.file = file
    self.offset = offset
    self.length = length
  }
}

/// A problem found while loading a corpus, with a stable id, a position and an optional hint.
public struct Diagnostic: Sendable, Hashable {
  /// Stable identifier such as `unknown-actor`.
  public var id: DiagnosticID
  public var severity: Severity
  /// One-line message, lower case, without trailing period.
  public var message: String
  /// Where the problem is; `nil` for corpus-wide problems (such as a missing manifest).
  public var span: SourceSpan?
  /// A suggestion, such as `did you mean 'lukashenka'?`.
  public var hint: String?
  /// For diagnostics without a span: the path they concern.
  public var path: String?

  public init(
    _ id: DiagnosticID, _ severity: Severity? = nil, _ message: String, at span: SourceSpan?,
    hint: String? = nil, path: String? = nil
  ) {
    self.id = id
    self.severity = severity ?? id.defaultSeverity
    self.message = message
    self.span = span
    self.hint = hint
    self.path = path
  }
}
