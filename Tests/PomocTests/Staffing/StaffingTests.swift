import Testing
@testable import Pomoc

private func assess(_ request: StaffingRequest) throws -> StaffingAssessment {
  var trace = NoTrace()
  return try StaffingRules.assess(request, trace: &trace)
}

private func fte(_ text: String) -> FullTimeEquivalent { FullTimeEquivalent(text)! }

@Suite("Staffing norms (LAW.md §9)")
struct StaffingTests {
  @Test("Sopot 2023: 26 social workers, 1021 families in social work, 35 000 residents")
  func sopot() throws {
    // Population of Sopot stated for the test: 35 000 (the contract's example; GUS gives about 34 800).
    // 35 000 ÷ 2000 = 17.5 FTE; 1021 ÷ 50 = 20.42 FTE; minimum 3. Either ratio is met with 26.
    let result = try assess(StaffingRequest(date: d("2023-12-31"), norm: .socialWorkers, residents: 35_000,
                                            familiesInSocialWork: 1021, staff: fte("26")))
    #expect(result.compliant)
    #expect(result.requiredFTE == fte("17.5"))
    #expect(result.shortfallFTE == .zero)
    #expect(result.byRule.map(\.requiredFTE) == [fte("17.5"), fte("20.42"), fte("3"), fte("20.42")])
    #expect(result.byRule.allSatisfy { $0.compliant })
  }

  @Test("Social workers at and around the limits", arguments: [
    (4_000, 500, "3", true),       // 2 FTE by residents, but at least 3
    (4_000, 500, "2.9999", false), // below the minimum of 3; shortfall 0.0001
    (10_000, 100, "3", true),      // 5 by residents, 2 by families → alternative reading: 3 (minimum)
    (10_000, 400, "5", true),      // 5 by residents meets one ratio (8 by families not needed)
    (10_000, 400, "4.9999", false),
  ])
  func socialWorkers(residents: Int64, families: Int64, staff: String, compliant: Bool) throws {
    let result = try assess(StaffingRequest(date: d("2024-01-01"), norm: .socialWorkers, residents: residents,
                                            familiesInSocialWork: families, staff: fte(staff)))
    #expect(result.compliant == compliant)
    if !compliant { #expect(result.shortfallFTE == fte("0.0001")) }
  }

  @Test("Social-worker ratios are not encoded before 2015 (disputed start)")
  func socialWorkersBefore2015() {
    #expect(throws: PomocError.self) {
      try assess(StaffingRequest(date: d("2014-12-31"), norm: .socialWorkers, residents: 1, familiesInSocialWork: 1, staff: fte("3")))
    }
  }

  @Test("Foster-care coordinators: 30 families until 2014, 15 from 2015-01-01", arguments: [
    ("2014-12-31", 60, "2", true),   // 60 ÷ 30 = 2
    ("2015-01-01", 60, "2", false),  // 60 ÷ 15 = 4
    ("2015-01-01", 60, "4", true),
    ("2023-12-31", 26, "3", true),   // Sopot 2023: 3 coordinators for 26 families (26 ÷ 15 = 1.7334)
    ("2023-12-31", 46, "3", false),  // 46 > 45
  ])
  func coordinators(date: String, families: Int64, staff: String, compliant: Bool) throws {
    let result = try assess(StaffingRequest(date: d(date), norm: .fosterCareCoordinator, families: families, staff: fte(staff)))
    #expect(result.compliant == compliant)
  }

  @Test("Family assistants: decided only where the 15 and 20 limits agree")
  func assistants() throws {
    // Sopot 2023: 36 families, 4 assistants → 9 each ≤ 15: compliant under both.
    let sopot = try assess(StaffingRequest(date: d("2023-12-31"), norm: .familyAssistant, families: 36, staff: fte("4")))
    #expect(sopot.compliant && sopot.requiredFTE == fte("2.4"))  // 36 ÷ 15
    // 90 families, 4 assistants: 22.5 each > 20: non-compliant under both.
    #expect(try !assess(StaffingRequest(date: d("2023-12-31"), norm: .familyAssistant, families: 90, staff: fte("4"))).compliant)
    // 70 families, 4 assistants: 17.5 each — compliant under 20, not under 15: not encoded.
    #expect(throws: PomocError.self) {
      try assess(StaffingRequest(date: d("2023-12-31"), norm: .familyAssistant, families: 70, staff: fte("4")))
    }
  }

  @Test("Children's home: at most 14; older homes 30 until 2020-12-31", arguments: [
    (14, false, "2023-06-01", true), (15, false, "2023-06-01", false),
    (30, true, "2020-12-31", true), (31, true, "2020-12-31", false), (15, true, "2021-01-01", false),
  ])
  func childrensHome(children: Int64, older: Bool, date: String, compliant: Bool) throws {
    let result = try assess(StaffingRequest(date: d(date), norm: .childrensHome, children: children, homeOpenedBefore2012: older))
    #expect(result.compliant == compliant)
  }

  @Test("DPS care staff per resident where verified", arguments: [
    (CareHomeType.elderly, 83, "33.2", true),                  // 0.4 × 83 = 33.2
    (CareHomeType.elderly, 83, "33.1999", false),
    (CareHomeType.chronicallySomaticallyIll, 83, "49.8", true), // 0.6 × 83
    (CareHomeType.chronicallyMentallyIll, 100, "50", true),     // 0.5 × 100
  ])
  func dps(type: CareHomeType, residents: Int64, staff: String, compliant: Bool) throws {
    let result = try assess(StaffingRequest(date: d("2023-06-01"), norm: .dpsCareStaff, residents: residents,
                                            careHomeType: type, staff: fte(staff)))
    #expect(result.compliant == compliant)
  }

  @Test("Unverified DPS types are not encoded")
  func dpsUnverified() {
    do {
      _ = try assess(StaffingRequest(date: d("2023-06-01"), norm: .dpsCareStaff, residents: 50,
                                     careHomeType: .physicallyDisabled, staff: fte("25")))
      Issue.record("expected parameter_not_encoded")
    } catch {
      #expect(error.pomoc.code == .parameterNotEncoded)
    }
  }

  @Test("WTZ: at most 5 participants per staff member", arguments: [(25, "5", true), (26, "5", false), (26, "5.2", true)])
  func wtz(participants: Int64, staff: String, compliant: Bool) throws {
    #expect(try assess(StaffingRequest(date: d("2024-01-01"), norm: .occupationalTherapyWorkshop, participants: participants,
                                       staff: fte(staff))).compliant == compliant)
  }

  @Test("JSON: contract shape and errors")
  func json() throws {
    let request = try ServiceJSON.staffingRequest(Array(#"{"date":"2023-12-31","norm":"social_workers","residents":35000,"families_in_social_work":1021,"staff_fte":"26"}"#.utf8))
    var trace = Trace()
    let response = ServiceJSON.staffingResponse(try StaffingRules.assess(request, trace: &trace), trace: trace)
    #expect(response["required_fte"] == .string("17.5"))
    #expect(response["compliant"] == .bool(true))
    #expect(response["shortfall_fte"] == .string("0"))
    for (json, code) in [
      (#"{"date":"2023-12-31","norm":"nurses"}"#, "invalid_field:norm"),
      (#"{"date":"2023-12-31","norm":"social_workers","staff_fte":"-1"}"#, "invalid_field:staff_fte"),
      (#"{"date":"2023-12-31","norm":"social_workers","residents":1.5}"#, "invalid_field:residents"),
    ] {
      do { _ = try ServiceJSON.staffingRequest(Array(json.utf8)); Issue.record("expected \(code)") } catch {
        #expect(error.pomoc.outputCode == code)
      }
    }
    let missing = try ServiceJSON.staffingRequest(Array(#"{"date":"2023-12-31","norm":"social_workers"}"#.utf8))
    #expect(throws: PomocError.self) { try assess(missing) }
  }
}
