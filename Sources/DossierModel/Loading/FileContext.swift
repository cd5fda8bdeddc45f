/// What one file contributes while it is parsed: records, references to resolve, diagnostics.
final class FileContext {
  let index: Int
  let file: SourceFile
  var diagnostics: [Diagnostic] = []
  var records = ParsedRecords()

  init(index: Int, file: SourceFile) {
    self.index = index
    self.file = file
  }

  func span(_ offset: Int, _ length: Int = 1) -> SourceSpan {
    SourceSpan(file: index, offset: offset, length: max(length, 1))
  }

  func span(of node: YAMLNode) -> SourceSpan { span(node.offset, node.length) }

  func report(
    _ id: DiagnosticID, _ message: String, at span: SourceSpan, hint: String? = nil
  ) {
    diagnostics.append(Diagnostic(id, nil, message, at: span, hint: hint))
  }

  func report(_ id: DiagnosticID, _ message: String, at node: YAMLNode, hint: String? = nil) {
    report(id, message, at: span(of: node), hint: hint)
  }

  /// Records the syntax errors of a YAML parse.
  func report(_ errors: [YAMLError]) {
    for error in errors {
      report(error.id, error.message, at: span(error.offset, error.length), hint: error.hint)
    }
  }

  /// Finds the byte offset of `needle` in the file at or after `offset`, within `window` bytes.
  func locate(_ needle: [UInt8], from offset: Int, window: Int = 65536) -> Int? {
    let bytes = file.bytes
    guard let first = needle.first else { return nil }
    let end = min(bytes.count - needle.count, offset + window)
    var p = offset
    while p <= end {
      if bytes[p] == first, bytes[p..<(p + needle.count)].elementsEqual(needle) { return p }
      p += 1
    }
    return nil
  }

  /// Parses mentions in a text that came from the node at `offset`, recording the references.
  func richText(_ text: String, at offset: Int, owner: ItemRef) -> RichText {
    let (rich, mentions) = RichText.parse(text)
    for mention in mentions {
      // Usually the text is the file's bytes at `offset` (a paragraph, a one-line value), so the
      // mention is exactly there; folded or escaped text needs a search.
      let guess = offset + mention.utf8Offset
      let id = Array(mention.id.utf8)
      let bytes = file.bytes
      let exact =
        guess + 2 + id.count <= bytes.count && bytes[guess] == UInt8(ascii: "[")
        && bytes[guess + 1] == UInt8(ascii: "[")
        && bytes[(guess + 2)..<(guess + 2 + id.count)].elementsEqual(id)
      let position =
        exact ? guess : locate([UInt8(ascii: "["), UInt8(ascii: "[")] + id, from: offset) ?? offset
      records.references.append(
        Reference(
          kind: .mention, id: mention.id, span: span(position + 2, id.count), owner: owner))
    }
    return rich
  }
}

/// A reference found in a file, resolved after every file is read.
struct Reference: Sendable {
  enum Kind: Sendable {
    case actor, mention, event, source, myth, lane, verdict
    /// An event, actor or myth id (the `about` of a disagreement).
    case item
    case citation(Citation)
  }
  var kind: Kind
  var id: String
  var span: SourceSpan
  /// The item the reference appears in (for backlinks and mention indexes).
  var owner: ItemRef
}

/// The records one file declares, before references are resolved.
struct ParsedRecords: Sendable {
  var manifest: (Manifest, SourceSpan)?
  var sources: [(Source, SourceSpan)] = []
  var actors: [(Actor, SourceSpan)] = []
  var documents: [(Document, SourceSpan)] = []
  var events: [Event] = []
  var myths: [(Myth, SourceSpan)] = []
  var disagreements: [(Disagreement, SourceSpan)] = []
  var glossary: [(GlossaryEntry, SourceSpan)] = []
  /// `reports` blocks: event ids and the citation to add to each.
  var reports: [(id: String, citation: Citation, span: SourceSpan)] = []
  var references: [Reference] = []
  /// Stances with their citation spans, checked against the stance's source.
  var stanceChecks: [(source: String, citation: Citation, span: SourceSpan)] = []
}
