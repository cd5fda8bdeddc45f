import Foundation

/// How far a corpus load has got, for a loading screen on another thread: the fraction done and
/// what the loader is doing. The files' parsing counts by their bytes (most of the time goes
/// there); the phases before and after it by their usual share of a large corpus's load.
public final class LoadProgress: @unchecked Sendable {
  private let lock = NSLock()
  private var done = 0.0
  private var doing = "reading the files"
  private var parsedBytes = 0
  private var totalBytes = 0

  public init() {}

  /// From 0 to 1.
  public var fraction: Double {
    lock.lock()
    defer { lock.unlock() }
    return done
  }

  /// What the loader is doing ("parsing the files").
  public var phase: String {
    lock.lock()
    defer { lock.unlock() }
    return doing
  }

  /// Where each phase ends (of the whole load) and what comes after it.
  static let phases: [String: (end: Double, next: String)] = [
    "read": (0.05, "parsing the files"),
    "actors": (0.12, "parsing the files"),
    "parse": (0.72, "merging the files"),
    "merge": (0.75, "building the lookups"),
    "lookups": (0.82, "resolving the links"),
    "resolve": (0.84, "checking the details"),
    "labels": (0.90, "building the indexes"),
    "indexes": (0.91, "building the backlinks"),
    "backlinks": (0.98, "linking the actors"),
    "actor links": (1.0, "opening"),
  ]

  /// The fraction reached once the files are parsed (what follows builds the corpus).
  public static var parsedFraction: Double { phases["parse"]!.end }

  /// A phase of the load has finished.
  func finished(_ name: String) {
    guard let phase = Self.phases[name] else { return }
    lock.lock()
    done = max(done, phase.end)
    doing = phase.next
    lock.unlock()
  }

  /// The files to parse in the second stage have `bytes` in all.
  func willParse(bytes: Int) {
    lock.lock()
    totalBytes = bytes
    lock.unlock()
  }

  /// A file of `bytes` was parsed.
  func parsed(bytes: Int) {
    lock.lock()
    parsedBytes += bytes
    if totalBytes > 0 {
      let start = Self.phases["actors"]!.end
      let end = Self.phases["parse"]!.end
      done = max(done, start + (end - start) * Double(parsedBytes) / Double(totalBytes))
    }
    lock.unlock()
  }
}
