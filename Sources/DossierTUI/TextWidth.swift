/// Display width of text in terminal cells, measured per grapheme cluster: CJK and emoji take
/// two cells, combining marks and zero-width characters none, control characters none (they
/// are never drawn).
public enum TextWidth {
  /// The number of cells a grapheme cluster occupies.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    let v = first.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    if v < 0x300 { return 1 }
    if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    if isWide(v) { return 2 }
    if isZeroWidth(v) { return 0 }
    return 1
  }

  /// The number of cells a string occupies.
  public static func of(_ text: String) -> Int {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  static func isZeroWidth(_ v: UInt32) -> Bool {
    (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || (0x2028...0x202E).contains(v)
      || (0x2060...0x206F).contains(v) || (0xFE00...0xFE0F).contains(v) || v == 0xFEFF
  }

  /// East Asian Wide and Fullwidth ranges, and emoji.
  static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
      0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
      0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
      0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
      0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55, 0x2E80...0x303E,
      0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
      0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF,
      0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
