import Foundation

/// What one file contributes while it is parsed: records, references to resolve, diagnostics.
final class FileContext {
  let index: Int
  let file: SourceFile
  /// The actors, lanes and verdicts of the first stage; nil while the first stage is parsed.
  let known: KnownNames?
  var diagnostics: [Diagnostic] = []
  var records = ParsedRecords()
  /// A paragraph's bytes with its line breaks made spaces, reused from one paragraph to the next.
  var paragraphBytes: [UInt8] = []
  /// The stems of the words that the wording checks compared in this file.
  var stems = StemMemo()
  /// The labels and actors of a text's mentions, kept empty between texts for their room.
  private var mentionLabels: [String] = []
  private var mentionActors: [Int?] = []

  init(index: Int, file: SourceFile, known: KnownNames? = nil) {
    self.index = index
    self.file = file
    self.known = known
  }

  /// Hands over the records, leaving none here (so that they are not shared and copied).
  func takeRecords() -> ParsedRecords {
    defer { records = ParsedRecords() }
    return records
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
  /// Once the actors are known, mentions are checked and labelled here.
  func richText(_ text: String, at offset: Int, owner: ItemRef) -> RichText {
    var text = text
    let hasOpen = text.withUTF8 { utf8 in
      guard let base = utf8.baseAddress else { return false }
      return memchr(base, Int32(UInt8(ascii: "[")), utf8.count) != nil
    }
    guard hasOpen else { return RichText(plain: text) }
    return text.withUTF8 { richText(utf8: $0, at: offset, owner: owner) }
  }

  /// Parses mentions in UTF-8 text, as ``richText(_:at:owner:)`` does.
  func richText(utf8: UnsafeBufferPointer<UInt8>, at offset: Int, owner: ItemRef) -> RichText {
    let mentions = RichText.scan(utf8: utf8)
    guard !mentions.isEmpty else { return RichText.build(utf8: utf8, mentions: [], labels: []) }
    // Kept from one text to the next (most texts have mentions: two lists fewer each).
    var labels = mentionLabels
    var actorIndices = mentionActors
    mentionLabels = []
    mentionActors = []
    defer {
      labels.removeAll(keepingCapacity: true)
      actorIndices.removeAll(keepingCapacity: true)
      mentionLabels = labels
      mentionActors = actorIndices
    }
    for mention in mentions {
      if let known, let actor = known.actorByID[mention.id] {
        labels.append(mention.label ?? known.actorNames[actor])
        records.link(mention: actor, from: owner)
        actorIndices.append(actor)
        continue
      }
      actorIndices.append(nil)
      // Until the actors are known, a bare mention's label stays empty (see fillLabels).
      labels.append(mention.label ?? (known == nil ? "" : mention.id))
      let span = mentionSpan(mention, in: offset)
      if let known {
        if let problem = known.check(.mention, mention.id, at: span) {
          diagnostics.append(problem)
        }
      } else {
        records.references.append(
          Reference(kind: .mention, id: mention.id, span: span, owner: owner))
      }
    }
    let text = RichText.build(utf8: utf8, mentions: mentions, labels: labels)
    if let known {
      for problem in Wording.problems(
        in: text, stems: &stems, isName: { actorIndices[$0] != nil && mentions[$0].label == nil },
        isPersonOrCountry: { i in
          actorIndices[i].map { known.isPersonOrCountry[$0] } ?? false
        })
      {
        report(
          problem.id, problem.message, at: mentionSpan(mentions[problem.mention], in: offset),
          hint: problem.hint)
      }
    }
    return text
  }

  /// Where the id of a mention is in the file.
  private func mentionSpan(_ mention: RichText.RawMention, in offset: Int) -> SourceSpan {
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
    return span(position + 2, id.count)
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
  /// References resolved after every file is read.
  var references: [Reference] = []
  /// Links to known actors, resolved while parsing (second stage only).
  var actorLinks = ActorLinks()
  /// Stances with their citation spans, checked against the stance's source.
  var stanceChecks: [(source: String, citation: Citation, span: SourceSpan)] = []
  /// Where each actor's relations name their targets, in the order of `actors`.
  var relationSpans: [[SourceSpan]] = []
  /// Events and myths with a valid id that were dropped for a bad field (already reported).
  var droppedEvents: [String] = []
  var droppedMyths: [String] = []
  /// Where each tag is given (for the check of similar tags).
  var tags = TagUses()
  /// Figures with a citation: the event's id, the figure's index, and the span of its `cite`.
  var figureCitations: [(event: String, figure: Int, span: SourceSpan)] = []
  /// Events that come after another: the event's id, and the span of its `after`.
  var afterSpans: [(event: String, span: SourceSpan)] = []
}
