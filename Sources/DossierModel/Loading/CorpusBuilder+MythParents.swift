/// The check that myths' parents form a tree: a myth that is its own parent, or a chain of
/// parents that comes back to where it started, is reported and its link to the parent dropped,
/// so that every view (and every walk up or down the tree) sees a tree.
extension CorpusBuilder {
  mutating func checkMythParents() {
    // Where each myth's `parent` is written: the myth references made by a myth.
    var parentSpans: [String: SourceSpan] = [:]
    for references in referenceLists {
      for reference in references {
        guard case .myth = reference.kind, case .myth(let owner) = reference.owner else {
          continue
        }
        if parentSpans[owner] == nil { parentSpans[owner] = reference.span }
      }
    }
    // 0: not seen, 1: on the current walk, 2: done (known to reach a root).
    var state = [UInt8](repeating: 0, count: myths.count)
    for start in myths.indices where state[start] == 0 {
      var path: [Int] = []
      var current: Int? = start
      while let m = current, state[m] == 0 {
        state[m] = 1
        path.append(m)
        current = myths[m].parent.flatMap { index.mythByID[$0] }
      }
      if let m = current, state[m] == 1 {
        // The walk came back to `m`: the links from `m` round to `m` form a cycle. The last
        // myth of the path closes it and loses its parent.
        let cycle = path[path.firstIndex(of: m)!...].map { myths[$0].id }
        let closer = path.last!
        let id = myths[closer].id
        let span = parentSpans[id] ?? SourceSpan(file: 0, offset: 0, length: 1)
        if cycle.count == 1 {
          diagnostics.append(
            Diagnostic(
              .mythCycle, nil, "myth '\(id)' is its own parent", at: span,
              hint: "remove 'parent', or name the claim this one belongs to"))
        } else {
          let chain = (cycle + [cycle[0]]).map { "'\($0)'" }.joined(separator: " > ")
          diagnostics.append(
            Diagnostic(
              .mythCycle, nil, "the parents of these myths go round in a circle: \(chain)",
              at: span, hint: "one of them must be a top-level claim; remove its 'parent'"))
        }
        myths[closer].parent = nil
      }
      for m in path { state[m] = 2 }
    }
  }
}
