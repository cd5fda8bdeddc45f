/// A contested claim, with a verdict, evidence and each source's stance over time.
public struct Myth: Sendable {
  /// How one evidence item bears on the claim.
  public enum Effect: String, Sendable, CaseIterable { case supports, undermines }

  /// An event or paragraph that supports or undermines the claim.
  public struct Evidence: Sendable {
    public enum Target: Sendable, Hashable {
      case event(String)
      case citation(Citation)
    }
    public var target: Target
    public var effect: Effect
    public var note: RichText?
  }

  /// One source's reading of the claim at the source's date.
  public struct Stance: Sendable {
    public enum Value: String, Sendable, CaseIterable { case myth, reality, partly, open }
    public var source: String
    public var stance: Value
    /// The date of the stance: given, or the source's date.
    public var date: EDTFDate?
    public var reason: RichText
    public var citation: Citation?
  }

  public var id: String
  public var claim: RichText
  public var heldBy: [String]
  public var heldByText: String?
  public var parent: String?
  public var verdict: String
  public var conclusion: RichText
  public var citations: [Citation]
  public var evidence: [Evidence]
  /// Stances in date order.
  public var stances: [Stance]
  public var noStancesReason: String?
  public var tags: [String]
}
