extension BigType {
  /// How large the presenter's type may be: the `presenter.font` setting. Each choice is the
  /// largest it allows; a title that does not fit in it falls back to the smaller variants, and
  /// to plain bold text at the last.
  public enum Font: String, Sendable, CaseIterable {
    /// The largest block letters that fit the terminal (the default).
    case auto
    /// Full blocks at most one row a pixel (five rows a line), then half blocks.
    case block
    /// Half blocks only (three rows a line).
    case halfBlock = "half-block"
    /// No big type: the title and the date in plain bold text.
    case plain

    /// The big variants this choice allows on a terminal, from the largest. A terminal without
    /// UTF-8 draws the letters with `#`, where half blocks have no equivalent (the five-row `#`
    /// letters stand in for them).
    public func candidates(unicode: Bool) -> [Variant] {
      let all = Variant.candidates(unicode: unicode)
      switch self {
      case .auto: return all
      case .block: return unicode ? [.block, .halfBlock] : [.ascii]
      case .halfBlock: return unicode ? [.halfBlock] : [.ascii]
      case .plain: return []
      }
    }
  }
}
