import Dispatch
import Foundation

/// Work under way on another thread (the corpus being loaded at start-up, the search engine
/// being opened), and its outcome once it is in. The explorer looks at ``result`` between
/// events and never waits for it.
public final class Pending<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var outcome: Result<Value, any Error>?

  /// Starts `make` on a background queue.
  public init(
    qos: DispatchQoS.QoSClass = .userInitiated, _ make: @escaping @Sendable () throws -> Value
  ) {
    DispatchQueue.global(qos: qos).async { [self] in
      finish(Result { try make() })
    }
  }

  /// An outcome already known (for tests, and for work that needed no thread).
  public init(_ outcome: Result<Value, any Error>) {
    finish(outcome)
  }

  private func finish(_ result: Result<Value, any Error>) {
    lock.lock()
    outcome = result
    lock.unlock()
    done.signal()
  }

  /// The outcome once the work has finished or failed; nil while it runs.
  public var result: Result<Value, any Error>? {
    lock.lock()
    defer { lock.unlock() }
    return outcome
  }

  /// The outcome, waiting for it if the work still runs.
  public func wait() -> Result<Value, any Error> {
    done.wait()
    done.signal()
    return result!
  }
}
