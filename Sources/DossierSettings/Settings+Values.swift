extension Settings {
  /// Sets a value from its text; false (and nothing changed) when the text is not a valid value.
  @discardableResult
  public mutating func set(_ key: SettingKey, _ text: String, from origin: SettingOrigin) -> Bool {
    switch key {
    case .theme:
      guard let value = ThemeChoice(rawValue: text) else { return false }
      theme = value
    case .startView:
      guard let value = StartView(rawValue: text) else { return false }
      startView = value
    case .presenterFont:
      guard let value = PresenterFont(rawValue: text) else { return false }
      presenterFont = value
    case .autoAdvance, .paneSplit:
      guard let number = Int(text), key.range?.contains(number) == true else { return false }
      if key == .autoAdvance { autoAdvance = number } else { paneSplit = number }
    }
    origins[key] = origin
    return true
  }
}
