import Dispatch
import DossierModel
import Foundation

/// The `/` filter's words of every event of a corpus (``ListBuilder/haystack(_:corpus:actorNames:)``
/// indexed by ``SearchTextIndex``), built on another thread, so that neither the first frame nor
/// the first key of a filter on a large timeline waits for it (100,000 events take about a
/// second). Shared by every copy of the timeline's list, whatever its filters. It starts at
/// once, or, at start-up, once the explorer's first frame is on screen (``start()``), so that
/// the first list does not share the cores with it.
final class EventFilterIndex: @unchecked Sendable {
  private let lock = NSLock()
  private let done = DispatchSemaphore(value: 0)
  private var built: SearchTextIndex?
  /// The corpus to index until the building starts.
  private var waiting: Corpus?
  private let gate: DispatchSemaphore?

  /// Indexes the events of `corpus` on a background queue, from now or from ``start()`` when
  /// `deferred` (and once `gate`, if given, is signalled: a test holds the index back to see
  /// the filter wait for it).
  init(corpus: Corpus, gate: DispatchSemaphore? = nil, deferred: Bool = false) {
    waiting = corpus
    self.gate = gate
    if !deferred { start() }
  }

  /// Whether the index is being built (or is built).
  var isStarted: Bool {
    lock.lock()
    defer { lock.unlock() }
    return waiting == nil
  }

  /// Starts building the index, unless it has started already.
  func start() {
    lock.lock()
    let corpus = waiting
    waiting = nil
    lock.unlock()
    guard let corpus else { return }
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

  /// The index if it is built, without waiting (it starts being built if it had not).
  var ready: SearchTextIndex? {
    start()
    lock.lock()
    defer { lock.unlock() }
    return built
  }

  /// The index of `corpus.events` (text i is event i), waiting for it if it is still being built.
  var index: SearchTextIndex {
    start()
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
