/// The glyphs of bars, arrows and the density strip, in Unicode or ASCII.
struct Glyphs {
  var bar: Character
  var open: Character
  var extent: Character
  var left: Character
  var right: Character
  var separator: Character
  var ellipsis: Character
  var levels: [Character]

  init(ascii: Bool) {
    if ascii {
      bar = "="
      open = "."
      extent = "-"
      left = "<"
      right = ">"
      separator = "|"
      ellipsis = "."
      levels = [" ", ".", ":", "-", "=", "x", "X", "%", "@"]
    } else {
      bar = "━"
      open = "┄"
      extent = "·"
      left = "◀"
      right = "▶"
      separator = "│"
      ellipsis = "…"
      levels = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    }
  }
}
