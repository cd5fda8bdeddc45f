import ArgumentParser
import DossierCharts
import DossierModel
import Foundation

/// `dossier-bench chart DIR`: time to lay out one frame of the swimlane chart after a key
/// (pan, zoom, step), at each zoom, and of the sources-by-claims matrix.
struct ChartFrames: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chart", abstract: "Measure swimlane chart and matrix frame layout on a corpus.")
  @Argument var directory: String
  @Option(help: "Terminal width.") var width = 200
  @Option(help: "Terminal height.") var height = 60

  func run() throws {
    let corpus = CorpusLoader.load(try CorpusInput.read(directory: directory))
    let start = DispatchTime.now()
    var chart = SwimlaneChart(corpus: corpus, width: width, height: height)
    let setup = Clock.seconds(since: start)
    print(
      "\(corpus.events.count) events, \(width)x\(height); chart setup \(String(format: "%.1f", setup * 1000)) ms"
    )
    func measure(_ label: String, _ count: Int, _ step: (inout SwimlaneChart) -> Void) {
      var times: [Double] = []
      for _ in 0..<count {
        let t = DispatchTime.now()
        step(&chart)
        _ = chart.frame()
        times.append(Clock.seconds(since: t) * 1000)
      }
      times.sort()
      print(
        String(
          format: "%-30@ %4d frames  median %7.2f ms  p99 %7.2f ms  max %7.2f ms",
          label as NSString, times.count, times[times.count / 2],
          times[min(times.count - 1, times.count * 99 / 100)], times.last!))
    }
    chart.jump(toYear: 1990)
    for zoom in ChartZoom.allCases {
      chart.setZoom(zoom)
      measure("\(zoom.name): pan right", 100) { $0.pan(columns: 1) }
      measure("\(zoom.name): pan page left", 20) { $0.pan(pages: -1) }
      measure("\(zoom.name): next event", 100) { $0.selectNext() }
    }
    measure("zoom in and out", 60) { chart in
      if chart.zoom == .months { chart.setZoom(.decades) } else { chart.zoomIn() }
    }
    measure("jump to a year", 20) { $0.jump(toYear: 1900 + Int.random(in: 0...120)) }
    let filterStart = DispatchTime.now()
    chart.setFilter(EventFilter(lanes: ["exercises"]))
    print(String(format: "filter by lane: %.1f ms", Clock.seconds(since: filterStart) * 1000))
    let matrixStart = DispatchTime.now()
    var matrix = ClaimsMatrix(corpus: corpus, width: width, height: height)
    let matrixSetup = Clock.seconds(since: matrixStart)
    var times: [Double] = []
    for _ in 0..<50 {
      let t = DispatchTime.now()
      matrix.moveDown()
      _ = matrix.layout()
      times.append(Clock.seconds(since: t) * 1000)
    }
    times.sort()
    print(
      String(
        format: "matrix: %d rows x %d sources, setup %.1f ms, frame median %.2f ms, max %.2f ms",
        matrix.rows.count, matrix.columns.count, matrixSetup * 1000, times[times.count / 2],
        times.last!))
  }
}
