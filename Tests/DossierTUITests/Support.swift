import DossierTUI

let bold = Style(bold: true)
let reverse = Style(reverse: true)
let dim = Style(dim: true)

extension Buffer {
  /// Each row as text, without trimming, so that widths can be checked exactly.
  var rows: [String] {
    (0..<size.height).map { y in (0..<size.width).map { self[$0, y].symbol }.joined() }
  }

  /// Each row with `#` where a cell has `style` and `.` elsewhere: styles made visible.
  func mask(_ style: Style) -> [String] {
    (0..<size.height).map { y in
      String((0..<size.width).map { self[$0, y].style == style ? "#" : "." })
    }
  }
}

func buffer(_ width: Int, _ height: Int) -> Buffer {
  Buffer(size: Size(width: width, height: height))
}
