import DossierTUI

/// What a piece of the screen is; a theme decides how it looks.
public enum Role: CaseIterable, Sendable {
  case normal, dim, title, heading, era
  case topBar, tabActive, tabInactive
  case status, statusKey, input
  case selected, selectedUnfocused
  case link, mention, match
  case badge, supports, undermines
  case warning, error, border, mark
}

/// A set of styles for every role. Meaning never rests on colour alone: every role that
/// matters also differs in text (labels, symbols) or in bold, reverse or underline.
public struct Theme: Sendable, Hashable {
  public enum Name: String, Sendable, CaseIterable { case `default`, monochrome, contrast }

  public var name: Name
  /// Whether the theme uses colours at all.
  public var usesColor: Bool { name != .monochrome }

  public init(_ name: Name) { self.name = name }

  public func style(_ role: Role) -> Style {
    switch name {
    case .default: Theme.colorful(role)
    case .monochrome: Theme.mono(role)
    case .contrast: Theme.contrast(role)
    }
  }

  static func mono(_ role: Role) -> Style {
    switch role {
    case .normal, .border: Style()
    case .dim, .era: Style(dim: true)
    case .title, .heading, .badge, .warning, .error, .supports: Style(bold: true)
    case .undermines: Style(bold: true, underline: true)
    case .topBar, .status: Style(reverse: true)
    case .tabActive: Style(bold: true, underline: true)
    case .tabInactive: Style(reverse: true)
    case .statusKey: Style(bold: true, reverse: true)
    case .input: Style(bold: true)
    case .selected: Style(reverse: true)
    case .selectedUnfocused: Style(underline: true)
    case .link, .mention: Style(underline: true)
    case .match: Style(bold: true, underline: true)
    case .mark: Style(bold: true)
    }
  }

  static func colorful(_ role: Role) -> Style {
    switch role {
    case .normal: Style()
    case .border: Style(.blue)
    case .dim: Style(dim: true)
    case .era: Style(.magenta, bold: true)
    case .title: Style(bold: true)
    case .heading: Style(.yellow, bold: true)
    case .topBar, .status: Style(.white, on: .blue)
    case .tabActive: Style(.black, on: .cyan, bold: true)
    case .tabInactive: Style(.white, on: .blue)
    case .statusKey: Style(.yellow, on: .blue, bold: true)
    case .input: Style(.black, on: .yellow, bold: true)
    case .selected: Style(.black, on: .cyan)
    case .selectedUnfocused: Style(underline: true)
    case .link: Style(.cyan, underline: true)
    case .mention: Style(.green, underline: true)
    case .match: Style(.black, on: .yellow)
    case .badge: Style(.magenta, bold: true)
    case .supports: Style(.green, bold: true)
    case .undermines: Style(.red, bold: true)
    case .warning: Style(.yellow, bold: true)
    case .error: Style(.red, bold: true)
    case .mark: Style(.yellow, bold: true)
    }
  }

  /// For projectors: white on black, bold text, reverse video for selection.
  static func contrast(_ role: Role) -> Style {
    switch role {
    case .normal, .border: Style(.white, on: .black)
    case .dim: Style(.white, on: .black)
    case .era, .heading, .title, .badge: Style(.yellow, on: .black, bold: true)
    case .topBar, .status, .tabInactive: Style(.black, on: .white, bold: true)
    case .tabActive: Style(.black, on: .yellow, bold: true)
    case .statusKey: Style(.black, on: .white, bold: true, underline: true)
    case .input: Style(.black, on: .yellow, bold: true)
    case .selected: Style(.black, on: .yellow, bold: true)
    case .selectedUnfocused: Style(.white, on: .black, bold: true, underline: true)
    case .link, .mention: Style(.cyan, on: .black, bold: true, underline: true)
    case .match: Style(.black, on: .white, bold: true)
    case .supports: Style(.green, on: .black, bold: true)
    case .undermines: Style(.red, on: .black, bold: true, underline: true)
    case .warning, .error, .mark: Style(.yellow, on: .black, bold: true)
    }
  }

  /// The theme the environment asks for: monochrome when `NO_COLOR` is set or `TERM=dumb`.
  public static func resolve(requested: Name?, environment: [String: String]) -> Theme {
    if let requested { return Theme(requested) }
    if environment["NO_COLOR"].map({ !$0.isEmpty }) == true || environment["TERM"] == "dumb" {
      return Theme(.monochrome)
    }
    return Theme(.default)
  }
}
