/// The tags given in one file, for the check of similar tags: each distinct tag once, with how
/// often it is given and where first, and where it is given again. A large corpus gives hundreds
/// of thousands of tags but few distinct ones in each file, most of them once.
struct TagUses: Sendable {
  /// A distinct tag: how often it is given in the file, and where first.
  struct Tag: Sendable {
    var name: String
    var count: Int
    var first: SourceSpan
  }

  /// The distinct tags, in the order they are first given.
  private(set) var tags: [Tag] = []
  /// The uses after the first of each tag, in the order given: the tag's index in `tags`, and
  /// where it is.
  private(set) var repeats: [(tag: Int32, span: SourceSpan)] = []
  private var numbers: [String: Int32] = [:]

  var isEmpty: Bool { tags.isEmpty }

  mutating func add(_ tag: String, at span: SourceSpan) {
    let number = Int32(tags.count)
    // One lookup for a new tag (most are): the number is kept only if the tag had none.
    if let known = numbers.updateValue(number, forKey: tag) {
      numbers[tag] = known
      tags[Int(known)].count += 1
      repeats.append((known, span))
    } else {
      tags.append(Tag(name: tag, count: 1, first: span))
    }
  }
}
