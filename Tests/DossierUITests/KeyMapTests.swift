import DossierModel
import Foundation
import Testing

@testable import DossierUI

@Suite("Key maps")
struct KeyMapTests {
  /// Every context a key can be pressed in: each screen with its list, its detail pane and
  /// (for Documents) the reader focused.
  static func contexts() -> [(String, KeyMap<Action>)] {
    var contexts: [(String, KeyMap<Action>)] = []
    for id in ScreenID.allCases {
      var state = app(120, 40)
      state.view = id
      contexts.append(("\(id) list", merged(state.keyMaps)))
      state.focus = .detail
      contexts.append(("\(id) detail", merged(state.keyMaps)))
      if id == .timeline {
        state.focus = .list
        state.press(.character("v"))
        contexts.append(("\(id) chart", merged(state.keyMaps)))
        state.focus = .detail
        contexts.append(("\(id) chart detail", merged(state.keyMaps)))
      }
      if id.opensReader {
        state.focus = .list
        state.reader = ReaderScreen(document: "alpha")
        contexts.append(("\(id) reader", merged(state.keyMaps)))
      }
    }
    contexts.append(("presenter", KeyMaps.presenter))
    return contexts
  }

  static func merged(_ maps: [KeyMap<Action>]) -> KeyMap<Action> {
    maps.dropFirst().reduce(maps[0]) { $0.then($1) }
  }

  @Test func noTwoBindingsClashOnAnyScreen() {
    for (name, map) in Self.contexts() {
      #expect(map.clashes.isEmpty, "\(name): \(map.clashes)")
    }
  }

  @Test func everyBindingHasHelpAndEveryScreenANumberOrNone() {
    for map in KeyMaps.sections {
      for binding in map.bindings {
        #expect(!binding.label.isEmpty && !binding.help.isEmpty, "\(map.title)")
      }
    }
    let numbers = ScreenID.tabs.compactMap(\.number)
    #expect(numbers == Array(1...numbers.count))
  }

  @Test func theREADMEKeyTableIsTheKeyMaps() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appending(path: "README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let table = HelpText.markdownTable
    if !text.contains(table) {
      try? table.write(
        toFile: NSTemporaryDirectory() + "dossier-key-table.md", atomically: true, encoding: .utf8)
    }
    #expect(text.contains(table), "README's key table differs from HelpText.markdownTable")
  }

  @Test func statusHintsComeFromTheKeyMaps() {
    var state = app(120, 40)
    state.press(.character("2"))
    #expect(state.keyHints.map(\.key) == ["↵", "f", "g", "v", "/", "s", "?", "q"])
    state.press(.character("4"), .enter)
    #expect(
      state.keyHints.map(\.text) == [
        "links", "next section", "contents", "find", "back", "search", "help", "quit",
      ])
    let hinted = Set(KeyMaps.sections.flatMap(\.bindings).compactMap(\.hint?.key))
    for hint in state.keyHints { #expect(hinted.contains(hint.key)) }
  }
}
