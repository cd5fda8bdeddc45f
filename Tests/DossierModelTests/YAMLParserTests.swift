import DossierModel
import Testing

@Suite("YAML subset parser")
struct YAMLParserTests {
  @Test func blockMappingsAndSequences() {
    let result = yaml(
      """
      - id: a
        name: Alpha
        tags:
          - x
          - y
      - id: b
        list:
        - one
        - two
      """)
    #expect(result.errors.isEmpty)
    #expect(
      result.root?.dump
        == "[{id: \"a\", name: \"Alpha\", tags: [\"x\", \"y\"]}, {id: \"b\", list: [\"one\", \"two\"]}]"
    )
  }

  @Test func flowCollectionsSpanLines() {
    let result = yaml(
      """
      actors: [belarus,
        russia, "Union State"]
      figure: {value: 12500, unit: troops}
      empty: []
      """)
    #expect(result.errors.isEmpty)
    #expect(
      result.root?.dump
        == "{actors: [\"belarus\", \"russia\", \"Union State\"], figure: {value: \"12500\", unit: \"troops\"}, empty: []}"
    )
  }

  @Test func scalarsOfEveryStyle() {
    let result = yaml(
      """
      plain: text with 'quotes', C# and F#
      comment: value # a comment
      single: 'it''s'
      double: "tab\\tand \\u00e9 and \\"q\\""
      multi: a plain text
        that goes on
      literal: |
        line one
        line two
      folded: >-
        one
        two

        three
      date: 2009-02
      url: https://example.org/a:b
      """)
    #expect(result.errors.isEmpty)
    #expect(
      result.root?.dump
        == "{plain: \"text with 'quotes', C# and F#\", comment: \"value\", single: \"it's\", double: \"tab\tand é and \"q\"\", multi: \"a plain text that goes on\", literal: \"line one\nline two\n\", folded: \"one two\nthree\", date: \"2009-02\", url: \"https://example.org/a:b\"}"
    )
  }

  @Test func anEscapedLineBreakJoinsLinesWhateverTheLineEnding() {
    // A backslash before the line break (LF, CRLF or CR) joins the lines without a space, as
    // YAML's escaped line break does; a CRLF file reads like the same file with LF.
    for ending in ["\n", "\r\n", "\r"] {
      let result = yaml("name: \"Line \\" + ending + "  two\"" + ending)
      #expect(result.errors.isEmpty, "\(ending.debugDescription)")
      #expect(result.root?.dump == "{name: \"Line two\"}", "\(ending.debugDescription)")
    }
  }

  @Test func positionsAreByteOffsets() throws {
    let text = "- id: a\n  name: Ω here\n"
    let root = try #require(yaml(text).root)
    guard case .sequence(let items) = root.value, case .mapping(let entries) = items[0].value
    else {
      Issue.record("unexpected shape")
      return
    }
    #expect(entries[1].keyOffset == 10)
    #expect(entries[1].value.offset == 16)
  }

  /// Plain text is scanned eight bytes at a time for '#' and ':'; this compares the result with
  /// the rules read one byte at a time, for text that puts them at every position of a word.
  @Test func plainTextEndsWhereTheRulesSay() {
    let pieces = ["word", "ab", "x", " ", "  ", "\t", "#", " #c", ":", ": x", "a:b", "é", "Минск"]
    var random = SplitMix64(seed: 11)
    for round in 0..<2000 {
      var text = "v"
      for _ in 0..<Int(random.next() % 12) { text += pieces[Int(random.next() % 13)] }
      let bytes = Array(text.utf8)
      // The rules: a comment starts at ' #'; ': ' (or ':' at the end) is an error; trailing
      // spaces and tabs are not part of the value.
      var stop = bytes.count
      var colonError = false
      for q in bytes.indices {
        if bytes[q] == UInt8(ascii: "#"), q > 0, bytes[q - 1] == 0x20 || bytes[q - 1] == 0x09 {
          stop = q
          break
        }
        if bytes[q] == UInt8(ascii: ":"), q + 1 == bytes.count || bytes[q + 1] == 0x20 {
          colonError = true
          break
        }
      }
      var end = stop
      while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
      let result = yaml("key: " + text)
      if colonError {
        #expect(result.errors.count == 1, "round \(round): \(text)")
      } else {
        let expected = String(decoding: bytes[..<end], as: UTF8.self)
        #expect(result.root?.dump == "{key: \"\(expected)\"}", "round \(round): \(text)")
      }
    }
  }

  @Test func colonInPlainTextIsAnError() {
    let result = yaml("title: Belarus: the next step\n")
    #expect(result.errors.map(\.message) == ["': ' cannot appear inside unquoted text"])
    #expect(result.errors.first?.hint == "put the whole text in quotes")
    #expect(result.errors.first?.offset == 14)
  }

  @Test func unsupportedFeaturesAreNamed() {
    #expect(yaml("a: &x 1\n").errors.first?.id == .yamlUnsupported)
    #expect(yaml("a: *x\n").errors.first?.message == "aliases are not supported")
    #expect(yaml("a: !tag x\n").errors.first?.message == "tags are not supported")
    #expect(yaml("a: 1\n---\nb: 2\n").errors.first?.message == "a file holds one YAML document")
  }

  @Test func tabsAndUnclosedQuotes() {
    #expect(yaml("a:\n\tb: 1\n").errors.first?.message == "tabs are not allowed in indentation")
    #expect(yaml("a: \"open\n").errors.first?.message == "this quoted text is never closed")
    #expect(yaml("a: [1, 2\n").errors.first?.message == "this list is never closed")
  }

  @Test func duplicateKeysAreReported() {
    let result = yaml("a: 1\na: 2\n")
    #expect(result.errors.map(\.id) == [.duplicateKey])
  }

  @Test func aBrokenItemLosesOnlyItself() {
    let result = yaml(
      """
      - id: good
      - id: "broken
        name: x
      - id: also-good
      """)
    #expect(result.errors.count == 1)
    #expect(result.root?.dump == "[{id: \"good\"}, {id: \"also-good\"}]")
  }

  @Test func emptyAndCommentOnlyTexts() {
    #expect(yaml("").root == nil)
    #expect(yaml("# nothing\n\n").root == nil)
    #expect(yaml("---\n- a\n").root?.dump == "[\"a\"]")
  }

  @Test func indentationErrorsHaveHints() {
    let result = yaml("a: 1\n   b: 2\n")
    #expect(result.errors.first?.message == "this line is indented more than the key above it")
  }
}
