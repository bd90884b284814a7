import Foundation
import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

@Suite("Civil dates")
struct CivilDateTests {
  @Test(
    "Strict YYYY-MM-DD, real days only",
    arguments: [
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

@Suite("Civil dates as values")
struct CivilDateValueTests {
  @Test("LosslessStringConvertible: every date reads back from its description")
  func lossless() {
    func roundTrip<T: LosslessStringConvertible & Equatable>(_ value: T) -> Bool { T(value.description) == value }
    for date in [CivilDate(1, 1, 1), CivilDate(2024, 2, 29), CivilDate(2025, 1, 31), CivilDate(9999, 12, 31)] {
      #expect(roundTrip(date), "\(date)")
    }
    #expect(CivilDate(1, 1, 1).description == "0001-01-01")
    #expect(String(describing: CivilDate(2025, 1, 31)) == "2025-01-31")
  }

  @Test("Codable as a YYYY-MM-DD string")
  func codable() throws {
    let dates = [d("2012-10-01"), d("2024-02-29")]
    let data = try JSONEncoder().encode(dates)
    #expect(String(decoding: data, as: UTF8.self) == #"["2012-10-01","2024-02-29"]"#)
    #expect(try JSONDecoder().decode([CivilDate].self, from: data) == dates)
  }

  @Test(
    "Decoding rejects impossible days, other formats and numbers",
    arguments: [
      #"["2023-02-30"]"#, #"["2025-1-31"]"#, #"["2025/01/31"]"#, #"["31.01.2025"]"#, #"[""]"#, "[20250131]",
    ])
  func rejects(json: String) {
    #expect(throws: DecodingError.self) { try JSONDecoder().decode([CivilDate].self, from: Data(json.utf8)) }
  }
}
