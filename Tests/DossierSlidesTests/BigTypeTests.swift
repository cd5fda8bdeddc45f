import DossierModel
import DossierTestSupport
import Testing

@testable import DossierSlides

@Suite("Big type")
struct BigTypeTests {
  /// Every glyph drawn in every variant, row by row: the block font's shapes are checked here,
  /// and any change to them shows in the diff.
  @Test func everyDigitAndLetterHasFiveRowsOfEqualWidth() {
    for c in BigType.characters {
      let glyph = BigType.glyphs[c]!
      #expect(glyph.pixels.count == 5, "\(c)")
      #expect(Set(glyph.pixels.map(\.count)) == [glyph.width], "\(c)")
      if c != " " { #expect(glyph.pixels.joined().contains(true), "\(c) has ink") }
    }
    #expect(BigType.characters.count == 26 + 10 + 18)
  }

  @Test func glyphsAreDistinct() {
    var seen: [[[Bool]]: Character] = [:]
    for c in BigType.characters {
      let pixels = BigType.glyphs[c]!.pixels
      #expect(seen[pixels] == nil, "\(c) looks like \(seen[pixels].map(String.init) ?? "")")
      seen[pixels] = c
    }
  }

  @Test func blockRendersEachPixelTwoCellsWideOneRowTall() {
    let rows = BigType.render(line: "A", in: .block)!
    #expect(
      rows == [
        "  ██████  ",
        "██      ██",
        "██████████",
        "██      ██",
        "██      ██",
      ])
  }

  @Test func largeBlockDoublesBlock() {
    let rows = BigType.render(line: "1", in: .largeBlock)!
    #expect(rows.count == 10)
    #expect(rows[0] == "    ████    ")
    #expect(rows[1] == rows[0])
    #expect(rows[9] == "████████████")
  }

  @Test func halfBlockPacksTwoPixelRowsIntoOne() {
    let rows = BigType.render(line: "E", in: .halfBlock)!
    // Rows 1+2 (#####, #....), 3+4 (####., #....), 5 (#####) alone.
    #expect(rows == ["█▀▀▀▀", "█▀▀▀ ", "▀▀▀▀▀"])
    #expect(BigType.render(line: "0", in: .halfBlock)! == ["▄▀▀█▄", "█▄▀ █", " ▀▀▀ "])
  }

  @Test func asciiUsesHashes() {
    let rows = BigType.render(line: "T", in: .ascii)!
    #expect(rows == ["##########", "    ##    ", "    ##    ", "    ##    ", "    ##    "])
    #expect(BigType.render(line: "T", in: .largeASCII)!.count == 10)
    for variant in [BigType.Variant.ascii, .largeASCII] {
      let text = BigType.render(line: "ZAPAD 2017", in: variant)!.joined()
      #expect(text.unicodeScalars.allSatisfy { $0 == "#" || $0 == " " })
    }
  }

  @Test func lettersAreSpacedByOnePixel() {
    let rows = BigType.render(line: "II", in: .block)!
    #expect(rows[0] == "██████  ██████")
    #expect(BigType.width(of: "II", in: .block) == 14)
    #expect(BigType.width(of: "II", in: .halfBlock) == 7)
    #expect(BigType.width(of: "I I", in: .halfBlock) == 3 + 1 + 3 + 1 + 3)
  }

  @Test func foldsDiacriticsAndDrawsCapitals() {
    #expect(BigType.normalized("Suwałki gap – Łódź") == "SUWALKI GAP - LODZ")
    #expect(BigType.render(line: "é", in: .block) == BigType.render(line: "E", in: .block))
    #expect(
      BigType.render(line: "straße", in: .block) == BigType.render(line: "STRASSE", in: .block))
    #expect(BigType.supports("Zapad-2017: Belarus’ “exercise”?"))
    #expect(!BigType.supports("Запад"))
    #expect(!BigType.supports("演習"))
    #expect(!BigType.supports(""))
  }

  @Test func wrapsWordsOntoLinesThatFit() {
    let r = BigType.render("Zapad 2017", in: .halfBlock, width: 40)!
    #expect(r.lines == ["ZAPAD", "2017"])
    #expect(r.height == 3 + 1 + 3)
    #expect(r.rows.allSatisfy { CellWidth.of($0) == r.width })
    #expect(r.width <= 40)
    // A word wider than the width never fits.
    #expect(BigType.render("Zapad", in: .block, width: 40) == nil)
  }

  @Test func centersEachLine() {
    let r = BigType.render("AAA I", in: .halfBlock, width: 20, alignment: .center)!
    #expect(r.lines == ["AAA", "I"])
    #expect(r.rows[4].hasPrefix("      ") && r.rows[4].hasSuffix("      "))
    #expect(r.rows[4].trimmingCharacters(in: .whitespaces) == "▀█▀")
  }

  @Test func chooserPicksTheLargestVariantThatFits() {
    #expect(BigType.fit("2013", width: 250, height: 70).variant == .largeBlock)
    #expect(BigType.fit("2013", width: 100, height: 8).variant == .block)
    #expect(BigType.fit("2013", width: 40, height: 8).variant == .halfBlock)
    #expect(BigType.fit("2013", width: 10, height: 8).variant == .plain)
    #expect(BigType.fit("2013", width: 250, height: 2).variant == .plain)
    #expect(BigType.fit("2013", width: 250, height: 70, unicode: false).variant == .largeASCII)
    #expect(BigType.fit("2013", width: 60, height: 7, unicode: false).variant == .ascii)
    #expect(BigType.fit("2013", width: 20, height: 7, unicode: false).variant == .plain)
    #expect(BigType.fit("Запад-2017", width: 250, height: 70).variant == .plain)
    let long = "Russia and Belarus hold the joint strategic exercise Zapad-2013"
    let r = BigType.fit(long, width: 200, height: 30)
    #expect(r.variant == .halfBlock)
    #expect(r.lines.count <= 3)
    #expect(BigType.fit(long, width: 200, height: 30, maxLines: 1).variant == .plain)
  }

  @Test func everyRenderingFitsWhatItWasGiven() {
    let texts = ["2008", "Aug 2008", "Zapad-2017", "Sources disagree", "c. 1970s", "Łukašenka?"]
    for text in texts {
      for width in [10, 24, 40, 80, 120, 200, 250] {
        for height in [1, 3, 5, 10, 24, 70] {
          let r = BigType.fit(text, width: width, height: height)
          #expect(r.width <= width, "\(text) \(width)x\(height)")
          #expect(r.rows.allSatisfy { CellWidth.of($0) == r.width })
          if r.variant != .plain { #expect(r.height <= height) }
        }
      }
    }
  }

  @Test func plainFallbackWrapsTheOriginalText() {
    let r = BigType.fit("Запад и Восток", width: 8, height: 5)
    #expect(r.variant == .plain)
    #expect(r.lines == ["Запад и", "Восток"])
    #expect(r.rows == ["Запад и", "Восток "])
  }
}

@Suite("Big type sheet")
struct BigTypeSheetTests {
  /// Every character the font has, in every variant that draws pixels differently, against a
  /// file that a reader can check by eye.
  @Test func everyCharacterInEveryVariant() {
    var sheet: [String] = []
    for variant in [BigType.Variant.block, .halfBlock, .ascii] {
      sheet.append("== \(variant.rawValue)")
      for c in BigType.characters {
        sheet.append("-- \(c == " " ? "space" : String(c))")
        sheet += BigType.render(line: String(c), in: variant)!.map { $0 + "|" }
      }
    }
    assertSnapshot(sheet.joined(separator: "\n"), named: "font-sheet")
  }
}
