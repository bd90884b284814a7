// A host program that embeds Pomoc through its public API only.
//
// It evaluates one household and prints the explanation, evaluates a batch on all cores,
// splits a care-home (DPS) fee, loads a parameter file and writes a result as JSON. Every
// key figure is worked out by hand in a comment and checked: a difference is printed and the
// program exits with status 1, so CI catches a regression (Tests/Tools/run-consumer.sh).

import Foundation
import Pomoc
import PomocFormats

@main
struct Consumer {
  static func main() async throws {
    var check = Check()
    try evaluateOneHousehold(&check)
    try await evaluateABatch(&check)
    try splitACareHomeFee(&check)
    try evaluateWithAParameterFile(&check)
    try writeAResultAsJSON(&check)

    print("")
    if check.failures.isEmpty {
      print("All \(check.passed) checks passed.")
    } else {
      fflush(nil)   // the report comes after everything printed so far
      var report = "FAILED \(check.failures.count) of \(check.passed + check.failures.count) checks:\n"
      for failure in check.failures { report += "  \(failure)\n" }
      FileHandle.standardError.write(Data(report.utf8))
      exit(1)
    }
  }

  /// The household of the README: 2025, three persons, income 2100.00, the applicant a woman
  /// of 70 with her own income of 700.00, reason disability (art. 7 pkt 5 u.p.s.).
  static func familyOf2025() throws -> EvaluationRequest {
    EvaluationRequest(
      date: try CivilDate(parsing: "2025-03-01"), persons: 3, income: try Money(parsing: "2100.00"),
      applicant: Applicant(age: 70, sex: .female, ownIncome: 700),
      reasons: ReasonSet([.disability]))
  }

  // MARK: 1. One household, with its explanation

  static func evaluateOneHousehold(_ check: inout Check) throws {
    heading("1. One household, explained")
    let evaluator = Evaluator()   // the bundled law
    var trace = Trace()
    let result = try evaluator.evaluate(try familyOf2025(), trace: &trace)

    print(result)   // one line: every figure of the result
    print("")
    print(trace.rendered())   // every step: value, parameters, legal basis

    // Criterion from 2025-01-01: 823.00 per person in a family (art. 8 ust. 1 pkt 2 u.p.s.).
    check.expect("criterion", result.criterion, try Money(parsing: "823.00"))
    // 2100.00 ≤ 3 × 823.00 = 2469.00 (art. 8 ust. 1), and disability is a reason (art. 7 pkt 5).
    check.expect("within criterion", result.withinCriterion, true)
    check.expect("cash eligible", result.cashEligible, true)
    // Income per person 2100.00 ÷ 3 = 700.00.
    check.expect("income per person", result.incomePerPerson, 700)
    // Art. 38: 2469.00 − 2100.00 = 369.00; guaranteed part 50 % × 369.00 = 184.50.
    check.expect("periodic difference", result.periodicDifference, 369)
    check.expect("periodic guaranteed part", result.periodicMinimum, try Money(parsing: "184.50"))
    // Art. 37: a woman of 70 is past retirement age (60), so unable to work; her own income
    // 700.00 < 823.00 and 2100.00 < 2469.00: entitled. Ust. 2 pkt 2 (from 2024-01-01):
    // 130 % × 823.00 = 1069.90, minus the income per person 700.00 = 369.90.
    check.expect("zasiłek stały", result.permanent, try Money(parsing: "369.90"))
    // Art. 41 pkt 1: the cap of specjalny zasiłek celowy for a family is the family criterion 2469.00.
    check.expect("special targeted limit", result.specialTargetedLimit, 2469)
    // The explanation's steps are typed: the permanent allowance's step holds the amount as
    // Money and cites art. 37.
    let permanentStep = trace.step(.permanentAllowance)
    check.expect("explained amount", permanentStep?.value, .money(try Money(parsing: "369.90")))
    check.expect("explanation cites art. 37", permanentStep?.basis.contains { $0.article == "37" }, true)
  }

  // MARK: 2. A batch on all cores

  static func evaluateABatch(_ check: inout Check) async throws {
    heading("2. A batch")
    // 50 households of three persons in 2025, reason unemployment (art. 7 pkt 4), incomes
    // 0.00, 100.00, …, 4900.00; and one household with no persons, which cannot be evaluated.
    var requests: [EvaluationRequest] = []
    for step in 0..<50 {
      requests.append(
        EvaluationRequest(
          date: try CivilDate(parsing: "2025-03-01"), persons: 3, income: Money(zloty: Int32(step) * 100),
          reasons: ReasonSet([.unemployment])))
    }
    requests.append(EvaluationRequest(date: try CivilDate(parsing: "2025-03-01"), persons: 0, income: 1000))

    let batch = BatchEvaluator()
    let outcomes = await batch.evaluate(requests)   // one Result per request, in order
    var eligible = 0
    var failed = 0
    var periodicTotal = Money.zero
    for outcome in outcomes {
      switch outcome {
      case .success(let result):
        if result.cashEligible { eligible += 1 }
        try periodicTotal += result.periodicMinimum
      case .failure(let error):
        failed += 1
        print("could not evaluate: \(error.code) (\(error.field ?? "")): \(error.message)")
      }
    }
    print("\(requests.count) households: \(eligible) eligible for cash benefits, \(failed) not evaluated")
    print("guaranteed zasiłek okresowy in total: \(periodicTotal)")

    // Eligible when 100.00 × k ≤ 2469.00, i.e. k = 0 … 24: 25 households.
    check.expect("eligible households", eligible, 25)
    // persons = 0 is invalid_field:persons.
    check.expect("households not evaluated", failed, 1)
    // Σ 50 % × (2469.00 − 100.00 × k) for k = 0 … 24 = 25 × 1234.50 − 50.00 × (0 + … + 24)
    // = 30862.50 − 15000.00 = 15862.50 (the smallest part, k = 24, is 34.50: above the 20.00 minimum).
    check.expect("periodic total", periodicTotal, try Money(parsing: "15862.50"))

    // The in-place form: results written into a buffer allocated once and reused run after run.
    let results = EvaluationResults()
    let failures = await batch.evaluate(requests, into: results)
    let eligibleInPlace = results.filter(\.cashEligible).count
    print("in place: \(eligibleInPlace) eligible; failure at index \(failures.map(\.index))")
    check.expect("eligible households (in place)", eligibleInPlace, 25)
    check.expect("failure index (in place)", failures.map(\.index), [50])
  }

  // MARK: 3. Care home (DPS) fee, art. 61

  static func splitACareHomeFee(_ check: inout Check) throws {
    heading("3. Care-home fee split (DPS, art. 61 u.p.s.)")
    // The worked example of Documentation/CareServices.md.
    let request = CareHomeFee.Request(
      date: try CivilDate(parsing: "2024-05-01"), averageCost: try Money(parsing: "5928.62"),
      residentIncome: try Money(parsing: "2500.00"),
      relatives: [CareHomeFee.Relative(id: "son", relation: .descendant, persons: 3, income: 9000)])
    var trace = Trace()
    let split = try CareHomeFee.compute(request, trace: &trace)
    print("resident      \(split.resident)")
    for share in split.relatives { print("\(share.id) (\(share.relation))  \(share.amount) (limit \(share.limit))") }
    print("municipality  \(split.municipality)")
    print("")
    print(trace.rendered())

    // Resident: 70 % × 2500.00 = 1750.00 (below the cost 5928.62).
    check.expect("resident", split.resident, 1750)
    // Son (family of 3, 2024 per-person criterion 600.00) keeps 300 % × 600.00 × 3 = 5400.00:
    // limit 9000.00 − 5400.00 = 3600.00; the rest 5928.62 − 1750.00 = 4178.62 exceeds it, so he pays 3600.00.
    check.expect("son's limit", split.relatives.first?.limit, 3600)
    check.expect("son pays", split.relatives.first?.amount, 3600)
    // Municipality: 5928.62 − 1750.00 − 3600.00 = 578.62.
    check.expect("municipality", split.municipality, try Money(parsing: "578.62"))
  }

  // MARK: 4. A parameter file

  static func evaluateWithAParameterFile(_ check: inout Check) throws {
    heading("4. A parameter file (what-if 2028)")
    var request = try familyOf2025()
    request.date = try CivilDate(parsing: "2028-03-01")

    // The bundled law ends on 2027-12-31: a later date is an error, never a guess.
    do {
      _ = try Evaluator().evaluate(request)
      check.fail("2028 with the bundled law should be parameter_not_encoded")
    } catch let error as PomocError {
      print("bundled law, 2028-03-01: \(error.code): \(error.message)")
      check.expect("error code without the file", error.code, .parameterNotEncoded)
    }

    // parameters.json (shipped with this example) extends the law known to the library to
    // 2028-12-31 with what-if criteria from 2028-01-01: 1100.00 single, 900.00 per person.
    guard let url = Bundle.module.url(forResource: "parameters", withExtension: "json") else {
      throw ConsumerError("parameters.json is missing from the bundle")
    }
    var evaluator = Evaluator()
    evaluator.parameters = try evaluator.parameters.merging(json: try Data(contentsOf: url))
    let result = try evaluator.evaluate(request)
    print(
      "with parameters.json, 2028-03-01: criterion \(result.criterion), "
        + "zasiłek okresowy \(result.periodicMinimum), zasiłek stały \(result.permanent)")

    check.expect("what-if criterion", result.criterion, 900)
    // Art. 38: 3 × 900.00 − 2100.00 = 600.00; 50 % × 600.00 = 300.00.
    check.expect("what-if periodic guaranteed part", result.periodicMinimum, 300)
    // Art. 37 ust. 2 pkt 2: 130 % × 900.00 = 1170.00 − 700.00 = 470.00.
    check.expect("what-if zasiłek stały", result.permanent, 470)
  }

  // MARK: 5. A result as JSON

  /// What this host stores about a decision: its own record type, made of the library's Codable
  /// values (amounts and dates are encoded as exact decimal strings, never as numbers).
  struct StoredDecision: Codable, Equatable {
    var caseNumber: String
    var request: EvaluationRequest
    var result: EvaluationResult
  }

  static func writeAResultAsJSON(_ check: inout Check) throws {
    heading("5. A result as JSON (Codable)")
    let request = try familyOf2025()
    let result = try Evaluator().evaluate(request)
    let decision = StoredDecision(caseNumber: "OPS.8310.1.2025", request: request, result: result)

    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let json = try encoder.encode(decision)
    print(String(decoding: json, as: UTF8.self))

    // The result alone, keys sorted: the figures of part 1 as exact strings; targetedEligible
    // 2100.00 ≤ 3 × 823.00; mealEligible 2100.00 ≤ 200 % × 2469.00 = 4938.00; no care
    // requested, so careFee and careFeePercent are left out.
    let compact = JSONEncoder()
    compact.outputFormatting = [.sortedKeys]
    check.expect(
      "result as JSON", String(decoding: try compact.encode(result), as: UTF8.self),
      #"{"cashEligible":true,"criterion":"823.00","householdIncome":"2100.00","incomePerPerson":"700.00","#
        + #""mealEligible":true,"periodicDifference":"369.00","periodicMinimum":"184.50","permanent":"369.90","#
        + #""specialTargetedLimit":"2469.00","targetedEligible":true,"targetedThreshold":"823.00","#
        + #""withinCriterion":true}"#)
    // And back: the same request and result, exactly.
    check.expect("JSON round trip", try JSONDecoder().decode(StoredDecision.self, from: json), decision)
  }
}

// MARK: - Helpers

/// Counts the checks and collects the differences from the hand-computed values.
struct Check {
  var passed = 0
  var failures: [String] = []

  mutating func expect<Value: Equatable>(_ what: String, _ actual: Value, _ expected: Value) {
    if actual == expected {
      passed += 1
    } else {
      failures.append("\(what): computed \(String(describing: actual)), expected \(String(describing: expected))")
    }
  }

  mutating func fail(_ what: String) { failures.append(what) }
}

struct ConsumerError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

func heading(_ title: String) {
  print("")
  print("== \(title)")
}
