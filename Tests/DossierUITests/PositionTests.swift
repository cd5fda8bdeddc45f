import DossierModel
import Testing

@testable import DossierUI

/// The explorer's last position: read from the state, and reopened in a fresh one.
struct PositionTests {
  @Test func theTimelineSelectionIsReopened() throws {
    var state = app(100, 30)
    state.press(.character("2"), .down)
    let position = state.lastPosition
    #expect(position.view == "timeline")
    let item = try #require(position.item)
    var fresh = app(100, 30)
    #expect(fresh.view == .actors)
    fresh.reopen(at: position)
    #expect(fresh.view == .timeline)
    #expect(fresh.lastPosition.item == item)
  }

  @Test func theReaderIsReopenedAtItsParagraph() throws {
    var state = app(100, 30)
    state.press(.character("4"), .enter, .down)
    let position = state.lastPosition
    #expect(position.view == "documents")
    let document = try #require(position.readerDocument)
    #expect(position.item?.hasPrefix("paragraph:") == true || position.item?.contains("#") == true)
    var fresh = app(100, 30)
    fresh.reopen(at: position)
    #expect(fresh.lastPosition == position, "\(document)")
  }

  @Test func aVanishedItemOrViewIsHarmless() {
    var fresh = app(100, 30)
    fresh.reopen(at: LastPosition(view: "myths", item: "myth:no-such-myth"))
    #expect(fresh.view == .myths)
    fresh.reopen(at: LastPosition(view: "nowhere"))
    #expect(fresh.view == .myths)
    let opened = fresh.open(viewNamed: "documents")
    #expect(opened)
    #expect(fresh.view == .documents)
  }
}
