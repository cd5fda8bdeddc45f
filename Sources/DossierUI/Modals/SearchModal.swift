import DossierModel
import DossierTUI

/// `s`: search everything, on the corpus's full-text engine. The engine is opened or built in
/// the background; until it is ready the box says so, keeps what is typed, and searches when
/// ``Reply/searchIndexReady`` arrives. Results are one ranked list across kinds, each row with
/// its kind, its date (events) and the matched words highlighted.
extension AppState {
  /// The search engine if it is ready: built in memory here when no background build was
  /// started (tests, benchmarks), taken from the background build when it has finished, else
  /// nil (``AppContext/searchFailure`` says why when it failed).
  mutating func readySearchEngine() -> SearchEngine? {
    if let engine = ctx.searchEngine { return engine }
    if let pending = ctx.pendingSearch {
      guard let result = pending.result else { return nil }
      ctx.pendingSearch = nil
      switch result {
      case .success(let engine): ctx.searchEngine = engine
      case .failure(let error): ctx.searchFailure = "\(error)"
      }
      return ctx.searchEngine
    }
    guard ctx.searchFailure == nil else { return nil }
    do {
      ctx.searchEngine = try SearchEngine.build(corpus.searchFields())
    } catch {
      ctx.searchFailure = "\(error)"
    }
    return ctx.searchEngine
  }

  mutating func openSearch() {
    var box = SearchOverlay()
    box.waiting = readySearchEngine() == nil && ctx.searchFailure == nil
    box.failure = ctx.searchFailure.map { "search is unavailable: \($0)" }
    overlay = .search(box)
  }

  mutating func runSearch(_ box: inout SearchOverlay) {
    guard let engine = readySearchEngine() else {
      box.waiting = ctx.searchFailure == nil
      box.failure = ctx.searchFailure.map { "search is unavailable: \($0)" }
      return
    }
    box.waiting = false
    box.cursor = 0
    box.hits = [:]
    guard !SearchQuery(box.query).isEmpty else {
      box.matches = nil
      return
    }
    do {
      box.matches = try engine.search(box.query)
      box.failure = nil
      fetchRows(&box)
    } catch {
      box.matches = nil
      box.failure = "search failed: \(error)"
    }
  }

  /// Reads the result rows around the cursor that are not fetched yet.
  func fetchRows(_ box: inout SearchOverlay) {
    guard let engine = ctx.searchEngine, let matches = box.matches else { return }
    let from = max(0, box.cursor - SearchOverlay.window / 2)
    let to = min(matches.total, from + SearchOverlay.window)
    guard let first = (from..<to).first(where: { box.hits[$0] == nil }) else { return }
    let last = (from..<to).last { box.hits[$0] == nil } ?? first
    do {
      let rows = try engine.page(matches, offset: first, limit: last - first + 1)
      for (i, hit) in rows.enumerated() { box.hits[first + i] = hit }
    } catch {
      box.failure = "search failed: \(error)"
    }
  }

  mutating func handleSearchKey(_ key: Key, _ box: inout SearchOverlay) {
    let last = max(0, box.total - 1)
    let page = max(1, layout.overlayBox.height - 6)
    switch key {
    case .escape: overlay = nil
    case .enter:
      overlay = nil
      if let ref = box.selected { follow(ref) }
    case .down, .control("n"), .tab: box.cursor = min(box.cursor + 1, last)
    case .up, .control("p"), .backTab: box.cursor = max(0, box.cursor - 1)
    case .pageDown: box.cursor = min(box.cursor + page, last)
    case .pageUp: box.cursor = max(0, box.cursor - page)
    case .end: box.cursor = last
    case .home: box.cursor = 0
    default:
      if box.field.handle(key) == .edited { runSearch(&box) }
    }
    fetchRows(&box)
  }
}
