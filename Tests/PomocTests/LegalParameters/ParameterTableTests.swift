import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

@Suite("Dated parameters (LAW.md §1.1)")
struct ParameterTableTests {
  let table = ParameterTable.bundled

  /// Every revision: (first day, single, per person, max zasiłek stały, per hectare).
  static let revisions: [(String, String, String, String, String)] = [
    ("2012-10-01", "542", "456", "529", "250"),   // Dz.U. 2012 poz. 823
    ("2015-10-01", "634", "514", "604", "288"),   // Dz.U. 2015 poz. 1058
    ("2018-10-01", "701", "528", "645", "308"),   // Dz.U. 2018 poz. 1358
    ("2022-01-01", "776", "600", "719", "345"),   // Dz.U. 2021 poz. 1296
    ("2024-01-01", "776", "600", "1000", "345"),   // Dz.U. 2023 poz. 1693 (max only)
    ("2025-01-01", "1010", "823", "1229", "459"),   // Dz.U. 2024 poz. 1044
  ]

  @Test("Each revision applies from its first day", arguments: revisions)
  func firstDay(revision: (String, String, String, String, String)) throws {
    let snapshot = try table.snapshot(on: d(revision.0))
    #expect(snapshot.incomeCriterionSinglePerson == m(revision.1))
    #expect(snapshot.incomeCriterionPerPersonInFamily == m(revision.2))
    #expect(snapshot.permanentAllowanceMaximum == m(revision.3))
    #expect(snapshot.incomePerConversionHectare == m(revision.4))
  }

  @Test("The day before a revision still has the previous values", arguments: zip(revisions.dropFirst(), revisions))
  func dayBefore(revision: (String, String, String, String, String), previous: (String, String, String, String, String))
    throws
  {
    let snapshot = try table.snapshot(on: d(revision.0).previousDay)
    #expect(snapshot.incomeCriterionSinglePerson == m(previous.1))
    #expect(snapshot.incomeCriterionPerPersonInFamily == m(previous.2))
    #expect(snapshot.permanentAllowanceMaximum == m(previous.3))
  }

  @Test("2026 and 2027 keep the 2025 values (art. 9: next verification from 2028-01-01)")
  func latest() throws {
    // Rozporządzenie RM z 12 lipca 2024 r. (Dz.U. 2024 poz. 1044): 1010 / 823 / max 1229 / 459 per ha;
    // art. 9 u.p.s. keeps them until the next verification, which applies from 2028-01-01.
    for day in ["2026-01-01", "2026-12-31", "2027-01-01", "2027-12-31"] {
      let snapshot = try table.snapshot(on: d(day))
      #expect(snapshot.incomeCriterionSinglePerson == m("1010"), "\(day)")
      #expect(snapshot.incomeCriterionPerPersonInFamily == m("823"), "\(day)")
      #expect(snapshot.permanentAllowanceMaximum == m("1229"), "\(day)")
      #expect(snapshot.permanentAllowanceMinimum == m("100"), "\(day)")
      #expect(snapshot.incomePerConversionHectare == m("459"), "\(day)")
    }
    #expect(throws: PomocError.self) { try table.snapshot(on: d("2028-01-01")) }
    do {
      _ = try table.snapshot(on: d("2028-01-01"))
    } catch {
      #expect(error.pomoc.code == .parameterNotEncoded)
    }
  }

  @Test("Before 2012-10-01: date_out_of_range")
  func tooEarly() {
    do {
      _ = try table.snapshot(on: d("2012-09-30"))
      Issue.record("expected an error")
    } catch {
      #expect(error.pomoc.code == .dateOutOfRange)
    }
  }

  @Test("Minimum zasiłek stały 30 → 100 and base rate 100 % → 130 % on 2024-01-01")
  func permanentFormulaChange() throws {
    let before = try table.snapshot(on: d("2023-12-31"))
    let after = try table.snapshot(on: d("2024-01-01"))
    #expect(before.permanentAllowanceMinimum == m("30"))
    #expect(after.permanentAllowanceMinimum == m("100"))
    #expect(before.permanentAllowanceBaseRate == Rate(percent: 100))
    #expect(after.permanentAllowanceBaseRate == Rate(percent: 130))
  }

  @Test("Meal programme: none before 2019, 150 % 2019–2022, 200 % 2023–2026")
  func mealProgramme() throws {
    #expect(try table.snapshot(on: d("2018-12-31")).mealProgrammeThresholdRate == nil)
    #expect(try table.snapshot(on: d("2019-01-01")).mealProgrammeThresholdRate == Rate(percent: 150))
    #expect(try table.snapshot(on: d("2022-12-31")).mealProgrammeThresholdRate == Rate(percent: 150))
    #expect(try table.snapshot(on: d("2023-01-01")).mealProgrammeThresholdRate == Rate(percent: 200))
  }

  @Test("Single cap of zasiłek okresowy is not encoded before 2022 (undated change of art. 38 ust. 2 pkt 1)")
  func periodicCap() throws {
    #expect(try table.snapshot(on: d("2021-12-31")).periodicAllowanceSingleCap == nil)
    do {
      _ = try table.periodicAllowanceSingleCap.value(on: d("2021-12-31"))
      Issue.record("expected parameter_not_encoded")
    } catch {
      #expect(error.pomoc.code == .parameterNotEncoded)
    }
    #expect(try table.periodicAllowanceSingleCap.value(on: d("2022-01-01")) == m("600"))
    #expect(try table.periodicAllowanceSingleCap.value(on: d("2025-01-01")) == m("823"))
  }

  @Test("Bundled table passes its invariants; every value has a basis and an act")
  func invariants() {
    #expect(table.invariantViolations().isEmpty)
    for series in table.moneySeries {
      #expect(!series.basis.isEmpty)
      for entry in series.entries { #expect(!entry.enactedBy.isEmpty && !entry.source.isEmpty) }
    }
  }
}

@Suite("Parameters from JSON")
struct ParameterJSONTests {
  @Test("A host extends the law: a 2027 criterion and lawKnownThrough")
  func override() throws {
    let json = """
      {"lawKnownThrough":"2027-12-31","parameters":[
        {"id":"incomeCriterionSinglePerson","values":[{"from":"2027-01-01","value":"1100.00","enactedBy":"test"}]}]}
      """
    let table = try ParameterTable.bundled.merging(json: Array(json.utf8))
    #expect(try table.snapshot(on: d("2027-06-01")).incomeCriterionSinglePerson == m("1100"))
    #expect(try table.snapshot(on: d("2027-06-01")).incomeCriterionPerPersonInFamily == m("823"))
    #expect(try table.snapshot(on: d("2026-12-31")).incomeCriterionSinglePerson == m("1010"))
    // An evaluator with the new table: 1100 − 1000 → within the 2027 criterion.
    let custom = Evaluator(parameters: table)
    #expect(try custom.evaluate(household("2027-06-01", income: "1100.00")).withinCriterion)
  }

  @Test("Replacing a value of the same date; null marks it not encoded")
  func replaceAndNull() throws {
    let json = """
      {"parameters":[{"id":"incomeCriterionPerPersonInFamily","values":[{"from":"2025-01-01","value":null,"note":"what-if"}]}]}
      """
    let table = try ParameterTable.bundled.merging(json: Array(json.utf8))
    #expect(try table.snapshot(on: d("2025-06-01")).incomeCriterionPerPersonInFamily == nil)
    #expect(
      errorCode(household("2025-06-01", persons: 2, income: "100"), using: Evaluator(parameters: table))
        == "parameter_not_encoded")
  }

  @Test(
    "Bad documents name the field",
    arguments: [
      ("{\"parameters\":[{\"id\":\"nope\",\"values\":[]}]}", "invalid_field:parameters[0].id"),
      (
        "{\"parameters\":[{\"id\":\"incomeCriterionSinglePerson\",\"values\":[{\"from\":\"2025-02-30\",\"value\":\"1\"}]}]}",
        "invalid_field:parameters[0].values[0].from"
      ),
      (
        "{\"parameters\":[{\"id\":\"incomeCriterionSinglePerson\",\"values\":[{\"from\":\"2025-02-01\",\"value\":\"1.001\"}]}]}",
        "invalid_field:parameters[0].values[0].value"
      ),
      (
        "{\"parameters\":[{\"id\":\"incomeCriterionSinglePerson\",\"values\":[{\"from\":\"2025-02-01\"}]}]}",
        "missing_field:parameters[0].values[0].value"
      ),
      (
        "{\"parameters\":[{\"id\":\"incomeCriterionSinglePerson\",\"values\":[{\"from\":\"2025-02-01\",\"value\":\"1\",\"status\":\"UNVERIFIED\"}]}]}",
        "invalid_field:parameters[0].values[0].status"
      ),
      ("{\"paramters\":[]}", "invalid_field:paramters"),
      // The same series twice, the same start date twice (the last would win in silence).
      (
        "{\"parameters\":[{\"id\":\"incomeCriterionSinglePerson\",\"values\":[]},{\"id\":\"incomeCriterionSinglePerson\",\"values\":[]}]}",
        "invalid_field:parameters[1].id"
      ),
      (
        "{\"parameters\":[{\"id\":\"incomeCriterionSinglePerson\",\"values\":[{\"from\":\"2025-02-01\",\"value\":\"1\"},{\"from\":\"2025-02-01\",\"value\":\"2\"}]}]}",
        "invalid_field:parameters[0].values[1].from"
      ),
      // A 100 000 % share: guaranteed share at most 100 %, multipliers of the criterion at most 1000 %.
      (
        "{\"parameters\":[{\"id\":\"periodicAllowanceGuaranteedShare\",\"values\":[{\"from\":\"2025-02-01\",\"value\":\"100000\"}]}]}",
        "invalid_field:parameters[0].values[0].value"
      ),
      (
        "{\"parameters\":[{\"id\":\"periodicAllowanceGuaranteedShare\",\"values\":[{\"from\":\"2025-02-01\",\"value\":\"100.01\"}]}]}",
        "invalid_field:parameters[0].values[0].value"
      ),
      (
        "{\"parameters\":[{\"id\":\"mealProgrammeThresholdRate\",\"values\":[{\"from\":\"2025-02-01\",\"value\":\"1000.01\"}]}]}",
        "invalid_field:parameters[0].values[0].value"
      ),
      // A unit that contradicts the library's.
      (
        "{\"parameters\":[{\"id\":\"incomeCriterionSinglePerson\",\"unit\":\"%\",\"values\":[]}]}",
        "invalid_field:parameters[0].unit"
      ),
      ("{\"parameters\":", "malformed_record"),
      ("[]", "invalid_field:(document)"),
    ])
  func badDocuments(json: String, code: String) {
    do {
      _ = try ParameterTable.bundled.merging(json: Array(json.utf8))
      Issue.record("expected \(code)")
    } catch {
      #expect(error.pomoc.outputCode == code)
    }
  }

  @Test("Export then load gives the same table (the exported text is loadable as it is)")
  func roundTrip() throws {
    let exported = ParameterTable.bundled.jsonText()
    #expect(exported.contains("\"term\""))   // descriptive fields are exported and read back
    let reloaded = try ParameterTable.bundled.merging(json: exported)
    #expect(reloaded.snapshots == ParameterTable.bundled.snapshots)
    #expect(reloaded.moneySeries == ParameterTable.bundled.moneySeries)
    #expect(reloaded.rateSeries == ParameterTable.bundled.rateSeries)
    // A host series survives the round trip too.
    let host = try ParameterTable.bundled.merging(json: Self.hostDocument)
    let again = try ParameterTable.bundled.merging(json: host.jsonText())
    #expect(again.hostMoneySeries == host.hostMoneySeries)
  }

  static let hostDocument = """
    {"parameters":[{"id":"gdyniaHeatingAllowance","term":"dodatek na opał (uchwała rady miasta)","unit":"PLN/month",
      "basis":[{"act":"uchwała nr 1/2025 Rady Miasta Gdyni"}],
      "values":[{"from":"2025-01-01","value":"300.00","enactedBy":"uchwała nr 1/2025"},
                {"from":"2026-01-01","value":"320.50","enactedBy":"uchwała nr 7/2026"}]}]}
    """

  @Test("A host program adds a parameter of its own and reads it by date")
  func hostParameter() throws {
    let table = try ParameterTable.bundled.merging(json: Self.hostDocument)
    let id = ParameterID(rawValue: "gdyniaHeatingAllowance")
    #expect(table.unit(of: id) == .zlotyPerMonth)
    #expect(try table.money(id, on: d("2025-12-31")) == m("300.00"))   // the 2025 value until the next entry
    #expect(try table.money(id, on: d("2026-01-01")) == m("320.50"))
    #expect(throws: PomocError.self) { try table.money(id, on: d("2024-12-31")) }   // before its first value
    // The library's own rules are unchanged by it.
    #expect(table.snapshots == ParameterTable.bundled.snapshots)
    // An unknown id without term and unit is still an error naming the field.
    do {
      _ = try ParameterTable.bundled.merging(json: #"{"parameters":[{"id":"x","values":[]}]}"#)
      Issue.record("expected an error")
    } catch {
      #expect(error.pomoc.outputCode == "invalid_field:parameters[0].id")
    }
  }

  /// Every day from 2012 to the end of the table: the month index must find the same snapshot
  /// as a plain search of the snapshots' start dates, also when a span starts mid-month (a
  /// parameter file's 2025-03-15) and for days outside the supported range (-1).
  @Test("The month index agrees with a plain search on every day")
  func monthIndexAgrees() throws {
    let json = """
      {"parameters":[{"id":"incomeCriterionSinglePerson","values":[{"from":"2025-03-15","value":"1000.00","enactedBy":"test"}]}]}
      """
    for table in [ParameterTable.bundled, try ParameterTable.bundled.merging(json: Array(json.utf8))] {
      let snapshots = table.snapshots
      var checked = 0
      for year in 2012...2028 {
        for month in 1...12 {
          for day in 1...CivilDate.daysIn(month: month, year: year) {
            let date = CivilDate(year, month, day)
            let inRange = date >= table.firstSupportedDate && date <= table.lawKnownThrough
            let expected = inRange ? (snapshots.lastIndex { $0.from <= date } ?? -1) : -1
            #expect(table.resolved.index(on: date) == expected, "\(date)")
            #expect(((try? table.snapshotIndex(on: date)) ?? -1) == expected, "\(date)")
            if expected >= 0 { checked += 1 }
          }
        }
      }
      // 2012-10-01 … 2027-12-31 = 92 days of 2012 + 15 years (2013–2027), 3 of them leap (2016, 2020, 2024).
      #expect(checked == 92 + 15 * 365 + 3)
    }
  }
}

@Suite("Municipal ordinances from JSON")
struct OrdinanceJSONTests {
  static func code(_ json: String) -> String? {
    do {
      _ = try OrdinanceRegistry.bundled.merging(json: json)
      return nil
    } catch {
      return error.pomoc.outputCode
    }
  }

  @Test("A host adds its own ordinance; the evaluator applies its raised threshold")
  func hostOrdinance() throws {
    let registry = try OrdinanceRegistry.bundled.merging(
      json: """
        {"ordinances":[{"id":"gdynia-2025","title":"Gdynia","inForceFrom":"2025-01-01",
          "targetedAllowanceThresholds":{"single":"150","family":"130"},"source":"uchwała nr 1/2025"}]}
        """)
    #expect(registry.ids.contains("gdynia-2025"))
    let evaluator = Evaluator(ordinances: registry)
    // 2025: 150 % × 1010.00 = 1515.00 for a single person.
    let result = try evaluator.evaluate(household("2025-03-01", income: "1515.00", municipality: "gdynia-2025"))
    #expect(result.targetedThreshold == m("1515.00"))
    #expect(result.targetedEligible)
  }

  @Test(
    "Repeated ids and percentages out of range are rejected with the JSON path",
    arguments: [
      (
        #"{"ordinances":[{"id":"a","inForceFrom":"2025-01-01"},{"id":"a","inForceFrom":"2025-01-01"}]}"#,
        "invalid_field:ordinances[1].id"
      ),
      (
        #"{"ordinances":[{"id":"a","inForceFrom":"2025-01-01","targetedAllowanceThresholds":{"single":"100000","family":"130"}}]}"#,
        "invalid_field:ordinances[0].targetedAllowanceThresholds.single"
      ),
      (
        #"{"ordinances":[{"id":"a","inForceFrom":"2025-01-01","careFeeTable":{"bands":[{"upTo":null,"single":"100.01","family":"5"}]}}]}"#,
        "invalid_field:ordinances[0].careFeeTable.bands[0].single"
      ),
    ])
  func strict(json: String, expected: String) {
    #expect(Self.code(json) == expected)
  }
}

@Suite("What-if values")
struct WhatIfTests {
  @Test("A what-if value is applied and its explanation says it is not the law")
  func whatIf() throws {
    let table = try ParameterTable.bundled.merging(
      json: """
        {"parameters":[{"id":"incomeCriterionSinglePerson","values":[{"from":"2026-01-01","value":"1100.00",
          "enactedBy":"reform under discussion","status":"what-if"}]}]}
        """)
    var trace = Trace()
    // 2026-06-01, single, income 1050.00: within 1100.00 (what-if) although above the law's 1010.00.
    let result = try Evaluator(parameters: table).evaluate(household("2026-06-01", income: "1050.00"), trace: &trace)
    #expect(result.criterion == m("1100.00"))
    #expect(result.withinCriterion)
    #expect(trace.step(.incomeCriterion)?.parameter("status") == .text("what-if value, not the law"))
    // The bundled law carries no what-if value.
    #expect(ParameterTable.bundled.moneySeries.allSatisfy { $0.entries.allSatisfy { $0.status != .scenario } })
  }
}
