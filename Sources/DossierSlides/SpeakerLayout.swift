/// The speaker view laid out for a terminal: the state line at the top, the note and the next
/// slide (what a speaker looks at), the clocks in big type where they fit, and the slide the
/// audience sees beside them on a wide screen (below them on a narrow one).
public enum SpeakerLayout {
  /// Lines (in the roles of ``SlideLayout/Line``) for a `width` × `height` terminal.
  public static func layout(
    _ view: SpeakerView, width: Int, height: Int, unicode: Bool = true
  )
    -> [SlideLayout.Line]
  {
    let width = max(1, width)
    let height = max(1, height)
    var lines: [SlideLayout.Line] = []
    // The state line: where, and the clocks in words.
    lines.append(
      .init(x: 0, y: 0, text: CellWidth.truncate(view.position, to: width), role: .label))
    let status = view.status
    var top = 1
    if CellWidth.of(view.position) + 3 + CellWidth.of(status) <= width {
      lines.append(.init(x: width - CellWidth.of(status), y: 0, text: status, role: .badge))
    } else if height > 1 {
      lines.append(.init(x: 0, y: 1, text: CellWidth.truncate(status, to: width), role: .badge))
      top = 2
    }
    if view.blank || view.confirmingLeave, top < height {
      let text =
        view.confirmingLeave ? "THE PRESENTER ASKS WHETHER TO LEAVE" : "AUDIENCE SCREEN BLANK"
      lines.append(.init(x: 0, y: top, text: CellWidth.truncate(text, to: width), role: .more))
      top += 1
    }
    top += 1

    // The speaker's column: the clocks, the note, the next slide.
    let wide = width >= 110 && height >= 20
    let side = wide ? max(40, width * 2 / 5) : width
    var y = top
    func put(_ text: String, _ role: SlideLayout.Line.Role, x: Int = 0, width w: Int) {
      for row in CellWidth.wrap(text, width: w) where y < height {
        lines.append(.init(x: x, y: y, text: row, role: role))
        y += 1
      }
    }
    // The clocks: big, side by side, each under its label, when they fit; else one line.
    let countdown = view.countdown.map { String($0.split(separator: " ")[0]) }
    let paused = view.countdown?.hasSuffix("paused") == true
    let room = max(0, (height - top) / 4)
    var drawn = false
    for variant in BigType.Variant.candidates(unicode: unicode) where variant.rowsPerLine <= room {
      guard let elapsed = BigType.render(view.elapsed, in: variant, width: side) else { continue }
      var clocks = [("elapsed", 0, elapsed)]
      if let countdown {
        guard let next = BigType.render(countdown, in: variant, width: side),
          elapsed.width + 6 + next.width <= side
        else { continue }
        clocks.append((paused ? "next in (paused)" : "next in", elapsed.width + 6, next))
      }
      for (label, x, _) in clocks {
        lines.append(.init(x: x, y: y, text: label, role: .meta))
      }
      y += 1
      for (_, x, rendering) in clocks {
        for (r, row) in rendering.rows.enumerated() where y + r < height {
          lines.append(.init(x: x, y: y + r, text: trimmed(row), role: .date, bigType: true))
        }
      }
      y += elapsed.height
      drawn = true
      break
    }
    if !drawn {
      var clock = "elapsed " + view.elapsed
      if let countdown = view.countdown { clock += "   next in " + countdown }
      put(clock, .date, width: side)
    }
    y += 1
    if y < height { lines.append(.init(x: 0, y: y, text: "Note", role: .heading)) }
    y += 1
    put(view.note ?? "No note on this item.", view.note == nil ? .meta : .body, width: side)
    y += 1
    if y < height { lines.append(.init(x: 0, y: y, text: "Next", role: .heading)) }
    y += 1
    put(view.next ?? "Nothing: this is the end slide.", .headline, width: side)

    // The audience's slide, without big type, beside or below.
    let slideX = wide ? side + 3 : 0
    let slideTop = wide ? top : y + 1
    let slideWidth = wide ? width - slideX : width
    if slideTop + 3 <= height, slideWidth >= 20 {
      if slideTop < height {
        lines.append(.init(x: slideX, y: slideTop, text: "On the audience screen", role: .heading))
      }
      let slide = SlideLayout.layout(
        view.current, width: slideWidth, height: height - slideTop - 1, unicode: unicode,
        bigType: false)
      let first = slide.lines.map(\.y).min() ?? 0
      for line in slide.lines {
        var moved = line
        moved.x += slideX
        moved.y += slideTop + 1 - first
        if moved.y < height { lines.append(moved) }
      }
    }
    return lines
  }

  static func trimmed(_ row: String) -> String {
    var row = Substring(row)
    while row.last == " " { row = row.dropLast() }
    return String(row)
  }

  /// The speaker view as rows of exactly `width` cells (for tests and plain renderers).
  public static func rows(
    _ view: SpeakerView, width: Int, height: Int, unicode: Bool = true
  )
    -> [String]
  {
    SlideLayout(
      width: width, height: height,
      lines: layout(view, width: width, height: height, unicode: unicode),
      titleVariant: .plain, dateVariant: nil, omitted: 0
    ).rows()
  }
}
