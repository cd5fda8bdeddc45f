import ArgumentParser
import DossierModel
import DossierUI
import Foundation

extension Find {
  /// Types the find into the explorer's reader, opened on `text` as the one paragraph of a
  /// document added to the corpus at `folder`: each key's update and frame, as a person waits
  /// for it (the first frame of the reader, and moving in it, too).
  func typeInReader(_ text: String, corpus folder: String) throws {
    let input = try CorpusInput.read(directory: folder)
    guard let source = CorpusLoader.load(input).sources.first?.id else {
      throw ValidationError("no source in \(folder)")
    }
    let document = """
      ---
      id: long-paragraph
      source: \(source)
      title: One long paragraph
      ---

      ## All of it {#all}

      \(text)

      """
    let files =
      input.files + [
        CorpusInput.File(path: "documents/long-paragraph.md", bytes: Array(document.utf8))
      ]
    let corpus = CorpusLoader.load(CorpusInput(root: folder, files: files))
    var state = AppState(
      corpus: corpus, theme: Theme(.default), size: Size(width: 120, height: 40))
    func timed(_ keys: [Key]) -> Double {
      let start = DispatchTime.now()
      for key in keys {
        _ = state.handle(.key(key))
        _ = state.render()
      }
      return Clock.seconds(since: start) * 1000
    }
    var start = DispatchTime.now()
    state.start(at: .paragraph(Citation(document: "long-paragraph", section: "all", paragraph: 1)))
    _ = state.render()
    print(String(format: "reader: opened in %.1f ms", Clock.seconds(since: start) * 1000))
    print(String(format: "reader: j then k %.1f ms", timed([.character("j"), .character("k")])))
    _ = timed([.character("/")])
    var worst = 0.0
    var keys: [String] = []
    for character in typed {
      let ms = timed([.character(character)])
      worst = max(worst, ms)
      keys.append(String(format: "%@ %.0f", String(character), ms))
    }
    print("reader: find, ms a key: " + keys.joined(separator: " · "))
    start = DispatchTime.now()
    _ = timed([.enter, .character("n")])
    print(
      String(
        format: "reader: slowest find key %.1f ms; Enter and n %.1f ms", worst,
        Clock.seconds(since: start) * 1000))
  }
}
