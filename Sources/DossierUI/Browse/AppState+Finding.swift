import DossierModel
import DossierTUI

/// The `/` filter and the timeline's filters.
extension AppState {
  mutating func applyFilterText(_ text: String) {
    if reading {
      let corpus = self.corpus
      reader?.find(text, in: corpus, cache: ctx.readerCache)
      return
    }
    list.textFilter = text
    list.applyTextFilter(corpus: corpus)
    if list.awaitingIndex { message = AppState.indexingMessage }
  }

  /// Said while a filter waits for the events' index.
  static let indexingMessage = "Indexing the events for the filter… it applies when ready"

  /// On a tick: applies a filter that waited for the events' index, once the index is ready.
  mutating func applyWaitingFilters() {
    for id in screens.keys where screens[id]!.list.awaitingIndex {
      guard screens[id]!.list.eventIndex?.ready != nil else { continue }
      screens[id]!.list.applyTextFilter(corpus: corpus)
      if message == AppState.indexingMessage { message = nil }
    }
    keepSelectionVisible()
  }

  /// Whether a filter waits for the events' index (the runtime then ticks).
  var filterAwaitsIndex: Bool { screens.values.contains { $0.list.awaitingIndex } }

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
