/// The corpus manifest (`corpus.yaml`): identity, eras, lanes and verdicts.
public struct Manifest: Sendable {
  public var id: String
  public var title: String
  public var description: String?
  public var language: String
  public var eras: [Era]
  public var lanes: [Lane]
  public var verdicts: [Verdict]

  /// The verdicts a manifest gets when it names none.
  public static let defaultVerdicts = [
    Verdict(id: "myth", label: "Myth"),
    Verdict(id: "partly-true", label: "Partly true"),
    Verdict(id: "reality", label: "Reality"),
    Verdict(id: "contested", label: "Contested"),
    Verdict(id: "overtaken", label: "Overtaken by events"),
  ]

  /// An empty manifest, used when `corpus.yaml` is missing or unreadable.
  public static let placeholder = Manifest(
    id: "corpus", title: "Untitled corpus", description: nil, language: "en", eras: [],
    lanes: [], verdicts: defaultVerdicts)
}

/// A named period shown as a band on the timeline.
public struct Era: Sendable, Hashable {
  public var id: String
  public var name: String
  public var dates: EDTFDate
  public var summary: String?
}

/// An event category, with a short label so that a lane never depends on colour.
public struct Lane: Sendable, Hashable {
  public var id: String
  public var name: String
  public var short: String
  public var summary: String?
}

/// A verdict on a myth, with a stable id and a display label.
public struct Verdict: Sendable, Hashable {
  public var id: String
  public var label: String
}
