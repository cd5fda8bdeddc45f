import DossierCharts
import DossierModel
import DossierTUI

/// Tab 6, sources compared: the myths as rows (sub-claims foldable), the sources as columns in
/// date order, each cell the source's stance on the claim as a badge (`myth`, `partly`,
/// `reality`, `open`; empty where the source is silent), the verdict beside each claim and `≠`
/// where the stances differ. The cursor's cell shows the source's dated reason and the passage
/// it comes from; Enter opens the myth, `o` the passage.
enum StancesScreen {
  static let keys = KeyMap<Action>(
    "Stances (6)",
    [
      KeyBinding(
        [
          KeyAction(.character("j"), .down), KeyAction(.character("k"), .up),
          KeyAction(.down, .down), KeyAction(.up, .up),
        ], "j k  ↓ ↑", "next / previous claim"),
      KeyBinding(
        [
          KeyAction(.character("l"), .local("stances.right")),
          KeyAction(.character("h"), .local("stances.left")),
          KeyAction(.right, .local("stances.right")), KeyAction(.left, .local("stances.left")),
        ], "l h  → ←", "next / previous source (a later or earlier one)",
        hint: ("←→", "sources"), order: 15),
      KeyBinding(
        [
          KeyAction(.character("]"), .local("stances.nextStance")),
          KeyAction(.character("["), .local("stances.previousStance")),
        ], "] [", "the next / previous source that takes a stance on the claim"),
      KeyBinding(
        [
          KeyAction(.pageDown, .pageDown), KeyAction(.pageUp, .pageUp),
          KeyAction(.control("d"), .pageDown), KeyAction(.control("u"), .pageUp),
        ], "PgDn PgUp", "a page of claims down / up"),
      KeyBinding(
        [
          KeyAction(.character("g"), .first), KeyAction(.character("G"), .last),
          KeyAction(.home, .first), KeyAction(.end, .last),
        ], "g G  Home End", "first / last claim"),
      KeyBinding(
        [.character(" ")], "Space", "fold or unfold the claim's sub-claims",
        hint: ("Space", "fold"), order: 30, action: .local("stances.fold")),
      KeyBinding(
        [.character("F")], "F", "fold every claim with sub-claims, or unfold them all",
        action: .local("stances.foldAll")),
      KeyBinding(
        [.enter], "Enter", "open the myth (Backspace comes back)", hint: ("↵", "open myth"),
        order: 10, action: .open),
      KeyBinding(
        [.character("o")], "o", "read the passage the cell's stance comes from",
        hint: ("o", "passage"), order: 20, action: .local("stances.passage")),
    ])

  /// The matrix and what it was made from.
  struct Model {
    var matrix: ClaimsMatrix
    var corpus: Int
    var ascii: Bool
    /// The `/` filter the rows were chosen by.
    var text = ""
  }

  static func layout(_ state: AppState) -> Layout { Layout(size: state.size, bodyRows: nil) }

  static func perform(_ action: Action, _ state: inout AppState) -> Effect?? {
    switch action {
    case .open:
      guard let myth = state.stancesMatrix.selectedMythID else { return .some(nil) }
      state.follow(.myth(myth))
      return .some(nil)
    case .local("stances.passage"):
      let matrix = state.stancesMatrix
      if let citation = matrix.detail?.citation {
        state.follow(ItemRef(citation: citation))
      } else {
        state.message =
          matrix.detail?.stance == nil
          ? "This source says nothing on the claim" : "This stance cites no passage"
      }
      return .some(nil)
    case .down, .up, .pageDown, .pageUp, .first, .last, .local:
      state.withMatrix { matrix in
        switch action {
        case .down: matrix.moveDown()
        case .up: matrix.moveUp()
        case .pageDown: matrix.pageDown()
        case .pageUp: matrix.pageUp()
        case .first: matrix.move(row: 0)
        case .last: matrix.move(row: matrix.rows.count - 1)
        case .local("stances.right"): matrix.moveRight()
        case .local("stances.left"): matrix.moveLeft()
        case .local("stances.nextStance"): matrix.moveToStance(forward: true)
        case .local("stances.previousStance"): matrix.moveToStance(forward: false)
        case .local("stances.fold"): matrix.toggleFold()
        case .local("stances.foldAll"):
          matrix.setAllFolded(!matrix.rows.contains { $0.hasChildren && $0.folded })
        default: break
        }
      }
      return .some(nil)
    default:
      return nil
    }
  }

  /// After a key or a resize, while the Stances screen shows: the matrix in step with the app.
  static func settle(_ state: inout AppState) {
    state.withMatrix { _ in }
  }

  /// Makes the matrix, or brings it in step: the corpus, the drawing mode, the size of its
  /// area and the list's selection (a myth chosen by going back, say).
  static func bringInStep(_ model: inout Model?, _ state: AppState) {
    let rect = state.layout.listContent
    if model == nil || model!.corpus != state.ctx.corpusVersion || model!.ascii != state.ascii {
      model = Model(
        matrix: ClaimsMatrix(
          corpus: state.corpus, ascii: state.ascii, width: max(1, rect.width),
          height: max(1, rect.height)),
        corpus: state.ctx.corpusVersion, ascii: state.ascii)
    }
    if model!.matrix.width != rect.width || model!.matrix.height != rect.height {
      model!.matrix.resize(width: max(1, rect.width), height: max(1, rect.height))
    }
    // The `/` filter: the claims the list keeps, with the claims they are part of.
    if let list = state.screens[.stances]?.list, list.textFilter != model!.text {
      var kept: Set<String>?
      if !list.textFilter.isEmpty {
        kept = Set(
          list.entries.compactMap { entry -> String? in
            if case .item(.myth(let id), _) = entry { id } else { nil }
          })
      }
      model!.matrix.keep(myths: kept)
      model!.text = list.textFilter
    }
    let listed = state.screens[.stances]?.list.selected
    if case .myth(let id)? = listed, model!.matrix.selectedMythID != id {
      model!.matrix.select(myth: id)
    }
  }

  /// The header, then the matrix with the cursor's cell in words below it.
  static func render(_ state: AppState, into buffer: inout Buffer, _ layout: Layout) {
    var model = state.screens[.stances]?.custom as? Model
    bringInStep(&model, state)
    guard let matrix = model?.matrix else { return }
    let focused = state.focus == .list && state.overlay == nil
    let header = layout.listHeader
    let differing = matrix.rows.count { $0.disagrees }
    var title =
      "Stances: \(Counted.text(matrix.rows.count, "claim")) × "
      + "\(Counted.text(matrix.columns.count, "source")), oldest first"
      + " · \(state.ascii ? "!" : "≠") \(differing) where sources differ"
    let filter = state.screens[.stances]?.list.textFilter ?? ""
    if !filter.isEmpty { title += " · matching \u{201C}\(filter)\u{201D}" }
    state.writePaneTitle(title, focused: focused, in: header, &buffer)
    let rect = layout.listContent
    matrix.layout().draw(
      into: &buffer, at: (rect.x, rect.y), clip: rect, focused: focused, state.ctx)
  }

  /// A click on a cell moves the cursor there; the wheel moves through the claims.
  static func mouse(_ event: MouseEvent, _ state: inout AppState) -> Bool {
    let rect = state.layout.listContent
    guard rect.contains(x: event.x, y: event.y) else { return false }
    state.withMatrix { matrix in
      switch event.kind {
      case .wheelUp: for _ in 0..<3 { matrix.moveUp() }
      case .wheelDown: for _ in 0..<3 { matrix.moveDown() }
      case .release: break
      case .press:
        if let cell = matrix.cell(atX: event.x - rect.x, y: event.y - rect.y) {
          matrix.move(row: cell.row)
          if let column = cell.column { matrix.moveTo(column: column) }
        }
      }
    }
    return true
  }
}

extension AppState {
  /// The Stances screen's matrix as it stands (made on first use).
  var stancesMatrix: ClaimsMatrix {
    var model = screens[.stances]?.custom as? StancesScreen.Model
    StancesScreen.bringInStep(&model, self)
    return model!.matrix
  }

  /// Changes the matrix (made or brought in step first), then puts its myth in the list.
  mutating func withMatrix(_ change: (inout ClaimsMatrix) -> Void) {
    var model = screens[.stances]?.custom as? StancesScreen.Model
    screens[.stances]?.custom = nil
    StancesScreen.bringInStep(&model, self)
    change(&model!.matrix)
    if let myth = model!.matrix.selectedMythID { screens[.stances]?.list.select(.myth(myth)) }
    screens[.stances]?.custom = model
  }
}
