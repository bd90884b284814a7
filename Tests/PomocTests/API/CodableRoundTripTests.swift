import Foundation
import Testing

@testable import Pomoc

/// Encodes `value` to JSON and decodes it back; the test expects the same value.
private func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
  try JSONDecoder().decode(T.self, from: try JSONEncoder().encode(value))
}

/// The household of the README: 2025-03-01, 3 persons, income 2100.00, the applicant a woman of
/// 70 with her own income 700.00, reason disability (art. 7 pkt 5 u.p.s.).
private let readmeRequest = household(
  "2025-03-01", persons: 3, income: "2100.00", age: 70, sex: .female, ownIncome: "700.00", reasons: [.disability])

/// A request with every field away from its default.
private let fullRequest = EvaluationRequest(
  date: d("2024-06-30"), persons: 2, income: m("1500.25"), alimonyPaid: m("300.00"),
  farmland: Hectares(tenThousandths: 23_456), municipality: "lipnica-murowana-2005",
  applicant: Applicant(age: 62, sex: .male, disability: .moderate, ownIncome: m("400.01")),
  reasons: [.unemployment, .longIllness, .other],
  care: CareRequest(kind: .standard, hours: CareHours(hundredths: 4_050), hourlyCost: m("32.00")))

/// `value` as JSON text (sorted keys), for the expected shapes.
private func jsonText<T: Encodable>(_ value: T) throws -> String {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys]
  return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// A family with every optional fact set: members with every field away from its default,
/// incomes of two years with each kind, care, housing, energy and the benefits asked for.
private let fullFamily: Family = {
  var applicant = FamilyMember(id: "mother", role: .applicant, birthDate: d("1985-02-28"))
  applicant.disability = .moderate
  applicant.disabilityOnsetAge = 17
  applicant.disabilityOnsetInEducation = true
  applicant.education = .university
  applicant.receivesNursingSupplement = true
  var child = FamilyMember(id: "son", role: .child, birthDate: d("2012-02-29"))
  child.disability = .certificateCare
  child.disabilityOnsetAge = 3
  child.education = .school
  child.startsSchoolYear = true
  child.studyAway = .livesInSchoolTown
  child.prenatalCare = false
  child.noAlimonyReason = .claimDismissed
  child.alimony = FamilyMember.Alimony(awarded: m("500.00"), enforcementIneffective: true)
  child.institution24h = true
  let grandmother = FamilyMember(id: "grandmother", role: .other, birthDate: d("1950-12-31"))

  var family = Family(id: "full", date: d("2024-11-15"), members: [applicant, child, grandmother])
  family.incomes[2022] = [
    IncomeSource(kind: .baseYear, amount: m("36000.00"), member: "mother"),
    IncomeSource(kind: .lost, amount: m("1200.50")),
  ]
  family.incomes[2023] = [
    IncomeSource(kind: .gainedInBaseYear, amount: m("9000.00"), months: 4, member: "mother"),
    IncomeSource(kind: .gainedAfterBaseYear, amount: m("3100.01")),
  ]
  family.singleParent = true
  family.parentalLeave = true
  family.maternityAllowance = true
  family.parentalBenefitExtraWeeks = 15
  family.childrenEver = 3
  var care = CareClaim(cared: ["son", "grandmother"], carerEmployed: false)
  care.carerPension = true
  care.continuingSpecialCareAllowance = true
  care.specialCareAllowanceTolerance = true
  family.care = care
  var housing = Housing()
  housing.persons = 3
  housing.legalTitle = true
  housing.incomeThreeMonths = m("7500.00")
  housing.area = SquareMetres(hundredths: 5550)
  housing.expenses = m("950.40")
  housing.basisAmount = m("7155.48")
  housing.roomsKitchenArea = SquareMetres(41)
  housing.disabledExtraArea = true
  housing.normativeArea = SquareMetres(hundredths: 6_001)
  housing.thresholdPercent = 120
  housing.capPercent = 90
  housing.electricityContract = true
  family.housing = housing
  var energy = EnergySituation()
  energy.heatSource = .woodPelletBiomass
  energy.heatSourceInCEEB = true
  energy.incomeYear = 2021
  energy.electricity2021 = MegawattHours(kilowattHours: 5_001)
  energy.gasVATPaid = m("812.37")
  family.energy = energy
  family.benefits = [.familyAllowance, .housingAllowance, .energyVoucher]
  return family
}()

@Suite("Codable: every public value type encodes and decodes back to an equal value")
struct CodableRoundTripTests {
  @Test("Requests, applicants and households")
  func requests() throws {
    #expect(try roundTrip(readmeRequest) == readmeRequest)
    #expect(try roundTrip(fullRequest) == fullRequest)
    #expect(try roundTrip(fullRequest.applicant) == fullRequest.applicant)
    #expect(try roundTrip(Applicant()) == Applicant())
    #expect(try roundTrip(fullRequest.care) == fullRequest.care)
    #expect(try roundTrip(Sex.allCases) == Sex.allCases)
    #expect(try roundTrip(DisabilityDegree.allCases) == DisabilityDegree.allCases)
    #expect(try roundTrip(AssistanceReason.allCases) == AssistanceReason.allCases)
    #expect(try roundTrip(CareKind.allCases) == CareKind.allCases)
    let everyReason = ReasonSet(AssistanceReason.allCases)
    #expect(
      try roundTrip([ReasonSet(), everyReason, fullRequest.reasons]) == [ReasonSet(), everyReason, fullRequest.reasons])

    let income = MonthlyIncome(
      receipts: m("3200.00"), incomeTax: m("120.00"), healthInsurance: m("250.50"), socialInsurance: m("310.20"),
      alimonyPaid: m("500.00"))
    #expect(try roundTrip(income) == income)
    let members = [
      HouseholdMember(age: 41, sex: .female, income: income),
      HouseholdMember(age: 12),
      HouseholdMember(age: 67, sex: .male, disability: .severe, income: MonthlyIncome(receipts: m("1780.96"))),
    ]
    #expect(try roundTrip(members) == members)
    let family = Household(
      members: members, applicantIndex: 2, farmland: Hectares(tenThousandths: 15_000), reasons: [.disability],
      municipality: "sopot-2023", care: fullRequest.care)
    #expect(try roundTrip(family) == family)
    #expect(
      try roundTrip(HouseholdColumns([readmeRequest, fullRequest])) == HouseholdColumns([readmeRequest, fullRequest]))
  }

  @Test("Results, errors and batch failures")
  func results() async throws {
    let result = try evaluate(readmeRequest)
    #expect(try roundTrip(result) == result)
    #expect(try roundTrip(EvaluationResult.unevaluated) == .unevaluated)
    var withCare = result
    withCare.careFee = m("64.80")
    withCare.careFeePercent = Rate(percent: 5)
    withCare.mealEligible = false
    #expect(try roundTrip(withCare) == withCare)

    let errors = [
      PomocError.invalid("date", "not a day").for(record: "h-17"),
      PomocError.missing("income"),
      PomocError.arithmeticOverflow,
      PomocError(PomocError.Code(rawValue: "host_specific"), field: nil, record: "r", message: ""),
    ]
    #expect(try roundTrip(errors) == errors)
    #expect(
      try roundTrip([PomocError.Code.parameterNotEncoded, .duplicateID]) == [.parameterNotEncoded, .duplicateID])
    let failure = BatchFailure(index: 3, error: PomocError.invalid("persons", "must be 1 to 50"))
    #expect(try roundTrip(failure) == failure)

    let columns = try await BatchEvaluator(maximumConcurrency: 1).evaluate(
      HouseholdColumns([readmeRequest, household("2025-03-01", persons: 0, income: "0")]))
    #expect(columns.error[1]?.outputCode == "invalid_field:persons")
    #expect(try roundTrip(columns) == columns)
  }

  @Test("The law: parameter ids, dated values and series, snapshots, ordinances, fee tables")
  func law() throws {
    let table = ParameterTable.bundled
    #expect(
      try roundTrip([ParameterID.incomeCriterionSinglePerson, ParameterID(rawValue: "hostAllowance")])
        == [.incomeCriterionSinglePerson, ParameterID(rawValue: "hostAllowance")])
    #expect(try roundTrip([VerificationStatus.verified, .singleSource]) == [.verified, .singleSource])
    #expect(try roundTrip([ParameterUnit.zlotyPerMonth, .percent]) == [.zlotyPerMonth, .percent])
    #expect(try roundTrip(table.moneySeries) == table.moneySeries)
    #expect(try roundTrip(table.rateSeries) == table.rateSeries)
    #expect(try roundTrip(table.incomeCriterionSinglePerson.entries) == table.incomeCriterionSinglePerson.entries)
    #expect(try roundTrip(table.snapshots) == table.snapshots)
    #expect(try roundTrip(NationalCareFeeTables.mentalDisorders) == NationalCareFeeTables.mentalDisorders)

    let ordinances = [MunicipalOrdinance.sopot2023, .lipnicaMurowana2005]
    #expect(try roundTrip(ordinances) == ordinances)
    let thresholds = try #require(MunicipalOrdinance.sopot2023.targetedAllowanceThresholds)
    #expect(try roundTrip(thresholds) == thresholds)
    #expect(try roundTrip(SupportCentreTables.subkowy2017) == SupportCentreTables.subkowy2017)
    #expect(try roundTrip(SupportCentreTables.subkowy2017.bands) == SupportCentreTables.subkowy2017.bands)
    #expect(try roundTrip(PriceList.sopotSupportCentreServices) == PriceList.sopotSupportCentreServices)
  }

  @Test("Care-home fee, support-centre fee and staffing requests and results")
  func servicesAndStaffing() throws {
    let careHome = CareHomeFee.Request(
      date: d("2024-05-01"), averageCost: m("5928.62"), residentIncome: m("2500.00"),
      relatives: [
        CareHomeFee.Relative(id: "son", relation: .descendant, persons: 3, income: m("9000.00")),
        CareHomeFee.Relative(id: "wife", relation: .spouse, persons: 1, income: m("4100.00")),
      ],
      referralDate: d("2010-02-01"))
    #expect(try roundTrip(careHome) == careHome)
    let split = try CareHomeFee.compute(careHome)
    #expect(try roundTrip(split) == split)
    #expect(try roundTrip(CareHomeFee.Relation.allCases) == CareHomeFee.Relation.allCases)
    let oldRules = CareHomeFee.Result(
      resident: m("1750.00"), relatives: [], municipality: .zero, stateSubsidy: m("4178.62"))
    #expect(try roundTrip(oldRules) == oldRules)

    let support = SupportCentreFee.Request(
      date: d("2025-03-01"), facility: .shelterWithCare, persons: 2, income: m("1200.00"), monthlyCost: m("1500.00"),
      table: SupportCentreTables.lidzbarkWarminskiShelters)
    #expect(try roundTrip(support) == support)
    let fee = try SupportCentreFee.compute(support)
    #expect(try roundTrip(fee) == fee)
    #expect(try roundTrip(SupportCentreFee.Facility.allCases) == SupportCentreFee.Facility.allCases)

    let staffing = StaffingRequest(
      date: d("2023-12-31"), norm: .socialWorkers, residents: 35_000, familiesInSocialWork: 1_021,
      staff: FullTimeEquivalent(tenThousandths: 204_250))
    #expect(try roundTrip(staffing) == staffing)
    let assessment = try StaffingRules.assess(staffing)
    #expect(try roundTrip(assessment) == assessment)
    #expect(try roundTrip(assessment.byRule) == assessment.byRule)
    #expect(try roundTrip(StaffingNorm.allCases) == StaffingNorm.allCases)
    #expect(try roundTrip(CareHomeType.allCases) == CareHomeType.allCases)
    let ftes = [
      FullTimeEquivalent.zero, FullTimeEquivalent(whole: 26), FullTimeEquivalent(tenThousandths: 175_000),
      FullTimeEquivalent(tenThousandths: 1), FullTimeEquivalent.inputLimit,
    ]
    #expect(try roundTrip(ftes) == ftes)
  }

  @Test("Rule inputs and reports")
  func rulesAndReports() throws {
    let inputs = PermanentAllowance.Inputs(
      applicant: readmeRequest.applicant, persons: 3, householdIncome: ExactAmount(units: 21_000_000),
      incomePerPerson: m("700.00"),
      criterion: IncomeCriterion(single: m("1010.00"), perPerson: m("823.00"), persons: 3),
      baseRate: Rate(percent: 130), maximum: m("1229.00"), minimum: m("100.00"))
    #expect(try roundTrip(inputs) == inputs)

    var report = PopulationReport()
    var comparison = ScenarioComparison()
    for request in [readmeRequest, fullRequest, household("2025-03-01", persons: 0, income: "0")] {
      let outcome = Result { try evaluate(request) }.mapError { PomocError(wrapping: $0) }
      report.add(request, outcome)
      comparison.add(base: outcome, reform: outcome)
    }
    report.addUnreadable()
    #expect(report.byReason.count == 4)   // disability; unemployment, long_illness, other
    #expect(try roundTrip(report) == report)
    #expect(try roundTrip(comparison) == comparison)
  }

  @Test("Families, members, incomes and decisions")
  func families() throws {
    let full = fullFamily
    #expect(try roundTrip(full) == full)
    let bare = Family(id: "bare", date: d("2024-11-15"), members: [full.members[0]])
    #expect(try roundTrip(bare) == bare)
    #expect(try roundTrip(full.members) == full.members)
    #expect(try roundTrip(full.incomes[2023]) == full.incomes[2023])
    #expect(try roundTrip(full.care) == full.care)
    #expect(try roundTrip(full.housing) == full.housing)
    #expect(try roundTrip(Housing()) == Housing())
    #expect(try roundTrip(full.energy) == full.energy)
    #expect(try roundTrip(EnergySituation()) == EnergySituation())
    // The income years are the keys of an object.
    #expect(try jsonText(full).contains(#""incomes":{"2022":[{"#))

    #expect(try roundTrip(EnergySituation.HeatSource.allCases) == EnergySituation.HeatSource.allCases)
    #expect(try roundTrip(FamilyMember.Role.allCases) == FamilyMember.Role.allCases)
    #expect(try roundTrip(FamilyMember.Disability.allCases) == FamilyMember.Disability.allCases)
    #expect(try roundTrip(FamilyMember.Education.allCases) == FamilyMember.Education.allCases)
    #expect(try roundTrip(FamilyMember.StudyAway.allCases) == FamilyMember.StudyAway.allCases)
    #expect(try roundTrip(FamilyMember.NoAlimonyReason.allCases) == FamilyMember.NoAlimonyReason.allCases)
    #expect(try roundTrip(IncomeSource.Kind.allCases) == IncomeSource.Kind.allCases)
    #expect(try roundTrip(FamilyBenefit.allCases) == FamilyBenefit.allCases)
    #expect(try roundTrip(FamilyReason.allCases) == FamilyReason.allCases)
    #expect(try jsonText([IncomeSource.Kind.gainedAfterBaseYear]) == #"["gained_after_base_year"]"#)

    // Areas with two decimals, energy with three: decimal strings, never JSON numbers.
    #expect(try jsonText(SquareMetres(hundredths: 5550)) == #""55.50""#)
    #expect(try jsonText([SquareMetres(41), SquareMetres(hundredths: 1)]) == #"["41.00","0.01"]"#)
    #expect(try jsonText(MegawattHours(kilowattHours: 5_001)) == #""5.001""#)
    #expect(try jsonText([MegawattHours(kilowattHours: 2_000)]) == #"["2.000"]"#)
    let areas = [SquareMetres(hundredths: 5550), SquareMetres(0), SquareMetres(hundredths: .max)]
    #expect(try roundTrip(areas) == areas)
    let energies = [MegawattHours(kilowattHours: 5_001), MegawattHours(kilowattHours: .min)]
    #expect(try roundTrip(energies) == energies)
    #expect(
      try JSONDecoder().decode([SquareMetres].self, from: Data(#"["55.5","55"]"#.utf8)) == [
        SquareMetres(hundredths: 5550), SquareMetres(55),
      ])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([SquareMetres].self, from: Data(#"["55.505"]"#.utf8))
    }
    #expect(throws: DecodingError.self) { try JSONDecoder().decode([SquareMetres].self, from: Data("[55.5]".utf8)) }
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([MegawattHours].self, from: Data(#"["5.0001"]"#.utf8))
    }

    // Exact fractions: reduced on decoding; a zero denominator is a DecodingError, not a trap.
    let income = try #require(try full.monthlyIncome(year: 2022))   // 36000.00 ÷ 12 = 3000.00
    let fractions = [
      income, try RationalAmount(grosze: 900_001, over: 12), try RationalAmount(grosze: -7, over: 3),
      try RationalAmount(grosze: .max, over: .max - 1), .zero,
    ]
    #expect(try roundTrip(fractions) == fractions)
    #expect(try jsonText(try RationalAmount(grosze: 10, over: -4)) == #"{"denominator":2,"numerator":-5}"#)
    #expect(
      try JSONDecoder().decode(RationalAmount.self, from: Data(#"{"numerator":6,"denominator":-4}"#.utf8))
        == RationalAmount(grosze: -3, over: 2))
    for bad in [
      #"{"numerator":1,"denominator":0}"#, #"{"numerator":-9223372036854775808,"denominator":1}"#,
      #"{"numerator":1}"#, #"{"numerator":1.5,"denominator":2}"#, #"{"numerator":"1","denominator":2}"#,
    ] {
      #expect(throws: DecodingError.self) { try JSONDecoder().decode(RationalAmount.self, from: Data(bad.utf8)) }
    }

    // A decision with explanations, per-child entries and a missing fact.
    var decided = Family(
      id: "f-2024", date: d("2024-11-15"),
      members: [
        FamilyMember(id: "mother", role: .applicant, birthDate: d("1990-05-05")),
        FamilyMember(id: "a", role: .child, birthDate: d("2015-03-01")),
        FamilyMember(id: "b", role: .child, birthDate: d("2020-09-30")),
      ])
    decided.incomes[2023] = [IncomeSource(kind: .baseYear, amount: m("24000.00"))]
    decided.housing = Housing()   // every fact missing: dodatek mieszkaniowy answers missing_field
    let decision = try FamilyEvaluator.explain(decided)
    let outcomes = decision.outcomes.map(\.outcome)
    #expect(outcomes.contains { $0.errorCode?.hasPrefix("missing_field:") == true })
    #expect(outcomes.contains { $0.decision?.perChild?.isEmpty == false })
    #expect(outcomes.contains { $0.decision?.explanation.isEmpty == false })
    #expect(try roundTrip(decision) == decision)
    #expect(try roundTrip(outcomes) == outcomes)
    let firstDecision = try #require(outcomes.compactMap(\.decision).first)
    #expect(try roundTrip(firstDecision) == firstDecision)
    #expect(try roundTrip(firstDecision.perChild) == firstDecision.perChild)
    let shape = try jsonText(FamilyDecision(id: "x", outcomes: [(.housingAllowance, .missingField("housing.persons"))]))
    #expect(
      shape
        == #"{"id":"x","outcomes":[{"benefit":"dodatek_mieszkaniowy","outcome":{"missingField":"housing.persons"}}]}"#
    )
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(FamilyDecision.self, from: Data(#"{"id":"x","outcomes":[{"benefit":"nope"}]}"#.utf8))
    }
    // An outcome is one key, the case: none or two are a DecodingError.
    for bad in [#"{}"#, #"{"missingField":"a","parameterNotEncoded":"b"}"#] {
      #expect(throws: DecodingError.self) { try JSONDecoder().decode(BenefitOutcome.self, from: Data(bad.utf8)) }
    }
    #expect(try roundTrip(BenefitOutcome.parameterNotEncoded("why")) == .parameterNotEncoded("why"))
  }
}
