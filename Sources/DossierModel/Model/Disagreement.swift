/// Two or more versions of the same thing given by different sources or passages.
public struct Disagreement: Sendable {
  public enum Aspect: String, Sendable, CaseIterable { case date, figure, reading, name }

  /// One version with where it is stated and, optionally, the record that holds it.
  public struct Version: Sendable {
    public var citation: Citation
    public var says: RichText
    public var event: String?
    public var actor: String?
    public var myth: String?
  }

  public var id: String
  /// The id of the event, actor or myth concerned.
  public var about: String?
  public var aspect: Aspect
  public var note: RichText
  public var versions: [Version]
}

/// An acronym or term of art.
public struct GlossaryEntry: Sendable {
  public var id: String
  public var term: String
  public var expansion: String?
  public var definition: RichText
  public var actors: [String]
  public var citations: [Citation]
}
