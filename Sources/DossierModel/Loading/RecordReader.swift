/// Reads the fields of one YAML mapping, reporting missing, unknown, empty and mistyped fields
/// with their positions.
struct RecordReader {
  let context: FileContext
  let node: YAMLNode
  /// What the record is, for messages: "an actor".
  let what: String
  private let entries: [YAMLEntry]
  /// Which entries a field accessor has read (a bit each); the rest are unknown fields.
  private var read = ReadSet()
  /// The keys asked for, for hints about unknown fields.
  private var asked: [String] = []

  /// Starts reading `node`, which must be a mapping; reports `wrong-type` otherwise.
  init?(_ node: YAMLNode, _ what: String, in context: FileContext) {
    guard case .mapping(let entries) = node.value else {
      context.report(
        .wrongType, "expected \(what) as a mapping of fields, found \(node.kindDescription)",
        at: node, hint: "write the fields as 'key: value' lines")
      return nil
    }
    self.context = context
    self.node = node
    self.what = what
    self.entries = entries
    asked.reserveCapacity(16)
  }

  /// The node of a field, if present.
  mutating func node(_ key: String) -> YAMLNode? {
    asked.append(key)
    // Lengths first: two different texts compare slowly, and most keys differ in length.
    let length = key.utf8.count
    guard let i = entries.firstIndex(where: { $0.key.utf8.count == length && $0.key == key })
    else { return nil }
    read.insert(i)
    if case .null = entries[i].value.value { return nil }
    return entries[i].value
  }

  func missing(_ key: String) {
    context.report(
      .missingField, "\(what) needs the field '\(key)'", at: context.span(node.offset, node.length),
      hint: "add '\(key): \u{2026}'")
  }

  /// A text field. Required fields that are absent or empty are reported.
  mutating func text(_ key: String, required: Bool = false) -> (String, YAMLNode)? {
    guard let node = node(key) else {
      if required { missing(key) }
      return nil
    }
    guard case .scalar(let raw) = node.value else {
      context.report(
        .wrongType, "'\(key)' should be text, found \(node.kindDescription)", at: node,
        hint: "write the value on the line of its key")
      return nil
    }
    let value = sanitize(raw.trimmingSpaces, at: node)
    if value.isEmpty {
      if required {
        context.report(.emptyText, "'\(key)' is empty", at: node, hint: "write the \(key)")
      }
      return nil
    }
    return (value, node)
  }

  /// A list of texts; a single text counts as a list of one.
  mutating func texts(_ key: String, required: Bool = false) -> [(String, YAMLNode)] {
    guard let node = node(key) else {
      if required { missing(key) }
      return []
    }
    switch node.value {
    case .scalar(let raw):
      let value = sanitize(raw.trimmingSpaces, at: node)
      return value.isEmpty ? [] : [(value, node)]
    case .sequence(let items):
      var result: [(String, YAMLNode)] = []
      for item in items {
        guard case .scalar(let raw) = item.value else {
          context.report(
            .wrongType, "items of '\(key)' should be text, found \(item.kindDescription)",
            at: item)
          continue
        }
        let value = sanitize(raw.trimmingSpaces, at: item)
        if !value.isEmpty { result.append((value, item)) }
      }
      if result.isEmpty, required {
        context.report(.emptyText, "'\(key)' is empty", at: node, hint: "list at least one")
      }
      return result
    default:
      context.report(
        .wrongType, "'\(key)' should be a list, found \(node.kindDescription)", at: node,
        hint: "write [a, b] or one '- item' per line")
      return []
    }
  }

  /// A list of mappings (roles, relations, figures...).
  mutating func records(_ key: String) -> [YAMLNode] {
    guard let node = node(key) else { return [] }
    guard case .sequence(let items) = node.value else {
      context.report(
        .wrongType, "'\(key)' should be a list, found \(node.kindDescription)", at: node,
        hint: "write one '- ' item per entry")
      return []
    }
    return items
  }

  /// A required id field, checked for form.
  mutating func id(_ key: String = "id") -> (String, YAMLNode)? {
    guard let (value, node) = text(key, required: true) else { return nil }
    guard Identifier.isValid(value) else {
      context.report(
        .invalidID, "'\(value)' is not a valid id", at: node,
        hint: "use lower-case letters, digits and hyphens, such as '\(Identifier.slug(value))'")
      return nil
    }
    return (value, node)
  }

  /// A date field in the EDTF subset.
  mutating func date(_ key: String, required: Bool = false) -> EDTFDate? {
    guard let (value, node) = text(key, required: required) else { return nil }
    switch EDTFDate.parse(value) {
    case .success(let date): return date
    case .failure(let error):
      context.report(
        error.kind == .reversed ? .reversedDate : .invalidDate, error.message, at: node,
        hint: error.kind == .reversed
          ? "write the earlier date first" : "see 'Dates' in docs/format.md")
      return nil
    }
  }

  /// Citations in a `cite` field.
  mutating func citations(
    _ key: String = "cite", required: Bool = false, owner: ItemRef
  )
    -> [Citation]
  {
    var result: [Citation] = []
    for (value, node) in texts(key, required: required) {
      guard let citation = context.citation(value, at: node, owner: owner) else { continue }
      if result.contains(citation) {
        context.report(
          .duplicateCitation, "'\(value)' is cited twice", at: node, hint: "remove one")
      } else {
        result.append(citation)
      }
    }
    return result
  }

  /// A value from a closed list, such as a kind.
  mutating func choice<T: RawRepresentable & CaseIterable>(
    _ key: String, _ type: T.Type, diagnostic: DiagnosticID, noun: String
  ) -> T? where T.RawValue == String {
    guard let (value, node) = text(key, required: true) else { return nil }
    if let result = T(rawValue: value) { return result }
    let options = T.allCases.map(\.rawValue)
    context.report(
      diagnostic, "unknown \(noun) '\(value)'", at: node,
      hint: Suggestions.hint(for: value, among: options)
        ?? "use one of: \(options.joined(separator: ", "))")
    return nil
  }

  /// Reports every field that the format does not define for this record.
  func finish() {
    for (i, entry) in entries.enumerated() where !read.contains(i) {
      let known = Set(asked).sorted()
      let hint =
        Suggestions.nearest(entry.key, among: known).map { "did you mean '\($0)'?" }
        ?? "\(what) has the fields: \(known.joined(separator: ", "))"
      context.report(
        .unknownField, "unknown field '\(entry.key)' in \(what)",
        at: context.span(entry.keyOffset, entry.key.utf8.count), hint: hint)
    }
  }

  /// Removes control and escape characters that a quoted escape produced.
  func sanitize(_ text: String, at node: YAMLNode) -> String {
    guard node.escaped, ControlCharacters.mayContainForbidden(text),
      text.unicodeScalars.contains(where: ControlCharacters.isForbidden)
    else { return text }
    context.report(
      .controlCharacter, "control characters were removed from this text", at: node,
      hint: "write the text without escape sequences")
    return String(
      String.UnicodeScalarView(text.unicodeScalars.filter { !ControlCharacters.isForbidden($0) }))
  }
}

/// A set of small integers: a bit each, without allocating, for records of up to 64 fields.
struct ReadSet {
  private var bits: UInt64 = 0
  private var more: Set<Int> = []

  mutating func insert(_ i: Int) {
    if i < 64 { bits |= 1 << UInt64(i) } else { more.insert(i) }
  }

  func contains(_ i: Int) -> Bool {
    i < 64 ? bits & (1 << UInt64(i)) != 0 : more.contains(i)
  }
}

extension FileContext {
  /// Parses a citation and records it for resolution.
  func citation(_ text: String, at node: YAMLNode, owner: ItemRef) -> Citation? {
    guard let citation = Citation(parsing: text) else {
      report(
        .invalidID, "'\(text)' is not a citation", at: node,
        hint: "write DOC, DOC#SECTION or DOC#SECTION.N, such as 'policy-paper-2020#myth-1.3'")
      return nil
    }
    records.references.append(
      Reference(
        kind: .citation(citation), id: citation.description, span: span(of: node), owner: owner))
    return citation
  }

  /// Records a reference to an id of another record.
  /// Once the actors are known, actor ids, lanes and verdicts are checked here.
  func reference(_ kind: Reference.Kind, _ id: String, at node: YAMLNode, owner: ItemRef) {
    if let known {
      switch kind {
      case .actor:
        if let actor = known.actorByID[id] {
          records.link(field: actor, from: owner)
        } else if let problem = known.check(kind, id, at: span(of: node)) {
          diagnostics.append(problem)
        }
        return
      case .lane, .verdict:
        if let problem = known.check(kind, id, at: span(of: node)) { diagnostics.append(problem) }
        return
      default:
        break
      }
    }
    records.references.append(Reference(kind: kind, id: id, span: span(of: node), owner: owner))
  }
}

/// Characters that must never reach the terminal.
enum ControlCharacters {
  /// A fast check on UTF-8 bytes: false means the text certainly holds no forbidden character.
  static func mayContainForbidden(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      for c in bytes
      where (c < 0x20 && c != 0x0A && c != 0x09) || c == 0x7F || c == 0xC2 || c == 0xE2 {
        return true
      }
      return false
    }
  }

  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool { TerminalText.isForbidden(scalar) }
}
