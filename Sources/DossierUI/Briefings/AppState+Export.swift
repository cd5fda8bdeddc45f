import DossierModel
import DossierTUI

/// `e`: the export box over the explorer, and what it asks the runtime to write.
extension AppState {
  /// Opens the export box: on the Briefing screen for the briefing, elsewhere for the list on
  /// screen (Markdown, a file under the current folder); every choice can be changed there.
  mutating func openExport() {
    let scope: ExportBox.Scope = view.exportsBriefing ? .briefing : .view
    overlay = .export(ExportBox(scope: scope, fileName: "\(exportName(scope)).md"))
  }

  /// The suggested file name of a scope, without its extension: `dossier-briefing-room`,
  /// `dossier-timeline`, `dossier-zapad-2017`.
  func exportName(_ scope: ExportBox.Scope) -> String {
    let words: String
    switch scope {
    case .briefing: words = "briefing " + userData.current
    case .view: words = view.title
    case .item: words = markTarget.map { corpus.title(of: $0) } ?? "item"
    }
    let slug = String(Identifier.slug(words).prefix(48))
    return "dossier-" + (slug.isEmpty ? "export" : slug)
  }

  /// What a scope holds now, as the runtime is to write it (the file name aside).
  func exportContent(
    _ scope: ExportBox.Scope
  ) -> (
    items: [ItemRef], missing: [String], briefing: String?, title: String?, filter: String?
  ) {
    switch scope {
    case .briefing:
      let selection = userData.selection(ofBriefing: userData.current, in: corpus)
      return (selection.items, selection.missing, userData.current, nil, nil)
    case .view:
      let items = list.itemRows.compactMap { row -> ItemRef? in
        if case .item(let ref, _) = list.entries[row] { ref } else { nil }
      }
      var filters: [String] = []
      if view.jumpsToYears, !timelineFilter.isEmpty { filters.append(timelineFilter.description) }
      if !list.textFilter.isEmpty { filters.append("text \u{201C}\(list.textFilter)\u{201D}") }
      let title = view.exportTitled ? "\(corpus.manifest.title): \(view.title)" : nil
      return (items, [], nil, title, filters.isEmpty ? nil : filters.joined(separator: ", "))
    case .item:
      return (markTarget.map { [$0] } ?? [], [], nil, nil, nil)
    }
  }

  /// A scope in words, with what it holds: "this briefing “room” (4 items)".
  func exportLabel(_ scope: ExportBox.Scope) -> String {
    let content = exportContent(scope)
    let count = content.items.count + content.missing.count
    let what = Counted.text(count, "item")
    switch scope {
    case .briefing: return "this briefing \u{201C}\(userData.current)\u{201D} (\(what))"
    case .view:
      let filtered = content.filter.map { ", \($0)" } ?? ""
      return "the \(view.title) list as shown (\(what)\(filtered))"
    case .item:
      guard let ref = markTarget else { return "the selected item (nothing is selected)" }
      return "the selected item: \(corpus.title(of: ref))"
    }
  }

  /// What the chosen format cannot hold of the chosen items, in words (nil when nothing).
  func exportLeftOut(_ box: ExportBox) -> String? {
    let content = exportContent(box.scope)
    let left = box.format.leftOut(
      of: ExportSelection(items: content.items, missing: content.missing), in: corpus)
    guard !left.isEmpty else { return nil }
    let holds = box.format == .csv ? "events only" : "dated events only"
    return "\(box.format.rawValue) holds \(holds): it leaves out \(ExportSelection.describe(left))"
      + " (md and json hold every item)"
  }

  /// A key in the export box: Tab and the arrows move between the rows and the choices, the
  /// file row edits its name, Enter writes, Esc closes.
  mutating func handleExportKey(_ key: Key, _ box: inout ExportBox) -> Effect? {
    box.failure = nil
    let fields = ExportBox.Field.allCases
    switch key {
    case .escape:
      overlay = nil
      return nil
    case .enter:
      return exportEffect(&box)
    case .tab, .down:
      box.field = fields[(box.field.rawValue + 1) % fields.count]
    case .backTab, .up:
      box.field = fields[(box.field.rawValue + fields.count - 1) % fields.count]
    case .left where box.field != .path, .right where box.field != .path,
      .character(" ") where box.field != .path:
      box.cycle(key == .left ? -1 : 1) { exportName($0) }
    default:
      guard box.field == .path else { return nil }
      if box.path.handle(key) == .edited {
        box.pathEdited = true
        box.replacing = nil
      }
    }
    return nil
  }

  /// Enter in the export box: the request, or why there is none (said in the box).
  mutating func exportEffect(_ box: inout ExportBox) -> Effect? {
    let content = exportContent(box.scope)
    if content.items.isEmpty {
      box.failure =
        box.scope == .briefing
        ? "Nothing to export: the briefing is empty (mark items with m)"
        : "Nothing to export here"
      return nil
    }
    let name = box.fileName.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else {
      box.failure = "Give the file a name"
      box.field = .path
      return nil
    }
    return .export(
      ExportRequest(
        format: box.format, items: content.items, missing: content.missing,
        briefing: content.briefing, title: content.title, filter: content.filter, path: name,
        folder: ctx.folder, replace: box.replacing != nil))
  }

  /// What the runtime did with an export: the status line (and `M`) has the full path; a file
  /// in the way, or a failure, is said in the box, which stays open.
  mutating func receiveExport(_ outcome: ExportOutcome) {
    guard case .export(var box) = overlay else {
      if case .written(_, let note) = outcome { message = note }
      return
    }
    switch outcome {
    case .written(_, let note):
      overlay = nil
      message = note
    case .exists(let path):
      box.replacing = path
      overlay = .export(box)
    case .failed(let reason):
      box.failure = reason
      overlay = .export(box)
      message = "Not exported: \(reason)"
    }
  }
}
