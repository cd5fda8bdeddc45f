import DossierModel

/// Sources compared: rows are the myths (top-level claims with their sub-claims, foldable),
/// columns the sources in date order, each cell the source's stance on the claim as a text badge
/// (or empty when the source is silent), with the row's verdict and a marker where the stances
/// of two sources differ. A cursor moves over the cells; ``detail`` gives the stance's dated
/// reason and the passage it comes from.
public struct ClaimsMatrix: Sendable {
  public struct Column: Sendable, Hashable {
    public var source: String
    public var title: String
    /// The source's date, or the earliest date of its stances when it has none.
    public var date: EDTFDate?
    /// Whether ``date`` comes from the stances (the source itself is undated).
    public var dateFromStances: Bool
    var kind: String

    /// Two short header lines: the year ("2019?" when taken from the stances) and the kind.
    public var header: (String, String) {
      let year = date.flatMap(\.startYear).map { String($0) + (dateFromStances ? "?" : "") }
      return (year ?? "n.d.", kind)
    }

    public static func == (a: Column, b: Column) -> Bool { a.source == b.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
  }

  /// One source's stance on one claim.
  public struct Cell: Sendable, Hashable {
    public var stance: Myth.Stance.Value
    /// Index of the stance in the myth's ``Myth/stances`` (the latest when the source took
    /// several).
    public var index: Int
    /// How many stances the source took on the claim.
    public var count: Int
    /// Whether it differs from the previous source's stance in the row (the claim aged).
    public var changed: Bool
  }

  public struct Row: Sendable, Hashable {
    public var myth: String
    public var depth: Int
    public var hasChildren: Bool
    public var folded: Bool
    public var claim: String
    public var verdict: String
    /// One cell per column; nil where the source is silent.
    public var cells: [Cell?]
    /// Whether at least two sources take different stances.
    public var disagrees: Bool
  }

  /// What the cursor's cell says: the source's dated stance and reason, and the passage.
  public struct Detail: Sendable, Hashable {
    public var myth: String
    public var claim: String
    public var source: String
    public var sourceTitle: String
    public var stance: Myth.Stance.Value?
    /// The stance's date as shown ("Jun 2013").
    public var date: String?
    public var reason: String?
    public var citation: Citation?
    /// The cited paragraph's text (or the section's title when the citation names a section).
    public var passage: String?
  }

  public let corpus: Corpus
  public private(set) var columns: [Column] = []
  /// The rows shown: folded sub-claims left out.
  public private(set) var rows: [Row] = []
  public private(set) var folded: Set<String> = []
  /// The myths a filter kept (with their parent claims, for context); nil for all.
  public private(set) var kept: Set<String>?
  /// The cursor: a row of ``rows`` and a column of ``columns``.
  public private(set) var cursor: (row: Int, column: Int) = (0, 0)
  /// The first row in view.
  public private(set) var top = 0
  public var ascii: Bool
  public private(set) var width: Int
  public private(set) var height: Int
  /// Every row before folding, in tree order.
  var allRows: [Row] = []

  public init(corpus: Corpus, ascii: Bool = false, width: Int = 80, height: Int = 24) {
    self.corpus = corpus
    self.ascii = ascii
    self.width = max(1, width)
    self.height = max(1, height)
    // An undated source is placed by the earliest date of its stances.
    var stanceDates: [String: EDTFDate] = [:]
    for myth in corpus.myths {
      for stance in myth.stances {
        if let date = stance.date, stanceDates[stance.source].map({ date < $0 }) ?? true {
          stanceDates[stance.source] = date
        }
      }
    }
    let dated = corpus.sources.enumerated().map { offset, source in
      (offset, source, source.date ?? stanceDates[source.id], source.date == nil)
    }
    columns = dated.sorted { a, b in
      switch (a.2, b.2) {
      case (let x?, let y?): x < y || (!(y < x) && a.0 < b.0)
      case (.some, nil): true
      case (nil, .some): false
      case (nil, nil): a.0 < b.0
      }
    }.map {
      Column(
        source: $0.1.id, title: $0.1.title, date: $0.2, dateFromStances: $0.3,
        kind: $0.1.kind.rawValue)
    }
    allRows = buildRows()
    applyFolding()
  }

  private func buildRows() -> [Row] {
    var result: [Row] = []
    var visited: Set<String> = []
    let column = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1.source, $0) })
    func add(_ myth: Myth, depth: Int) {
      guard visited.insert(myth.id).inserted else { return }
      var cells = [Cell?](repeating: nil, count: columns.count)
      for (i, stance) in myth.stances.enumerated() {
        guard let c = column[stance.source] else { continue }
        let count = (cells[c]?.count ?? 0) + 1
        cells[c] = Cell(stance: stance.stance, index: i, count: count, changed: false)
      }
      var previous: Myth.Stance.Value?
      var values: Set<Myth.Stance.Value> = []
      for c in cells.indices {
        guard let cell = cells[c] else { continue }
        if let previous, previous != cell.stance { cells[c]!.changed = true }
        previous = cell.stance
        values.insert(cell.stance)
      }
      let children = (corpus.index.mythChildren[myth.id] ?? []).compactMap { corpus.myth($0) }
      result.append(
        Row(
          myth: myth.id, depth: depth, hasChildren: !children.isEmpty, folded: false,
          claim: myth.claim.plain, verdict: corpus.verdict(myth.verdict)?.label ?? myth.verdict,
          cells: cells, disagrees: values.count > 1))
      for child in children { add(child, depth: depth + 1) }
    }
    for myth in corpus.myths where myth.parent.flatMap({ corpus.myth($0) }) == nil {
      add(myth, depth: 0)
    }
    for myth in corpus.myths { add(myth, depth: 0) }  // any left in a cycle of parents
    return result
  }

  private mutating func applyFolding() {
    let current = rows.indices.contains(cursor.row) ? rows[cursor.row].myth : nil
    rows = []
    var hiddenBelow: Int?
    for var row in allRows {
      if let kept, !kept.contains(row.myth) { continue }
      if let depth = hiddenBelow {
        if row.depth > depth { continue }
        hiddenBelow = nil
      }
      row.folded = folded.contains(row.myth)
      if row.folded { hiddenBelow = row.depth }
      rows.append(row)
    }
    if let current, let i = rows.firstIndex(where: { $0.myth == current }) {
      cursor.row = i
    } else {
      cursor.row = min(cursor.row, max(0, rows.count - 1))
    }
    scrollToCursor()
  }

  // MARK: Cursor

  public var selectedMythID: String? {
    rows.indices.contains(cursor.row) ? rows[cursor.row].myth : nil
  }
  public var selectedSourceID: String? {
    columns.indices.contains(cursor.column) ? columns[cursor.column].source : nil
  }

  public mutating func moveUp() { move(row: cursor.row - 1) }
  public mutating func moveDown() { move(row: cursor.row + 1) }
  public mutating func moveLeft() { cursor.column = max(0, cursor.column - 1) }
  public mutating func moveRight() {
    cursor.column = min(max(0, columns.count - 1), cursor.column + 1)
  }
  /// Moves the cursor to a source's column (clamped), keeping the row.
  public mutating func moveTo(column: Int) {
    cursor.column = min(max(0, column), max(0, columns.count - 1))
  }

  public mutating func pageDown() { move(row: cursor.row + max(1, bodyRows - 1)) }
  public mutating func pageUp() { move(row: cursor.row - max(1, bodyRows - 1)) }

  /// Moves to row `row` (clamped), keeping the column.
  public mutating func move(row: Int) {
    guard !rows.isEmpty else { return }
    cursor.row = min(max(0, row), rows.count - 1)
    scrollToCursor()
  }

  /// Moves to the next (or previous) cell in the row where the source takes a stance.
  public mutating func moveToStance(forward: Bool = true) {
    guard rows.indices.contains(cursor.row) else { return }
    let cells = rows[cursor.row].cells
    let order =
      forward
      ? Array((cursor.column + 1)..<max(cursor.column + 1, cells.count))
      : Array((0..<max(0, cursor.column)).reversed())
    if let next = order.first(where: { cells[$0] != nil }) { cursor.column = next }
  }

  /// Puts the cursor on a myth's row (unfolding its parents) and, if given, a source's column.
  @discardableResult
  public mutating func select(myth: String, source: String? = nil) -> Bool {
    var parent = corpus.myth(myth)?.parent
    var seen: Set<String> = []
    while let p = parent, seen.insert(p).inserted {
      folded.remove(p)
      parent = corpus.myth(p)?.parent
    }
    applyFolding()
    guard let row = rows.firstIndex(where: { $0.myth == myth }) else { return false }
    move(row: row)
    if let source, let c = columns.firstIndex(where: { $0.source == source }) { cursor.column = c }
    return true
  }

  /// Shows only `myths` and the claims they are part of (a filter), or every claim for nil.
  public mutating func keep(myths: Set<String>?) {
    guard let myths else {
      kept = nil
      return applyFolding()
    }
    var all = myths
    for id in myths {
      var parent = corpus.myth(id)?.parent
      while let p = parent, all.insert(p).inserted { parent = corpus.myth(p)?.parent }
    }
    kept = all
    applyFolding()
  }

  /// Folds or unfolds the sub-claims of the cursor's row (or, on a sub-claim, its parent's).
  public mutating func toggleFold() {
    guard rows.indices.contains(cursor.row) else { return }
    var row = rows[cursor.row]
    if !row.hasChildren, let parent = corpus.myth(row.myth)?.parent,
      let i = rows.firstIndex(where: { $0.myth == parent })
    {
      cursor.row = i
      row = rows[i]
    }
    guard row.hasChildren else { return }
    if folded.contains(row.myth) { folded.remove(row.myth) } else { folded.insert(row.myth) }
    applyFolding()
  }

  /// Folds every claim with sub-claims, or unfolds them all.
  public mutating func setAllFolded(_ fold: Bool) {
    folded = fold ? Set(allRows.filter(\.hasChildren).map(\.myth)) : []
    applyFolding()
  }

  public mutating func resize(width: Int, height: Int) {
    self.width = max(1, width)
    self.height = max(1, height)
    scrollToCursor()
  }

  /// The cursor's cell in words.
  public var detail: Detail? {
    guard let mythID = selectedMythID, let sourceID = selectedSourceID,
      let myth = corpus.myth(mythID)
    else { return nil }
    let source = corpus.source(sourceID)
    var detail = Detail(
      myth: mythID, claim: myth.claim.plain, source: sourceID,
      sourceTitle: source?.shortTitle ?? sourceID)
    guard let cell = rows[cursor.row].cells[cursor.column] else { return detail }
    let stance = myth.stances[cell.index]
    detail.stance = stance.stance
    detail.date = (stance.date ?? source?.date)?.display
    detail.reason = stance.reason.plain
    detail.citation = stance.citation
    if let citation = stance.citation {
      detail.passage =
        corpus.paragraph(citation)?.text.plain
        ?? citation.section.flatMap { corpus.document(citation.document)?.section($0)?.title }
    }
    return detail
  }

  // MARK: Layout geometry

  /// Header rows, body rows, detail rows.
  var detailRows: Int { height >= 16 ? min(8, height / 3) : 0 }
  var bodyRows: Int { max(1, height - 3 - detailRows) }

  mutating func scrollToCursor() {
    let n = bodyRows
    if cursor.row < top { top = cursor.row }
    if cursor.row >= top + n { top = cursor.row - n + 1 }
    top = max(0, min(top, max(0, rows.count - n)))
  }

  /// The badge of a stance: the word, or its first four letters when `compact`.
  public static func badge(_ stance: Myth.Stance.Value, compact: Bool) -> String {
    switch stance {
    case .myth: "myth"
    case .partly: compact ? "part" : "partly"
    case .reality: compact ? "real" : "reality"
    case .open: "open"
    }
  }
}
