import DossierModel
import DossierTUI

/// Marks, notes and briefings: the explorer's side of ``UserData``.
extension AppState {
  /// The item `m` marks and `a` annotates: the reader's paragraph, or the list's selection.
  var markTarget: ItemRef? {
    if reading { return detailSubject }
    if case .diagnostic = list.selected { return nil }
    return list.selected
  }

  mutating func toggleMark() -> Effect? {
    guard let ref = markTarget else {
      message = "Nothing to mark here"
      return nil
    }
    let marked = userData.toggleMark(ref)
    let count = userData.currentBriefing.items.count
    message =
      (marked ? "Marked" : "Unmarked")
      + " in briefing \u{201C}\(userData.current)\u{201D} (\(Counted.text(count, "item")))"
    return .saveUserData
  }

  /// Stores the text an external editor returned as the note of `ref`.
  public mutating func finishNote(_ text: String, for ref: ItemRef) -> Effect? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty {
      message = userData.removeNote(for: ref) ? "Note removed" : "No note written"
    } else {
      userData.setNote(trimmed, for: ref)
      message = "Note saved"
    }
    return .saveUserData
  }

  mutating func saveNote(_ text: String) -> Effect? {
    guard let ref = markTarget else { return nil }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty {
      message = userData.removeNote(for: ref) ? "Note removed" : nil
    } else {
      userData.setNote(trimmed, for: ref)
      message = "Note saved"
    }
    return .saveUserData
  }

  /// `J` / `K`: moves the selected item down or up within the current briefing.
  mutating func moveMarked(by delta: Int) -> Effect? {
    guard let ref = markTarget, userData.isMarked(ref) else {
      message = "Mark the item (m) to place it in the briefing"
      return nil
    }
    do {
      let moved = delta > 0 ? try userData.moveItemDown(ref) : try userData.moveItemUp(ref)
      let items = userData.currentBriefing.items
      let position = (items.firstIndex(of: ref.description) ?? 0) + 1
      message =
        moved ? "Position \(position) of \(items.count) in the briefing" : "Already at that end"
      return moved ? .saveUserData : nil
    } catch {
      message = "\(error)"
      return nil
    }
  }

  /// `B`: switch, create, rename or delete briefings; orphaned marks are listed too.
  mutating func openBriefingPicker() {
    var options: [PickerOverlay.Option] = []
    for briefing in userData.briefings {
      let current = briefing.name == userData.current ? " (current)" : ""
      options.append(
        .init(
          label:
            "Switch to \u{201C}\(briefing.name)\u{201D}: \(Counted.text(briefing.items.count, "item"))\(current)",
          action: .switchBriefing(briefing.name)))
    }
    options.append(.init(label: "New briefing…", action: .newBriefing))
    options.append(
      .init(label: "Rename \u{201C}\(userData.current)\u{201D}…", action: .renameBriefing))
    options.append(
      .init(label: "Delete \u{201C}\(userData.current)\u{201D}…", action: .askDeleteBriefing))
    for orphan in userData.orphans(in: corpus) {
      options.append(
        .init(label: "Orphaned (no longer in the corpus, kept): \(orphan)", action: .none))
    }
    var picker = PickerOverlay(title: "Briefings", options: options)
    picker.createsBriefing = true
    overlay = .picker(picker)
  }

  mutating func choose(_ action: PickerAction) -> Effect? {
    switch action {
    case .filter(let filter):
      apply(filter)
      return nil
    case .switchBriefing(let name):
      do {
        try userData.switchBriefing(to: name)
        message = "Briefing \u{201C}\(name)\u{201D}"
        return .saveUserData
      } catch {
        message = "\(error)"
        return nil
      }
    case .newBriefing:
      input = Prompt(.briefingName(renaming: false), text: "")
    case .createBriefing(let name):
      return nameBriefing(name, renaming: false)
    case .renameBriefing:
      input = Prompt(.briefingName(renaming: true), text: userData.current)
    case .askDeleteBriefing:
      askToDeleteBriefing()
    case .deleteBriefing:
      let name = userData.current
      do {
        try userData.deleteBriefing(name)
        message =
          "Deleted briefing \u{201C}\(name)\u{201D}; now \u{201C}\(userData.current)\u{201D}"
        return .saveUserData
      } catch {
        message = "\(error)"
      }
    case .goTo(let ref):
      follow(ref)
    case .none:
      break
    }
    return nil
  }

  /// Deleting a briefing asks first, saying what would go.
  mutating func askToDeleteBriefing() {
    let name = userData.current
    let count = userData.currentBriefing.items.count
    overlay = .picker(
      PickerOverlay(
        title: "Delete the briefing \u{201C}\(name)\u{201D}?",
        options: [
          .init(label: "No, keep it", action: .none),
          .init(
            label:
              "Yes, delete \u{201C}\(name)\u{201D} and its \(Counted.text(count, "mark"))",
            action: .deleteBriefing),
        ]))
  }

  mutating func nameBriefing(_ name: String, renaming: Bool) -> Effect? {
    do {
      let final =
        renaming
        ? try userData.renameBriefing(userData.current, to: name)
        : try userData.createBriefing(name)
      message = (renaming ? "Renamed to " : "New briefing ") + "\u{201C}\(final)\u{201D}"
      return .saveUserData
    } catch {
      message = "\(error)"
      return nil
    }
  }
}
