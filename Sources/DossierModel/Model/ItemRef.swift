/// A stable reference to any item of a corpus, used for links, backlinks, marks and notes.
public enum ItemRef: Hashable, Sendable, Comparable, CustomStringConvertible {
  case actor(String)
  case event(String)
  case myth(String)
  case source(String)
  case document(String)
  case section(document: String, section: String)
  case paragraph(Citation)
  case glossary(String)
  case disagreement(String)
  /// A diagnostic of the loaded corpus, by position in ``Corpus/diagnostics`` (not stable
  /// across reloads).
  case diagnostic(Int)

  /// The stable text form: `event:zapad-2009`, `paragraph:doc#sec.3`.
  public var description: String {
    switch self {
    case .actor(let id): "actor:\(id)"
    case .event(let id): "event:\(id)"
    case .myth(let id): "myth:\(id)"
    case .source(let id): "source:\(id)"
    case .document(let id): "document:\(id)"
    case .section(let doc, let section): "section:\(doc)#\(section)"
    case .paragraph(let citation): "paragraph:\(citation)"
    case .glossary(let id): "glossary:\(id)"
    case .disagreement(let id): "disagreement:\(id)"
    case .diagnostic(let n): "diagnostic:\(n)"
    }
  }

  /// Parses the stable text form.
  public init?(_ text: String) {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let kind = text[..<colon]
    let rest = String(text[text.index(after: colon)...])
    switch kind {
    case "actor": self = .actor(rest)
    case "event": self = .event(rest)
    case "myth": self = .myth(rest)
    case "source": self = .source(rest)
    case "document": self = .document(rest)
    case "glossary": self = .glossary(rest)
    case "disagreement": self = .disagreement(rest)
    case "diagnostic":
      guard let n = Int(rest) else { return nil }
      self = .diagnostic(n)
    case "section":
      guard let c = Citation(parsing: rest), let section = c.section, c.paragraph == nil else {
        return nil
      }
      self = .section(document: c.document, section: section)
    case "paragraph":
      guard let c = Citation(parsing: rest), c.paragraph != nil else { return nil }
      self = .paragraph(c)
    default: return nil
    }
  }

  /// The item a citation points at.
  public init(citation: Citation) {
    if citation.paragraph != nil {
      self = .paragraph(citation)
    } else if let section = citation.section {
      self = .section(document: citation.document, section: section)
    } else {
      self = .document(citation.document)
    }
  }

  public static func < (lhs: ItemRef, rhs: ItemRef) -> Bool { lhs.description < rhs.description }
}
