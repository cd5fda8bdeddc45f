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
  /// How many results there are.
  let count: Int
  /// Every result, when only the best are in `rows` so far (made on the first read past them).
  private var rest: (@Sendable () -> [Row]?)?

  init(_ rows: [Row]) {
    self.rows = rows
    count = rows.count
  }

  /// A ranking of `total` results whose best are known, in order (a frequent word's top rows,
  /// ``SearchEngine/topRows(of:)``); `rest` makes them all when a read goes past those.
  init(best: [Row], total: Int, rest: @escaping @Sendable () -> [Row]?) {
    rows = best
    sorted = best.count
    count = total
    self.rest = best.count < total ? rest : nil
  }

  /// Whether only the best results are ranked so far (the rest made on a read past them).
  var isPartial: Bool {
    lock.lock()
    defer { lock.unlock() }
    return rest != nil
  }

  /// The results ranked `range` (clamped to the results).
  func rows(_ range: Range<Int>) -> [Row] {
    lock.lock()
    defer { lock.unlock() }
    if range.upperBound > sorted, let make = rest {
      rest = nil
      // Every result, ranked from the start (the best come out the same, in the same order).
      if let all = make(), all.count == count {
        rows = all
        sorted = 0
      }
    }
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
    let low = sorted
    rows.withUnsafeMutableBufferPointer { rows in
      if rows.count <= 4096 || target * 4 >= rows.count {
        rows[low...].sort { $0.ranks(before: $1) }
        sorted = rows.count
        return
      }
      Self.select(rows, from: low, best: target)
      rows[low..<target].sort { $0.ranks(before: $1) }
      sorted = target
    }
  }

  /// Moves the best `best - low` rows of `rows[low...]` to `rows[low..<best]` (in any order).
  ///
  /// One pass keeps the best rows seen in a heap whose top is the worst of them, so that most
  /// rows cost one comparison with the top; a second pass moves every row that ranks before
  /// the last kept one to the front. (A quickselect over 145,000 rows moved each several
  /// times: most of a query's time.)
  static func select(_ rows: UnsafeMutableBufferPointer<Row>, from low: Int, best: Int) {
    let k = best - low
    guard k > 0, best < rows.count else { return }
    // The heap in a buffer of its own (an array's checks on every read and swap cost more
    // than the comparisons).
    let heap = UnsafeMutableBufferPointer<Row>.allocate(capacity: k)
    defer { heap.deallocate() }
    var filled = 0
    for i in low..<rows.count {
      let row = rows[i]
      if filled < k {
        heap.baseAddress!.advanced(by: filled).initialize(to: row)
        filled += 1
        siftUp(heap, filled - 1)
      } else if row.ranks(before: heap[0]) {
        heap[0] = row
        siftDown(heap, 0, filled)
      }
    }
    // Rows rank in a strict order (the row id breaks every tie): exactly k rows rank before
    // or equal the worst kept one.
    let worst = heap[0]
    var store = low
    for i in low..<rows.count {
      let row = rows[i]
      if row.id == worst.id || row.ranks(before: worst) {
        rows.swapAt(i, store)
        store += 1
      }
    }
  }

  /// The heap's order: the worst row on top.
  @inline(__always)
  private static func above(_ a: Row, _ b: Row) -> Bool { b.ranks(before: a) }

  private static func siftUp(_ heap: UnsafeMutableBufferPointer<Row>, _ index: Int) {
    var child = index
    while child > 0 {
      let parent = (child - 1) / 2
      guard above(heap[child], heap[parent]) else { return }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  private static func siftDown(
    _ heap: UnsafeMutableBufferPointer<Row>, _ index: Int, _ count: Int
  ) {
    var parent = index
    while true {
      let left = 2 * parent + 1
      guard left < count else { return }
      var top = left
      if left + 1 < count, above(heap[left + 1], heap[left]) { top = left + 1 }
      guard above(heap[top], heap[parent]) else { return }
      heap.swapAt(top, parent)
      parent = top
    }
  }
}
