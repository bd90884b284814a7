import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

private func care(_ kind: CareKind, hours: String = "10", cost: String = "30.00") -> CareRequest {
  CareRequest(kind: kind, hours: CareHours(parsing: Array(hours.utf8))!, hourlyCost: m(cost))
}

@Suite("Care fees: Lipnica Murowana table (LAW.md §8.1 Example A)")
struct LipnicaCareFeeTests {
  @Test(
    "Single person: bands at their edges (2025, criterion 1010)",
    arguments: [
      ("1010.00", "0.00"),   // ≤ 100 %: free
      ("1010.01", "5.00"),   // > 100 %
      ("1313.00", "5.00"),   // 130 % × 1010 = 1313.00, inclusive
      ("1313.01", "10.00"),
      ("1616.00", "10.00"),   // 160 % = 1616.00
      ("2020.00", "20.00"),   // 200 %
      ("2525.00", "30.00"),   // 250 %
      ("3030.00", "40.00"),   // 300 %
      ("3535.00", "60.00"),   // 350 %
      ("3535.01", "100.00"),
    ])
  func single(income: String, percent: String) throws {
    let result = try evaluate(
      household(
        "2025-03-01", income: income, municipality: "lipnica-murowana-2005",
        care: care(.standard)))
    #expect(result.careFeePercent == Rate(percentText: percent))
  }

  @Test(
    "Family: per-person income against the per-person criterion (2025, 2 × 823 = 1646)",
    arguments: [
      ("1646.00", "0.00"), ("1646.01", "15.00"),
      ("2139.80", "15.00"),   // 130 % × 1646
      ("2139.81", "30.00"),
      ("5761.00", "100.00"),   // 350 % × 1646 = 5761.00 → "> 300 – 350 %": 100 % for families
    ])
  func family(income: String, percent: String) throws {
    let result = try evaluate(
      household(
        "2025-03-01", persons: 2, income: income, municipality: "lipnica-murowana-2005",
        care: care(.specialised)))
    #expect(result.careFeePercent == Rate(percentText: percent))
  }

  @Test(
    "Monthly fee = hourly cost × % × hours, rounded half up once",
    arguments: [
      ("30.00", "40", "1200.00", "60.00"),   // 5 % band: 30 × 0.05 × 40 = 60.00
      ("0.05", "1", "1400.00", "0.01"),   // 10 % band: 0.005 → 0.01 (half up)
      ("0.04", "1", "1400.00", "0.00"),   // 0.004 → 0.00
      ("32.00", "10.5", "1200.00", "16.80"),   // 32 × 0.05 × 10.5 = 16.80
      ("23.43", "7.77", "3600.00", "182.05"),   // 100 %: 23.43 × 7.77 = 182.0511 → 182.05
    ])
  func fee(cost: String, hours: String, income: String, fee: String) throws {
    let result = try evaluate(
      household(
        "2025-03-01", income: income, municipality: "lipnica-murowana-2005",
        care: care(.standard, hours: hours, cost: cost)))
    #expect(result.careFee == m(fee))
  }

  @Test("No municipal table: care_fee_table_missing")
  func missingTable() {
    #expect(errorCode(household("2023-06-15", income: "100", care: care(.standard))) == "care_fee_table_missing")
    #expect(
      errorCode(household("2023-06-15", income: "100", municipality: "sopot-2023", age: 30, care: care(.standard)))
        == "care_fee_table_missing")
  }
}

@Suite("National table for specialist care of persons with mental disorders (LAW.md §8.2)")
struct MentalCareFeeTests {
  @Test(
    "Until 2023-04-30, single (criterion 776), every band edge exact",
    arguments: [
      ("776.00", "0.00"),
      ("776.01", "1.50"),
      ("1028.20", "1.50"),   // 132.5 % × 776
      ("1028.21", "3.00"),
      ("1280.40", "3.00"),   // 165 %
      ("1455.00", "5.00"),   // 187.5 % × 776 = 1455.00
      ("1707.20", "7.00"),   // 220 %
      ("1843.00", "11.00"),   // 237.5 % = 1843.00
      ("1978.80", "15.00"),   // 255 %
      ("2056.40", "22.50"),   // 265 %
      ("2134.00", "30.00"),   // 275 %
      ("2192.20", "45.00"),   // 282.5 %
      ("2250.40", "60.00"),   // 290 %
      ("2405.60", "75.00"),   // 310 %
      ("2560.80", "90.00"),   // 330 %
      ("2560.81", "100.00"),
    ])
  func singleOld(income: String, percent: String) throws {
    let result = try evaluate(household("2023-04-30", income: income, care: care(.mental)))
    #expect(result.careFeePercent == Rate(percentText: percent))
  }

  @Test(
    "Until 2023-04-30, family columns (2 × 600 = 1200)",
    arguments: [
      ("1200.00", "0.00"), ("1200.01", "3.50"), ("1590.00", "3.50"),   // 132.5 % × 1200 = 1590
      ("1590.01", "7.00"), ("3960.00", "100.00"), ("3959.99", "100.00"),   // 330 % = 3960 → row "310–330": 100 %
      ("3720.00", "85.00"),   // 310 %
    ])
  func familyOld(income: String, percent: String) throws {
    let result = try evaluate(household("2023-04-30", persons: 2, income: income, care: care(.mental)))
    #expect(result.careFeePercent == Rate(percentText: percent))
  }

  @Test(
    "From 2023-05-01 only verified rows; others are not encoded",
    arguments: [
      ("776.00", "0.00"),
      ("776.01", "1.50"),
      ("1707.20", "1.50"),   // 220 % × 776
      ("1707.21", nil),   // > 220 %: row unverified
      ("4656.00", nil),   // 600 % × 776: still in the unverified span
      ("4656.01", "100.00"),   // > 600 %
    ])
  func newTable(income: String, percent: String?) throws {
    let request = household("2023-05-01", income: income, care: care(.mental))
    if let percent {
      #expect(try evaluate(request).careFeePercent == Rate(percentText: percent))
    } else {
      #expect(errorCode(request) == "parameter_not_encoded")
    }
  }

  @Test("Every bundled table is well-formed")
  func invariants() {
    for entry in NationalCareFeeTables.mentalDisorders.entries { #expect(entry.value?.invariantViolations() == []) }
    for ordinance in OrdinanceRegistry.bundled.ordinances.values {
      #expect(ordinance.careFeeTable?.invariantViolations() ?? [] == [])
    }
  }
}
