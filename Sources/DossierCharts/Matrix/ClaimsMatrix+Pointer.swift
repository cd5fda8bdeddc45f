extension ClaimsMatrix {
  /// The row (of ``rows``) and column (of ``columns``, nil outside the sources' columns) at a
  /// cell of the matrix's layout (a click); nil off the rows.
  public func cell(atX x: Int, y: Int) -> (row: Int, column: Int?)? {
    let row = top + y - 3
    guard y >= 3, y < 3 + bodyRows, row < rows.count else { return nil }
    let w = widths
    let columnsX = w.claim + 3 + w.verdict + 1
    let c = x >= columnsX ? (x - columnsX) / w.column : -1
    return (row, c >= 0 && c < columns.count ? c : nil)
  }

}
