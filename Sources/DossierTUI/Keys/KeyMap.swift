/// One key binding: the keys, what they do, how the help and the status bar describe them.
/// Written once, it drives the handler (``KeyMap/action(for:)``), the help overlay, the status
/// hints and the README's table.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
  /// The keys and what each does (a row such as `j k` binds two actions).
  public var pairs: [KeyAction<Action>]
  public var keys: [Key] { pairs.map(\.key) }
  /// The keys as the help shows them (`j k  ↓ ↑`).
  public var label: String
  /// What they do, for the help.
  public var help: String
  /// The status bar's hint (its key and text), when the binding earns a place there.
  public var hint: (key: String, text: String)?
  /// Where the hint goes among the others (lower first).
  public var hintOrder: Int

  /// Keys that all do one action.
  public init(
    _ keys: [Key], _ label: String, _ help: String, hint: (key: String, text: String)? = nil,
    order: Int = 50, action: Action
  ) {
    self.init(keys.map { KeyAction($0, action) }, label, help, hint: hint, order: order)
  }

  /// Keys that do different actions (`j` down, `k` up) under one help row.
  public init(
    _ pairs: [KeyAction<Action>], _ label: String, _ help: String,
    hint: (key: String, text: String)? = nil, order: Int = 50
  ) {
    self.pairs = pairs
    self.label = label
    self.help = help
    self.hint = hint
    self.hintOrder = order
  }
}

/// One key and the action it does.
public struct KeyAction<Action: Hashable & Sendable>: Hashable, Sendable {
  public var key: Key
  public var action: Action
  public init(_ key: Key, _ action: Action) {
    self.key = key
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
    for binding in bindings {
      for pair in binding.pairs where pair.key == key { return pair.action }
    }
    return nil
  }

  /// Keys bound to more than one action, with the labels of the bindings that have them (the
  /// same action bound twice, as a screen restating a global key, is no clash).
  public var clashes: [(key: Key, labels: [String])] {
    var actions: [Key: [Action]] = [:]
    var labels: [Key: [String]] = [:]
    var order: [Key] = []
    for binding in bindings {
      for pair in binding.pairs {
        if actions[pair.key] == nil { order.append(pair.key) }
        if !(actions[pair.key] ?? []).contains(pair.action) {
          actions[pair.key, default: []].append(pair.action)
          labels[pair.key, default: []].append(binding.label)
        }
      }
    }
    return order.compactMap { key in
      labels[key]!.count > 1 ? (key, labels[key]!) : nil
    }
  }

  /// This map followed by another's bindings (a screen's keys, then the global ones).
  public func then(_ other: KeyMap) -> KeyMap {
    KeyMap(title, bindings + other.bindings)
  }

  /// The status hints of several maps, in hint order (stable within equal orders).
  public static func hints(_ maps: [KeyMap]) -> [(key: String, text: String)] {
    let all = maps.flatMap(\.bindings).enumerated().compactMap { i, b in
      b.hint.map { (order: b.hintOrder, index: i, hint: $0) }
    }
    return all.sorted { ($0.order, $0.index) < ($1.order, $1.index) }.map(\.hint)
  }
}
