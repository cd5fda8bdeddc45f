import Foundation

/// A search engine being opened or built on another thread, so that an interactive program
/// starts at once and searches as soon as the engine is ready, without ever waiting for it.
public typealias PendingSearchEngine = Pending<SearchEngine>

extension Pending where Value == SearchEngine {
  /// Starts `make` (typically ``SearchCache/engine(folder:cacheDirectory:load:)``) on a
  /// background queue, then warms the engine (``SearchEngine/warm()``) there too.
  public convenience init(opening make: @escaping @Sendable () throws -> SearchEngine) {
    self.init(qos: .utility) {
      let engine = try make()
      // Only a head start: a query reads whatever warming could not.
      try? engine.warm()
      return engine
    }
  }

  /// Builds an engine of `corpus` in memory.
  public convenience init(corpus: Corpus) {
    self.init(opening: { try SearchEngine.build(corpus.searchFields()) })
  }
}
