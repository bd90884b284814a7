import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

private func assess(_ request: StaffingRequest) throws -> StaffingAssessment {
  var trace = NoTrace()
  return try StaffingRules.assess(request, trace: &trace)
}

private func fte(_ text: String) -> FullTimeEquivalent { FullTimeEquivalent(text)! }

@Suite("Staffing norms (wskaźniki zatrudnienia)")
struct StaffingTests {
  @Test("Sopot 2023: 26 social workers, 1021 families in social work, 35 000 residents")
  func sopot() throws {
    // Population of Sopot stated for the test: 35 000 (the contract's example; GUS gives about 34 800).
    // 35 000 ÷ 2000 = 17.5 FTE; 1021 ÷ 50 = 20.42 FTE; minimum 3. Either ratio is met with 26.
    let result = try assess(
      StaffingRequest(
        date: d("2023-12-31"), norm: .socialWorkers, residents: 35_000,
        familiesInSocialWork: 1021, staff: fte("26")))
    #expect(result.compliant)
    #expect(result.requiredFTE == fte("17.5"))
    #expect(result.shortfallFTE == .zero)
    #expect(result.byRule.map(\.requiredFTE) == [fte("17.5"), fte("20.42"), fte("3"), fte("20.42")])
    #expect(result.byRule.allSatisfy { $0.compliant })
  }

  @Test(
    "Social workers at and around the limits",
    arguments: [
      (4_000, 500, "3", true),   // 2 FTE by residents, but at least 3
      (4_000, 500, "2.9999", false),   // below the minimum of 3; shortfall 0.0001
      (10_000, 100, "3", true),   // 5 by residents, 2 by families → alternative reading: 3 (minimum)
      (10_000, 400, "5", true),   // 5 by residents meets one ratio (8 by families not needed)
      (10_000, 400, "4.9999", false),
    ])
  func socialWorkers(residents: Int64, families: Int64, staff: String, compliant: Bool) throws {
    let result = try assess(
      StaffingRequest(
        date: d("2024-01-01"), norm: .socialWorkers, residents: residents,
        familiesInSocialWork: families, staff: fte(staff)))
    #expect(result.compliant == compliant)
    if !compliant { #expect(result.shortfallFTE == fte("0.0001")) }
  }

  @Test("Social-worker ratios are not encoded before 2015 (disputed start)")
  func socialWorkersBefore2015() {
    #expect(throws: PomocError.self) {
      try assess(
        StaffingRequest(
          date: d("2014-12-31"), norm: .socialWorkers, residents: 1, familiesInSocialWork: 1, staff: fte("3")))
    }
  }

  @Test(
    "Foster-care coordinators: 30 families until 2014, 15 from 2015-01-01",
    arguments: [
      ("2014-12-31", 60, "2", true),   // 60 ÷ 30 = 2
      ("2015-01-01", 60, "2", false),   // 60 ÷ 15 = 4
      ("2015-01-01", 60, "4", true),
      ("2023-12-31", 26, "3", true),   // Sopot 2023: 3 coordinators for 26 families (26 ÷ 15 = 1.7334)
      ("2023-12-31", 46, "3", false),   // 46 > 45
    ])
  func coordinators(date: String, families: Int64, staff: String, compliant: Bool) throws {
    let result = try assess(
      StaffingRequest(date: d(date), norm: .fosterCareCoordinator, families: families, staff: fte(staff)))
    #expect(result.compliant == compliant)
  }

  @Test("Family assistants: decided only where the 15 and 20 limits agree")
  func assistants() throws {
    // Sopot 2023: 36 families, 4 assistants → 9 each ≤ 15: compliant under both.
    let sopot = try assess(
      StaffingRequest(date: d("2023-12-31"), norm: .familyAssistant, families: 36, staff: fte("4")))
    #expect(sopot.compliant && sopot.requiredFTE == fte("2.4"))   // 36 ÷ 15
    // 90 families, 4 assistants: 22.5 each > 20: non-compliant under both.
    #expect(
      try !assess(StaffingRequest(date: d("2023-12-31"), norm: .familyAssistant, families: 90, staff: fte("4")))
        .compliant)
    // 70 families, 4 assistants: 17.5 each — compliant under 20, not under 15: not encoded.
    #expect(throws: PomocError.self) {
      try assess(StaffingRequest(date: d("2023-12-31"), norm: .familyAssistant, families: 70, staff: fte("4")))
    }
  }

  @Test(
    "Children's home: at most 14; older homes 30 until 2020-12-31",
    arguments: [
      (14, false, "2023-06-01", true), (15, false, "2023-06-01", false),
      (30, true, "2020-12-31", true), (31, true, "2020-12-31", false), (15, true, "2021-01-01", false),
    ])
  func childrensHome(children: Int64, older: Bool, date: String, compliant: Bool) throws {
    let result = try assess(
      StaffingRequest(date: d(date), norm: .childrensHome, children: children, homeOpenedBefore2012: older))
    #expect(result.compliant == compliant)
  }

  @Test(
    "DPS care staff: 0.4 FTE per resident for the elderly, 0.5 for every other type (§ 6 ust. 2 pkt 3)",
    arguments: [
      (CareHomeType.elderly, 83, "33.2", true),   // 0.4 × 83 = 33.2
      (CareHomeType.elderly, 83, "33.1999", false),
      // Corrected: 0.5 (not 0.6) for the chronically somatically ill. The old test asserted 49.8 = 0.6 × 83.
      (CareHomeType.chronicallySomaticallyIll, 83, "41.5", true),   // 0.5 × 83 = 41.5
      (CareHomeType.chronicallySomaticallyIll, 83, "41.4999", false),   // 0.5 × 83 = 41.5 > 41.4999
      (CareHomeType.chronicallyMentallyIll, 100, "50", true),   // 0.5 × 100 = 50
      (CareHomeType.chronicallyMentallyIll, 100, "49.9999", false),
      (CareHomeType.adultsWithIntellectualDisability, 100, "50", true),   // 0.5 × 100 = 50
      (CareHomeType.adultsWithIntellectualDisability, 100, "49.9999", false),
      (CareHomeType.childrenWithIntellectualDisability, 41, "20.5", true),   // 0.5 × 41 = 20.5
      (CareHomeType.childrenWithIntellectualDisability, 41, "20.4999", false),
      (CareHomeType.physicallyDisabled, 50, "25", true),   // 0.5 × 50 = 25
      (CareHomeType.physicallyDisabled, 50, "24.9999", false),
      (CareHomeType.alcoholDependent, 10, "5", true),   // 0.5 × 10 = 5
      (CareHomeType.alcoholDependent, 10, "4.9999", false),
    ])
  func dps(type: CareHomeType, residents: Int64, staff: String, compliant: Bool) throws {
    let result = try assess(
      StaffingRequest(
        date: d("2023-06-01"), norm: .dpsCareStaff, residents: residents,
        careHomeType: type, staff: fte(staff)))
    #expect(result.compliant == compliant)
    if !compliant { #expect(result.shortfallFTE == fte("0.0001")) }
  }

  @Test("Every DPS type is encoded: 0.5 FTE per resident except the elderly (0.4)")
  func dpsEveryType() {
    for type in CareHomeType.allCases {
      #expect(type.staffPerResident == (type == .elderly ? fte("0.4") : fte("0.5")), "\(type)")
    }
  }

  @Test("DPS care-staff ratios: verified from 2018; 2017-12-31 is parameter_not_encoded")
  func dpsDates() throws {
    // 0.4 × 100 = 40 FTE on the first day of 2018.
    #expect(
      try assess(
        StaffingRequest(
          date: d("2018-01-01"), norm: .dpsCareStaff, residents: 100,
          careHomeType: .elderly, staff: fte("40"))
      ).compliant)
    do {
      _ = try assess(
        StaffingRequest(
          date: d("2017-12-31"), norm: .dpsCareStaff, residents: 100,
          careHomeType: .elderly, staff: fte("40")))
      Issue.record("expected parameter_not_encoded")
    } catch {
      #expect(error.pomoc.code == .parameterNotEncoded)
    }
  }

  @Test(
    "DPS short-term support (§ 6a ust. 7): 0.4 FTE per person (24-hour) and 0.2 (day), added to the residents' ratio")
  func dpsShortTerm() throws {
    // Elderly, 83 residents: 0.4 × 83 = 33.2; 5 persons 24-hour: 0.4 × 5 = 2; 10 persons day: 0.2 × 10 = 2;
    // total 33.2 + 2 + 2 = 37.2 FTE.
    let met = try assess(
      StaffingRequest(
        date: d("2024-01-01"), norm: .dpsCareStaff, residents: 83, careHomeType: .elderly,
        shortTermFullTime: 5, shortTermDay: 10, staff: fte("37.2")))
    #expect(met.compliant)
    #expect(met.requiredFTE == fte("37.2"))
    #expect(
      met.byRule.map(\.rule) == [
        "care_staff_per_resident", "short_term_24h_per_person", "short_term_day_per_person", "care_staff_total",
      ])
    #expect(met.byRule.map(\.requiredFTE) == [fte("33.2"), fte("2"), fte("2"), fte("37.2")])
    // 37.1999 < 37.2: not compliant, short by 0.0001.
    let short = try assess(
      StaffingRequest(
        date: d("2024-01-01"), norm: .dpsCareStaff, residents: 83, careHomeType: .elderly,
        shortTermFullTime: 5, shortTermDay: 10, staff: fte("37.1999")))
    #expect(!short.compliant && short.shortfallFTE == fte("0.0001"))
    // A day place alone: 0.2 × 1 = 0.2 on top of 0.5 × 2 = 1 (physically disabled) → 1.2.
    #expect(
      try assess(
        StaffingRequest(
          date: d("2023-11-01"), norm: .dpsCareStaff, residents: 2, careHomeType: .physicallyDisabled,
          shortTermDay: 1, staff: fte("1.2"))
      ).compliant)
    #expect(
      try !assess(
        StaffingRequest(
          date: d("2023-11-01"), norm: .dpsCareStaff, residents: 2, careHomeType: .physicallyDisabled,
          shortTermDay: 1, staff: fte("1.1999"))
      ).compliant)
    // Before 2023-11-01 short-term support is not encoded; without short-term persons the ratio still answers.
    do {
      _ = try assess(
        StaffingRequest(
          date: d("2023-10-31"), norm: .dpsCareStaff, residents: 2, careHomeType: .physicallyDisabled,
          shortTermDay: 1, staff: fte("5")))
      Issue.record("expected parameter_not_encoded")
    } catch {
      #expect(error.pomoc.code == .parameterNotEncoded)
    }
    #expect(
      try assess(
        StaffingRequest(
          date: d("2023-10-31"), norm: .dpsCareStaff, residents: 2, careHomeType: .physicallyDisabled,
          shortTermDay: 0, staff: fte("1"))
      ).compliant)   // 0.5 × 2 = 1
  }

  @Test(
    "DPS social workers (§ 6 ust. 2 pkt 1): at least 2 FTE per 100 residents",
    arguments: [
      ("2023-11-01", 100, "2", true),   // 2 × 100 / 100 = 2
      ("2023-11-01", 100, "1.9999", false),
      ("2024-06-01", 83, "1.66", true),   // 2 × 83 / 100 = 1.66 (proportional)
      ("2024-06-01", 83, "1.6599", false),
      ("2024-06-01", 150, "3", true),   // 2 × 150 / 100 = 3
    ])
  func dpsSocialWorkers(date: String, residents: Int64, staff: String, compliant: Bool) throws {
    let result = try assess(
      StaffingRequest(date: d(date), norm: .dpsSocialWorkers, residents: residents, staff: fte(staff)))
    #expect(result.compliant == compliant)
    #expect(
      result.byRule.first?.basis.first?.description.hasPrefix(
        "§ 6 ust. 2 pkt 1 rozporządzenia MPiPS z 23 sierpnia 2012 r.") == true)
  }

  @Test("DPS social workers before 2023-11-01 are not encoded")
  func dpsSocialWorkersBefore() {
    do {
      _ = try assess(StaffingRequest(date: d("2023-10-31"), norm: .dpsSocialWorkers, residents: 100, staff: fte("2")))
      Issue.record("expected parameter_not_encoded")
    } catch {
      #expect(error.pomoc.code == .parameterNotEncoded)
    }
  }

  @Test("Family assistants from 2024-12-04: at most 15 families (art. 15 ust. 4, t.j. Dz.U. 2025 poz. 49)")
  func assistantsFrom20241204() throws {
    // The issue's example: 36 families, 2 assistants on 2025-06-30.
    // 36 / 15 = 2.4 FTE > 2 → not compliant, short by 2.4 − 2 = 0.4.
    let example = try assess(
      StaffingRequest(date: d("2025-06-30"), norm: .familyAssistant, families: 36, staff: fte("2")))
    #expect(!example.compliant)
    #expect(example.requiredFTE == fte("2.4"))
    #expect(example.shortfallFTE == fte("0.4"))
    #expect(example.byRule.map(\.rule) == ["families_per_assistant_15"])
    #expect(
      example.byRule[0].basis.map(\.description)
        == [
          "art. 15 ust. 4 ustawa z 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej (t.j. Dz.U. 2025 poz. 49)"
        ])
    // First day: 36 families, 2 assistants on 2024-12-04 → 18 each > 15 → not compliant.
    #expect(
      try !assess(StaffingRequest(date: d("2024-12-04"), norm: .familyAssistant, families: 36, staff: fte("2")))
        .compliant)
    // Day before: 18 each is ≤ 20 but > 15 → the limits disagree → parameter_not_encoded.
    do {
      _ = try assess(StaffingRequest(date: d("2024-12-03"), norm: .familyAssistant, families: 36, staff: fte("2")))
      Issue.record("expected parameter_not_encoded")
    } catch {
      #expect(error.pomoc.code == .parameterNotEncoded)
    }
    // Exactly 15 each: 30 / 15 = 2 FTE ≤ 2 → compliant; 31 / 15 = 2.0667 (rounded up) > 2 → not.
    #expect(
      try assess(StaffingRequest(date: d("2025-06-30"), norm: .familyAssistant, families: 30, staff: fte("2")))
        .compliant)
    let over = try assess(StaffingRequest(date: d("2025-06-30"), norm: .familyAssistant, families: 31, staff: fte("2")))
    #expect(!over.compliant && over.requiredFTE == fte("2.0667"))
  }

  @Test(
    "Day-support centres: at most 15 children per educator (art. 28 ust. 2)",
    arguments: [
      ("2024-12-04", 30, "2", true),   // 30 / 15 = 2 educators
      ("2024-12-04", 31, "2", false),   // 31 / 15 = 2.0667 > 2
      ("2025-06-30", 15, "1", true),   // 15 / 15 = 1
      ("2025-06-30", 16, "1", false),   // 16 / 15 = 1.0667 > 1
    ])
  func daySupport(date: String, children: Int64, staff: String, compliant: Bool) throws {
    let result = try assess(
      StaffingRequest(date: d(date), norm: .daySupportCentre, children: children, staff: fte(staff)))
    #expect(result.compliant == compliant)
    #expect(result.byRule.map(\.limit) == [15])
  }

  @Test("Day-support centres before 2024-12-04 are not encoded")
  func daySupportBefore() {
    do {
      _ = try assess(StaffingRequest(date: d("2024-12-03"), norm: .daySupportCentre, children: 15, staff: fte("1")))
      Issue.record("expected parameter_not_encoded")
    } catch {
      #expect(error.pomoc.code == .parameterNotEncoded)
    }
  }

  @Test("Citations: coordinators art. 77 ust. 4, the minimum of 3 social workers art. 110 ust. 12; never LAW.md")
  func citations() throws {
    let coordinator = try assess(
      StaffingRequest(date: d("2025-01-01"), norm: .fosterCareCoordinator, families: 15, staff: fte("1")))
    #expect(
      coordinator.byRule[0].basis.map(\.description)
        == [
          "art. 77 ust. 4 ustawa z 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej (t.j. Dz.U. 2026 poz. 980)"
        ])
    let workers = try assess(
      StaffingRequest(
        date: d("2024-01-01"), norm: .socialWorkers, residents: 4_000,
        familiesInSocialWork: 100, staff: fte("3")))
    let basis = Dictionary(uniqueKeysWithValues: workers.byRule.map { ($0.rule, $0.basis.map(\.description)) })
    // The act's name is kept by LegalCitation (u.p.s. and, where given, its consolidated text).
    #expect(basis["minimum_3"]?.count == 1 && basis["minimum_3"]?[0].hasPrefix("art. 110 ust. 12 u.p.s.") == true)
    #expect(
      basis["per_2000_residents"]?.count == 1
        && basis["per_2000_residents"]?[0].hasPrefix("art. 110 ust. 11 u.p.s.") == true)
    #expect(
      basis["per_50_families"]?.count == 1 && basis["per_50_families"]?[0].hasPrefix("art. 110 ust. 11 u.p.s.") == true)
    // Every basis and every error message names an act, never the reference file.
    var texts: [String] = []
    for request in [
      StaffingRequest(
        date: d("2025-01-01"), norm: .dpsCareStaff, residents: 10, careHomeType: .alcoholDependent,
        shortTermFullTime: 1, shortTermDay: 1, staff: fte("5")),
      StaffingRequest(date: d("2025-01-01"), norm: .dpsSocialWorkers, residents: 10, staff: fte("1")),
      StaffingRequest(date: d("2025-01-01"), norm: .daySupportCentre, children: 10, staff: fte("1")),
      StaffingRequest(date: d("2025-01-01"), norm: .childrensHome, children: 10),
      StaffingRequest(date: d("2025-01-01"), norm: .occupationalTherapyWorkshop, participants: 10, staff: fte("2")),
      StaffingRequest(date: d("2023-12-31"), norm: .familyAssistant, families: 36, staff: fte("4")),
    ] {
      var trace = Trace()
      let result = try StaffingRules.assess(request, trace: &trace)
      texts +=
        result.byRule.flatMap { $0.basis.map(\.description) } + trace.steps.flatMap { $0.basis.map(\.description) }
    }
    for request in [
      StaffingRequest(
        date: d("2014-12-31"), norm: .socialWorkers, residents: 1, familiesInSocialWork: 1, staff: fte("3")),
      StaffingRequest(date: d("2024-12-03"), norm: .familyAssistant, families: 36, staff: fte("2")),
      StaffingRequest(date: d("2024-12-03"), norm: .daySupportCentre, children: 1, staff: fte("1")),
      StaffingRequest(
        date: d("2017-12-31"), norm: .dpsCareStaff, residents: 1, careHomeType: .elderly, staff: fte("1")),
      StaffingRequest(
        date: d("2023-10-31"), norm: .dpsCareStaff, residents: 1, careHomeType: .elderly, shortTermFullTime: 1,
        staff: fte("1")),
      StaffingRequest(date: d("2023-10-31"), norm: .dpsSocialWorkers, residents: 1, staff: fte("1")),
    ] {
      do { _ = try assess(request); Issue.record("expected an error for \(request.norm)") } catch {
        texts.append(error.pomoc.message)
      }
    }
    #expect(!texts.isEmpty)
    for text in texts {
      #expect(!text.contains("LAW.md") && !text.contains("shared/"), "\(text)")
    }
  }

  @Test("Short-term counts beyond the limit are invalid input, not a trap")
  func shortTermBounds() {
    for request in [
      StaffingRequest(
        date: d("2024-01-01"), norm: .dpsCareStaff, residents: 1, careHomeType: .elderly, shortTermFullTime: .max,
        staff: fte("1")),
      StaffingRequest(
        date: d("2024-01-01"), norm: .dpsCareStaff, residents: 1, careHomeType: .elderly, shortTermDay: -1,
        staff: fte("1")),
    ] {
      do { _ = try assess(request); Issue.record("expected invalid_field") } catch {
        #expect(error.pomoc.code == .invalidField)
      }
    }
  }

  @Test(
    "WTZ: at most 5 participants per staff member", arguments: [(25, "5", true), (26, "5", false), (26, "5.2", true)])
  func wtz(participants: Int64, staff: String, compliant: Bool) throws {
    #expect(
      try assess(
        StaffingRequest(
          date: d("2024-01-01"), norm: .occupationalTherapyWorkshop, participants: participants,
          staff: fte(staff))
      ).compliant == compliant)
  }

  @Test("JSON: contract shape and errors")
  func json() throws {
    let request = try ServiceJSON.staffingRequest(
      Array(
        #"{"date":"2023-12-31","norm":"social_workers","residents":35000,"families_in_social_work":1021,"staff_fte":"26"}"#
          .utf8))
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

  @Test("JSON: DPS type names, short-term places, the new norms")
  func jsonNewFields() throws {
    // 0.5 × 10 = 5; 0.4 × 2 = 0.8; 0.2 × 3 = 0.6 → 6.4 FTE required, 6.4 employed.
    let dps = try ServiceJSON.staffingRequest(
      Array(
        #"{"date":"2025-01-01","norm":"dps_care_staff","dps_type":"alcohol_dependent","residents":10,"short_term_24h":2,"short_term_day":3,"staff_fte":"6.4"}"#
          .utf8))
    #expect(dps.careHomeType == .alcoholDependent && dps.shortTermFullTime == 2 && dps.shortTermDay == 3)
    var trace = Trace()
    let response = ServiceJSON.staffingResponse(try StaffingRules.assess(dps, trace: &trace), trace: trace)
    #expect(response["required_fte"] == .string("6.4"))
    #expect(response["compliant"] == .bool(true))
    // 2 × 50 / 100 = 1 FTE of social workers.
    let workers = try ServiceJSON.staffingRequest(
      Array(#"{"date":"2025-01-01","norm":"dps_social_workers","residents":50,"staff_fte":"1"}"#.utf8))
    #expect(try assess(workers).requiredFTE == fte("1"))
    // 45 children / 15 = 3 educators.
    let centre = try ServiceJSON.staffingRequest(
      Array(#"{"date":"2025-01-01","norm":"day_support_centre","children":45,"staff_fte":"3"}"#.utf8))
    #expect(try assess(centre).compliant)
    do {
      _ = try ServiceJSON.staffingRequest(
        Array(#"{"date":"2025-01-01","norm":"dps_care_staff","short_term_day":-1}"#.utf8))
      Issue.record("expected invalid_field:short_term_day")
    } catch {
      #expect(error.pomoc.outputCode == "invalid_field:short_term_day")
    }
  }
}
