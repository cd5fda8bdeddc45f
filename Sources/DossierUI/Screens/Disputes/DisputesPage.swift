import DossierCharts
import DossierModel
import DossierTUI

extension DisputesScreen {
  /// The Disputes page laid out at a width: its rows, and where each disagreement begins and
  /// ends (by its index among the list's items).
  struct Page {
    struct Row {
      var segments: [DetailLine.Segment]
      /// A group's heading ("Readings (12)").
      var heading = false
    }

    var rows: [Row] = []
    /// Each disagreement's first row (its title) and the row after its last, in page order.
    var starts: [(item: Int, row: Int, end: Int)] = []

    /// The page of the Disputes list as it stands (after the `/` filter), as wide as its area.
    init(_ state: AppState) {
      self.init(state, width: state.layout.listContent.width - 1)
    }

    init(_ state: AppState, width: Int) {
      guard let list = state.screens[.disputes]?.list, width > 4 else { return }
      let corpus = state.corpus
      let inner = width - 4
      var item = 0
      for entry in list.entries {
        switch entry {
        case .heading(let text, _):
          if !rows.isEmpty { rows.append(Row(segments: [])) }
          rows.append(Row(segments: [.init(text: " ── \(text) ──", role: .heading)], heading: true))
          rows.append(Row(segments: []))
        case .item(let ref, _):
          defer { item += 1 }
          guard case .disagreement(let id) = ref, let d = corpus.disagreement(id) else { continue }
          let first = rows.count
          rows.append(
            Row(segments: [
              .init(text: " ≠ ", role: .warning),
              .init(text: "about " + DisputesScreen.about(d, corpus), role: .title),
              .init(text: "  [disagreement:\(d.id)]", role: .dim),
            ]))
          for line in TextLayout.wrap(d.note.plain, width: inner) {
            rows.append(Row(segments: [.init(text: "   " + line, role: .normal)]))
          }
          rows.append(Row(segments: []))
          let grid = DisagreementGrid.versions(d, in: corpus, width: inner, ascii: state.ascii)
          for line in grid.detailLines(indent: 0) {
            rows.append(Row(segments: [.init(text: "   ", role: .normal)] + line.segments))
          }
          starts.append((item, first, rows.count))
          rows.append(Row(segments: []))
        }
      }
    }
  }
}
