import Testing
@testable import Pomoc

@Suite("Civil dates")
struct CivilDateTests {
  @Test("Strict YYYY-MM-DD, real days only", arguments: [
    ("2024-02-29", true), ("2023-02-29", false), ("2023-02-30", false), ("2023-04-31", false),
    ("2023-12-31", true), ("2023-13-01", false), ("2023-00-10", false), ("2023-1-01", false),
    ("2023/01/01", false), ("20230101", false), ("2023-01-01 ", false), ("1900-02-29", false),
    ("2000-02-29", true), ("0000-01-01", false),
  ])
  func parsing(text: String, valid: Bool) {
    #expect((CivilDate(text) != nil) == valid)
  }

  @Test("Order and printing")
  func order() {
    #expect(d("2015-09-30") < d("2015-10-01"))
    #expect(d("2015-10-01").previousDay == d("2015-09-30"))
    #expect(d("2025-01-01").previousDay == d("2024-12-31"))
    #expect(d("2024-03-01").previousDay == d("2024-02-29"))
    #expect(d("2012-10-01").description == "2012-10-01")
  }
}
