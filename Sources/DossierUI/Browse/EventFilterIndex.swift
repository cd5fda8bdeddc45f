import Dispatch
import DossierModel
import Foundation

/// The `/` filter's words of every event of a corpus (``ListBuilder/haystack(_:corpus:actorNames:)``
/// indexed by ``SearchTextIndex``), built on another thread from the start, so that neither the
/// first frame nor the first key of a filter on a large timeline waits for it (100,000 events
/// take about a second). Shared by every copy of the timeline's list, whatever its filters.
final class EventFilterIndex: @unchecked Sendable {
  private let lock = NSLock()
  private let done = DispatchSemaphore(value: 0)
  private var built: SearchTextIndex?

  /// Starts indexing the events of `corpus` on a background queue (once `gate`, if given, is
  /// signalled: a test holds the index back to see the filter wait for it).
  init(corpus: Corpus, gate: DispatchSemaphore? = nil) {
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      gate?.wait()
      let names = ListBuilder.actorNames(corpus)
      let index = SearchTextIndex(
        corpus.events.map {
          ListBuilder.haystack(.event($0.id), corpus: corpus, actorNames: names)
        })
      lock.lock()
      built = index
      lock.unlock()
      done.signal()
    }
  }

  /// The index if it is built, without waiting.
  var ready: SearchTextIndex? {
    lock.lock()
    defer { lock.unlock() }
    return built
  }

  /// The index of `corpus.events` (text i is event i), waiting for it if it is still being built.
  var index: SearchTextIndex {
    lock.lock()
    if let built {
      lock.unlock()
      return built
    }
    lock.unlock()
    done.wait()
    done.signal()
    lock.lock()
    defer { lock.unlock() }
    return built!
  }
}
