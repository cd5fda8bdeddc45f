import Testing

@_spi(Fuzzing) @testable import DossierModel

/// Rich text keeps one string with the mentions' ranges; segments are made from them.
@Suite("Rich text")
struct RichTextTests {
  @Test func mentionsAreShownByTheirLabels() {
    let text = RichText.parse(
      "Minsk and [[russia|Moscow]] met [[lukashenka]] in [[suwalki | Suwałki ]].")
    #expect(text.plain == "Minsk and Moscow met  in Suwałki.")
    #expect(text.mentionedActors == ["russia", "lukashenka", "suwalki"])
    #expect(
      text.segments == [
        .text("Minsk and "), .mention(id: "russia", label: "Moscow"), .text(" met "),
        .mention(id: "lukashenka", label: ""), .text(" in "),
        .mention(id: "suwalki", label: "Suwałki"), .text("."),
      ])
  }

  @Test func bareMentionsTakeTheActorsNames() {
    var text = RichText.parse("[[lukashenka]] and [[nobody]] visited [[belarus|Беларусь]]")
    text.resolveLabels { $0 == "lukashenka" ? "Аляксандр Лукашэнка" : nil }
    #expect(text.plain == "Аляксандр Лукашэнка and nobody visited Беларусь")
    #expect(
      text.segments == [
        .mention(id: "lukashenka", label: "Аляксандр Лукашэнка"), .text(" and "),
        .mention(id: "nobody", label: "nobody"), .text(" visited "),
        .mention(id: "belarus", label: "Беларусь"),
      ])
  }

  @Test func segmentsMakeTheSameText() {
    let segments: [RichText.Segment] = [
      .text("Zapad "), .mention(id: "z", label: "2021"), .mention(id: "e", label: ""),
      .text(" — ✓ 中文"),
    ]
    let text = RichText(segments: segments)
    #expect(text.segments == segments)
    #expect(text.plain == "Zapad 2021 — ✓ 中文")
    #expect(RichText(plain: "").isEmpty)
    #expect(!RichText(segments: [.mention(id: "a", label: "")]).isEmpty)
  }

  @Test func unclosedBracketsStayText() {
    let text = RichText.parse("a [[b and [c]] [[d\ne]] end")
    #expect(
      text.segments == [.text("a "), .mention(id: "b and [c", label: ""), .text(" [[d\ne]] end")])
  }
}
