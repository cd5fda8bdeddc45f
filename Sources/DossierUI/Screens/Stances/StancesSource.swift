import DossierCharts
import DossierModel
import DossierTUI

/// The Stances screen's list: the myths in the matrix's order (top-level claims, each followed
/// by its sub-claims). It is not drawn; it holds the matrix's claim, so that marks, notes and
/// going back work on it as on any list.
struct StancesSource: ListSource {
  var emptyMessage: String { "No myths in this corpus, so no stances to compare." }

  func entries(_ ctx: AppContext, filter: EventFilter) -> [ListEntry] {
    ClaimsMatrix(corpus: ctx.corpus, width: 1, height: 1).rows.map {
      .item(.myth($0.myth), depth: $0.depth)
    }
  }

  func row(_ ref: ItemRef, _ ctx: AppContext, width: Int, depth: Int) -> [DetailLine.Segment] {
    MythsSource().row(ref, ctx, width: width, depth: depth)
  }
}
