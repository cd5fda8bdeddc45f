/// A one-line text editor: the only one in the app (filters, prompts, search and picker boxes).
///
/// Keys: characters insert at the cursor; `←` `→` move; `Home` / `Ctrl-A` and `End` / `Ctrl-E`
/// go to the ends; `Backspace` and `Delete` delete around the cursor; `Ctrl-U` deletes to the
/// start, `Ctrl-K` to the end, `Ctrl-W` the word before the cursor.
public struct TextField: Hashable, Sendable {
  /// Which characters may be typed.
  public enum Accepts: Hashable, Sendable { case any, digits }

  public private(set) var text: String
  /// The cursor, in characters from the start (`text.count` is after the last).
  public private(set) var cursor: Int
  public var accepts: Accepts
  /// The longest text allowed, in characters.
  public var limit: Int?

  public init(_ text: String = "", accepts: Accepts = .any, limit: Int? = nil) {
    self.text = text
    self.cursor = text.count
    self.accepts = accepts
    self.limit = limit
  }

  /// What a key did.
  public enum Outcome: Hashable, Sendable {
    /// The text changed.
    case edited
    /// Only the cursor moved.
    case moved
    /// The key is not an editing key here (or had nothing to act on): the owner may use it.
    case ignored
  }

  public mutating func handle(_ key: Key) -> Outcome {
    var characters = Array(text)
    switch key {
    case .character(let c):
      if accepts == .digits, !(c.isASCII && c.isNumber) { return .ignored }
      if let limit, characters.count >= limit { return .ignored }
      characters.insert(c, at: cursor)
      cursor += 1
    case .backspace, .control("h"):
      guard cursor > 0 else { return .ignored }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete, .control("d"):
      guard cursor < characters.count else { return .ignored }
      characters.remove(at: cursor)
    case .left:
      guard cursor > 0 else { return .ignored }
      cursor -= 1
      return .moved
    case .right:
      guard cursor < characters.count else { return .ignored }
      cursor += 1
      return .moved
    case .home, .control("a"):
      cursor = 0
      return .moved
    case .end, .control("e"):
      cursor = characters.count
      return .moved
    case .control("u"):
      guard cursor > 0 else { return .ignored }
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .control("k"):
      guard cursor < characters.count else { return .ignored }
      characters.removeSubrange(cursor...)
    case .control("w"):
      guard cursor > 0 else { return .ignored }
      var start = cursor
      while start > 0, characters[start - 1] == " " { start -= 1 }
      while start > 0, characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    default:
      return .ignored
    }
    text = String(characters)
    return .edited
  }

  /// Draws the text with the cursor (`▏` after the last character, else the character under the
  /// cursor in reverse video) from the area's left edge; returns the column after it.
  @discardableResult
  public func draw(in area: Rect, into buffer: inout Buffer, style: Style) -> Int {
    guard cursor < text.count else {
      return buffer.write(text + "▏", x: area.x, y: area.y, style: style, maxX: area.maxX)
    }
    let characters = Array(text)
    var x = buffer.write(
      String(characters[..<cursor]), x: area.x, y: area.y, style: style, maxX: area.maxX)
    x = buffer.write(
      String(characters[cursor]), x: x, y: area.y,
      style: style.merged(with: Style(reverse: true)), maxX: area.maxX)
    return buffer.write(
      String(characters[(cursor + 1)...]), x: x, y: area.y, style: style, maxX: area.maxX)
  }
}
