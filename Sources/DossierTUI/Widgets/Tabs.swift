/// A row of tabs: ` 1 Actors ` inactive, `[2 Timeline]` active (so the active tab shows without
/// colour), one cell apart. The same layout answers which tab a click hit.
public struct Tabs: Widget, Sendable {
  public var titles: [String]
  public var selected: Int?
  public var activeStyle: Style
  public var inactiveStyle: Style
  public var gap: Int

  public init(
    _ titles: [String], selected: Int?, activeStyle: Style = .plain,
    inactiveStyle: Style = .plain, gap: Int = 1
  ) {
    self.titles = titles
    self.selected = selected
    self.activeStyle = activeStyle
    self.inactiveStyle = inactiveStyle
    self.gap = gap
  }

  /// Each tab's area on the first row of `area` (tabs past the right edge are clipped).
  public func regions(in area: Rect) -> [Rect] {
    var x = area.x
    return titles.map { title in
      let width = TextWidth.of(title) + 2
      defer { x += width + gap }
      let clipped = max(0, min(width, area.maxX - x))
      return Rect(x: x, y: area.y, width: clipped, height: min(1, area.height))
    }
  }

  /// The index of the tab at a column of the tabs' row, if any.
  public func tab(at x: Int, y: Int, in area: Rect) -> Int? {
    regions(in: area).firstIndex { $0.contains(x: x, y: y) }
  }

  /// The column after the last tab drawn.
  public func end(in area: Rect) -> Int { regions(in: area).last?.maxX ?? area.x }

  public func render(in area: Rect, into buffer: inout Buffer) {
    for (i, region) in regions(in: area).enumerated() where region.width > 0 {
      let active = i == selected
      let text = active ? "[\(titles[i])]" : " \(titles[i]) "
      buffer.write(
        text, x: region.x, y: region.y, style: active ? activeStyle : inactiveStyle,
        maxX: area.maxX)
    }
  }
}
