import DossierModel
import Foundation
import Testing

@testable import DossierSlides

/// A private folder for one test's link, removed at the end.
final class TemporaryFolder {
  let path: String
  init() {
    var template = Array("\(NSTemporaryDirectory())/slides-test-XXXXXX".utf8CString)
    path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
  }
  deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Runs a shell script as a separate process and returns it (running).
func spawn(_ script: String) throws -> Process {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/bin/sh")
  process.arguments = ["-c", script]
  process.standardInput = FileHandle.nullDevice
  try process.run()
  return process
}

@Suite("Speaker link")
struct SpeakerLinkTests {
  let sample = PresenterSnapshot(
    corpus: "belarus", briefing: "room", items: ["event:a", "actor:b"], index: 0,
    notes: ["event:a": "Mention the railway coaches."])

  @Test func folderComesFromTheEnvironment() {
    #expect(
      SpeakerLink.folder(environment: ["XDG_RUNTIME_DIR": "/run/user/1000", "TMPDIR": "/t"])
        == "/run/user/1000/dossier")
    #expect(
      SpeakerLink.folder(environment: ["TMPDIR": "/var/tmp"]) == "/var/tmp/dossier-\(getuid())")
    #expect(
      SpeakerLink.folder(environment: ["XDG_RUNTIME_DIR": "relative"]) == "/tmp/dossier-\(getuid())"
    )
    #expect(SpeakerLink.folder(environment: [:]) == "/tmp/dossier-\(getuid())")
    let link = SpeakerLink(corpus: "Bélarus ../x", folder: "/f")
    #expect(link.statePath == "/f/belarus-x.json")
    #expect(link.commandsPath == "/f/belarus-x.commands.json")
  }

  @Test func aFollowerSeesEachChangeAndNothingElse() throws {
    let temp = TemporaryFolder()
    let link = SpeakerLink(corpus: "belarus", environment: ["XDG_RUNTIME_DIR": temp.path])
    let publisher = SpeakerPublisher(link: link)
    let follower = SpeakerFollower(link: SpeakerLink(corpus: "belarus", folder: link.folder))
    guard case .noPresenter(let message) = follower.poll() else {
      Issue.record("a presenter before any was started")
      return
    }
    #expect(message.contains("No presenter is running for the corpus belarus"))
    try publisher.publish(sample)
    #expect(follower.poll() == .changed(sample.withWrittenRounded))
    #expect(follower.poll() == .unchanged)
    var moved = sample
    moved.index = 1
    try publisher.publish(moved)
    #expect(follower.poll() == .changed(moved.withWrittenRounded))
    // The same state again is not written again.
    let before = SpeakerLink.stamp(link.statePath)
    try publisher.publish(moved)
    #expect(SpeakerLink.stamp(link.statePath) == before)
    publisher.withdraw()
    if case .noPresenter = follower.poll() {
    } else {
      Issue.record("still following after withdraw")
    }
  }

  @Test func writesAreAtomicAndPrivate() throws {
    let temp = TemporaryFolder()
    let link = SpeakerLink(corpus: "belarus", environment: ["XDG_RUNTIME_DIR": temp.path])
    let publisher = SpeakerPublisher(link: link)
    for i in 0..<20 {
      var s = sample
      s.index = i % 2
      s.elapsed = i
      try publisher.publish(s)
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: link.folder)
    #expect(files == ["belarus.json"], "no temporary file is left behind")
    var info = stat()
    stat(link.folder, &info)
    #expect(info.st_mode & 0o777 == 0o700)
    stat(link.statePath, &info)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  @Test func refusesAFolderOthersCanEnter() throws {
    let temp = TemporaryFolder()
    let folder = temp.path + "/open"
    mkdir(folder, 0o777)
    chmod(folder, 0o777)
    let publisher = SpeakerPublisher(link: SpeakerLink(corpus: "c", folder: folder))
    #expect(throws: SpeakerLink.LinkError.unsafeFolder(folder)) { try publisher.publish(sample) }
  }

  /// A presenter in another process, written by a shell with `mv` (as any writer that renames
  /// its file into place): the follower sees its states in order, and sees it go when the
  /// process ends without cleaning up.
  @Test func followsAPresenterInAnotherProcess() throws {
    let temp = TemporaryFolder()
    let link = SpeakerLink(corpus: "belarus", environment: ["XDG_RUNTIME_DIR": temp.path])
    try link.prepareFolder()
    let follower = SpeakerFollower(link: link)
    let go = temp.path + "/go"
    let script = """
      state() {
        printf '{"version":1,"corpus":"belarus","briefing":"room","items":["event:a","actor:b","myth:c"],"index":%s,"blank":false,"countdownRunning":false,"elapsed":%s,"written":"2026-01-01T00:00:00Z","pid":%s,"confirmingLeave":false,"notes":{}}' "$1" "$1" $$ > "\(link.statePath).tmp"
        mv "\(link.statePath).tmp" "\(link.statePath)"
      }
      for i in 0 1 2; do
        state $i
        while [ ! -e "\(go)$i" ]; do sleep 0.05; done
      done
      """
    let writer = try spawn(script)
    defer { if writer.isRunning { writer.terminate() } }
    var seen: [Int] = []
    for i in 0..<3 {
      let status = follower.waitForChange(timeout: 20)
      guard case .changed(let state) = status else {
        Issue.record("no change seen: \(status)")
        return
      }
      #expect(state.pid == writer.processIdentifier)
      seen.append(state.index)
      #expect(follower.poll() == .unchanged)
      FileManager.default.createFile(atPath: "\(go)\(i)", contents: nil)
    }
    #expect(seen == [0, 1, 2])
    writer.waitUntilExit()
    guard case .noPresenter = follower.poll() else {
      Issue.record("a presenter whose process ended is still followed")
      return
    }
  }

  /// The other way round: this process presents, a separate reader sees the file whole.
  @Test func anotherProcessReadsTheStateWhole() throws {
    let temp = TemporaryFolder()
    let link = SpeakerLink(corpus: "belarus", environment: ["XDG_RUNTIME_DIR": temp.path])
    let publisher = SpeakerPublisher(link: link)
    try publisher.publish(sample)
    let out = temp.path + "/copy"
    let reader = try spawn("cat '\(link.statePath)' > '\(out)'")
    reader.waitUntilExit()
    let data = try Data(contentsOf: URL(fileURLWithPath: out))
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    #expect(try decoder.decode(PresenterSnapshot.self, from: data) == sample.withWrittenRounded)
  }

  @Test func speakerViewsSendCommandsThatArriveOnceInOrder() throws {
    let temp = TemporaryFolder()
    let link = SpeakerLink(corpus: "belarus", environment: ["XDG_RUNTIME_DIR": temp.path])
    let publisher = SpeakerPublisher(link: link)
    let first = SpeakerFollower(link: link)
    let second = SpeakerFollower(link: link)
    #expect(publisher.receiveCommands() == [])
    try first.send(.next)
    try second.send(.next)
    try first.send(.jump(to: 3))
    #expect(publisher.receiveCommands() == [.next, .next, .jump(to: 3)])
    #expect(publisher.receiveCommands() == [])
    try second.send(.toggleBlank)
    #expect(publisher.receiveCommands() == [.toggleBlank])
    // A presenter started later does not replay what was meant for this one.
    let later = SpeakerPublisher(link: link)
    #expect(later.receiveCommands() == [])
    for _ in 0..<40 { try first.send(.previous) }
    #expect(later.receiveCommands().count == 40 - 8, "the queue keeps the last 32")
  }

  @Test func clocksCarryOnBetweenWrites() {
    let written = Date(timeIntervalSince1970: 1000)
    var s = PresenterSnapshot(
      corpus: "c", briefing: "b", items: ["event:a"], index: 0, countdown: 8,
      countdownRunning: true, interval: 10, elapsed: 60, written: written)
    #expect(s.elapsed(at: written.addingTimeInterval(5.5)) == 65)
    #expect(s.countdown(at: written.addingTimeInterval(3)) == 5)
    #expect(s.countdown(at: written.addingTimeInterval(30)) == 0)
    s.countdownRunning = false
    #expect(s.countdown(at: written.addingTimeInterval(3)) == 8)
  }

  @Test func snapshotOfASession() {
    var session = PresenterSession(count: 2, now: 50)
    session.apply(.next, at: 55)
    session.apply(.toggleAutoAdvance, at: 56)
    session.apply(.toggleBlank, at: 58)
    let snapshot = PresenterSnapshot(
      session: session, corpus: "c", briefing: "b", items: ["event:a", "event:b"],
      notes: ["event:b": "note", "event:z": "not in the briefing"], now: 60,
      date: Date(timeIntervalSince1970: 0))
    #expect(snapshot.index == 1)
    #expect(snapshot.blank)
    #expect(snapshot.elapsed == 10)
    #expect(snapshot.countdown == 8)
    #expect(!snapshot.countdownRunning)
    #expect(snapshot.interval == 10)
    #expect(snapshot.notes == ["event:b": "note"])
    #expect(snapshot.pid == getpid())
  }
}

@Suite("Speaker view")
struct SpeakerViewTests {
  @Test func showsTheCurrentSlideTheNextTitleTheNoteAndTheClocks() {
    let event = bundled.events[0]
    let actor = bundled.actors[0]
    let written = Date(timeIntervalSince1970: 5000)
    let snapshot = PresenterSnapshot(
      corpus: bundled.manifest.id, briefing: "room",
      items: ["event:\(event.id)", "actor:\(actor.id)"],
      index: 0, blank: true, countdown: 7, countdownRunning: false, interval: 10, elapsed: 125,
      written: written, notes: ["event:\(event.id)": "Say where the figure comes from."])
    let view = SpeakerView(snapshot: snapshot, corpus: bundled, at: written.addingTimeInterval(10))
    #expect(view.current.title == event.title)
    #expect(view.next == actor.name)
    #expect(view.note == "Say where the figure comes from.")
    #expect(view.elapsed == "2:15")
    #expect(view.countdown == "0:07 paused")
    #expect(view.position.hasPrefix("1 of 2"))
    #expect(view.status == "Audience screen blank · next in 0:07 paused · elapsed 2:15")

    var last = snapshot
    last.index = 1
    last.blank = false
    last.countdown = nil
    let second = SpeakerView(snapshot: last, corpus: bundled, at: written)
    #expect(second.note == nil)
    #expect(second.next == "End of briefing room — 2 items")
    #expect(second.status == "elapsed 2:05")

    last.index = 2
    let end = SpeakerView(snapshot: last, corpus: bundled, at: written)
    #expect(end.current.kind == .end)
    #expect(end.next == nil)
    #expect(end.position == "End · 2 items")
  }
}

extension PresenterSnapshot {
  /// The snapshot as it reads back: ISO 8601 keeps whole seconds.
  var withWrittenRounded: PresenterSnapshot {
    var copy = self
    copy.written = Date(timeIntervalSince1970: written.timeIntervalSince1970.rounded(.down))
    return copy
  }
}
