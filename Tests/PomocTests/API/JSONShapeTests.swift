import Foundation
import Testing

@testable import Pomoc

private func json<T: Encodable>(_ value: T) throws -> String {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys]
  return String(decoding: try encoder.encode(value), as: UTF8.self)
}

private func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
  try JSONDecoder().decode(type, from: Data(text.utf8))
}

@Suite("Codable: the JSON a host program stores")
struct JSONShapeTests {
  @Test("Amounts are exact decimal strings, never JSON numbers")
  func money() throws {
    // 130 % × 823.00 = 1069.90 (art. 37 ust. 2 pkt 2 u.p.s. from 2024-01-01).
    #expect(try json([Money(grosze: 106_990)]) == #"["1069.90"]"#)
    #expect(try decode([Money].self, #"["1069.90"]"#) == [m("1069.90")])
  }

  @Test("A reason set is an array of reason codes, in the order of art. 7")
  func reasonSet() throws {
    #expect(try json(ReasonSet([.disability])) == #"["disability"]"#)
    // Unemployment is art. 7 pkt 4, disability pkt 5, long illness pkt 6: that order, whatever the input's.
    #expect(
      try json(ReasonSet([.longIllness, .disability, .unemployment]))
        == #"["unemployment","disability","long_illness"]"#)
    #expect(try json(ReasonSet()) == "[]")
    #expect(try decode(ReasonSet.self, #"["disability","disability"]"#) == [.disability])
    #expect(throws: DecodingError.self) { try decode(ReasonSet.self, #"["disability","flood"]"#) }
    #expect(throws: DecodingError.self) { try decode(ReasonSet.self, #""disability""#) }
  }

  @Test("An error is its code as a string, the field and record when known, and the message")
  func pomocError() throws {
    let error = PomocError.invalid("date", "not a day").for(record: "h-17")
    #expect(
      try json(error) == #"{"code":"invalid_field","field":"date","message":"field 'date': not a day","record":"h-17"}"#
    )
    #expect(
      try json(PomocError(.duplicateID, record: "h-3")) == #"{"code":"duplicate_id","message":"","record":"h-3"}"#)
    // Decoding: code required; field, record and message may be left out.
    #expect(
      try decode(PomocError.self, #"{"code":"duplicate_id","record":"h-3"}"#) == PomocError(.duplicateID, record: "h-3")
    )
    #expect(throws: DecodingError.self) { try decode(PomocError.self, #"{"field":"date"}"#) }
    #expect(try json([PomocError.Code.parameterNotEncoded]) == #"["parameter_not_encoded"]"#)
  }

  @Test("Ids are plain strings; full-time equivalents their shortest decimal")
  func plainStrings() throws {
    #expect(try json([ParameterID.incomeCriterionSinglePerson]) == #"["incomeCriterionSinglePerson"]"#)
    // 35 000 residents ÷ 2000 = 17.5 FTE; 1021 families ÷ 50 = 20.42 FTE.
    let ftes = [
      FullTimeEquivalent(whole: 26), FullTimeEquivalent(tenThousandths: 175_000),
      FullTimeEquivalent(tenThousandths: 204_200), .zero,
    ]
    #expect(try json(ftes) == #"["26","17.5","20.42","0"]"#)
    #expect(try decode([FullTimeEquivalent].self, #"["26","17.5","20.4200"]"#) == Array(ftes.prefix(3)))
    #expect(throws: DecodingError.self) { try decode([FullTimeEquivalent].self, #"["1.23456"]"#) }
    #expect(throws: DecodingError.self) { try decode([FullTimeEquivalent].self, "[26]") }
  }

  @Test("A request: property names as keys, exact strings, an absent care request left out")
  func request() throws {
    let request = household(
      "2025-03-01", persons: 3, income: "2100.00", age: 70, sex: .female, ownIncome: "700.00", reasons: [.disability])
    let text = try json(request)
    #expect(
      text
        == #"{"alimonyPaid":"0.00","applicant":{"age":70,"disability":"none","ownIncome":"700.00","sex":"F"},"#
        + #""date":"2025-03-01","farmland":"0.0000","income":"2100.00","municipality":"","persons":3,"#
        + #""reasons":["disability"]}"#)
    #expect(try decode(EvaluationRequest.self, text) == request)
  }

  @Test("The README household's result as JSON")
  func result() throws {
    let result = try evaluate(
      household(
        "2025-03-01", persons: 3, income: "2100.00", age: 70, sex: .female, ownIncome: "700.00",
        reasons: [.disability]))
    // Criterion 823.00 per person (2025); H = 2100.00 ≤ 3 × 823.00 = 2469.00; 2100.00 ÷ 3 = 700.00.
    // Art. 38: 2469.00 − 2100.00 = 369.00, 50 % = 184.50. Art. 37: 130 % × 823.00 − 700.00 = 369.90.
    // Art. 39: threshold = criterion 823.00 per person. Art. 41 pkt 1: up to 2469.00.
    // Meal programme 2025: 200 % × 2469.00 = 4938.00 ≥ 2100.00. No care requested: left out.
    #expect(
      try json(result)
        == #"{"cashEligible":true,"criterion":"823.00","householdIncome":"2100.00","incomePerPerson":"700.00","#
        + #""mealEligible":true,"periodicDifference":"369.00","periodicMinimum":"184.50","permanent":"369.90","#
        + #""specialTargetedLimit":"2469.00","targetedEligible":true,"targetedThreshold":"823.00","#
        + #""withinCriterion":true}"#)
  }
}
