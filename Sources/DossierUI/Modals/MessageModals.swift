import DossierModel
import DossierTUI

/// The box shown when quitting cannot save the marks and notes: the whole reason, and a
/// choice that never loses them silently.
extension AppState {
  func renderUnsaved(_ reason: String, _ buffer: inout Buffer, in box: Rect) {
    let width = min(box.width, 76)
    let inner = Rect(x: 0, y: 0, width: width - 4, height: 1)
    let lines =
      ["Your marks and notes could not be saved:", ""]
      + TextLayout.wrap(reason, width: inner.width)
      + [
        "", "r  try to save again and quit",
        "w  write them to a file in your home folder",
        "Q  quit without saving (they are lost)",
        "Esc  go back to the explorer",
      ]
    let rect = box.centered(width: width, height: min(box.height, lines.count + 2))
    drawBox(&buffer, rect, title: "Not saved")
    for (i, line) in lines.prefix(rect.height - 2).enumerated() {
      buffer.write(
        line, x: rect.x + 2, y: rect.y + 1 + i, style: style(i == 0 ? .warning : .normal),
        maxX: rect.maxX - 1)
    }
  }
}

/// `M`: every status message of the session, wrapped to the box, so that no reason is lost to
/// the width of the status line.
extension AppState {
  /// The log's lines at the width of the box, each message after a bullet.
  func messageRows() -> [String] {
    let width = max(10, layout.overlayBox.inset(1).width - 4)
    var rows: [String] = []
    for message in ctx.messageLog {
      for (i, line) in TextLayout.wrap(message, width: width).enumerated() {
        rows.append((i == 0 ? "• " : "  ") + line)
      }
    }
    return rows.isEmpty ? ["No messages yet."] : rows
  }

  func renderMessages(scroll: Int, _ buffer: inout Buffer, in box: Rect) {
    drawBox(&buffer, box, title: "Messages — ↑↓ PgUp PgDn scroll · any other key closes")
    let inner = box.inset(1)
    let rows = messageRows()
    let start = min(scroll, max(0, rows.count - inner.height))
    for (i, row) in rows.dropFirst(start).prefix(inner.height).enumerated() {
      buffer.write(row, x: inner.x + 1, y: inner.y + i, style: style(.normal), maxX: inner.maxX)
    }
  }
}
