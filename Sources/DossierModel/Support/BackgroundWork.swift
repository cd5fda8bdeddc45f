import Dispatch
import Foundation

/// Work that can wait until a program's first screen is up (the explorer writing its corpus
/// snapshot): held until ``start()``, then run on a background queue; work added after
/// ``start()`` runs at once. On a machine with two cores, the last steps of a start-up (the
/// explorer and its first list) then have a core to themselves.
public final class BackgroundWork: @unchecked Sendable {
  private let lock = NSLock()
  /// The work held back; nil once started.
  private var held: [@Sendable () -> Void]? = []
  private let qos: DispatchQoS.QoSClass

  /// Work to run at `qos` once started.
  public init(qos: DispatchQoS.QoSClass = .utility) { self.qos = qos }

  /// Runs `work` on a background queue once ``start()`` has been called (at once if it has).
  public func add(_ work: @escaping @Sendable () -> Void) {
    lock.lock()
    if held != nil {
      held!.append(work)
      lock.unlock()
      return
    }
    lock.unlock()
    DispatchQueue.global(qos: qos).async(execute: work)
  }

  /// Starts the work held back, and lets what is added later run at once.
  public func start() {
    lock.lock()
    let work = held ?? []
    held = nil
    lock.unlock()
    for item in work { DispatchQueue.global(qos: qos).async(execute: item) }
  }
}
