import DossierTUI
import Testing

@Suite("Buffer diff and layout")
struct BufferDiffTests {
  @Test func withoutAPreviousBufferEveryCellIsWritten() {
    let b = buffer(3, 2)
    #expect(b.diff(from: nil).count == 6)
    #expect(b.diff(from: buffer(2, 2)).count == 6)
  }

  @Test func aChangedCellIsWrittenWithItsNeighbours() {
    let before = buffer(6, 2)
    var after = before
    after.write("x", x: 3, y: 1)
    #expect(after.diff(from: before) == [2, 3, 4].map { Position(x: $0, y: 1) })
    #expect(before.diff(from: before).isEmpty)
  }

  @Test func aStyleChangeAloneIsAChange() {
    let before = buffer(4, 1)
    var after = before
    after.style(Rect(x: 0, y: 0, width: 1, height: 1), bold)
    #expect(after.diff(from: before) == [Position(x: 0, y: 0), Position(x: 1, y: 0)])
  }

  @Test func splitsServeFixedPartsThenShareTheRest() {
    let area = Rect(x: 2, y: 1, width: 10, height: 11)
    let rows = area.split(.vertical, [.length(1), .fill, .length(1)])
    #expect(rows.map(\.height) == [1, 9, 1])
    #expect(rows.map(\.y) == [1, 2, 11])
    let columns = area.split(.horizontal, [.percent(50), .length(1), .fill])
    #expect(columns.map(\.width) == [5, 1, 4])
    #expect(columns.map(\.x) == [2, 7, 8])
    // Too little room: fixed parts are cut, in order, and nothing leaves the area.
    let tight = Rect(x: 0, y: 0, width: 3, height: 1).split(
      .horizontal, [.length(2), .length(2), .fill])
    #expect(tight.map(\.width) == [2, 1, 0])
    let shared = Rect(x: 0, y: 0, width: 7, height: 1).split(.horizontal, [.fill, .min(2), .fill])
    #expect(shared.map(\.width) == [2, 4, 1])
  }
}
