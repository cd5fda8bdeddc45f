#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A crash on purpose, for the end-to-end test that the terminal is fully restored after one.
///
/// Set `DOSSIER_CRASH_FOR_TEST` to `segv` (a bad access), `abort`, `overflow` (a real stack
/// overflow, which only an alternate signal stack survives), `usr1`, `alarm` (a fatal signal);
/// the explorer then crashes right after its first frame. `pipe` raises SIGPIPE, which the
/// explorer ignores: it must go on. Documented in
/// docs/architecture.md; never set in normal use.
enum CrashForTest {
  /// The crash asked for, read once.
  nonisolated(unsafe) static var pending: String? = getenv("DOSSIER_CRASH_FOR_TEST").map {
    String(cString: $0)
  }

  /// Crashes as asked, once; does nothing when the variable is not set.
  static func crashIfAsked() {
    guard let kind = pending else { return }
    pending = nil
    switch kind {
    case "segv":
      let pointer = UnsafeMutablePointer<Int>(bitPattern: 8)
      pointer?.pointee = 1
    case "abort": abort()
    case "overflow": _ = recurse(Int(getpid()))
    case "pipe": raise(SIGPIPE)
    case "usr1": raise(SIGUSR1)
    case "alarm": raise(SIGALRM)
    default: return
    }
  }

  /// Recurses until the stack overflows; the local buffer makes every frame large.
  @inline(never) private static func recurse(_ depth: Int) -> Int {
    var frame = [Int](repeating: depth, count: 1)
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 512) { local in
      local.initialize(repeating: depth)
      frame[0] = local[depth % 512]
      return depth < 0 ? frame[0] : recurse(depth &+ 1) &+ local[(depth + 1) % 512]
    }
  }
}
