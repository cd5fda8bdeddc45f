/// Links from the items of one file to actors, by actor index: mentions in text, and ids in
/// fields. Compact, because a large corpus has millions of mentions.
struct ActorLinks: Sendable {
  struct Link: Sendable {
    var actor: Int32
    /// The item that links, an index into `owners`.
    var owner: Int32
    /// How many references of the file came before this link (to keep the file's order).
    var position: Int32
  }
  /// The items that link, each listed once per run of links from it.
  var owners: [ItemRef] = []
  var mentions: [Link] = []
  var fields: [Link] = []

  private mutating func ownerIndex(_ owner: ItemRef) -> Int32 {
    if owners.last != owner { owners.append(owner) }
    return Int32(owners.count - 1)
  }

  mutating func mention(_ actor: Int, from owner: ItemRef, position: Int) {
    mentions.append(
      Link(actor: Int32(actor), owner: ownerIndex(owner), position: Int32(position)))
  }

  mutating func field(_ actor: Int, from owner: ItemRef, position: Int) {
    fields.append(Link(actor: Int32(actor), owner: ownerIndex(owner), position: Int32(position)))
  }
}

extension ParsedRecords {
  mutating func link(mention actor: Int, from owner: ItemRef) {
    actorLinks.mention(actor, from: owner, position: references.count)
  }

  mutating func link(field actor: Int, from owner: ItemRef) {
    actorLinks.field(actor, from: owner, position: references.count)
  }
}
