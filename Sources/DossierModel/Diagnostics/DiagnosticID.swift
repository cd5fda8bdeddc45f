/// The stable identifiers of every diagnostic, as documented in `docs/format.md`.
public enum DiagnosticID: String, Sendable, Codable, CaseIterable {
  case yamlSyntax = "yaml-syntax"
  case yamlUnsupported = "yaml-unsupported"
  case duplicateKey = "duplicate-key"
  case wrongType = "wrong-type"
  case missingField = "missing-field"
  case unknownField = "unknown-field"
  case emptyText = "empty-text"
  case invalidID = "invalid-id"
  case duplicateID = "duplicate-id"
  case invalidDate = "invalid-date"
  case reversedDate = "reversed-date"
  case invalidNumber = "invalid-number"
  case unknownActor = "unknown-actor"
  case unknownEvent = "unknown-event"
  case unknownSource = "unknown-source"
  case unknownMyth = "unknown-myth"
  case unknownDocument = "unknown-document"
  case unknownSection = "unknown-section"
  case unknownParagraph = "unknown-paragraph"
  case unknownKind = "unknown-kind"
  case unknownLane = "unknown-lane"
  case unknownVerdict = "unknown-verdict"
  case unknownRelation = "unknown-relation"
  case unknownStance = "unknown-stance"
  case unknownEffect = "unknown-effect"
  case unknownAspect = "unknown-aspect"
  case stanceSourceMismatch = "stance-source-mismatch"
  case missingManifest = "missing-manifest"
  case frontMatter = "front-matter"
  case unclosedBlock = "unclosed-block"
  case invalidUTF8 = "invalid-utf8"
  case binaryFile = "binary-file"
  case fileTooLarge = "file-too-large"
  case controlCharacter = "control-character"
  case unexpectedFile = "unexpected-file"
  case tooDeep = "too-deep"
  case mythCycle = "myth-cycle"
  case selfRelation = "self-relation"
  case unreadableFile = "unreadable-file"
  case specialFile = "special-file"
  case brokenLink = "broken-link"
  case fileName = "file-name"
  case unattestedAlias = "unattested-alias"
  case duplicateCitation = "duplicate-citation"
  case duplicateRelation = "duplicate-relation"
  case figureCitation = "figure-citation"
  case repeatedWord = "repeated-word"
  case mentionWording = "mention-wording"
  case similarTag = "similar-tag"
  case eventOrder = "event-order"
  case redundantDisplay = "redundant-display"

  /// The severity the format assigns to this diagnostic.
  public var defaultSeverity: Severity {
    switch self {
    case .unknownField, .stanceSourceMismatch, .controlCharacter, .unexpectedFile, .specialFile,
      .brokenLink, .fileName, .unattestedAlias, .duplicateCitation, .duplicateRelation,
      .figureCitation, .repeatedWord, .mentionWording, .similarTag,
      .redundantDisplay:
      .warning
    default: .error
    }
  }
}
