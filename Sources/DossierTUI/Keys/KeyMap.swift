/// One key binding: the keys, what they do, how the help and the status bar describe them.
/// Written once, it drives the handler (``KeyMap/action(for:)``), the help overlay, the status
/// hints and the README's table.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
  public var keys: [Key]
  /// The keys as the help shows them (`j k  ↓ ↑`).
  public var label: String
  /// What they do, for the help.
  public var help: String
  /// The status bar's hint (its key and text), when the binding earns a place there.
  public var hint: (key: String, text: String)?
  /// Where the hint goes among the others (lower first).
  public var hintOrder: Int
  public var action: Action

  public init(
    _ keys: [Key], _ label: String, _ help: String, hint: (key: String, text: String)? = nil,
    order: Int = 50, action: Action
  ) {
    self.keys = keys
    self.label = label
    self.help = help
    self.hint = hint
    self.hintOrder = order
    self.action = action
  }
}

/// The bindings of one context (a screen, a modal, the whole app), with a title for the help.
public struct KeyMap<Action: Hashable & Sendable>: Sendable {
  public var title: String
  public var bindings: [KeyBinding<Action>]

  public init(_ title: String, _ bindings: [KeyBinding<Action>]) {
    self.title = title
    self.bindings = bindings
  }

  /// The action bound to a key, from the first binding that has it.
  public func action(for key: Key) -> Action? {
    for binding in bindings where binding.keys.contains(key) { return binding.action }
    return nil
  }

  /// Keys bound by more than one binding, with the labels of those bindings.
  public var clashes: [(key: Key, labels: [String])] {
    var seen: [Key: [String]] = [:]
    var order: [Key] = []
    for binding in bindings {
      for key in Set(binding.keys) {
        if seen[key] == nil { order.append(key) }
        seen[key, default: []].append(binding.label)
      }
    }
    return order.compactMap { key in
      let labels = seen[key]!
      return labels.count > 1 ? (key, labels) : nil
    }
  }

  /// The status hints of several maps, in hint order (stable within equal orders).
  public static func hints(_ maps: [KeyMap]) -> [(key: String, text: String)] {
    let all = maps.flatMap(\.bindings).enumerated().compactMap { i, b in
      b.hint.map { (order: b.hintOrder, index: i, hint: $0) }
    }
    return all.sorted { ($0.order, $0.index) < ($1.order, $1.index) }.map(\.hint)
  }
}
