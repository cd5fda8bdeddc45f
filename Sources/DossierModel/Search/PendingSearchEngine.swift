import Dispatch
import Foundation

/// A search engine being opened or built on another thread, so that an interactive program
/// starts at once and searches as soon as the engine is ready, without ever waiting for it.
public final class PendingSearchEngine: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var outcome: Result<SearchEngine, any Error>?

  /// Starts `make` (typically ``SearchCache/engine(folder:cacheDirectory:load:)``) on a
  /// background queue, then warms the engine (``SearchEngine/warm()``) there too.
  public init(_ make: @escaping @Sendable () throws -> SearchEngine) {
    DispatchQueue.global(qos: .utility).async { [self] in
      let result = Result {
        let engine = try make()
        // Only a head start: a query reads whatever warming could not.
        try? engine.warm()
        return engine
      }
      lock.lock()
      outcome = result
      lock.unlock()
      done.signal()
    }
  }

  /// Builds an engine of `corpus` in memory.
  public convenience init(corpus: Corpus) {
    self.init { try SearchEngine.build(corpus.searchFields()) }
  }

  /// The outcome once the engine is ready or has failed; nil while it is being made.
  public var result: Result<SearchEngine, any Error>? {
    lock.lock()
    defer { lock.unlock() }
    return outcome
  }

  /// The outcome, waiting for it if the engine is still being made.
  public func wait() -> Result<SearchEngine, any Error> {
    done.wait()
    done.signal()
    return result!
  }
}
