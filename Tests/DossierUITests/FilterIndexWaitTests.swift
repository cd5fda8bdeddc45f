import Dispatch
import DossierModel
import DossierTUI
import Foundation
import Testing

@testable import DossierUI

/// The timeline's `/` filter on a corpus whose events' index is still being built: the key is
/// not held up, the status line says why the list has not changed yet, and a tick applies the
/// filter once the index is ready.
@Suite("Filter before the events' index is ready")
struct FilterIndexWaitTests {
  @Test func aFilterTypedEarlyWaitsWithoutBlockingAndAppliesWhenReady() throws {
    var state = app(120, 40)
    let gate = DispatchSemaphore(value: 0)
    state.ctx.eventFilterIndex = EventFilterIndex(corpus: state.corpus, gate: gate)
    state.rebuildLists()
    state.press(.character("2"))
    // As if the fixture's timeline were a long one (a short list waits: it takes moments).
    state.screens[.timeline]!.list.waitsForIndexUpTo = 0
    let before = state.list.entries.count
    state.press(.character("/"))
    state.type("drill")
    // The index is held back: had the key waited for it, this line would never be reached.
    #expect(state.list.awaitingIndex)
    #expect(state.list.entries.count == before)
    #expect(state.screen.contains("indexing the events… the filter applies when ready"))
    #expect(state.tickInterval == 100)
    gate.signal()
    // Wait for the condition (the index built on its thread), not for a time.
    let deadline = Date().addingTimeInterval(30)
    while state.ctx.eventFilterIndex?.ready == nil, Date() < deadline { usleep(1000) }
    try #require(state.ctx.eventFilterIndex?.ready != nil)
    _ = state.handle(.tick)
    #expect(!state.list.awaitingIndex)
    #expect(state.list.entries.count < before)
    #expect(
      state.list.entries.contains {
        if case .item(.event("drill-2009"), _) = $0 { true } else { false }
      })
    #expect(!state.screen.contains("indexing the events"))
    #expect(state.tickInterval == nil)
  }
}
