import Foundation

/// A bibliographic record of one analysed source.
public struct Source: Sendable, Hashable {
  public enum Kind: String, Sendable, CaseIterable {
    case commentary, analysis, policyPaper = "policy-paper", bulletin, article, report, book, other
  }

  public var id: String
  public var title: String
  /// A short title for narrow places (a stance row, a citation on a slide, a grid heading):
  /// the corpus's `short` when it gives one, else the main title before a colon.
  public var shortTitle: String
  /// Authors as stated; empty when unknown.
  public var authors: [String]
  /// `nil` when the source does not state it.
  public var publisher: String?
  public var date: EDTFDate?
  public var kind: Kind
  public var url: String?
  public var language: String?
  public var note: String?

  /// The main title of `title`: the part before a subtitle introduced by a colon.
  public static func mainTitle(of title: String) -> String {
    guard let colon = title.firstIndex(of: ":") else { return title }
    let main = title[..<colon].trimmingCharacters(in: .whitespaces)
    return main.isEmpty ? title : main
  }
}
