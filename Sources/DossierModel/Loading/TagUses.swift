/// The tags given in one file, for the check of similar tags: each distinct tag once, with how
/// often it is given and where first, and every use by the tag's number. A large corpus gives
/// hundreds of thousands of tags but few distinct ones in each file.
struct TagUses: Sendable {
  /// A distinct tag: how often it is given in the file, and where first.
  struct Tag: Sendable {
    var name: String
    var count: Int
    var first: SourceSpan
  }

  /// The distinct tags, in the order they are first given.
  private(set) var tags: [Tag] = []
  /// Every use, in the order given: the tag's index in `tags`, and where it is.
  private(set) var uses: [(tag: Int32, span: SourceSpan)] = []
  private var numbers: [String: Int32] = [:]

  var isEmpty: Bool { uses.isEmpty }

  mutating func add(_ tag: String, at span: SourceSpan) {
    let number: Int32
    if let known = numbers[tag] {
      number = known
      tags[Int(number)].count += 1
    } else {
      number = Int32(tags.count)
      numbers[tag] = number
      tags.append(Tag(name: tag, count: 1, first: span))
    }
    uses.append((number, span))
  }
}
