/// An annotated document: the summary of one source, section by section.
public struct Document: Sendable {
  public var id: String
  public var sourceID: String
  public var title: String
  public var summary: RichText?
  public var sections: [Section]
  /// Index of the file in ``Corpus/files``.
  public var file: Int

  /// The section with this id.
  public func section(_ id: String) -> Section? { sections.first { $0.id == id } }
}

/// A section of a document, following the source's own structure.
public struct Section: Sendable {
  public var id: String
  public var title: String
  /// Heading level: 2 for `##`, 3 for `###`...
  public var level: Int
  public var paragraphs: [Paragraph]
  /// Byte offset of the heading.
  public var offset: Int
}

/// A paragraph of a section, addressable as `DOC#SECTION.N`.
public struct Paragraph: Sendable {
  /// 1-based number within the section.
  public var number: Int
  public var text: RichText
  /// True for the contents of a fenced block other than `event` and `reports`.
  public var preformatted: Bool
  /// Events declared or reported right after this paragraph.
  public var events: [String]
  /// Byte offset of the paragraph's first character.
  public var offset: Int
}
