/// Renders diagnostics as compiler-style text: location, message, source line, caret and hint.
///
/// ```
/// data/events.yaml:12:12: error: unknown actor 'lukashenko' [unknown-actor]
///    |
/// 12 |   actors: [lukashenko, putin]
///    |            ^~~~~~~~~~
///    = hint: did you mean 'lukashenka'?
/// ```
public struct DiagnosticFormatter: Sendable {
  public init() {}

  /// The full text of one diagnostic, ending with a newline.
  public func format(_ diagnostic: Diagnostic, files: [SourceFile]) -> String {
    format(
      id: diagnostic.id.rawValue, severity: diagnostic.severity, message: diagnostic.message,
      span: diagnostic.span, hint: diagnostic.hint, path: diagnostic.path, files: files)
  }

  /// The same layout for a diagnostic of another catalogue (such as the settings file's).
  public func format(
    id: String, severity: Severity, message: String, span: SourceSpan?, hint: String?,
    path: String?, files: [SourceFile]
  ) -> String {
    // Messages, hints and paths hold text from the files and their names: each goes through
    // the one sanitiser, as a single line.
    let clean = { TerminalText.sanitized($0) }
    let tag = "\(severity.rawValue): \(clean(message)) [\(id)]"
    let hint = hint.map(clean)
    guard let span, span.file < files.count else {
      var text = path.map { "\(clean($0)): \(tag)\n" } ?? "\(tag)\n"
      if let hint { text += "  = hint: \(hint)\n" }
      return text
    }
    let file = files[span.file]
    let (line, column) = file.location(of: span.offset)
    let source = file.text(ofLine: line)
    // Intake blanked control characters in place, so the source line is normally clean already.
    let shownSource = TerminalText.sanitized(source)
    let gutter = String(line)
    let pad = String(repeating: " ", count: gutter.count)
    var text = "\(clean(file.path)):\(line):\(column): \(tag)\n"
    text += "\(pad) |\n"
    text += "\(gutter) | \(shownSource)\n"
    // The caret spans the diagnostic's characters, clipped to the end of the line.
    let lineStart = file.lineStarts[line - 1]
    let endOffset = min(span.offset + max(span.length, 1), lineStart + source.utf8.count)
    let spanText = String(
      decoding: file.bytes[min(span.offset, endOffset)..<endOffset], as: UTF8.self)
    let width = max(spanText.count, 1)
    let caretIndent = String(repeating: " ", count: column - 1)
    text += "\(pad) | \(caretIndent)^\(String(repeating: "~", count: width - 1))\n"
    if let hint { text += "\(pad) = hint: \(hint)\n" }
    return text
  }

  /// The one-line summary printed after all diagnostics.
  public func summary(_ diagnostics: [Diagnostic]) -> String {
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    return "\(Counted.text(errors, "error")), \(Counted.text(warnings, "warning"))"
  }
}
