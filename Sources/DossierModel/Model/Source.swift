/// A bibliographic record of one analysed source.
public struct Source: Sendable, Hashable {
  public enum Kind: String, Sendable, CaseIterable {
    case commentary, analysis, policyPaper = "policy-paper", bulletin, article, report, book, other
  }

  public var id: String
  public var title: String
  /// Authors as stated; empty when unknown.
  public var authors: [String]
  /// `nil` when the source does not state it.
  public var publisher: String?
  public var date: EDTFDate?
  public var kind: Kind
  public var url: String?
  public var language: String?
  public var note: String?
}
