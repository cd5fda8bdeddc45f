import DossierModel
import Testing

@Suite("EDTF dates")
struct EDTFDateTests {
  func date(_ text: String) throws -> EDTFDate {
    try EDTFDate.parse(text).get()
  }

  @Test(arguments: [
    ("2009", "2009"), ("2009-02", "Feb 2009"), ("2009-02-03", "3 Feb 2009"),
    ("197X", "1970s"), ("19XX", "1900s"), ("2018?", "2018?"), ("1970~", "c. 1970"),
    ("197X~", "c. 1970s"), ("2004%", "c. 2004?"), ("1997/1999", "1997–1999"),
    ("2009-02/2009-05", "Feb–May 2009"), ("2009-02-03/2009-02-10", "3–10 Feb 2009"),
    ("2009-02-03/2009-05-10", "3 Feb – 10 May 2009"), ("2008/2009-05", "2008 – May 2009"),
    ("2015/..", "since 2015"), ("../1991", "until 1991"), ("1994-07/..", "since Jul 1994"),
    ("2012~/2014", "c. 2012 – 2014"), ("2015/", "2015 – ?"),
  ])
  func display(text: String, shown: String) throws {
    #expect(try date(text).display == shown)
  }

  /// A date column too narrow for a label gets it shorter, never cut while a shorter form fits.
  @Test(arguments: [
    ("2014-03/2015-03", 19, "Mar 2014 – Mar 2015"), ("2014-03/2015-03", 17, "Mar 2014–Mar 2015"),
    ("2014-03/2015-03", 13, "2014–2015"), ("1999-12/2002", 13, "Dec 1999–2002"),
    ("2012~/2013-06", 14, "c. 2012–2013"), ("2020-08/..", 10, "since 2020"),
    ("../2013-02", 13, "until 2013"), ("2014-03/2015-03", 6, "2014–…"),
    ("2009-02-03", 13, "3 Feb 2009"),
  ])
  func displayFitting(text: String, width: Int, shown: String) throws {
    let fitted = try date(text).display(fitting: width)
    #expect(fitted == shown)
    #expect(fitted.count <= width)
  }

  @Test(arguments: [
    "", "09", "2009-13", "2009-02-30", "2009/2010/2011", "../..", "abcd", "2009-2", "197X-01",
    "20091",
  ])
  func invalid(text: String) {
    guard case .failure(let error) = EDTFDate.parse(text) else {
      Issue.record("'\(text)' parsed")
      return
    }
    #expect(error.kind == .invalid)
  }

  @Test func reversedRangesAreRejected() {
    guard case .failure(let error) = EDTFDate.parse("2001/1999") else {
      Issue.record("parsed")
      return
    }
    #expect(error.kind == .reversed)
    #expect(error.message == "the range '2001/1999' ends before it starts")
    // An end in the same year as a month-precise start is fine.
    #expect((try? date("2009-05/2009")) != nil)
  }

  @Test func impossibleDaysHaveAPreciseMessage() {
    guard case .failure(let error) = EDTFDate.parse("2019-02-30") else { return }
    #expect(error.message == "'2019-02-30' is not a day of the calendar")
    #expect((try? date("2020-02-29")) != nil)
  }

  @Test func orderingIsByEarliestDayThenPrecision() throws {
    let texts = ["2009-02-03", "2009", "../2005", "2009-02", "197X~", "2008/2010", "2009-01-31"]
    let sorted = try texts.map(date).sorted().map(\.text)
    #expect(
      sorted == ["197X~", "../2005", "2008/2010", "2009", "2009-01-31", "2009-02", "2009-02-03"])
  }

  @Test func yearOnlyDatesAreNeverFirstOfJanuary() throws {
    #expect(try date("2013").display == "2013")
    #expect(try date("2013").dayRange.last! - date("2013").dayRange.first! == 364)
  }
}
