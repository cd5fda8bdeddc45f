/// Lookups by id and alias, and the links between records in both directions.
public struct CorpusIndex: Sendable {
  public var actorByID: [String: Int] = [:]
  public var eventByID: [String: Int] = [:]
  public var mythByID: [String: Int] = [:]
  public var sourceByID: [String: Int] = [:]
  public var documentByID: [String: Int] = [:]
  public var disagreementByID: [String: Int] = [:]
  public var glossaryByID: [String: Int] = [:]
  /// Actor indices by folded id, name and alias ("lukashenko" → Lukashenka).
  public var actorsByFoldedName: [String: [Int]] = [:]
  /// Event indices in date order for each actor, primary or associated.
  public var eventsByActor: [String: [Int]] = [:]
  /// Myth indices for each actor that holds or is mentioned in them.
  public var mythsByActor: [String: [Int]] = [:]
  /// Where each actor is mentioned: paragraphs and records, in corpus order.
  public var mentions: [String: [ItemRef]] = [:]
  /// Relations that point at each actor: (the other actor, the relation).
  public var incomingRelations: [String: [(from: String, relation: Actor.Relation)]] = [:]
  /// Event indices for each lane, in date order.
  public var eventsByLane: [String: [Int]] = [:]
  /// Sub-claims of each myth.
  public var mythChildren: [String: [String]] = [:]
  /// Everything that cites or links to an item.
  public var backlinks: [ItemRef: [ItemRef]] = [:]
  /// Disagreement indices for each event, actor or myth they concern.
  public var disagreementsByItem: [ItemRef: [Int]] = [:]

  public init() {}
}
