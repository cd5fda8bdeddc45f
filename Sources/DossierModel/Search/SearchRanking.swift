import Foundation

/// Every result of a query with its rank keys, put in order only as far as it is read: the first
/// page of 145,000 results needs the best few hundred found (a selection, linear), not all of
/// them sorted. Reading further sorts further; the order is the same either way.
final class SearchRanking: @unchecked Sendable {
  /// One result: its row, kind, BM25 score (FTS5's sign: lower is better), how many of the
  /// query's words it has, and whether it is an exact name match.
  struct Row: Sendable, Equatable {
    var id: Int32
    var matched: UInt16
    var kind: SearchKind
    var exact: Bool
    var score: Double

    /// Whether `self` ranks before `other`: exact names first, then more words, a better score,
    /// the kind's order and the row's.
    @inline(__always)
    func ranks(before other: Row) -> Bool {
      if exact != other.exact { return exact }
      if matched != other.matched { return matched > other.matched }
      if score != other.score { return score < other.score }
      if kind != other.kind { return kind < other.kind }
      return id < other.id
    }
  }

  private let lock = NSLock()
  private var rows: [Row]
  /// `rows[0..<sorted]` are the best in order; every later row ranks after them.
  private var sorted = 0

  init(_ rows: [Row]) { self.rows = rows }

  var count: Int { rows.count }

  /// The results ranked `range` (clamped to the results).
  func rows(_ range: Range<Int>) -> [Row] {
    lock.lock()
    defer { lock.unlock() }
    let upper = min(range.upperBound, rows.count)
    guard range.lowerBound < upper else { return [] }
    order(upTo: upper)
    return Array(rows[range.lowerBound..<upper])
  }

  /// Every result in rank order.
  var all: [Row] { rows(0..<count) }

  /// Orders the results at least up to `n`: a few hundred more than asked by selection, or all
  /// of them once a good part is asked for.
  private func order(upTo n: Int) {
    guard n > sorted else { return }
    let target = min(rows.count, max(n, 2 * sorted, 256))
    if rows.count <= 4096 || target * 4 >= rows.count {
      rows[sorted...].sort { $0.ranks(before: $1) }
      sorted = rows.count
      return
    }
    select(from: sorted, to: rows.count, best: target)
    rows[sorted..<target].sort { $0.ranks(before: $1) }
    sorted = target
  }

  /// Moves the best `best - low` rows of `rows[low..<high]` to `rows[low..<best]` (in any
  /// order): quickselect with a median-of-three pivot.
  private func select(from low: Int, to high: Int, best: Int) {
    var lo = low
    var hi = high - 1
    let k = best - 1
    while lo < hi {
      let mid = lo + (hi - lo) / 2
      if rows[mid].ranks(before: rows[lo]) { rows.swapAt(mid, lo) }
      if rows[hi].ranks(before: rows[lo]) { rows.swapAt(hi, lo) }
      if rows[hi].ranks(before: rows[mid]) { rows.swapAt(hi, mid) }
      let pivot = rows[mid]
      rows.swapAt(mid, hi)
      var store = lo
      for i in lo..<hi where rows[i].ranks(before: pivot) {
        rows.swapAt(i, store)
        store += 1
      }
      rows.swapAt(store, hi)
      if k < store {
        hi = store - 1
      } else if k > store {
        lo = store + 1
      } else {
        return
      }
    }
  }
}
