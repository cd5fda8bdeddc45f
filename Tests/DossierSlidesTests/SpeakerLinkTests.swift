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

  /// A link in a fresh private folder.
  func link(_ temp: TemporaryFolder) -> SpeakerLink {
    SpeakerLink(corpus: "belarus", environment: ["XDG_RUNTIME_DIR": temp.path])
  }

  /// Lets the publisher take in new views and what they sent, until `done` or 5 s.
  func pump(_ publisher: SpeakerPublisher, until done: () -> Bool) -> [PresenterCommand] {
    var commands: [PresenterCommand] = []
    let end = Date().addingTimeInterval(5)
    while !done(), Date() < end {
      commands += publisher.receiveCommands()
      Thread.sleep(forTimeInterval: 0.01)
    }
    return commands + publisher.receiveCommands()
  }

  @Test func folderAndSocketComeFromTheEnvironment() {
    #expect(
      SpeakerLink.folder(environment: ["XDG_RUNTIME_DIR": "/run/user/1000", "TMPDIR": "/t"])
        == "/run/user/1000/dossier")
    #expect(
      SpeakerLink.folder(environment: ["TMPDIR": "/var/tmp"]) == "/var/tmp/dossier-\(getuid())")
    #expect(
      SpeakerLink.folder(environment: ["XDG_RUNTIME_DIR": "relative"]) == "/tmp/dossier-\(getuid())"
    )
    #expect(SpeakerLink.folder(environment: [:]) == "/tmp/dossier-\(getuid())")
    #expect(SpeakerLink(corpus: "Bélarus ../x", folder: "/f").socketPath == "/f/belarus-x.sock")
  }

  @Test func aFollowerGetsTheStateOnConnectingAndEachChangeAfter() throws {
    let temp = TemporaryFolder()
    let follower = SpeakerFollower(link: link(temp))
    guard case .noPresenter(let message) = follower.poll() else {
      Issue.record("a presenter before any was started")
      return
    }
    #expect(message.contains("No presenter is running for the corpus belarus"))
    let publisher = try SpeakerPublisher(link: link(temp))
    publisher.publish(sample)
    // The view connects; the presenter takes it in on its next tick and sends the state.
    #expect(follower.poll() == .unchanged)
    #expect(follower.connected)
    _ = pump(publisher) { publisher.followers == 1 }
    #expect(follower.waitForChange(timeout: 5) == .changed(sample.withWrittenRounded))
    #expect(follower.poll() == .unchanged)
    var moved = sample
    moved.index = 1
    publisher.publish(moved)
    #expect(follower.waitForChange(timeout: 5) == .changed(moved.withWrittenRounded))
    // The same state again is not sent again.
    publisher.publish(moved)
    #expect(follower.waitForChange(timeout: 0.2) == .unchanged)
    publisher.withdraw()
    guard case .noPresenter(let closed) = follower.waitForChange(timeout: 5) else {
      Issue.record("still following after the presenter left")
      return
    }
    #expect(closed.hasPrefix("The presenter has closed."))
    #expect(!FileManager.default.fileExists(atPath: link(temp).socketPath))
  }

  @Test func theFolderAndTheSocketArePrivate() throws {
    let temp = TemporaryFolder()
    let publisher = try SpeakerPublisher(link: link(temp))
    let files = try FileManager.default.contentsOfDirectory(atPath: link(temp).folder)
    #expect(files == ["belarus.sock"])
    var info = stat()
    stat(link(temp).folder, &info)
    #expect(info.st_mode & 0o777 == 0o700)
    lstat(link(temp).socketPath, &info)
    #expect(info.st_mode & S_IFMT == S_IFSOCK)
    #expect(info.st_mode & 0o777 == 0o600)
    publisher.withdraw()
  }

  @Test func refusesAFolderOthersCanEnter() throws {
    let temp = TemporaryFolder()
    let folder = temp.path + "/open"
    mkdir(folder, 0o777)
    chmod(folder, 0o777)
    #expect(throws: SpeakerLink.LinkError.unsafeFolder(folder)) {
      try SpeakerPublisher(link: SpeakerLink(corpus: "c", folder: folder))
    }
  }

  @Test func aStaleSocketIsReplacedAndAnythingElseLeftAlone() throws {
    let temp = TemporaryFolder()
    let path = link(temp).socketPath
    try link(temp).prepareFolder()
    // A presenter that was killed leaves its socket behind, with nobody listening.
    let fd = try UnixSocket.make()
    #expect(try UnixSocket.withAddress(path) { bind(fd, $0, $1) } == 0)
    close(fd)
    #expect(FileManager.default.fileExists(atPath: path))
    let publisher = try SpeakerPublisher(link: link(temp))
    let follower = SpeakerFollower(link: link(temp))
    publisher.publish(sample)
    _ = follower.poll()
    _ = pump(publisher) { publisher.followers == 1 }
    #expect(follower.waitForChange(timeout: 5) == .changed(sample.withWrittenRounded))
    publisher.withdraw()
    // A file that is not a socket is never removed.
    FileManager.default.createFile(atPath: path, contents: Data("mine".utf8))
    #expect(throws: SpeakerLink.LinkError.notASocket(path)) {
      try SpeakerPublisher(link: link(temp))
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
  }

  @Test func aSecondPresenterSaysWhichOneHoldsTheLink() throws {
    let temp = TemporaryFolder()
    let first = try SpeakerPublisher(link: link(temp))
    #expect(throws: SpeakerLink.LinkError.busy(link(temp).socketPath, pid: getpid())) {
      try SpeakerPublisher(link: link(temp))
    }
    #expect(
      SpeakerLink.LinkError.busy("x", pid: 42).description
        == "another presenter (process 42) already presents this corpus; speaker views follow"
        + " that one")
    // The first one still serves.
    let follower = SpeakerFollower(link: link(temp))
    first.publish(sample)
    _ = follower.poll()
    _ = pump(first) { first.followers == 1 }
    #expect(follower.waitForChange(timeout: 5) == .changed(sample.withWrittenRounded))
  }

  @Test func commandsFromSeveralViewsArriveOnceInOrder() throws {
    let temp = TemporaryFolder()
    let publisher = try SpeakerPublisher(link: link(temp))
    let first = SpeakerFollower(link: link(temp))
    let second = SpeakerFollower(link: link(temp))
    #expect(throws: SpeakerLink.LinkError.notConnected(link(temp).socketPath)) {
      try first.send(.next)
    }
    _ = first.poll()
    _ = second.poll()
    _ = pump(publisher) { publisher.followers == 2 }
    try first.send(.next)
    try first.send(.jump(to: 3))
    try second.send(.toggleBlank)
    var received: [PresenterCommand] = []
    let end = Date().addingTimeInterval(5)
    while received.count < 3, Date() < end { received += pump(publisher) { true } }
    // Each view's commands in the order it sent them; nothing twice.
    #expect(received.count == 3)
    #expect(received.filter { $0 != .toggleBlank } == [.next, .jump(to: 3)])
    #expect(received.contains(.toggleBlank))
    #expect(publisher.receiveCommands() == [])
  }

  @Test func aSpeakerViewThatGoesIsDroppedAndThePresenterGoesOn() throws {
    let temp = TemporaryFolder()
    let publisher = try SpeakerPublisher(link: link(temp))
    let follower = SpeakerFollower(link: link(temp))
    _ = follower.poll()
    _ = pump(publisher) { publisher.followers == 1 }
    follower.disconnect()
    _ = pump(publisher) { publisher.followers == 0 }
    #expect(publisher.followers == 0)
    var moved = sample
    moved.index = 1
    publisher.publish(moved)  // no SIGPIPE, no error
    let again = SpeakerFollower(link: link(temp))
    _ = again.poll()
    _ = pump(publisher) { publisher.followers == 1 }
    #expect(again.waitForChange(timeout: 5) == .changed(moved.withWrittenRounded))
  }

  /// A presenter in another process (a Python script speaking the same protocol): the follower
  /// sees its states in order, its commands reach it, and it sees it go when the process ends.
  @Test func followsAPresenterInAnotherProcess() throws {
    let temp = TemporaryFolder()
    let path = link(temp).socketPath
    try link(temp).prepareFolder()
    let script = """
      import json, os, socket, sys
      s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
      s.bind(sys.argv[1]); s.listen(1)
      c, _ = s.accept()
      f = c.makefile("rw")
      def state(i):
          f.write(json.dumps({"version": 1, "corpus": "belarus", "briefing": "room",
              "items": ["event:a", "actor:b", "myth:c"], "index": i, "blank": False,
              "countdownRunning": False, "elapsed": i, "written": "2026-01-01T00:00:00Z",
              "pid": os.getpid(), "confirmingLeave": False, "notes": {}}) + "\\n")
          f.flush()
      state(0)
      for i in (1, 2):
          if f.readline().strip() != "next": sys.exit(3)
          state(i)
      f.readline()
      os.unlink(sys.argv[1])
      """
    let presenter = try spawn("python3 -c '\(script)' '\(path)'")
    defer { if presenter.isRunning { presenter.terminate() } }
    let follower = SpeakerFollower(link: link(temp))
    var seen: [Int] = []
    let end = Date().addingTimeInterval(20)
    while seen.count < 3, Date() < end {
      if case .changed(let state) = follower.waitForChange(timeout: 1) {
        #expect(state.pid != getpid())
        seen.append(state.index)
        if state.index < 2 { try follower.send(.next) }
      }
    }
    #expect(seen == [0, 1, 2])
    try follower.send(.toggleBlank)
    presenter.waitUntilExit()
    #expect(presenter.terminationStatus == 0)
    guard case .noPresenter = follower.waitForChange(timeout: 5) else {
      Issue.record("a presenter whose process ended is still followed")
      return
    }
  }

  /// The other way round: this process presents, a view in another process reads the state and
  /// sends commands.
  @Test func aViewInAnotherProcessReadsTheStateAndSteps() throws {
    let temp = TemporaryFolder()
    let publisher = try SpeakerPublisher(link: link(temp))
    publisher.publish(sample)
    let out = temp.path + "/copy"
    let script = """
      import socket, sys
      s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
      s.connect(sys.argv[1])
      f = s.makefile("rw")
      open(sys.argv[2], "w").write(f.readline())
      f.write("next\\njump:3\\nnonsense\\n"); f.flush()
      """
    let view = try spawn("python3 -c '\(script)' '\(link(temp).socketPath)' '\(out)'")
    defer { if view.isRunning { view.terminate() } }
    var commands = pump(publisher) { !view.isRunning }
    view.waitUntilExit()
    commands += pump(publisher) { publisher.followers == 0 }
    #expect(commands == [.next, .jump(to: 3)])
    #expect(publisher.followers == 0)
    let data = try Data(contentsOf: URL(fileURLWithPath: out))
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    #expect(try decoder.decode(PresenterSnapshot.self, from: data) == sample.withWrittenRounded)
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
