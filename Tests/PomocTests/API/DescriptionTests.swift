import Testing

@testable import Pomoc

@Suite("description: what a person sees when printing a value")
struct DescriptionTests {
  @Test("The README household: request and result on one line each")
  func readmeHousehold() throws {
    let request = household(
      "2025-03-01", persons: 3, income: "2100.00", age: 70, sex: .female, ownIncome: "700.00", reasons: [.disability])
    #expect(
      request.description
        == "2025-03-01, 3 persons, income 2100.00, applicant age 70 F, own income 700.00, reasons disability")
    let result = try evaluate(request)
    // Criterion 823.00 per person (2025); income per person 2100.00 ÷ 3 = 700.00 ≤ 823.00.
    // Zasiłek okresowy: 50 % × (3 × 823.00 − 2100.00) = 50 % × 369.00 = 184.50 (art. 38).
    // Zasiłek stały: 130 % × 823.00 − 700.00 = 1069.90 − 700.00 = 369.90 (art. 37 ust. 2 pkt 2).
    // Zasiłek celowy: the criterion, 823.00 per person; specjalny: up to 3 × 823.00 = 2469.00.
    // Meal programme: 200 % × 2469.00 = 4938.00 ≥ 2100.00.
    #expect(
      result.description
        == "criterion 823.00, household income 2100.00, income per person 700.00, within criterion, cash eligible, "
        + "zasiłek okresowy 184.50 (difference 369.00), zasiłek stały 369.90, "
        + "zasiłek celowy threshold 823.00 (eligible), specjalny zasiłek celowy up to 2469.00, meal programme eligible")
    #expect("\(result)" == result.description)
  }

  @Test("A single person above the criterion, without a reason")
  func singleAboveCriterion() throws {
    let request = household("2025-03-01", income: "1200.00", age: 30)
    #expect(request.description == "2025-03-01, 1 person, income 1200.00, applicant age 30, reasons none")
    // Single criterion 1010.00 (2025) < 1200.00: above it, nothing due; meal threshold
    // 200 % × 1010.00 = 2020.00 ≥ 1200.00.
    #expect(
      try evaluate(request).description
        == "criterion 1010.00, household income 1200.00, income per person 1200.00, above criterion, "
        + "not cash eligible, zasiłek okresowy 0.00, zasiłek stały 0.00, zasiłek celowy threshold 1010.00 "
        + "(not eligible), specjalny zasiłek celowy up to 1010.00, meal programme eligible")
  }

  @Test("Optional parts: alimony, farm land, municipality, disability, care; a care fee; no meal programme")
  func optionalParts() {
    let request = EvaluationRequest(
      date: d("2024-06-30"), persons: 2, income: m("1500.25"), alimonyPaid: m("300.00"),
      farmland: Hectares(tenThousandths: 23_456), municipality: "lipnica-murowana-2005",
      applicant: Applicant(age: 62, disability: .moderate, ownIncome: m("400.01")),
      reasons: [.unemployment, .longIllness],
      care: CareRequest(kind: .standard, hours: CareHours(hundredths: 4_050), hourlyCost: m("32.00")))
    #expect(
      request.description
        == "2024-06-30, 2 persons, income 1500.25, alimony paid 300.00, farmland 2.3456 ha, "
        + "municipality lipnica-murowana-2005, applicant age 62, moderate disability, own income 400.01, "
        + "reasons unemployment, long_illness, care standard 40.50 h at 32.00")
    var result = EvaluationResult.unevaluated
    result.careFee = m("64.80")
    result.careFeePercent = Rate(percent: 5)
    #expect(
      result.description
        == "criterion 0.00, household income 0.00, income per person 0.00, above criterion, not cash eligible, "
        + "zasiłek okresowy 0.00, zasiłek stały 0.00, zasiłek celowy threshold 0.00 (not eligible), "
        + "specjalny zasiłek celowy up to 0.00, care fee 64.80 (5.00 %)")
  }

  @Test("Reason sets, full-time equivalents, parameter ids")
  func smallValues() {
    #expect(ReasonSet().description == "none")
    let reasons: ReasonSet = [.disability, .poverty]
    #expect(reasons.description == "poverty, disability")   // art. 7 pkt 1, then pkt 5
    #expect(reasons == ReasonSet([.poverty, .disability]))
    #expect(FullTimeEquivalent(whole: 3).description == "3")
    #expect(FullTimeEquivalent(tenThousandths: 204_200).description == "20.42")
    #expect(FullTimeEquivalent(exactlyWhole: 5)?.description == "5")
    #expect(FullTimeEquivalent(exactlyWhole: .max) == nil)   // would not fit: nil, never a trap
    #expect(ParameterID.incomeCriterionSinglePerson.description == "incomeCriterionSinglePerson")
  }

  @Test("Staffing: required, staff and shortfall; a capacity norm")
  func staffing() throws {
    // Art. 110 ust. 11 u.p.s.: 35 000 residents ÷ 2000 = 17.5 FTE; 1021 families ÷ 50 = 20.42 FTE;
    // the milder reading applies: max(3, min(17.5, 20.42)) = 17.5 FTE.
    var request = StaffingRequest(
      date: d("2023-12-31"), norm: .socialWorkers, residents: 35_000, familiesInSocialWork: 1_021,
      staff: FullTimeEquivalent(whole: 26))
    #expect(try StaffingRules.assess(request).description == "compliant: required 17.5 FTE, staff 26 FTE")
    request.staff = FullTimeEquivalent(whole: 10)
    // 17.5 − 10 = 7.5 FTE short.
    #expect(
      try StaffingRules.assess(request).description
        == "not compliant: required 17.5 FTE, staff 10 FTE, shortfall 7.5 FTE")
    // Art. 95 ust. 3 u.w.r.: at most 14 children in a children's home.
    let home = StaffingRequest(date: d("2024-01-01"), norm: .childrensHome, children: 12)
    #expect(try StaffingRules.assess(home).description == "compliant: max_children 12 (limit 14)")
    var trace = Trace()
    #expect(try StaffingRules.assess(request, trace: &trace) == StaffingRules.assess(request))
  }

  @Test("Care-home and support-centre fees")
  func fees() throws {
    // Documentation/CareServices.md: resident 70 % × 2500.00 = 1750.00; the son (3 persons,
    // 2024 criterion 600.00 per person) keeps 300 % × 1800.00 = 5400.00, so his limit is
    // 9000.00 − 5400.00 = 3600.00, less than the rest 4178.62: he pays 3600.00; the municipality
    // 5928.62 − 1750.00 − 3600.00 = 578.62.
    let careHome = CareHomeFee.Request(
      date: d("2024-05-01"), averageCost: m("5928.62"), residentIncome: m("2500.00"),
      relatives: [CareHomeFee.Relative(id: "son", relation: .descendant, persons: 3, income: m("9000.00"))])
    let split = try CareHomeFee.compute(careHome)
    #expect(split.description == "resident 1750.00, son 3600.00 (limit 3600.00), municipality 578.62")
    var trace = Trace()
    #expect(try CareHomeFee.compute(careHome, trace: &trace) == split)

    // Old rules (referral before 2004): the resident's 1750.00, the rest 4178.62 a state subsidy.
    var old = careHome
    old.referralDate = d("2003-06-01")
    #expect(
      try CareHomeFee.compute(old).description
        == "resident 1750.00, son 0.00 (limit 0.00), municipality 0.00, state subsidy 4178.62")

    // Art. 97 ust. 1: a support centre is free while income ≤ the criterion (1010.00 in 2025).
    let within = SupportCentreFee.Request(
      date: d("2025-03-01"), facility: .supportCentre, persons: 1, income: m("900.00"), monthlyCost: m("1000.00"))
    #expect(try SupportCentreFee.compute(within).description == "fee 0.00")
    // Subkowy 2017: 1200.00 ÷ 1010.00 = 118.8 % of the criterion, in the band up to 130 %: 70 % of
    // the cost 1000.00 = 700.00.
    var above = within
    above.income = m("1200.00")
    above.table = SupportCentreTables.subkowy2017
    #expect(try SupportCentreFee.compute(above).description == "fee 700.00 (70.00 % of the cost)")
    // Art. 97 ust. 1a: in a shelter, within the criterion, at most 30 % × 900.00 = 270.00.
    var shelter = within
    shelter.facility = .shelter
    #expect(try SupportCentreFee.compute(shelter).description == "fee 270.00 (cap 270.00)")
  }
}
