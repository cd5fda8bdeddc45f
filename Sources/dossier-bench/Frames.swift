import ArgumentParser
import DossierModel
import DossierUI
import Foundation

/// `dossier-bench frames DIR`: time from a key to a finished frame in the explorer's timeline,
/// while scrolling and while filtering as you type, and in the timeline chart while panning,
/// zooming and stepping (the app's update step plus rendering into the cell buffer; the
/// terminal's own output is not included).
struct Frames: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure key-to-frame latency of the explorer on a corpus folder.")
  @Argument var directory: String
  @Option(help: "Terminal width.") var width = 120
  @Option(help: "Terminal height.") var height = 40

  func run() throws {
    let corpus = CorpusLoader.load(try CorpusInput.read(directory: directory))
    let start = DispatchTime.now()
    var state = AppState(
      corpus: corpus, theme: Theme(.default), size: Size(width: width, height: height))
    let setup = Clock.seconds(since: start)
    _ = state.handle(.key(.character("2")))
    _ = state.render()

    func measure(_ label: String, _ keys: [Key]) {
      var times: [Double] = []
      for key in keys {
        let t = DispatchTime.now()
        _ = state.handle(.key(key))
        _ = state.render()
        times.append(Clock.seconds(since: t) * 1000)
      }
      times.sort()
      print(
        String(
          format: "%-28@ %5d keys  median %7.2f ms  p99 %7.2f ms  max %7.2f ms", label as NSString,
          times.count, times[times.count / 2], times[min(times.count - 1, times.count * 99 / 100)],
          times.last!))
    }
    print(
      "\(corpus.events.count) events, \(width)x\(height); app setup \(String(format: "%.0f", setup * 1000)) ms"
    )
    measure("scroll j", Array(repeating: .character("j"), count: 300))
    measure("page down", Array(repeating: .pageDown, count: 100))
    measure(
      "detail focus and links", [.enter] + Array(repeating: .character("j"), count: 50) + [.escape])
    measure(
      "filter: type 4 letters",
      [.character("/"), .character("z"), .character("h"), .character("a"), .character("r")])
    measure(
      "filter: delete and clear",
      [.backspace, .backspace, .backspace, .backspace, .escape, .escape])
    measure(
      "jump to year :1950",
      [.character(":"), .character("1"), .character("9"), .character("5"), .character("0")])
    measure(
      "switch views 1-4", [.character("1"), .character("3"), .character("4"), .character("2")])
    // The timeline as a chart (`v`): made once, then panned, zoomed and stepped through.
    measure("chart: open (v)", [.character("v")])
    measure(
      "chart: pan → then ←",
      Array(repeating: .right, count: 100) + Array(repeating: .left, count: 100))
    measure(
      "chart: pan a page",
      Array(repeating: .pageDown, count: 30) + Array(repeating: .pageUp, count: 30))
    measure(
      "chart: zoom + − − +",
      Array(
        repeating: [Key.character("+"), .character("-"), .character("-"), .character("+")],
        count: 25
      )
      .flatMap { $0 })
    measure("chart: next event l", Array(repeating: .character("l"), count: 200))
    measure(
      "chart: lane below/above j k",
      Array(repeating: [Key.character("j"), .character("k")], count: 50).flatMap { $0 })
    measure(
      "chart: jump :1950",
      [.character(":"), .character("1"), .character("9"), .character("5"), .character("0"), .enter])
    measure("chart: back to the list (v)", [.character("v")])
  }
}
