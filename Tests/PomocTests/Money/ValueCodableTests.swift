import Foundation
import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

/// A record of every value type, as a host program would store it.
private struct Payment: Codable, Equatable {
  var amount: Money
  var date: CivilDate
  var rate: Rate
  var farm: Hectares
  var hours: CareHours
  var exact: ExactAmount
}

private func json<T: Encodable>(_ value: T) throws -> String {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys]
  return String(decoding: try encoder.encode(value), as: UTF8.self)
}

private func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
  try JSONDecoder().decode(type, from: Data(text.utf8))
}

@Suite("Codable: exact decimal strings")
struct ValueCodableTests {
  @Test("A record encodes each value as its description and decodes back to the same values")
  func recordRoundTrip() throws {
    let payment = Payment(
      amount: Money(grosze: 106_990), date: d("2025-01-31"), rate: Rate(percent: 150),
      farm: Hectares(tenThousandths: 123_456), hours: CareHours(hundredths: 4_050),
      exact: ExactAmount(units: 1_028_200_000))
    let text = try json(payment)
    #expect(
      text
        == #"{"amount":"1069.90","date":"2025-01-31","exact":"1028.200000","farm":"12.3456","hours":"40.50","rate":"150.00"}"#
    )
    #expect(try decode(Payment.self, text) == payment)
  }

  @Test("Money round-trips at every length and at both ends of Int64")
  func moneyRoundTrip() throws {
    let amounts: [Money] = [
      .zero, Money(grosze: 1), Money(grosze: -150), 776, Money.inputLimit,
      Money(grosze: .max), Money(grosze: .min), Money(grosze: .min + 1),
    ]
    let text = try json(amounts)
    // Int64.max gr = 92 233 720 368 547 758.07 zł; Int64.min gr = −92 233 720 368 547 758.08 zł.
    #expect(
      text
        == #"["0.00","0.01","-1.50","776.00","1000000000.00","92233720368547758.07","-92233720368547758.08","-92233720368547758.07"]"#
    )
    #expect(try decode([Money].self, text) == amounts)
  }

  @Test(
    "Money decodes fewer decimals too",
    arguments: [
      ("\"1069.9\"", Int64(106_990)), ("\"776\"", 77_600), ("\"0.5\"", 50), ("\"-0.01\"", -1), ("\"007.00\"", 700),
    ])
  func moneyLenient(text: String, grosze: Int64) throws {
    #expect(try decode([Money].self, "[\(text)]") == [Money(grosze: grosze)])
  }

  @Test(
    "Money decoding rejects more than two decimals, garbage and numbers",
    arguments: [
      "\"1.234\"", "\"abc\"", "\"\"", "\"-\"", "\"1,50\"", "\" 1\"", "\"+1\"", "\"1e3\"", "\".5\"", "\"5.\"",
      "\"1.2.3\"", "\"--1\"",
      "\"92233720368547758.08\"",   // 2^63 gr: one grosz past Int64.max
      "\"-92233720368547758.09\"",   // one grosz below Int64.min
      "\"99999999999999999999\"",
      "1069.9", "776", "null", "true",
    ])
  func moneyRejects(text: String) {
    #expect(throws: DecodingError.self) { try decode([Money].self, "[\(text)]") }
  }

  @Test("Bad text is reported as corrupted data, a number as a type mismatch")
  func decodingErrorKinds() {
    let corrupted = #expect(throws: DecodingError.self) { try decode([Money].self, #"["1.234"]"#) }
    if case .dataCorrupted(let context)? = corrupted {
      #expect(context.debugDescription.contains("1.234"))
    } else {
      Issue.record("expected dataCorrupted, got \(String(describing: corrupted))")
    }
    let mismatch = #expect(throws: DecodingError.self) { try decode([Money].self, "[1069.9]") }
    if case .typeMismatch? = mismatch {
    } else {
      Issue.record("expected typeMismatch, got \(String(describing: mismatch))")
    }
  }

  @Test("Rate, hectares, hours: their decimals and no more")
  func otherQuantities() throws {
    #expect(try decode([Rate].self, #"["150.00","1.5","0"]"#) == [Rate(percent: 150), Rate(basisPoints: 150), .zero])
    #expect(throws: DecodingError.self) { try decode([Rate].self, #"["1.505"]"#) }
    #expect(throws: DecodingError.self) { try decode([Rate].self, #"["150 %"]"#) }
    #expect(try decode([Hectares].self, #"["12.3456","1"]"#) == [Hectares(tenThousandths: 123_456), .one])
    #expect(throws: DecodingError.self) { try decode([Hectares].self, #"["12.34567"]"#) }
    #expect(try decode([CareHours].self, #"["40.5"]"#) == [CareHours(hundredths: 4_050)])
    #expect(throws: DecodingError.self) { try decode([CareHours].self, #"["40.505"]"#) }
    #expect(try decode([ExactAmount].self, #"["0.000001"]"#) == [ExactAmount(units: 1)])
    #expect(throws: DecodingError.self) { try decode([ExactAmount].self, #"["0.0000001"]"#) }
  }

  @Test("The full-range reader behind decoding")
  func fullRange() {
    #expect(DecimalText.parseFullRange("-92233720368547758.08", fractionDigits: 2) == .min)
    #expect(DecimalText.parseFullRange("92233720368547758.07", fractionDigits: 2) == .max)
    #expect(DecimalText.parseFullRange("92233720368547758.08", fractionDigits: 2) == nil)
    #expect(DecimalText.parseFullRange("9223372036854775807", fractionDigits: 0) == .max)
    #expect(DecimalText.parseFullRange("-9223372036854775808", fractionDigits: 0) == .min)
    #expect(DecimalText.parseFullRange("18446744073709551616", fractionDigits: 0) == nil)   // 2^64
    #expect(DecimalText.parseFullRange("-0", fractionDigits: 2) == 0)
    #expect(DecimalText.parseFullRange("1.5", fractionDigits: 0) == nil)
    #expect(DecimalText.parseFullRange("1.5", fractionDigits: 4) == 15_000)
  }
}
