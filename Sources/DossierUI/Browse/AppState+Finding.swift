import DossierModel
import DossierTUI

/// The `/` filter, year jumps and the timeline's filters.
extension AppState {
  mutating func applyFilterText(_ text: String) {
    if reading {
      let corpus = self.corpus
      reader?.find(text, in: corpus)
      return
    }
    list.textFilter = text
    list.applyTextFilter(corpus: corpus)
  }

  mutating func jumpToYear(_ text: String) {
    guard let year = Int(text) else { return }
    if !view.jumpsToYears { switchView(.timeline) }
    // The first event of that year, or the nearest later one (events are in date order, so a
    // binary search over the rows finds it).
    let rows = list.itemRows
    func yearAt(_ i: Int) -> Int {
      if case .item(.event(let id), _) = list.entries[rows[i]] {
        return corpus.event(id)?.date.startYear ?? Int.min
      }
      return Int.min
    }
    var low = 0
    var high = rows.count
    while low < high {
      let mid = (low + high) / 2
      if yearAt(mid) < year { low = mid + 1 } else { high = mid }
    }
    guard !rows.isEmpty else {
      message = "No events to jump to"
      return
    }
    // Past the last event: the last one, said so (never the top of the list left selected).
    let beyond = low >= rows.count
    if beyond { low = rows.count - 1 }
    let found = yearAt(low)
    record()
    list.moveTo(low)
    list.centerSelection(height: layout.listContent.height)
    if beyond {
      message = "No events from \(year) on; showing the last, \(found)"
    } else {
      message = found == year ? nil : "No events in \(year); showing \(found)"
    }
  }

  mutating func openFilterPicker() {
    var options: [PickerOverlay.Option] = [
      .init(label: "Clear all filters", action: .filter(.clear))
    ]
    options += corpus.manifest.lanes.map {
      .init(label: "Lane: \($0.name) [\($0.short)]", action: .filter(.lane($0.id)))
    }
    options += corpus.sources.map {
      .init(label: "Source: \($0.title) (\($0.id))", action: .filter(.source($0.id)))
    }
    let actors = corpus.actors.filter { !(corpus.index.eventsByActor[$0.id] ?? []).isEmpty }
      .sorted { $0.name.localizedStandardCompareFolded($1.name) }
    options += actors.map { .init(label: "Actor: \($0.name)", action: .filter(.actor($0.id))) }
    let tags = Set(corpus.events.flatMap(\.tags)).sorted()
    options += tags.map { .init(label: "Tag: \($0)", action: .filter(.tag($0))) }
    overlay = .picker(PickerOverlay(title: "Filter the timeline", options: options))
  }

  mutating func apply(_ action: FilterAction) {
    switch action {
    case .clear: timelineFilter = EventFilter()
    case .lane(let id): timelineFilter.lanes = [id]
    case .actor(let id): timelineFilter.actors = [id]
    case .source(let id): timelineFilter.sources = [id]
    case .tag(let tag): timelineFilter.tags = [tag]
    }
    rebuildList(.timeline)
    list.moveTo(0)
  }
}
