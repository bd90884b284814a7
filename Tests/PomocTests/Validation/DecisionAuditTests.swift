import Testing

@testable import Pomoc
@testable import PomocFormats

/// Verdicts on issued decisions (issue 12, item 2), every amount worked out by hand.
@Suite("Decision audit verdicts")
struct DecisionAuditTests {
  func decision(
    _ benefit: AuditedBenefit, _ granted: String, on date: String, from: String? = nil, to: String? = nil,
    averageCost: String? = nil
  ) -> Decision {
    Decision(
      id: "D/1", benefit: benefit, granted: m(granted), date: d(date), periodFrom: from.map(d), periodTo: to.map(d),
      careHomeAverageCost: averageCost.map(m))
  }

  func verdict(_ decision: Decision, _ request: EvaluationRequest) throws -> AuditVerdict {
    try DecisionAudit.verdict(on: decision, for: request)
  }

  // MARK: zasiłek stały: the amount of art. 37

  /// 2024-02-05, single man of 66, income 500.00: 130 % × 776.00 − 500.00 = 508.80.
  let single2024 = household("2024-02-05", income: "500.00", age: 66, sex: .male, reasons: [.longIllness])

  @Test("stały: consistent, overpaid, underpaid (the old formula applied in 2024)")
  func permanent() throws {
    let consistent = try verdict(decision(.permanentAllowance, "508.80", on: "2024-02-20"), single2024)
    #expect(consistent.kind == .consistent && consistent.due == m("508.80") && consistent.difference == .zero)
    #expect(consistent.article == "art. 37 ust. 2 pkt 1 u.p.s.")
    let over = try verdict(decision(.permanentAllowance, "558.80", on: "2024-02-20"), single2024)
    #expect(over.kind == .overpaid && over.difference == m("50.00"))   // 558.80 − 508.80
    // 776.00 − 500.00 = 276.00, the pre-2024 formula: short by 508.80 − 276.00 = 232.80.
    let under = try verdict(decision(.permanentAllowance, "276.00", on: "2024-02-20"), single2024)
    #expect(under.kind == .underpaid && under.difference == m("232.80"))
    #expect(under.description == "underpaid by 232.80 (granted 276.00, due 508.80; art. 37 ust. 2 pkt 1 u.p.s.)")
  }

  @Test("stały of a person in a family cites art. 37 ust. 2 pkt 2")
  func permanentFamily() throws {
    // 2024-06-01, 3 persons, 1500.00 → 500.00 per person; 130 % × 600.00 − 500.00 = 280.00.
    let family = household(
      "2024-06-01", persons: 3, income: "1500.00", age: 70, sex: .female, ownIncome: "400.00", reasons: [.disability])
    let result = try verdict(decision(.permanentAllowance, "280.00", on: "2024-06-10"), family)
    #expect(result.kind == .consistent && result.article == "art. 37 ust. 2 pkt 2 u.p.s.")
  }

  @Test("stały: income not lower than the criterion is not entitled; a refusal is consistent")
  func permanentNotEntitled() throws {
    let above = household("2024-03-01", income: "900.00", age: 70, sex: .male)   // 900.00 ≥ 776.00
    let granted = try verdict(decision(.permanentAllowance, "200.00", on: "2024-03-15"), above)
    #expect(granted.kind == .notEntitled && granted.difference == m("200.00") && granted.due == .zero)
    #expect(granted.article == "art. 37 ust. 1 u.p.s.")
    let refused = try verdict(decision(.permanentAllowance, "0", on: "2024-03-15"), above)
    #expect(refused.kind == .consistent)
    // An entitled person refused: underpaid by the whole amount.
    let refusedEntitled = try verdict(decision(.permanentAllowance, "0", on: "2024-02-20"), single2024)
    #expect(refusedEntitled.kind == .underpaid && refusedEntitled.difference == m("508.80"))
  }

  // MARK: zasiłek okresowy: the legal range of art. 38

  @Test("okresowy of a family: from 50 % of the difference to the difference")
  func periodicFamily() throws {
    // 2024-04-02, 3 persons, 1200.00: 3 × 600.00 = 1800.00; difference 600.00; guaranteed 300.00.
    let family = household("2024-04-02", persons: 3, income: "1200.00", ownIncome: "600", reasons: [.unemployment])
    for (granted, kind, difference) in [
      ("300.00", AuditVerdict.Kind.consistent, "0"), ("600.00", .consistent, "0"), ("450.00", .consistent, "0"),
      ("299.99", .outsideLegalRange, "0.01"), ("600.01", .outsideLegalRange, "0.01"),
    ] {
      let result = try verdict(decision(.periodicAllowance, granted, on: "2024-04-16"), family)
      #expect(result.kind == kind && result.difference == m(difference), "\(granted)")
      #expect(result.minimum == m("300.00") && result.maximum == m("600.00") && result.due == nil)
    }
    let above = try verdict(decision(.periodicAllowance, "600.01", on: "2024-04-16"), family)
    #expect(above.article == "art. 38 ust. 2 pkt 2 u.p.s.")
    let below = try verdict(decision(.periodicAllowance, "299.99", on: "2024-04-16"), family)
    #expect(below.article == "art. 38 u.p.s.")
  }

  @Test("okresowy of a single person: capped at the per-person criterion (600.00 in 2022–2024)")
  func periodicSingleCap() throws {
    // 2024-04-02, 100.00: difference 776.00 − 100.00 = 676.00, capped at 600.00; guaranteed 338.00.
    let single = household("2024-04-02", income: "100.00", age: 30, reasons: [.unemployment])
    let result = try verdict(decision(.periodicAllowance, "650.00", on: "2024-04-16"), single)
    #expect(result.kind == .outsideLegalRange && result.difference == m("50.00"))
    #expect(result.minimum == m("338.00") && result.maximum == m("600.00"))
    #expect(result.article == "art. 38 ust. 2 pkt 1 u.p.s.")
    #expect(try verdict(decision(.periodicAllowance, "600.00", on: "2024-04-16"), single).kind == .consistent)
  }

  @Test("okresowy: the 20 zł minimum is lawful above a smaller difference")
  func periodicMinimum() throws {
    // 2024, single, 766.00: difference 10.00, 50 % = 5.00 → at least 20.00; the range is 20.00–20.00.
    let single = household("2024-05-06", income: "766.00", age: 30, reasons: [.unemployment])
    let result = try verdict(decision(.periodicAllowance, "20.00", on: "2024-05-20"), single)
    #expect(result.kind == .consistent && result.minimum == m("20.00") && result.maximum == m("20.00"))
  }

  @Test("okresowy: the upper limit is the exact difference rounded down")
  func periodicExactDifference() throws {
    // 2024, single, 100.00 + 1.0001 ha × 345.00 = 100.00 + 345.0345 = 445.0345 zł;
    // difference 776.00 − 445.0345 = 330.9655 → the limit 330.96 (330.97 would exceed it);
    // guaranteed 50 % × 330.9655 = 165.48275 → 165.48.
    let farm = household("2024-05-06", income: "100.00", farm: "1.0001", age: 30, reasons: [.unemployment])
    let top = try verdict(decision(.periodicAllowance, "330.96", on: "2024-05-20"), farm)
    #expect(top.kind == .consistent && top.maximum == m("330.96") && top.minimum == m("165.48"))
    let over = try verdict(decision(.periodicAllowance, "330.97", on: "2024-05-20"), farm)
    #expect(over.kind == .outsideLegalRange && over.difference == m("0.01"))
  }

  @Test("okresowy: not entitled without cash eligibility or at the criterion")
  func periodicNotEntitled() throws {
    let atCriterion = household("2024-05-06", income: "776.00", age: 30, reasons: [.unemployment])
    let result = try verdict(decision(.periodicAllowance, "100.00", on: "2024-05-20"), atCriterion)
    #expect(result.kind == .notEntitled && result.difference == m("100.00"))
    #expect(result.article == "art. 8 ust. 1 u.p.s.; art. 38 u.p.s.")
    let poverty = household("2024-05-06", income: "100.00", age: 30, reasons: [.poverty])   // no other reason
    #expect(try verdict(decision(.periodicAllowance, "100.00", on: "2024-05-20"), poverty).kind == .notEntitled)
  }

  @Test("okresowy of a single person before 2022: the cap is not encoded, so only what does not depend on it")
  func periodicUnknownCap() throws {
    // 2021-06-01, 100.00: difference 701.00 − 100.00 = 601.00; guaranteed 300.50.
    let single = household("2021-06-01", income: "100.00", age: 30, reasons: [.unemployment])
    #expect(try verdict(decision(.periodicAllowance, "300.50", on: "2021-06-10"), single).kind == .consistent)
    let below = try verdict(decision(.periodicAllowance, "300.00", on: "2021-06-10"), single)
    #expect(below.kind == .outsideLegalRange && below.difference == m("0.50"))
    let above = try verdict(decision(.periodicAllowance, "601.01", on: "2021-06-10"), single)
    #expect(above.kind == .outsideLegalRange && above.difference == m("0.01") && above.maximum == nil)
    #expect(throws: PomocError.self) { try verdict(decision(.periodicAllowance, "400.00", on: "2021-06-10"), single) }
    do {
      _ = try verdict(decision(.periodicAllowance, "400.00", on: "2021-06-10"), single)
    } catch {
      #expect(error.pomoc.code == .parameterNotEncoded && error.pomoc.field == "periodicAllowanceSingleCap")
    }
  }

  // MARK: zasiłek celowy and specjalny zasiłek celowy

  @Test("celowy: eligibility by the threshold (Sopot 2023: 150 % × 776.00 = 1164.00), any amount")
  func targeted() throws {
    let within = household("2023-11-06", income: "1164.00", municipality: "sopot-2023", age: 45, sex: .male)
    let result = try verdict(decision(.targetedAllowance, "300.00", on: "2023-11-20"), within)
    #expect(result.kind == .consistent && result.due == nil && result.minimum == nil && result.maximum == nil)
    #expect(result.article == "art. 39 u.p.s.; art. 8 ust. 2 u.p.s.")
    // 3 persons, 2340.01: 780.0033 per person > 130 % × 600.00 = 780.00.
    let above = household("2023-11-06", persons: 3, income: "2340.01", municipality: "sopot-2023", ownIncome: "0")
    let refused = try verdict(decision(.targetedAllowance, "250.00", on: "2023-11-20"), above)
    #expect(refused.kind == .notEntitled && refused.difference == m("250.00"))
    let national = household("2024-01-10", income: "776.00")
    #expect(try verdict(decision(.targetedAllowance, "1.00", on: "2024-01-10"), national).article == "art. 39 u.p.s.")
  }

  @Test("specjalny celowy: only above the criterion, at most the single or family criterion (art. 41 pkt 1)")
  func specialTargeted() throws {
    let single = household("2024-06-03", income: "900.00")   // above 776.00; cap 776.00
    let fine = try verdict(decision(.specialTargetedAllowance, "776.00", on: "2024-06-17"), single)
    #expect(fine.kind == .consistent && fine.maximum == m("776.00") && fine.article == "art. 41 pkt 1 u.p.s.")
    // 2 persons, 1300.00 > 2 × 600.00 = 1200.00, the cap: 1300.00 is 100.00 above it.
    let family = household("2024-06-03", persons: 2, income: "1300.00", ownIncome: "650")
    let over = try verdict(decision(.specialTargetedAllowance, "1300.00", on: "2024-06-17"), family)
    #expect(over.kind == .outsideLegalRange && over.difference == m("100.00") && over.maximum == m("1200.00"))
    let within = household("2024-06-03", income: "776.00")   // within the criterion: ordinary celowy instead
    let wrong = try verdict(decision(.specialTargetedAllowance, "400.00", on: "2024-06-17"), within)
    #expect(wrong.kind == .notEntitled && wrong.difference == m("400.00"))
  }

  // MARK: Fees

  @Test("care fee: the Lipnica table (2025, 1313.01 > 130 % × 1010.00: 10 %; 30.00 × 10 % × 40 h = 120.00)")
  func careFee() throws {
    let care = CareRequest(kind: .standard, hours: CareHours(parsing: Array("40".utf8))!, hourlyCost: m("30.00"))
    let request = household("2025-03-03", income: "1313.01", municipality: "lipnica-murowana-2005", care: care)
    let under = try verdict(decision(.careFee, "60.00", on: "2025-03-14"), request)
    #expect(under.kind == .underpaid && under.due == m("120.00") && under.difference == m("60.00"))
    #expect(under.article == "art. 50 ust. 6 u.p.s.")
    // Within the criterion the fee is 0.00: any fee charged is overpaid (not "not entitled").
    let free = household("2025-03-03", income: "1010.00", municipality: "lipnica-murowana-2005", care: care)
    let charged = try verdict(decision(.careFee, "10.00", on: "2025-03-14"), free)
    #expect(charged.kind == .overpaid && charged.difference == m("10.00"))
  }

  @Test("DPS fee of the resident: 70 % of income, at most the average cost (art. 61 ust. 2 pkt 1)")
  func careHomeFee() throws {
    // 70 % × 2500.00 = 1750.00 < 5928.62.
    let resident = household("2024-05-02", income: "2500.00", age: 80, sex: .female)
    let fine = try verdict(decision(.careHomeFee, "1750.00", on: "2024-05-10", averageCost: "5928.62"), resident)
    #expect(fine.kind == .consistent && fine.article == "art. 61 ust. 2 pkt 1 u.p.s.")
    // 70 % × 2000.00 = 1400.00; 2000.00 charged is 600.00 too much.
    let poorer = household("2024-05-02", income: "2000.00", age: 80, sex: .female)
    let over = try verdict(decision(.careHomeFee, "2000.00", on: "2024-05-10", averageCost: "5928.62"), poorer)
    #expect(over.kind == .overpaid && over.difference == m("600.00") && over.due == m("1400.00"))
    // A cheap home: 70 % × 2500.00 = 1750.00 > 1500.00, the cost itself.
    let cheap = try verdict(decision(.careHomeFee, "1500.00", on: "2024-05-10", averageCost: "1500.00"), resident)
    #expect(cheap.kind == .consistent && cheap.due == m("1500.00"))
    // In a household of two, the resident's own income: 70 % × 1200.00 = 840.00.
    let couple = household("2024-05-02", persons: 2, income: "3000.00", age: 80, sex: .female, ownIncome: "1200.00")
    #expect(
      try verdict(decision(.careHomeFee, "840.00", on: "2024-05-10", averageCost: "5928.62"), couple).kind
        == .consistent)
  }

  // MARK: Bad decisions

  @Test(
    "Typed errors naming the field",
    arguments: [
      (
        "decision before the application", AuditedBenefit.permanentAllowance, "2024-02-04", nil, nil,
        "invalid_field:decision_date"
      ),
      (
        "period ends before it starts", .permanentAllowance, "2024-02-20", "2024-03-01", "2024-02-29",
        "invalid_field:period_to"
      ),
      ("dps without the cost", .careHomeFee, "2024-02-20", nil, nil, "missing_field:dps_average_cost"),
      ("care fee without care", .careFee, "2024-02-20", nil, nil, "missing_field:care_kind"),
    ] as [(String, AuditedBenefit, String, String?, String?, String)])
  func badDecisions(
    name: String, benefit: AuditedBenefit, date: String, from: String?, to: String?, code: String
  ) {
    do {
      _ = try verdict(decision(benefit, "1.00", on: date, from: from, to: to), single2024)
      Issue.record("\(name): no error")
    } catch {
      #expect(error.pomoc.outputCode == code, "\(name)")
    }
  }

  @Test("Amounts a register cannot hold (built in Swift) throw arithmetic_overflow, never trap")
  func extremeAmounts() throws {
    for benefit in [AuditedBenefit.permanentAllowance, .periodicAllowance, .specialTargetedAllowance] {
      let huge = Decision(id: "x", benefit: benefit, granted: Money(grosze: .max), date: d("2024-02-20"))
      _ = try? verdict(huge, single2024)
      let negative = Decision(id: "x", benefit: benefit, granted: Money(grosze: .min), date: d("2024-02-20"))
      #expect(throws: PomocError.self) { try verdict(negative, single2024) }
    }
  }

  @Test("A cost given for another benefit is an error, not ignored")
  func costForAnotherBenefit() {
    #expect(throws: PomocError.self) {
      try verdict(decision(.permanentAllowance, "508.80", on: "2024-02-20", averageCost: "100"), single2024)
    }
  }

  @Test("The summary counts and sums by benefit and month")
  func summary() throws {
    var summary = AuditSummary()
    let over = decision(.permanentAllowance, "558.80", on: "2024-02-20")
    summary.add(try verdict(over, single2024), for: over)
    let under = decision(.permanentAllowance, "276.00", on: "2024-03-01")
    summary.add(try verdict(under, single2024), for: under)
    summary.addError(benefit: .periodicAllowance, month: AuditMonth(d("2024-03-05")))
    #expect(summary.total.decisions == 3 && summary.total.errors == 1 && summary.hasErrors)
    #expect(summary.total.overpaidSum == m("50.00") && summary.total.underpaidSum == m("232.80"))
    #expect(summary.byBenefit[.permanentAllowance]?.decisions == 2)
    #expect(summary.byBenefit[.periodicAllowance]?.errors == 1)
    #expect(summary.byMonth[AuditMonth(d("2024-03-31"))]?.decisions == 2)
    #expect(AuditMonth(d("2024-03-31")).description == "2024-03")
    let csv = AuditSummaryFormat.csv(summary)
    #expect(csv.hasPrefix(AuditSummaryFormat.csvColumns.joined(separator: ",") + "\nall,all,3,1,0,1,50.00,1,232.80,"))
    #expect(csv.contains("\nmonth,2024-02,1,0,0,1,50.00,0,0.00,0,0.00,0,0.00,0.00\n"))
  }
}
