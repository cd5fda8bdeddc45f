import DossierModel

/// Moving through the chart: resizing, selecting events, zooming, panning and jumping to a year.
extension SwimlaneChart {
  /// Gives the chart a new size, keeping the view within bounds and the selection in view.
  public mutating func resize(width: Int, height: Int) {
    self.width = max(1, width)
    self.height = max(1, height)
    clampView()
    scrollToSelection()
  }

  /// Selects the event at `position` and scrolls it into view.
  public mutating func select(_ position: Int) {
    guard position >= 0, position < items.count else { return }
    selection = position
    scrollToSelection()
  }

  /// Selects an event by id; false when the chart does not show it.
  @discardableResult
  public mutating func select(eventID id: String) -> Bool {
    guard let e = corpus.index.eventByID[id],
      let position = items.firstIndex(where: { $0.event == Int32(e) })
    else { return false }
    select(position)
    return true
  }

  /// The next event in time order, across lanes; from outside the view, the first in view.
  public mutating func selectNext() {
    guard let current = selection else { return select(0) }
    if !isInView(current), let first = items.indices.first(where: isInView) {
      return select(first)
    }
    select(min(current + 1, items.count - 1))
  }

  /// The previous event in time order; from outside the view, the last in view.
  public mutating func selectPrevious() {
    guard let current = selection else { return select(items.count - 1) }
    if !isInView(current), let last = items.indices.last(where: isInView) {
      return select(last)
    }
    select(max(current - 1, 0))
  }

  public mutating func selectFirst() { select(0) }
  public mutating func selectLast() { select(items.count - 1) }

  /// The event nearest in time in the next lane up (`offset` −1) or down (+1) that has events.
  public mutating func selectInLane(offset: Int) {
    guard let current = selection, offset != 0 else { return }
    let anchor = items[current].anchor
    var lane = Int(items[current].lane) + offset
    while lane >= 0, lane < lanes.count {
      var best: Int?
      for (i, item) in items.enumerated() where Int(item.lane) == lane {
        if best == nil || abs(item.anchor - anchor) < abs(items[best!].anchor - anchor) { best = i }
      }
      if let best { return select(best) }
      lane += offset
    }
  }

  /// The next (or previous) event sharing the selected event's cell, round.
  public mutating func selectInCell(forward: Bool = true) {
    let mates = frame().cellMates
    guard mates.count > 1, let current = selection, let at = mates.firstIndex(of: current) else {
      return
    }
    let next = (at + (forward ? 1 : mates.count - 1)) % mates.count
    selection = mates[next]
  }

  public mutating func zoomIn() { if let z = zoom.finer { setZoom(z) } }
  public mutating func zoomOut() { if let z = zoom.coarser { setZoom(z) } }

  /// Changes the zoom, keeping the selected event where it is on screen (or the view's middle
  /// in place when the selection is out of view).
  public mutating func setZoom(_ new: ChartZoom) {
    guard new != zoom else { return }
    let w = timeWidth
    if let s = selection, isInView(s) {
      let offset = screenColumn(of: s)
      zoom = new
      firstColumn = column(items[s].anchor) - offset
      clampView()
      scrollToSelection()
    } else {
      let middle = (firstColumn + w / 2) * zoom.ticksPerColumn
      zoom = new
      firstColumn = column(middle) - w / 2
      clampView()
    }
  }

  /// Moves the view by `columns` (negative: back in time), no further than a margin beyond
  /// the first and last dates; the selection stays.
  public mutating func pan(columns: Int) {
    firstColumn += columns
    clampView()
  }

  /// Moves the view by `pages` of three quarters of its width.
  public mutating func pan(pages: Int) { pan(columns: pages * max(1, timeWidth * 3 / 4)) }

  /// Keeps the view within a margin of the events' first and last dates; when they all fit,
  /// the first is near the left edge.
  mutating func clampView() {
    guard !items.isEmpty else { return }
    let low = column(timeSpan.first) - margin
    let high = column(timeSpan.last) + margin - (timeWidth - 1)
    firstColumn = high < low ? low : min(max(firstColumn, low), high)
  }

  /// Selects the first event of `year` (open ranges skipped, as the list's year jump does) and
  /// shows the year from near the left edge. Nil, and nothing changes, when no event starts in
  /// or after `year`.
  @discardableResult
  public mutating func jump(toYear year: Int) -> YearLanding? {
    guard
      let landing = Corpus.firstEvent(
        ofYear: year, count: items.count, date: { corpus.events[Int(items[$0].event)].date })
    else { return nil }
    selection = landing.index
    firstColumn = column(TimeTicks.tick(year: landing.year)) - margin
    clampView()
    scrollToSelection()
    return landing
  }

  var margin: Int { min(4, timeWidth / 8) }

  /// Scrolls the least needed to show the selected event's mark, `margin` columns from the edge.
  mutating func scrollToSelection() {
    guard let s = selection else { return }
    let c = column(items[s].anchor)
    let w = timeWidth
    if c < firstColumn + margin {
      firstColumn = c - margin
    } else if c > firstColumn + w - 1 - margin {
      firstColumn = c - (w - 1 - margin)
    }
  }
}
