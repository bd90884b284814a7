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
}
