import DossierModel
import DossierSlides
import DossierTUI
import Foundation

/// The speaker view's loop (`dossier brief --speaker`, in a second terminal): it follows the
/// presenter of the same corpus over the speaker link and shows the note on the current item,
/// the next item, the elapsed time and the countdown. The presenter's keys step the presenter;
/// `q` and `Esc` close this view only.
public struct SpeakerRuntime {
  /// The corpus followed, once it is in (at once when the runtime is made with it).
  var loaded: Corpus?
  /// The link to the presenter of the corpus, once it is in.
  public private(set) var follower: SpeakerFollower?
  /// The loading screen and the load under way, until the corpus is in.
  var loading: LoadingPhase<Corpus>?
  /// Makes the link of a corpus once it is loaded.
  let link: (Corpus) -> SpeakerFollower
  let backend: any TerminalBackend
  let theme: Theme
  let unicode: Bool
  /// Why the last command could not be sent, until the next key.
  public private(set) var notice: String?
  /// The slides of the briefing followed, kept while its items stay the same.
  var deck: (key: [String], slides: [Slide])?
  /// The loading screen's clock, in seconds.
  var clock: @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }

  /// How often the loop looks at the link (and redraws the clocks), in milliseconds.
  static let poll = 100

  public init(
    corpus: Corpus, follower: SpeakerFollower, backend: any TerminalBackend, theme: Theme,
    unicode: Bool = true
  ) {
    loaded = corpus
    self.follower = follower
    link = { _ in follower }
    self.backend = backend
    self.theme = theme
    self.unicode = unicode
  }

  /// A speaker view that first loads its corpus behind the loading screen (`load` runs on
  /// another thread, telling the progress), then follows the presenter over `link`.
  public init(
    loading label: String, load: @escaping @Sendable (LoadProgress) throws -> Corpus,
    link: @escaping (Corpus) -> SpeakerFollower, backend: any TerminalBackend, theme: Theme,
    unicode: Bool = true
  ) {
    let progress = LoadProgress()
    self.link = link
    self.backend = backend
    self.theme = theme
    self.unicode = unicode
    loading = LoadingPhase(
      label: label, theme: theme, progress: progress, pending: Pending { try load(progress) },
      started: clock())
  }

  /// Runs until `q` or `Esc` (or the input closes, or the load fails); the backend is stopped
  /// on `q` and on a failed load.
  public mutating func run() -> AppRuntime.End {
    _ = follower?.poll()
    draw()
    while let event = backend.readEvent(timeout: loading?.redrawInterval ?? Self.poll) {
      if let loading {
        if loading.quits(event) {
          backend.stop()
          return .quit
        }
        switch loading.pending.result {
        case .success(let corpus)?:
          loaded = corpus
          follower = link(corpus)
          self.loading = nil
        case .failure(let error)?:
          backend.stop()
          return .loadFailed("\(error)")
        case nil:
          break
        }
      } else if handle(event) {
        backend.stop()
        return .quit
      }
      _ = follower?.poll()
      draw()
    }
    return .inputClosed
  }

  /// Draws the speaker view, or the loading screen while the corpus loads.
  mutating func draw() {
    if let loading {
      backend.draw(loading.render(size: backend.size, now: clock()))
    } else {
      backend.draw(render())
    }
  }

  /// Applies one input event; true when the view is to close.
  public mutating func handle(_ event: InputEvent) -> Bool {
    let key: PresenterKey?
    switch event {
    case .key(let pressed):
      notice = nil
      key = PresenterKey(pressed)
    case .mouse(let mouse):
      key = mouse.kind == .wheelDown ? .right : mouse.kind == .wheelUp ? .left : nil
    case .resize, .tick:
      key = nil
    }
    guard let key, let follower,
      let action = SpeakerView.action(for: key, snapshot: follower.snapshot)
    else {
      return false
    }
    switch action {
    case .quit:
      return true
    case .send(let command):
      do {
        try follower.send(command)
      } catch {
        notice = "Not sent: \(error)"
      }
      return false
    }
  }

  /// The speaker view at `date`: the followed state laid out, or why there is none.
  public mutating func render(at date: Date = Date()) -> Buffer {
    let size = backend.size
    var buffer = Buffer(size: size, fill: Cell(" ", theme.style(.normal)))
    let bottom = size.height - 1
    guard let follower, let corpus = loaded else { return buffer }
    guard let snapshot = follower.snapshot else {
      let text =
        follower.connected
        ? "Connected to the presenter; waiting for its state…"
        : noPresenterText
      var y = max(0, size.height / 2 - 3)
      buffer.write("Speaker view", x: 2, y: y, style: theme.style(.title))
      y += 2
      for row in TextLayout.wrap(text, width: max(10, size.width - 4)) where y < bottom {
        buffer.write(row, x: 2, y: y, style: theme.style(.normal))
        y += 1
      }
      buffer.write("q closes this view", x: 2, y: bottom, style: theme.slideStyle(.status))
      return buffer
    }
    let key = snapshot.items + [snapshot.briefing, snapshot.ending ?? ""]
    if deck?.key != key {
      deck = (
        key,
        SlideDeck.slides(
          items: snapshot.items, name: snapshot.briefing, ending: snapshot.ending,
          corpus: corpus)
      )
    }
    let view = SpeakerView(snapshot: snapshot, slides: deck!.slides, at: date)
    theme.draw(
      SpeakerLayout.layout(view, width: size.width, height: bottom, unicode: unicode),
      into: &buffer)
    let keys =
      notice
      ?? "→ ← step the presenter · 0-9 Enter go to an item · b blank · a auto-advance"
      + " · q closes this view (the presenter goes on)"
    buffer.write(
      TextLayout.truncate(keys, to: size.width), x: 0, y: bottom,
      style: theme.slideStyle(notice == nil ? .status : .more))
    return buffer
  }

  /// What the view says while no presenter runs for the corpus.
  var noPresenterText: String { follower?.noPresenterMessage ?? "" }
}
