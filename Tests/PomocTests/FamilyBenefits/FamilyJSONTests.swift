import Testing

@testable import Pomoc
@testable import PomocFormats

/// `pomoc family`'s input: record errors named by path, first problem in document order,
/// amounts, the income formula and the exact arithmetic.
@Suite("Family JSON lines: reading and record errors")
struct FamilyJSONTests {
  static let applicant = #"{"id":"a","role":"applicant","birth_date":"1980-01-01"}"#

  /// A record of one applicant on 2024-11-15 with `rest` (more keys) added.
  static func withApplicant(_ rest: String) -> String {
    #"{"id":"f","date":"2024-11-15","members":[\#(applicant)],"# + rest + "}"
  }

  static func code(_ line: String) -> String? {
    if case .failure(let error) = FamilyJSON.parse(line: line).family { return error.outputCode }
    return nil
  }

  @Test(
    "record errors name the field by its path",
    arguments: [
      ("not json", "malformed_record"),
      ("[1,2]", "malformed_record"),
      (#"{"date":"2024-11-15","members":[\#(applicant)]}"#, "missing_field:id"),
      (#"{"id":"","date":"2024-11-15","members":[\#(applicant)]}"#, "invalid_field:id"),
      (#"{"id":"f","members":[\#(applicant)]}"#, "missing_field:date"),
      (#"{"id":"f","date":"2024-11-15"}"#, "missing_field:members"),
      (#"{"id":"f","date":"2023-02-29","members":[\#(applicant)]}"#, "invalid_field:date"),
      (#"{"id":"f","date":"2012-10-31","members":[\#(applicant)]}"#, "date_out_of_range"),
      (#"{"id":"f","date":"2027-01-01","members":[\#(applicant)]}"#, "date_out_of_range"),
      (#"{"id":"f","date":"2024-11-15","members":[]}"#, "invalid_field:members"),
      (
        #"{"id":"f","date":"2024-11-15","members":[\#(applicant),{"id":"b","role":"applicant","birth_date":"1980-01-01"}]}"#,
        "invalid_field:members"
      ),
      (
        #"{"id":"f","date":"2024-11-15","members":[{"id":"a","role":"boss","birth_date":"1980-01-01"}]}"#,
        "invalid_field:members[0].role"
      ),
      (
        #"{"id":"f","date":"2024-11-15","members":[{"role":"applicant","birth_date":"1980-01-01"}]}"#,
        "missing_field:members[0].id"
      ),
      (
        #"{"id":"f","date":"2024-11-15","members":[\#(applicant),{"id":"c","role":"child","birth_date":"2024-11-16"}]}"#,
        "invalid_field:members[1].birth_date"
      ),
      (
        #"{"id":"f","date":"2024-11-15","members":[\#(applicant),{"id":"c","role":"child","birth_date":"2010-01-01","disability":"severe"}]}"#,
        "invalid_field:members[1].disability"
      ),
      (
        withApplicant(#""incomes":{"2023":[{"kind":"base_year","amount":"-5"}]}"#),
        "invalid_field:incomes.2023[0].amount"
      ),
      (
        withApplicant(#""incomes":{"2023":[{"kind":"base_year","amount":"1.234"}]}"#),
        "invalid_field:incomes.2023[0].amount"
      ),
      (
        withApplicant(#""incomes":{"2023":[{"kind":"base_year","amount":"1000000000"}]}"#),
        "invalid_field:incomes.2023[0].amount"
      ),
      (
        withApplicant(#""incomes":{"2023":[{"kind":"base_year","amount":12}]}"#), "invalid_field:incomes.2023[0].amount"
      ),
      (withApplicant(#""incomes":{"2024":[]}"#), "invalid_field:incomes.2024"),
      (
        withApplicant(#""incomes":{"2023":[{"kind":"gained_in_base_year","amount":"10"}]}"#),
        "missing_field:incomes.2023[0].months"
      ),
      (#"{"id":"f","date":"2024-11-15","members":[\#(applicant)],"children_ever":"3"}"#, "invalid_field:children_ever"),
      (withApplicant(#""single_parent":"true""#), "invalid_field:single_parent"),
      (#"{"id":"f","date":"2024-11-15","members":[\#(applicant)],"colour":"blue"}"#, "invalid_field:colour"),
      (
        #"{"id":"f","date":"2024-11-15","members":[{"id":"a","role":"applicant","birth_date":"1980-01-01","shoe":1}]}"#,
        "invalid_field:members[0].shoe"
      ),
      (withApplicant(#""care":{"cared":["x"],"carer_employed":false}"#), "invalid_field:care.cared"),
      (#"{"id":"f","date":"2024-11-15","members":[\#(applicant)],"benefits":["bogus"]}"#, "invalid_field:benefits"),
      // A repeated key: the JSON reader rejects the line (RFC 8259 names "SHOULD be unique").
      (#"{"id":"f","id":"g","date":"2024-11-15","members":[\#(applicant)]}"#, "malformed_record"),
      (withApplicant(#""housing":{"area":"0"}"#), "invalid_field:housing.area"),
      (withApplicant(#""housing":{"cap_percent":95}"#), "invalid_field:housing.cap_percent"),
      (withApplicant(#""energy":{"electricity_2021_mwh":"5.0001"}"#), "invalid_field:energy.electricity_2021_mwh"),
    ])
  func recordErrors(line: String, expected: String) {
    #expect(Self.code(line) == expected, "\(line)")
  }

  @Test("the first problem in document order is reported (date before members, role before birth_date)")
  func firstProblem() {
    #expect(Self.code(#"{"id":"f","date":"2011-01-01","members":[]}"#) == "date_out_of_range")
    #expect(
      Self.code(#"{"id":"f","date":"2024-11-15","members":[{"id":"a","role":"kid","birth_date":"2030-01-01"}]}"#)
        == "invalid_field:members[0].role")
  }

  @Test("the id as read comes back with a record error, \"\" without one")
  func idAsRead() {
    #expect(FamilyJSON.parse(line: #"{"id":"f7","date":"2030-01-01"}"#).id == "f7")
    #expect(FamilyJSON.parse(line: "nonsense").id == "")
    #expect(
      FamilyOutput.line(id: "f7", error: .invalid("members", "x")) == #"{"id":"f7","error":"invalid_field:members"}"#)
  }

  @Test("amounts: 123, 123.4, 123.45 in zł; areas with 2 decimals, energy with 3")
  func amounts() throws {
    let line = #"""
      {"id":"f","date":"2024-11-15","members":[{"id":"a","role":"applicant","birth_date":"1980-01-01"}],
      "incomes":{"2023":[{"kind":"base_year","amount":"123"},{"kind":"base_year","amount":"123.4"},{"kind":"base_year","amount":"0.05"}]},
      "housing":{"area":"45.5"},"energy":{"electricity_2021_mwh":"5.001"}}
      """#.replacingOccurrences(of: "\n", with: "")
    let family = try FamilyJSON.parse(line: line).family.get()
    #expect(family.incomes[2023]?.map(\.amount.grosze) == [12_300, 12_340, 5])
    #expect(family.housing?.area == SquareMetres(hundredths: 4_550))
    #expect(family.energy?.electricity2021 == MegawattHours(kilowattHours: 5_001))
  }

  @Test("Y = Σ base_year / 12 + Σ gained_in_base_year / months + Σ gained_after_base_year; lost sources do not count")
  func monthlyIncome() throws {
    var family = Family(
      id: "f", date: CivilDate(2024, 11, 15),
      members: [FamilyMember(id: "a", role: .applicant, birthDate: CivilDate(1980, 1, 1))])
    family.incomes[2023] = [
      IncomeSource(kind: .baseYear, amount: Money(zloty: 12_000)),   // 12 000 / 12 = 1000
      IncomeSource(kind: .lost, amount: Money(zloty: 50_000)),   // not counted
      IncomeSource(kind: .gainedInBaseYear, amount: Money(zloty: 1_000), months: 3),   // 1000 / 3 = 333.33…
      IncomeSource(kind: .gainedAfterBaseYear, amount: Money(grosze: 50_001)),   // 500.01
    ]
    // Y = 1000 + 333.333… + 500.01 = 1833.343333… zł = 550 003 / 3 grosze.
    let income = try #require(try family.monthlyIncome(year: 2023))
    #expect(income == (try RationalAmount(grosze: 550_003, over: 3)))
    #expect(income.roundedHalfUp() == Money(grosze: 183_334))
    #expect(try family.monthlyIncome(year: 2022) == nil)
  }

  @Test("exact rounding: half a grosz up, the rodzicielskie month up to 10 gr")
  func rounding() throws {
    #expect((try RationalAmount(grosze: 1, over: 2)).roundedHalfUp() == Money(grosze: 1))
    #expect((try RationalAmount(grosze: -1, over: 2)).roundedHalfUp() == Money(grosze: 0))
    #expect((try RationalAmount(grosze: 3, over: 2)).roundedHalfUp() == Money(grosze: 2))
    #expect((try RationalAmount(grosze: 4_999, over: 10_000)).roundedHalfUp() == Money(grosze: 0))
    // 1000.00 × 22 / 31 = 709.677… zł → 709.70 (up to 10 gr); an exact 709.70 stays.
    #expect((try RationalAmount(grosze: 100_000 * 22, over: 31)).roundedUpToTenGrosze() == Money(grosze: 70_970))
    #expect(RationalAmount(money: Money(grosze: 70_970)).roundedUpToTenGrosze() == Money(grosze: 70_970))
    // Comparison is exact even where the cross products pass 64 bits.
    let big = try RationalAmount(grosze: Int64.max / 2, over: 3)
    let bigger = try RationalAmount(grosze: Int64.max / 2 + 1, over: 3)
    #expect(big < bigger)
  }

  @Test("age: completed years; a 29 February birthday falls on 28 February in common years")
  func age() {
    let leap = FamilyMember(id: "c", role: .child, birthDate: CivilDate(2008, 2, 29))
    #expect(leap.age(on: CivilDate(2026, 2, 27)) == 17)
    #expect(leap.age(on: CivilDate(2026, 2, 28)) == 18)
    #expect(leap.age(on: CivilDate(2024, 2, 28)) == 15)
    #expect(leap.age(on: CivilDate(2024, 2, 29)) == 16)
  }
}
