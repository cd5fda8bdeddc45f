import DossierCharts
import DossierModel
import DossierTUI

/// The Disputes screen's list: every disagreement, grouped by what the sources disagree on
/// (dates, figures, readings, names), in corpus order within each group.
struct DisputesSource: ListSource {
  var emptyMessage: String { "The sources of this corpus disagree on nothing recorded." }

  func entries(_ ctx: AppContext, filter: EventFilter) -> [ListEntry] {
    var entries: [ListEntry] = []
    for group in ctx.disagreements.byAspect where !group.disagreements.isEmpty {
      let heading = DisagreementGrid.heading(group.aspect)
      entries.append(.heading("\(heading) (\(group.disagreements.count))", .heading))
      for d in group.disagreements {
        entries.append(.item(.disagreement(ctx.corpus.disagreements[d].id), depth: 0))
      }
    }
    return entries
  }

  func row(_ ref: ItemRef, _ ctx: AppContext, width: Int, depth: Int) -> [DetailLine.Segment] {
    guard case .disagreement(let id) = ref, let d = ctx.corpus.disagreement(id) else {
      return titleRow(ref, ctx.corpus)
    }
    return [
      .init(text: "≠ about " + DisputesScreen.about(d, ctx.corpus), role: .normal),
      .init(text: "  \(d.versions.count) versions", role: .dim),
    ]
  }
}
