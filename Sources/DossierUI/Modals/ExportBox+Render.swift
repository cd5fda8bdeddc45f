import DossierModel
import DossierTUI

extension AppState {
  /// The export box, centred: the format and what to export as rows of choices (the chosen one
  /// marked `(•)` and highlighted), the file name being edited and its folder, what the format
  /// leaves out, and why the last try failed. The row with the keys is marked `›`.
  func renderExport(_ box: ExportBox, _ buffer: inout Buffer) {
    let width = min(size.width - 4, 96)
    let height = min(size.height - 2, 15)
    let rect = Rect(
      x: (size.width - width) / 2, y: max(0, (size.height - height) / 2), width: width,
      height: height)
    drawBox(&buffer, rect, title: "Export — Tab next row · ←→ choose · Enter writes · Esc closes")
    let inner = rect.inset(1)
    let labelX = inner.x + 1
    let valueX = inner.x + 11
    var y = inner.y + 1
    func label(_ text: String, _ field: ExportBox.Field) {
      let focused = box.field == field
      buffer.write(
        (focused ? "› " : "  ") + text, x: labelX, y: y, style: style(focused ? .title : .normal),
        maxX: valueX)
    }
    func choice(_ text: String, chosen: Bool, x: Int) -> Int {
      let mark = chosen ? "(•) " : "( ) "
      return buffer.write(
        mark + text, x: x, y: y, style: style(chosen ? .selected : .normal), maxX: inner.maxX)
    }

    label("Format", .format)
    var x = valueX
    for format in ExportBox.formats {
      x = choice(format.rawValue, chosen: box.format == format, x: x) + 2
    }
    y += 2
    label("What", .scope)
    for scope in ExportBox.Scope.allCases where y < inner.maxY {
      _ = choice(exportLabel(scope), chosen: box.scope == scope, x: valueX)
      y += 1
    }
    y += 1
    label("File", .path)
    let fieldWidth = max(10, inner.maxX - valueX - 1)
    if box.field == .path {
      _ = box.path.draw(
        in: Rect(x: valueX, y: y, width: fieldWidth, height: 1), into: &buffer,
        style: style(.input))
    } else {
      buffer.write(box.fileName, x: valueX, y: y, style: style(.normal), maxX: inner.maxX)
    }
    y += 1
    buffer.write("in " + ctx.folder, x: valueX, y: y, style: style(.dim), maxX: inner.maxX)
    y += 2
    var notes: [(String, Role)] = []
    if let replacing = box.replacing {
      notes.append(("\(replacing) exists: Enter again replaces it", .warning))
    }
    if let failure = box.failure { notes.append((failure, .error)) }
    if let left = exportLeftOut(box) { notes.append((left, .dim)) }
    for (text, role) in notes {
      for row in TextLayout.wrap(text, width: inner.width - 2) where y < inner.maxY {
        buffer.write(row, x: labelX, y: y, style: style(role), maxX: inner.maxX)
        y += 1
      }
    }
  }
}
