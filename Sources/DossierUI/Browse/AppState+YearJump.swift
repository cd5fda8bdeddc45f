import DossierModel
import DossierTUI

/// A `g` waiting for the key that says what it means: another `g` (or nothing within
/// ``AppState/prefixTimeout``) goes to the top, a digit starts a year, `Esc` cancels.
struct PendingG: Equatable {
  /// When `g` was pressed.
  var since: ContinuousClock.Instant
}

/// The year jump: `:` or `g` then a year, in the lists that have dates.
extension AppState {
  /// How long a `g` waits for the key that completes it, like vim's `timeoutlen`.
  static let prefixTimeout: Duration = .seconds(1)

  /// Whether the pending `g` has waited its time.
  var pendingGExpired: Bool {
    guard let pendingG else { return false }
    return ctx.now() - pendingG.since >= AppState.prefixTimeout
  }

  /// Milliseconds until the pending `g` expires (for the runtime's tick), if one waits.
  var pendingGRemaining: Int? {
    guard let pendingG else { return nil }
    let left = AppState.prefixTimeout - (ctx.now() - pendingG.since)
    return max(1, Int((left / .milliseconds(1)).rounded(.up)))
  }

  /// A tick: a `g` that waited its time goes to the top, as `g` alone does.
  mutating func expirePendingG() {
    guard pendingGExpired else { return }
    pendingG = nil
    _ = perform(.first)
  }

  /// A key while a `g` waits: true when the key completed it (and is used up).
  mutating func completePendingG(_ key: Key) -> Bool {
    guard pendingG != nil else { return false }
    let expired = pendingGExpired
    pendingG = nil
    if !expired {
      switch key {
      case .character(let c) where c.isASCII && c.isNumber:
        input = Prompt(.year, text: String(c), origin: location)
        previewYear()
        return true
      case .escape:
        message = "g cancelled"
        return true
      case .character("g"):
        _ = perform(.first)
        return true
      default:
        break
      }
    }
    // Any other key (or one after the wait): `g` meant the top, then the key does its part.
    _ = perform(.first)
    return false
  }

  /// The year prompt's keys: digits preview the jump at four digits, Enter keeps it, Esc goes
  /// back to where the prompt was opened. Once a year is shown, any other key keeps it and
  /// does what it does (`g2013` then `j`); before that the prompt keeps every key.
  mutating func handleYearKey(_ key: Key) -> Effect? {
    guard var prompt = input else { return nil }
    switch key {
    case .enter:
      input = nil
      if prompt.text.isEmpty { return nil }
      if prompt.previewed != prompt.text {
        prompt.note = jumpToYear(prompt.text, record: prompt.previewed == nil)
      }
      message = prompt.note
      return nil
    case .escape:
      input = nil
      cancelYearJump(prompt)
      return nil
    case .backspace where prompt.text.isEmpty:
      input = nil
      cancelYearJump(prompt)
      return nil
    default:
      break
    }
    switch prompt.field.handle(key) {
    case .edited:
      input = prompt
      previewYear()
      return nil
    case .moved:
      input = prompt
      return nil
    case .ignored:
      guard prompt.previewed != nil, prompt.previewed == prompt.text else { return nil }
      input = nil
      message = prompt.note
      return handleScreenKey(key)
    }
  }

  /// Jumps as soon as the prompt holds four digits (the prompt stays open: Enter keeps it).
  mutating func previewYear() {
    guard var prompt = input, prompt.kind == .year, prompt.text.count == 4,
      prompt.previewed != prompt.text
    else { return }
    prompt.note = jumpToYear(prompt.text, record: prompt.previewed == nil)
    prompt.previewed = prompt.text
    input = prompt
  }

  /// Esc in the year prompt: back to where it was opened (the jump leaves no history).
  mutating func cancelYearJump(_ prompt: Prompt) {
    guard prompt.previewed != nil, let origin = prompt.origin else { return }
    if history.last == origin { history.removeLast() }
    restore(origin)
    list.scroll = prompt.originScroll
  }

  /// Jumps to the first item of a year in the current list (events in the timeline, sources
  /// in Documents); returns what to tell the user when it landed elsewhere. A list without
  /// dates stays as it is and says where the year jump works.
  @discardableResult
  mutating func jumpToYear(_ text: String, record recording: Bool = true) -> String? {
    guard let year = Int(text) else { return nil }
    guard let datedBy = view.yearDates, !reading else {
      let place = reading ? "The reader" : "The \(view.title) list"
      return "\(place) has no years to jump to: try the Timeline (2) or Documents (4)"
    }
    let rows = list.itemRows
    guard !rows.isEmpty else { return "Nothing to jump to" }
    func date(_ i: Int) -> EDTFDate? {
      guard case .item(let ref, _) = list.entries[rows[i]] else { return nil }
      return datedBy(ref, corpus)
    }
    let noun = view.jumpsToYears ? "events" : "sources"
    var landing: YearLanding?
    if view.jumpsToYears {
      // Events are in date order: the model's binary search, as `timeline --year` uses.
      landing = Corpus.firstEvent(ofYear: year, count: rows.count) { date($0)! }
    } else if let i = rows.indices.first(where: { (date($0)?.startYear ?? Int.min) >= year }) {
      // Sources are few, and undated ones sort last: the first dated from that year on.
      let found = date(i)?.startYear ?? year
      landing = YearLanding(index: i, year: found, exact: found == year)
    }
    if recording { record() }
    guard let landing else {
      // Past the last item: the last one, said so (never the top of the list left selected).
      let last = rows.count - 1
      moveToYearLanding(YearLanding(index: last, year: year, exact: false))
      let shown = date(last)?.startYear.map { ", \($0)" } ?? ""
      return "No \(noun) from \(year) on; showing the last\(shown)"
    }
    moveToYearLanding(landing)
    return landing.exact ? nil : "No \(noun) in \(year); showing \(landing.year)"
  }

  /// Selects a year's landing with its year heading (and era heading) at the top of the list.
  mutating func moveToYearLanding(_ landing: YearLanding) {
    list.moveTo(landing.index)
    guard let row = list.selectedRow else { return }
    var top = row
    while top > 0, !list.isItem(top - 1), row - top < 2 { top -= 1 }
    let height = layout.listContent.height
    list.scroll = max(0, min(top, list.entries.count - height))
  }

  /// The status line while a `g` waits for its second key.
  func renderPendingG(_ buffer: inout Buffer, _ rect: Rect) {
    var x = buffer.write(" g…", x: rect.x, y: rect.y, style: ctx.style(.statusKey))
    x = buffer.write(
      "  then g: first item · a year, e.g. 2013: jump · Esc: cancel", x: x, y: rect.y,
      style: ctx.style(.status), maxX: rect.maxX)
  }
}
