/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable {
  case character(Character)
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, backspace, tab, backTab, escape, delete
  case function(Int)
}

/// A mouse action at a cell.
public struct MouseEvent: Hashable, Sendable {
  /// The left button pressed, or let go (a press and a release elsewhere is a drag), or the
  /// wheel turned.
  public enum Kind: Hashable, Sendable { case press, release, wheelUp, wheelDown }
  public var kind: Kind
  public var x: Int
  public var y: Int
  public init(_ kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}

/// Everything the app reacts to.
public enum InputEvent: Hashable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(Size)
  /// Time passed without input (only when the app asked for a timeout).
  case tick
}
