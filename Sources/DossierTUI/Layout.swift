/// How much of an area one part of a split takes.
public enum Constraint: Hashable, Sendable {
  /// Exactly `n` cells (less when the area is too small).
  case length(Int)
  /// A share of the whole area, in percent.
  case percent(Int)
  /// At least `n` cells; shares what is left with the other `.fill` parts.
  case min(Int)
  /// An equal share of what is left after the fixed parts.
  case fill
}

/// The direction of a split: `.vertical` stacks rows, `.horizontal` places columns side by side.
public enum Axis: Hashable, Sendable { case vertical, horizontal }

extension Rect {
  /// Splits the rectangle along an axis into one rectangle per constraint, in order; the parts
  /// never overlap and never leave the rectangle. Fixed parts (`length`, `percent`, `min`'s
  /// minimum) are served first, in order; what remains goes to the `fill` and `min` parts
  /// equally, the first ones taking the odd cells.
  public func split(_ axis: Axis, _ constraints: [Constraint]) -> [Rect] {
    let total = axis == .vertical ? height : width
    var sizes = [Int](repeating: 0, count: constraints.count)
    var left = total
    for (i, constraint) in constraints.enumerated() {
      let wanted: Int
      switch constraint {
      case .length(let n): wanted = n
      case .percent(let p): wanted = total * p / 100
      case .min(let n): wanted = n
      case .fill: wanted = 0
      }
      sizes[i] = Swift.min(Swift.max(0, wanted), left)
      left -= sizes[i]
    }
    let growing = constraints.indices.filter {
      switch constraints[$0] {
      case .fill, .min: true
      default: false
      }
    }
    if !growing.isEmpty {
      for (k, i) in growing.enumerated() {
        sizes[i] += left / growing.count + (k < left % growing.count ? 1 : 0)
      }
    }
    var offset = axis == .vertical ? y : x
    return sizes.map { size in
      defer { offset += size }
      return axis == .vertical
        ? Rect(x: x, y: offset, width: width, height: size)
        : Rect(x: offset, y: y, width: size, height: height)
    }
  }

  /// One row of the rectangle (relative to its top), clipped to it.
  public func row(_ n: Int) -> Rect {
    Rect(x: x, y: y + n, width: width, height: n >= 0 && n < height ? 1 : 0)
  }
}
