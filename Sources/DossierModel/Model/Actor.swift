/// Someone or something the sources discuss: a state, person, organisation, weapon system...
public struct Actor: Sendable, Hashable {
  public enum Kind: String, Sendable, CaseIterable {
    case country, region, person, organisation
    case governmentBody = "government-body"
    case alliance, company
    case militaryUnit = "military-unit"
    case facility, exercise
    case weaponSystem = "weapon-system"
    case agreement, doctrine, other

    /// A plural heading for grouped lists ("Countries", "Weapon systems").
    public var plural: String {
      switch self {
      case .country: "Countries"
      case .region: "Regions"
      case .person: "People"
      case .organisation: "Organisations"
      case .governmentBody: "Government bodies"
      case .alliance: "Alliances"
      case .company: "Companies"
      case .militaryUnit: "Military units"
      case .facility: "Facilities"
      case .exercise: "Exercises"
      case .weaponSystem: "Weapon systems"
      case .agreement: "Agreements"
      case .doctrine: "Doctrines"
      case .other: "Other"
      }
    }
  }

  /// A role the actor held, such as "Minister of Defence", with its dates.
  public struct Role: Sendable, Hashable {
    public var role: String
    public var dates: EDTFDate?
  }

  /// A typed link to another actor.
  public struct Relation: Sendable, Hashable {
    public var type: RelationType
    public var target: String
    public var dates: EDTFDate?
    public var note: String?
  }

  public var id: String
  public var name: String
  /// Every other spelling the sources use.
  public var aliases: [String]
  /// The sources that spell each alias that way, by alias (an unattested alias has none).
  public var kind: Kind
  public var summary: RichText
  public var roles: [Role]
  public var relations: [Relation]
  public var active: EDTFDate?
  public var tags: [String]
  public var citations: [Citation]
  /// The sources that spell each alias that way, by alias (an unattested alias has none).
  public var aliasSources: [String: [String]] = [:]
}

/// The relation types of the format, each with how it reads from the other end.
public enum RelationType: String, Sendable, CaseIterable {
  case memberOf = "member-of"
  case leads
  case partOf = "part-of"
  case subordinateTo = "subordinate-to"
  case hosts, supplies, owns, operates, produces
  case successorOf = "successor-of"
  case partyTo = "party-to"
  case alliedWith = "allied-with"
  case opposes
  case locatedIn = "located-in"
  case relatedTo = "related-to"

  /// How the relation reads from its source: "member of".
  public var label: String {
    switch self {
    case .memberOf: "member of"
    case .leads: "leads"
    case .partOf: "part of"
    case .subordinateTo: "subordinate to"
    case .hosts: "hosts"
    case .supplies: "supplies"
    case .owns: "owns"
    case .operates: "operates"
    case .produces: "produces"
    case .successorOf: "successor of"
    case .partyTo: "party to"
    case .alliedWith: "allied with"
    case .opposes: "opposes"
    case .locatedIn: "located in"
    case .relatedTo: "related to"
    }
  }

  /// How the relation reads from its target: "has member".
  public var inverseLabel: String {
    switch self {
    case .memberOf: "has member"
    case .leads: "led by"
    case .partOf: "includes"
    case .subordinateTo: "commands"
    case .hosts: "hosted by"
    case .supplies: "supplied by"
    case .owns: "owned by"
    case .operates: "operated by"
    case .produces: "produced by"
    case .successorOf: "predecessor of"
    case .partyTo: "has party"
    case .alliedWith: "allied with"
    case .opposes: "opposed by"
    case .locatedIn: "location of"
    case .relatedTo: "related to"
    }
  }
}
