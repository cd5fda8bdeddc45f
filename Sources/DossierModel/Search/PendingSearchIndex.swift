import Dispatch
import Foundation

/// A search index being built on another thread, so that an interactive program can start at
/// once and have the index ready (or nearly) by the first search.
public final class PendingSearchIndex: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var index: SearchIndex?

  /// Starts building the index of `corpus`.
  public init(corpus: Corpus) {
    DispatchQueue.global(qos: .utility).async { [self] in
      let built = SearchIndex(corpus: corpus)
      lock.lock()
      index = built
      lock.unlock()
      done.signal()
    }
  }

  /// The index, once it is built; nil until then.
  public var ready: SearchIndex? {
    lock.lock()
    defer { lock.unlock() }
    return index
  }

  /// The index, waiting for it if it is still being built.
  public func wait() -> SearchIndex {
    done.wait()
    done.signal()
    lock.lock()
    defer { lock.unlock() }
    return index!
  }
}
