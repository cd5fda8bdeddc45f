import DossierModel

/// A problem in the config file, located like the corpus's diagnostics; the catalogue of their
/// stable ids is ``ConfigDiagnostic/ID``.
public struct ConfigDiagnostic: Sendable, Equatable {
  /// The stable ids of the config file's diagnostics.
  public enum ID: String, Sendable, CaseIterable {
    /// The file is not valid TOML; none of it applies.
    case syntax = "config-syntax"
    /// A key dossier does not know (a misspelling, or a setting of a later version).
    case unknownKey = "config-unknown-key"
    /// A value of the wrong TOML type (a string where a number goes, or the reverse).
    case wrongType = "config-wrong-type"
    /// A value of the right type outside what the setting takes.
    case invalidValue = "config-invalid-value"
    /// The file exists but cannot be read.
    case unreadable = "config-unreadable"

    /// How serious it is: an unknown key is only a warning.
    public var severity: Severity { self == .unknownKey ? .warning : .error }
  }

  public var id: ID
  public var message: String
  /// Where in the file (nil when the whole file is concerned).
  public var span: SourceSpan?
  public var hint: String?

  public init(_ id: ID, _ message: String, at span: SourceSpan?, hint: String? = nil) {
    self.id = id
    self.message = message
    self.span = span
    self.hint = hint
  }

  /// Compiler-style text: location, message, the line with a caret, the hint.
  public func formatted(file: SourceFile) -> String {
    DiagnosticFormatter().format(
      id: id.rawValue, severity: id.severity, message: message, span: span, hint: hint,
      path: file.path, files: [file])
  }
}
