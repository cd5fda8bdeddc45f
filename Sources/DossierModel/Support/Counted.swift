/// A count with its noun in the right number, for messages and titles: "1 event", "2 events".
public enum Counted {
  /// `count` followed by `singular`, or by `plural` (by default `singular` + "s") unless the
  /// count is one: `Counted.text(1, "error")` is "1 error", `Counted.text(2, "entry",
  /// plural: "entries")` is "2 entries".
  public static func text(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    "\(count) " + noun(count, singular, plural: plural)
  }

  /// The noun alone, in the number `count` asks for.
  public static func noun(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    count == 1 ? singular : plural ?? singular + "s"
  }
}
