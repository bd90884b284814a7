import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

private func relative(_ id: String, _ relation: CareHomeFee.Relation, persons: Int, income: String)
  -> CareHomeFee.Relative
{
  CareHomeFee.Relative(id: id, relation: relation, persons: persons, income: m(income))
}

private func split(
  _ date: String, cost: String, income: String, _ relatives: [CareHomeFee.Relative] = [],
  referral: String? = nil
) throws -> CareHomeFee.Result {
  var trace = NoTrace()
  return try CareHomeFee.compute(
    CareHomeFee.Request(
      date: d(date), averageCost: m(cost), residentIncome: m(income),
      relatives: relatives, referralDate: referral.map(d)), trace: &trace)
}

@Suite("DPS fees (art. 61)")
struct CareHomeFeeTests {
  @Test("Contract example: resident 70 %, son up to income − 300 % × 600 × 3, municipality the rest")
  func contractExample() throws {
    // 70 % × 2500 = 1750.00; son keeps 3 × 600 × 3 = 5400 → limit 3600.00;
    // 5928.62 − 1750 − 3600 = 578.62 for the municipality.
    let result = try split(
      "2024-05-01", cost: "5928.62", income: "2500.00",
      [relative("son", .descendant, persons: 3, income: "9000.00")])
    #expect(result.resident == m("1750.00"))
    #expect(result.relatives.map(\.amount) == [m("3600.00")])
    #expect(result.relatives.map(\.limit) == [m("3600.00")])
    #expect(result.municipality == m("578.62"))
  }

  @Test("The resident covers everything: nobody else pays")
  func residentPaysAll() throws {
    // 70 % × 9000 = 6300 > 5928.62 → capped at the cost.
    let result = try split(
      "2023-06-01", cost: "5928.62", income: "9000.00",
      [relative("daughter", .descendant, persons: 1, income: "20000.00")])
    #expect(result.resident == m("5928.62"))
    #expect(result.relatives.first?.amount == .zero)
    #expect(result.relatives.first?.limit == m("17672.00"))   // 20000 − 3 × 776
    #expect(result.municipality == .zero)
  }

  @Test("No relative above 300 %: the municipality pays the rest")
  func noRelativeAbove() throws {
    // 2025: single relative keeps 3 × 1010 = 3030; income 3030 → limit 0.
    // Family of 2 keeps 3 × 823 × 2 = 4938; income 4000 → limit 0.
    let result = try split(
      "2025-02-01", cost: "6000.00", income: "1500.00",
      [
        relative("a", .spouse, persons: 1, income: "3030.00"),
        relative("b", .descendant, persons: 2, income: "4000.00"),
      ])
    #expect(result.resident == m("1050.00"))
    #expect(result.relatives.map(\.amount) == [.zero, .zero])
    #expect(result.municipality == m("4950.00"))
  }

  @Test("Statutory order: spouse, then descendants, then ascendants, input order within a rank")
  func order() throws {
    // 2025, cost 5000, resident income 2000 → 1400; rest 3600.
    // spouse (single, 4030 − 3030 = 1000) pays 1000 → 2600 left;
    // descendant d1 (single, 5030 → 2000) pays 2000 → 600 left; d2 (limit 5000) pays 600; ascendant nothing.
    let result = try split(
      "2025-02-01", cost: "5000.00", income: "2000.00",
      [
        relative("mother", .ascendant, persons: 1, income: "9000.00"),
        relative("d1", .descendant, persons: 1, income: "5030.00"),
        relative("wife", .spouse, persons: 1, income: "4030.00"),
        relative("d2", .descendant, persons: 1, income: "8030.00"),
      ])
    #expect(result.resident == m("1400.00"))
    let byID = Dictionary(uniqueKeysWithValues: result.relatives.map { ($0.id, $0.amount) })
    #expect(byID == ["wife": m("1000.00"), "d1": m("2000.00"), "d2": m("600.00"), "mother": .zero])
    #expect(result.relatives.map(\.id) == ["mother", "d1", "wife", "d2"])   // output keeps input order
    #expect(result.municipality == .zero)
  }

  @Test("A relative pays part: the limit binds")
  func partly() throws {
    // 2023: cost 5928.62, resident 1000 → 700; son single 3000 − 2328 = 672 → municipality 4556.62.
    let result = try split(
      "2023-03-01", cost: "5928.62", income: "1000.00",
      [relative("son", .descendant, persons: 1, income: "3000.00")])
    #expect(result.resident == m("700.00"))
    #expect(result.relatives.first?.amount == m("672.00"))
    #expect(result.municipality == m("4556.62"))
  }

  @Test("70 % of income is rounded half up once")
  func rounding() throws {
    // 70 % × 1234.57 = 864.199 → 864.20; 70 % × 0.05 = 0.035 → 0.04.
    #expect(try split("2025-01-01", cost: "5000", income: "1234.57").resident == m("864.20"))
    #expect(try split("2025-01-01", cost: "5000", income: "0.05").resident == m("0.04"))
  }

  @Test("Old rules (referral before 2004): resident ≤ 70 %, the rest is a state subsidy")
  func oldRules() throws {
    let result = try split(
      "2018-06-01", cost: "4000.00", income: "2000.00",
      [relative("son", .descendant, persons: 1, income: "10000.00")], referral: "2003-12-31")
    #expect(result.resident == m("1400.00"))
    #expect(result.stateSubsidy == m("2600.00"))
    #expect(result.relatives.first?.amount == .zero && result.municipality == .zero)
    let new = try split("2018-06-01", cost: "4000.00", income: "2000.00", referral: "2004-01-01")
    #expect(new.stateSubsidy == nil && new.municipality == m("2600.00"))
  }

  @Test(
    "JSON: bad input names the field; unknown keys are errors",
    arguments: [
      (#"{"date":"2024-05-01","average_cost":"5928.62"}"#, "missing_field:resident_income"),
      (#"{"date":"2024-05-01","average_cost":"-1","resident_income":"1"}"#, "invalid_field:average_cost"),
      (
        #"{"date":"2024-05-01","average_cost":"1","resident_income":"1","relatives":[{"id":"x","relation":"cousin","persons":1,"income":"1"}]}"#,
        "invalid_field:relatives[0].relation"
      ),
      (
        #"{"date":"2024-05-01","average_cost":"1","resident_income":"1","relatives":[{"id":"x","relation":"spouse","persons":0,"income":"1"}]}"#,
        "invalid_field:relatives[0].persons"
      ),
      (#"{"date":"2024-05-01","average_cost":"1","resident_income":"1","extra":1}"#, "invalid_field:extra"),
    ])
  func jsonErrors(json: String, code: String) {
    do {
      _ = try ServiceJSON.careHomeFeeRequest(Array(json.utf8))
      Issue.record("expected \(code)")
    } catch {
      #expect(error.pomoc.outputCode == code)
    }
  }

  @Test("Duplicate relative ids are rejected")
  func duplicateRelatives() {
    #expect(throws: PomocError.self) {
      try split(
        "2025-01-01", cost: "1", income: "1",
        [
          relative("x", .spouse, persons: 1, income: "1"),
          relative("x", .descendant, persons: 1, income: "1"),
        ])
    }
  }
}

@Suite("Support centres, flats and shelters (art. 97)")
struct SupportCentreFeeTests {
  private func fee(
    _ facility: SupportCentreFee.Facility, persons: Int = 1, income: String, cost: String = "2000.00",
    table: FeeTable? = SupportCentreTables.subkowy2017, date: String = "2025-03-01"
  ) throws -> SupportCentreFee.Result {
    var trace = NoTrace()
    return try SupportCentreFee.compute(
      SupportCentreFee.Request(
        date: d(date), facility: facility, persons: persons,
        income: m(income), monthlyCost: m(cost), table: table),
      trace: &trace)
  }

  @Test(
    "Support centre: free within the criterion, then the Subkowy bands (2025, 1010)",
    arguments: [
      ("1010.00", "0.00"),   // ≤ 100 %: free (art. 97 ust. 1)
      ("1010.01", "1400.00"),   // > 100 %: 70 % × 2000
      ("1313.00", "1400.00"),   // 130 % × 1010
      ("1313.01", "1500.00"),   // 75 %
      ("1515.00", "1500.00"),   // 150 %
      ("2020.00", "1600.00"),   // 200 %: 80 %
      ("2525.00", "1700.00"),   // 250 %: 85 %
      ("3030.00", "1900.00"),   // 300 %: 95 %
      ("3030.01", "2000.00"),   // > 300 %: 100 %
    ])
  func supportCentre(income: String, expected: String) throws {
    #expect(try fee(.supportCentre, income: income).fee == m(expected))
  }

  @Test("Shelter within the criterion: at most 30 % of income (50 % with care services)")
  func shelterCap() throws {
    // 30 % × 900 = 270.00; 50 % × 900 = 450.00; no table needed within the criterion.
    #expect(
      try fee(.shelter, income: "900.00", table: nil)
        == SupportCentreFee.Result(fee: m("270.00"), percent: nil, cap: m("270.00")))
    #expect(try fee(.shelterWithCare, income: "900.00", table: nil).fee == m("450.00"))
    // With the Lidzbark table (free within the criterion) the fee stays 0, under the cap.
    #expect(try fee(.shelter, income: "900.00", table: SupportCentreTables.lidzbarkWarminskiShelters).fee == .zero)
    // Above the criterion: Lidzbark 1515.00 = 150 % → 50 % × 2000 = 1000.00.
    #expect(
      try fee(.shelter, income: "1515.00", table: SupportCentreTables.lidzbarkWarminskiShelters).fee == m("1000.00"))
  }

  @Test("Free services: ŚDS and day-support centres for children")
  func free() throws {
    #expect(try fee(.selfHelpHome, income: "99999.00").fee == .zero)
    #expect(try fee(.daySupportForChildren, income: "99999.00").fee == .zero)
  }

  @Test("Above the criterion without a table: care_fee_table_missing; shelters before 2016-09-05: not encoded")
  func errors() {
    do { _ = try fee(.trainingFlat, income: "2000", table: nil); Issue.record("expected error") } catch {
      #expect(error.pomoc.code == .careFeeTableMissing)
    }
    do { _ = try fee(.shelter, income: "100", table: nil, date: "2016-09-04"); Issue.record("expected error") } catch {
      #expect(error.pomoc.code == .parameterNotEncoded)
    }
  }

  @Test("Family: per-person income against the per-person criterion (2025: 2 × 823 = 1646)")
  func family() throws {
    #expect(try fee(.supportedFlat, persons: 2, income: "1646.00").fee == .zero)
    #expect(try fee(.supportedFlat, persons: 2, income: "1646.01").fee == m("1400.00"))
  }
}

@Suite("Sopot price lists (seeds/004, Tab. 9)")
struct PriceListTests {
  @Test("Single prices by year; several prices need a variant")
  func prices() throws {
    #expect(try PriceList.sopotMentalCare.price(year: 2022) == m("37.50"))
    #expect(try PriceList.sopotHomeCare.price(year: 2021) == m("29.00"))
    #expect(try PriceList.sopotHomeCare.price(year: 2023, variant: 1) == m("38.00"))
    #expect(try PriceList.sopotSupportCentreServices.price(year: 2020, variant: 2) == m("55.00"))
    #expect(throws: PomocError.self) { try PriceList.sopotHomeCare.price(year: 2023) }
    #expect(throws: PomocError.self) { try PriceList.sopotHomeCare.price(year: 2019) }
    #expect(throws: PomocError.self) { try PriceList.sopotHomeCare.price(year: 2023, variant: 2) }
  }

  @Test("care-fee with a price list: Sopot 2022 mental care, 37.50 × 3 % × 30 h = 33.75")
  func careFeeRequest() throws {
    let json =
      #"{"date":"2022-06-01","care_kind":"mental","persons":1,"income":"1028.21","hours":"30","price_list":"sopot-mental-care"}"#
    let (request, list) = try ServiceJSON.careFeeRequest(Array(json.utf8))
    #expect(list == "sopot-mental-care")
    // 1028.21 > 132.5 % × 776 = 1028.20 → 3 %.
    #expect(try evaluate(request).careFee == m("33.75"))
  }
}
