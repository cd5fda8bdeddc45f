import Foundation

extension SearchEngine {
  /// The rows that have every clause, found by intersecting each clause's one phrase's rows
  /// (ascending) from the shortest list up, scored as the general case scores them (the
  /// phrases' parts added in the query's order, made only for those rows), with the exact names after; nil when a list
  /// is not in order, or when fewer than ``handful`` rows have every clause (the general case
  /// then ranks the rows with some of them).
  ///
  /// Two frequent words (50,000 rows in common out of 100,000 each) took the general case's
  /// tables of every row and passes over them; the intersection reads only the lists.
  func everyWord(
    _ phrases: [BM25Scorer.Phrase], _ scorer: BM25Scorer, exact: Set<Int>, kinds: [SearchKind]
  ) -> (rows: [SearchRanking.Row], tally: SearchTally)? {
    for phrase in phrases {
      let ascending = phrase.rows.withUnsafeBufferPointer { rows in
        rows.count < 2 || (1..<rows.count).allSatisfy { rows[$0 - 1] < rows[$0] }
      }
      guard ascending else { return nil }
    }
    let order = phrases.indices.sorted { phrases[$0].rows.count < phrases[$1].rows.count }
    let clauses = phrases.count
    let most = phrases[order[0]].rows.count
    guard most >= SearchEngine.handful else { return nil }
    // The rows still in, and each one's place in the lists of the clauses intersected so far
    // (`places[c × most + i]`), compacted in place after each list.
    let kept = UnsafeMutableBufferPointer<Int32>.allocate(capacity: most)
    let places = UnsafeMutableBufferPointer<Int32>.allocate(capacity: most * clauses)
    let score = UnsafeMutableBufferPointer<Double>.allocate(capacity: most)
    defer {
      kept.deallocate()
      places.deallocate()
      score.deallocate()
    }
    phrases[order[0]].rows.withUnsafeBufferPointer { rows in
      for i in 0..<most {
        kept[i] = rows[i]
        places[order[0] * most + i] = Int32(i)
      }
    }
    var count = most
    var done = [order[0]]
    for c in order.dropFirst() {
      var written = 0
      phrases[c].rows.withUnsafeBufferPointer { other in
        done.withUnsafeBufferPointer { done in
          if other.count > 16 * count {
            // A much longer list: gallop through it.
            var j = 0
            for i in 0..<count {
              let row = kept[i]
              j = Self.lowerBound(row, in: other, from: j)
              guard j < other.count else { break }
              guard other[j] == row else { continue }
              kept[written] = row
              for b in done { places[b * most + written] = places[b * most + i] }
              places[c * most + written] = Int32(j)
              written += 1
            }
            return
          }
          // Lists of like lengths: a merge without branches on the data (whether a row is in
          // both is a coin toss for two frequent words, and each wrong guess cost more than
          // the step). Every step writes the current row; only a match keeps it.
          // (The comparisons are arithmetic on the difference's sign: written as conditions,
          // the compiler made branches of them.)
          var i = 0
          var j = 0
          let mine = c &* most
          let one = done.count == 1 ? done[0] &* most : -1
          while i < count && j < other.count {
            let a = kept[i]
            let difference = Int64(a) &- Int64(other[j])
            let aFirst = Int(truncatingIfNeeded: UInt64(bitPattern: difference) >> 63)
            let bFirst = Int(truncatingIfNeeded: UInt64(bitPattern: 0 &- difference) >> 63)
            kept[written] = a
            if one >= 0 {
              places[one &+ written] = places[one &+ i]
            } else {
              for d in done { places[d &* most &+ written] = places[d &* most &+ i] }
            }
            places[mine &+ written] = Int32(truncatingIfNeeded: j)
            written &+= 1 &- aFirst &- bFirst
            i &+= 1 &- bFirst
            j &+= 1 &- aFirst
          }
        }
      }
      count = written
      done.append(c)
      guard count >= SearchEngine.handful else { return nil }
    }
    // Each row's score: the clauses' parts added in the query's order, as the general case
    // adds them (the same doubles).
    for i in 0..<count { score[i] = 0 }
    for c in 0..<clauses {
      // Only the rows kept are scored (a part is a division: half the lists' rows, or
      // more, are not in every list).
      let phrase = phrases[c]
      for i in 0..<count { score[i] += scorer.part(phrase, at: Int(places[c * most + i])) }
    }
    return Self.rowsWithEveryWord(
      UnsafeBufferPointer(rebasing: kept[0..<count]), words: UInt16(clauses), exact: exact,
      kinds: kinds
    ) { -score[$0] }
  }

  /// The first place from `start` in the ascending `rows` whose row is not below `row`:
  /// a gallop forward, then a binary search in the last step.
  private static func lowerBound(
    _ row: Int32, in rows: UnsafeBufferPointer<Int32>, from start: Int
  ) -> Int {
    var low = start
    var step = 1
    var high = start
    while high < rows.count && rows[high] < row {
      low = high + 1
      high += step
      step *= 2
    }
    high = min(high, rows.count)
    while low < high {
      let middle = (low + high) / 2
      if rows[middle] < row { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
