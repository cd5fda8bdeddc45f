import DossierTUI
import Testing

@Suite("Widgets")
struct WidgetTests {
  @Test func boxDrawsItsFrameAndTitle() {
    var b = buffer(12, 4)
    Box(title: "Keys", borderStyle: dim, titleStyle: bold).render(in: b.area, into: &b)
    #expect(
      b.rows == [
        "┌─ Keys ───┐",
        "│          │",
        "│          │",
        "└──────────┘",
      ])
    #expect(b.mask(bold)[0] == "..######....")
    #expect(b.mask(dim)[1] == "#..........#")
    #expect(Box.inner(b.area) == Rect(x: 1, y: 1, width: 10, height: 2))
  }

  @Test func scrollbarShowsWhereTheViewIs() {
    var b = buffer(3, 4)
    Scrollbar(first: 6, total: 8, thumbStyle: bold, trackStyle: dim).render(in: b.area, into: &b)
    #expect(b.rows == ["  │", "  │", "  ┃", "  ┃"])
    #expect(b.mask(bold) == ["...", "...", "..#", "..#"])
    var fits = buffer(3, 4)
    Scrollbar(first: 0, total: 4).render(in: fits.area, into: &fits)
    #expect(fits.rows.allSatisfy { $0 == "   " })
  }

  @Test func listViewHighlightsTheSelectionAndKeepsItInView() {
    let items = ["alpha", "beta", "gamma", "delta", "epsilon"]
    let list = ListView(count: items.count, highlight: reverse, scrollbar: (bold, dim)) {
      index, area, selected, buffer in
      buffer.write(items[index], x: area.x + 2, y: area.y, style: selected ? reverse : .plain)
    }
    var state = ListViewState(selected: 3)
    var b = buffer(10, 3)
    list.render(in: b.area, into: &b, state: &state)
    #expect(state.offset == 1)
    #expect(b.rows == ["  beta   ┃", "  gamma  │", "› delta  │"])
    #expect(b.mask(reverse) == ["..........", "..........", "#########."])
    // Moving up past the top scrolls back.
    state.selected = 0
    list.render(in: b.area, into: &b, state: &state)
    #expect(state.offset == 0)
  }

  /// A cut row keeps its ellipsis: the scrollbar's column is not given to the rows.
  @Test func theScrollbarNeverCoversACutRow() {
    let list = ListView(count: 5, highlight: reverse, scrollbar: (bold, dim)) {
      _, area, _, buffer in
      Line([Span("a title far too long", .plain)]).draw(in: area, into: &buffer)
    }
    var state = ListViewState(selected: 0)
    var b = buffer(10, 3)
    list.render(in: b.area, into: &b, state: &state)
    #expect(b.rows == ["a title …┃", "a title …│", "a title …│"])
    // Without a scrollbar the row has the whole width.
    var all = buffer(10, 5)
    var top = ListViewState(selected: 0)
    list.render(in: all.area, into: &all, state: &top)
    #expect(all.rows[1] == "a title f…")
  }

  @Test func listStateScrollsMinimallyAndCentres() {
    var state = ListViewState(selected: 9, offset: 0)
    state.scrollToSelection(height: 4, count: 20)
    #expect(state.offset == 6)
    state.selected = 5
    state.scrollToSelection(height: 4, count: 20, above: 1)
    #expect(state.offset == 4)
    state.selected = 10
    state.centerSelection(height: 4, count: 20)
    #expect(state.offset == 8)
    state.selected = 19
    state.centerSelection(height: 4, count: 20)
    #expect(state.offset == 16)
  }

  @Test func paragraphWrapsOnWordsAndKeepsStyles() {
    let p = TextBlock([Span("the quick ", .plain), Span("brown fox", bold), Span(" jumps")])
    var b = buffer(10, 3)
    p.render(in: b.area, into: &b)
    #expect(b.rows == ["the quick ", "brown fox ", "jumps     "])
    #expect(b.mask(bold) == ["..........", "#########.", ".........."])
    let split = Wrap.lines([Run("abcdefghijkl", 0)], width: 5)
    #expect(split.map { $0.map(\.text).joined() } == ["abcde", "fghij", "kl"])
    #expect(Wrap.lines([Run("", 0)], width: 5).count == 1)
  }

  @Test func tabsMarkTheActiveOneAndAnswerClicks() {
    var b = buffer(30, 1)
    let tabs = Tabs(["1 Actors", "2 Time"], selected: 1, activeStyle: bold, inactiveStyle: dim)
    let area = Rect(x: 2, y: 0, width: 28, height: 1)
    tabs.render(in: area, into: &b)
    #expect(b.rows == ["   1 Actors  [2 Time]         "])
    #expect(b.mask(bold)[0] == ".............########.........")
    #expect(
      tabs.regions(in: area) == [
        Rect(x: 2, y: 0, width: 10, height: 1), Rect(x: 13, y: 0, width: 8, height: 1),
      ])
    #expect(tabs.tab(at: 2, y: 0, in: area) == 0)
    #expect(tabs.tab(at: 12, y: 0, in: area) == nil)
    #expect(tabs.tab(at: 20, y: 0, in: area) == 1)
    #expect(tabs.end(in: area) == 21)
  }

  @Test func textFieldEditsAtTheCursor() {
    var field = TextField("world")
    #expect(field.handle(.home) == .moved)
    for c in "hello " { _ = field.handle(.character(c)) }
    #expect(field.text == "hello world")
    #expect(field.handle(.control("w")) == .edited)
    #expect(field.text == "world")
    #expect(field.handle(.backspace) == .ignored)
    _ = field.handle(.end)
    _ = field.handle(.backspace)
    #expect(field.text == "worl")
    _ = field.handle(.left)
    _ = field.handle(.left)
    #expect(field.handle(.control("k")) == .edited)
    #expect(field.text == "wo")
    var digits = TextField(accepts: .digits, limit: 4)
    for c in "2a0135" { _ = digits.handle(.character(c)) }
    #expect(digits.text == "2013")
    #expect(digits.handle(.character("j")) == .ignored)
  }

  @Test func textFieldDrawsItsCursor() {
    var b = buffer(8, 1)
    var field = TextField("abc")
    #expect(field.draw(in: b.area, into: &b, style: bold) == 4)
    #expect(b.rows == ["abc▏    "])
    _ = field.handle(.left)
    var c = buffer(8, 1)
    field.draw(in: c.area, into: &c, style: .plain)
    #expect(c.rows == ["abc     "])
    #expect(c.mask(reverse)[0] == "..#.....")
  }

  @Test func progressBarFillsInProportion() {
    var b = buffer(14, 1)
    ProgressBar(fraction: 0.5, filledStyle: bold, emptyStyle: dim).render(in: b.area, into: &b)
    #expect(b.rows == ["█████░░░░░ 50%"])
    #expect(b.mask(dim)[0] == ".....#####....")
    var full = buffer(9, 1)
    ProgressBar(fraction: 7).render(in: full.area, into: &full)
    #expect(full.rows == ["████ 100%"])
  }

  @Test func centeredTextIsCentred() {
    var b = buffer(9, 4)
    CenteredText([Span("abc", bold), Span("a")]).render(in: b.area, into: &b)
    #expect(b.rows == ["         ", "   abc   ", "    a    ", "         "])
    #expect(b.mask(bold)[1] == "...###...")
  }

  @Test func lineClipsWithAnEllipsisAndLaysABaseStyle() {
    var b = buffer(8, 1)
    let end = Line([Span("ab ", bold), Span("cdefghij", dim)], base: reverse)
      .draw(in: b.area, into: &b)
    #expect(end == 8)
    #expect(b.rows == ["ab cdef…"])
    #expect(b.mask(Style(bold: true, reverse: true))[0] == "###.....")
    #expect(b.mask(reverse)[0] == "...#####")
  }
}

@Suite("Key maps")
struct KeyMapTests {
  enum Act: Hashable, Sendable { case down, up, quit }

  @Test func theFirstBindingOfAKeyWinsAndClashesAreFound() {
    let map = KeyMap<Act>(
      "Moving",
      [
        KeyBinding([.character("j"), .down], "j ↓", "down", action: .down),
        KeyBinding([.character("k"), .up], "k ↑", "up", action: .up),
        KeyBinding([.character("j")], "j", "quit", action: .quit),
      ])
    #expect(map.action(for: .down) == .down)
    #expect(map.action(for: .character("j")) == .down)
    #expect(map.action(for: .character("x")) == nil)
    #expect(map.clashes.map(\.key) == [.character("j")])
    #expect(map.clashes.first?.labels == ["j ↓", "j"])
  }

  @Test func hintsFollowTheirOrderAcrossMaps() {
    let screen = KeyMap<Act>(
      "Screen", [KeyBinding([.down], "↓", "down", hint: ("↓", "down"), order: 10, action: .down)])
    let global = KeyMap<Act>(
      "Global",
      [
        KeyBinding([.character("q")], "q", "quit", hint: ("q", "quit"), order: 99, action: .quit),
        KeyBinding([.up], "↑", "up", hint: ("↑", "up"), order: 5, action: .up),
      ])
    #expect(KeyMap.hints([screen, global]).map(\.key) == ["↑", "↓", "q"])
  }
}
