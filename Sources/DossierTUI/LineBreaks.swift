/// Where a long text breaks into rows of a given width, found in one pass over its UTF-8 bytes.
///
/// ``Wrap`` lays out styled runs word by word and suits text of ordinary length. A paragraph of
/// megabytes needs only the offsets where its rows start; each row is then made when it is drawn.
/// Widths are counted per scalar (``TextWidth``'s rules: wide characters two cells, combining
/// marks and control characters none), which agrees with the per-grapheme count for all text but
/// a few emoji sequences; a row drawn is clipped to its width in any case.
public enum LineBreaks {
  /// The byte offset where each row of `text` starts (the first is 0). A row breaks after a
  /// space (or tab or line break) when the next word would pass `width` cells, and inside a word
  /// longer than a row. Spaces at the end of a row stay on it (a drawn row trims them).
  public static func starts(of text: String, width: Int) -> [Int] {
    var copy = text
    return copy.withUTF8 { starts(of: $0, width: width) }
  }

  /// ``starts(of:width:)`` over UTF-8 bytes that are whole scalars.
  public static func starts(of bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [Int] {
    let width = max(1, width)
    var starts = [0]
    var rowStart = 0
    var column = 0
    // The byte after the row's last space, and the cells used up to it.
    var breakAt = -1
    var columnAtBreak = 0
    var i = 0
    let count = bytes.count
    while i < count {
      let byte = bytes[i]
      var cells = 1
      var length = 1
      if byte < 0x80 {
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
          column += 1
          i += 1
          breakAt = i
          columnAtBreak = column
          continue
        }
        if byte < 0x20 || byte == 0x7F { cells = 0 }
      } else {
        length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length where i + k < count {
          value = value << 6 | UInt32(bytes[i + k] & 0x3F)
        }
        if value < 0xA0 || TextWidth.isZeroWidth(value) {
          cells = 0
        } else if TextWidth.isWide(value) {
          cells = 2
        }
      }
      if column + cells > width && column > 0 {
        if breakAt > rowStart {
          rowStart = breakAt
          column -= columnAtBreak
        } else {
          rowStart = i
          column = 0
        }
        starts.append(rowStart)
        breakAt = -1
      }
      column += cells
      i += length
    }
    return starts
  }
}
