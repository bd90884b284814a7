import Foundation
import Testing

@testable import Pomoc
@testable import PomocFormats

/// End-to-end checks of `pomoc family` against its format contract: a JSON line is read
/// (`FamilyJSON`), decided (`FamilyEvaluator`) and written (`FamilyOutput`), and the output
/// object is compared, keys and values, with the one worked out by hand from the contract.
/// Key order is not significant: both sides are compared with their object keys sorted.
@Suite("pomoc family — the contract, end to end")
struct FamilyContractTests {
  // MARK: - Helpers

  /// A member object.
  static func member(_ id: String, _ role: String, _ born: String, _ extra: String = "") -> String {
    #"{"id":"\#(id)","role":"\#(role)","birth_date":"\#(born)""# + (extra.isEmpty ? "" : "," + extra) + "}"
  }

  /// A record on `date` with `members` and more keys `extra`.
  static func record(_ date: String, _ members: [String], _ extra: String = "", id: String = "f") -> String {
    #"{"id":"\#(id)","date":"\#(date)","members":[\#(members.joined(separator: ","))]"#
      + (extra.isEmpty ? "" : "," + extra) + "}"
  }

  /// The output line of one input line, as `pomoc family` writes it.
  static func output(_ line: String) -> String {
    let parsed = FamilyJSON.parse(line: line)
    switch parsed.family {
    case .failure(let error): return FamilyOutput.line(id: parsed.id, error: error)
    case .success(let family):
      do {
        return FamilyOutput.line(try FamilyEvaluator.decide(family))
      } catch {
        return FamilyOutput.line(id: parsed.id, error: PomocError(wrapping: error).for(record: parsed.id))
      }
    }
  }

  /// The value with every object's keys sorted (key order is not significant).
  static func canonical(_ value: JSONValue) -> JSONValue {
    switch value {
    case .object(let members):
      return .object(members.map { (key: $0.key, value: canonical($0.value)) }.sorted { $0.key < $1.key })
    case .array(let elements): return .array(elements.map(canonical))
    default: return value
    }
  }

  static func json(_ text: String) throws -> JSONValue { canonical(try JSONParser.parse(text)) }

  /// The output object of `line`, parsed.
  static func outputObject(_ line: String) throws -> [(key: String, value: JSONValue)] {
    guard case .object(let members) = try json(output(line)) else { throw CocoaError(.coderInvalidValue) }
    return members
  }

  /// The benefit object `key` of the output of `line` (`nil` when the key is absent).
  static func benefit(_ line: String, _ key: String) throws -> JSONValue? {
    try outputObject(line).first { $0.key == key }?.value
  }

  /// Expects the whole output line of `line` to equal `expected` (keys in any order).
  static func expectOutput(_ line: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let actual = output(line)
    #expect(try json(actual) == json(expected), "\(actual)", sourceLocation: sourceLocation)
  }

  /// Expects the benefit object `key` of the output of `line` to equal `expected`.
  static func expectBenefit(
    _ line: String, _ key: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let actual = try benefit(line, key)
    #expect(actual == (try json(expected)), "\(key): \(output(line))", sourceLocation: sourceLocation)
  }

  /// The record-error code of `line`, or `nil` when it is read.
  static func recordError(_ line: String) -> String? {
    if case .failure(let error) = FamilyJSON.parse(line: line).family { return error.outputCode }
    return nil
  }

  static let applicant = member("a", "applicant", "1990-01-01")

  // MARK: - Output: key set, order, amounts, record errors

  @Test("one key per benefit decided: all of them, energy-crisis keys only within their windows")
  func keySet() throws {
    let always = [
      "id", "zasilek_rodzinny", "dodatek_urodzenie", "dodatek_urlop_wychowawczy", "dodatek_samotne_wychowywanie",
      "dodatek_wielodzietnosc", "dodatek_ksztalcenie_rehabilitacja", "dodatek_rok_szkolny",
      "dodatek_nauka_poza_miejscem", "zasilek_pielegnacyjny", "swiadczenie_pielegnacyjne",
      "specjalny_zasilek_opiekunczy", "zapomoga_urodzenie", "swiadczenie_rodzicielskie", "fundusz_alimentacyjny",
      "dodatek_mieszkaniowy", "dodatek_energetyczny", "swiadczenie_wychowawcze", "karta_duzej_rodziny",
    ]
    func keys(_ date: String) throws -> Set<String> {
      Set(try Self.outputObject(Self.record(date, [Self.applicant], #""incomes":{}"#)).map { $0.key })
    }
    // 2024-11-15: no energy-crisis window is open; the income (above criterion) is not needed
    // for the keys. zlotowka_za_zlotowke only when the reduction applies.
    #expect(try keys("2024-11-15") == Set(always))
    // 2022-11-15: the coal (2022-08-17 – 2022-11-30) and heat-source (2022-09-20 – 2022-11-30)
    // windows; osłonowy ended 2022-10-31, elektryczny starts 2022-12-01.
    #expect(try keys("2022-11-15") == Set(always + ["dodatek_weglowy", "dodatek_zrodla_ciepla"]))
    // 2022-12-01: elektryczny only (2022-12-01 – 2023-02-01).
    #expect(try keys("2022-12-01") == Set(always + ["dodatek_elektryczny"]))
    // 2023-02-01: elektryczny's last day and the VAT refund (2023-01-01 – 2024-02-29).
    #expect(try keys("2023-02-01") == Set(always + ["dodatek_elektryczny", "refundacja_vat_gaz"]))
    // 2024-01-01: osłonowy 2024 (2024-01-01 – 2024-04-30) and the refund.
    #expect(try keys("2024-01-01") == Set(always + ["dodatek_oslonowy", "refundacja_vat_gaz"]))
    // 2024-08-01: the bon (2024-08-01 – 2024-09-30); 2024-10-01: none.
    #expect(try keys("2024-08-01") == Set(always + ["bon_energetyczny"]))
    #expect(try keys("2024-07-31") == Set(always))
    #expect(try keys("2022-01-04") == Set(always + ["dodatek_oslonowy"]))
    #expect(try keys("2022-01-03") == Set(always))
  }

  @Test("an energy-crisis key named in `benefits` is still absent outside its window")
  func windowBeatsFilter() throws {
    let line = Self.record("2022-11-01", [Self.applicant], #""benefits":["dodatek_oslonowy","dodatek_weglowy"]"#)
    // Osłonowy's window ended 2022-10-31: only the coal allowance, with its missing `energy`.
    try Self.expectOutput(line, #"{"id":"f","dodatek_weglowy":{"error":"missing_field:energy"}}"#)
  }

  @Test("`benefits`: zasilek_rodzinny brings its dodatki; a dodatek alone comes alone; [] decides nothing")
  func benefitsFilter() throws {
    let members = [Self.applicant, Self.member("c", "child", "2016-05-05")]
    let incomes = #""incomes":{"2023":[]}"#
    let group = try Self.outputObject(
      Self.record("2024-11-15", members, incomes + #","benefits":["zasilek_rodzinny"]"#))
    #expect(
      group.map { $0.key }.sorted() == [
        "dodatek_ksztalcenie_rehabilitacja", "dodatek_nauka_poza_miejscem", "dodatek_rok_szkolny",
        "dodatek_samotne_wychowywanie", "dodatek_urlop_wychowawczy", "dodatek_urodzenie", "dodatek_wielodzietnosc",
        "id", "zasilek_rodzinny",
      ])
    let alone = try Self.outputObject(
      Self.record("2024-11-15", members, incomes + #","benefits":["dodatek_rok_szkolny"]"#))
    #expect(alone.map { $0.key }.sorted() == ["dodatek_rok_szkolny", "id"])
    try Self.expectOutput(Self.record("2024-11-15", members, #""benefits":[]"#), #"{"id":"f"}"#)
    #expect(
      Self.recordError(Self.record("2024-11-15", members, #""benefits":["zasilek"]"#)) == "invalid_field:benefits")
  }

  @Test("`benefits` naming zlotowka_za_zlotowke with zasilek_rodzinny: present only when the reduction applies")
  func reductionKeyFollowsTheRule() throws {
    // n = 2, K = 674: Y = 0 ≤ 1348 → no reduction, so no key.
    let members = [Self.applicant, Self.member("c", "child", "2016-05-05")]
    let within = Self.record(
      "2024-11-15", members, #""incomes":{"2023":[]},"benefits":["zlotowka_za_zlotowke"]"#)
    try Self.expectOutput(within, #"{"id":"f"}"#)
  }

  // MARK: - Zasiłek rodzinny and dodatki

  /// a, s; c1 born 2024-03-10 (age 0, prenatal care); c2 born 2016-05-05 (age 8, starts the
  /// school year, commutes); c3 born 2005-01-01 (age 19, school); c4 born 2000-01-01 (age 24,
  /// not in education: not an eligible child). Parental leave. n = 6.
  static let bigFamily = [
    member("a", "applicant", "1990-01-01"), member("s", "spouse", "1990-01-01"),
    member("c1", "child", "2024-03-10", #""prenatal_care":true"#),
    member("c2", "child", "2016-05-05", #""starts_school_year":true,"study_away":"commutes""#),
    member("c3", "child", "2005-01-01", #""education":"school""#), member("c4", "child", "2000-01-01"),
  ]

  @Test("ZR within the criterion: every benefit of the group with its full amount (full output)")
  func familyAllowanceWithinCriterion() throws {
    // 2024-11-15: okres zasiłkowy 2024-11-01 – 2025-10-31, base year 2023. Y = 36000 / 12 = 3000,
    // n = 6, y = 500.00 ≤ K = 674 (no disabled child) → full amounts, no zlotowka_za_zlotowke.
    // ZR: c1 age 0 → 95, c2 age 8 → 124, c3 age 19 in school → 135, c4 → 0: 354.00.
    // art. 9: c1 under one with prenatal care → 1000.00. art. 10: parental_leave → 400.00.
    // art. 11a: not a single parent → condition_not_met. art. 12a: 3 eligible → 95 × (3 − 2) = 95.00.
    // art. 13: no disabled child → no_eligible_child. art. 14: c2 → 100.00. art. 15: c2 commutes → 69.00.
    let line = Self.record(
      "2024-11-15", Self.bigFamily,
      #""incomes":{"2023":[{"kind":"base_year","amount":"36000"}]},"parental_leave":true,"benefits":["zasilek_rodzinny"]"#,
      id: "A")
    let period = #""period_from":"2024-11-01","period_to":"2025-10-31""#
    func entries(_ amounts: [String]) -> String {
      "["
        + zip(["c1", "c2", "c3", "c4"], amounts).map { id, amount in
          #"{"id":"\#(id)","entitled":\#(amount != "0.00"),"amount":"\#(amount)"}"#
        }.joined(separator: ",") + "]"
    }
    let expected = """
      {"id":"A",
      "zasilek_rodzinny":{"entitled":true,"amount":"354.00","reason_code":null,\(period),"reduced":false,
        "criterion":"674.00","income_per_person":"500.00","per_child":\(entries(["95.00", "124.00", "135.00", "0.00"]))},
      "dodatek_urodzenie":{"entitled":true,"amount":"1000.00","reason_code":null,\(period),"reduced":false,
        "per_child":\(entries(["1000.00", "0.00", "0.00", "0.00"]))},
      "dodatek_urlop_wychowawczy":{"entitled":true,"amount":"400.00","reason_code":null,\(period),"reduced":false},
      "dodatek_samotne_wychowywanie":{"entitled":false,"amount":"0.00","reason_code":"condition_not_met",\(period),
        "reduced":false},
      "dodatek_wielodzietnosc":{"entitled":true,"amount":"95.00","reason_code":null,\(period),"reduced":false},
      "dodatek_ksztalcenie_rehabilitacja":{"entitled":false,"amount":"0.00","reason_code":"no_eligible_child",
        \(period),"reduced":false,"per_child":\(entries(["0.00", "0.00", "0.00", "0.00"]))},
      "dodatek_rok_szkolny":{"entitled":true,"amount":"100.00","reason_code":null,\(period),"reduced":false,
        "per_child":\(entries(["0.00", "100.00", "0.00", "0.00"]))},
      "dodatek_nauka_poza_miejscem":{"entitled":true,"amount":"69.00","reason_code":null,\(period),"reduced":false,
        "per_child":\(entries(["0.00", "69.00", "0.00", "0.00"]))}}
      """
    try Self.expectOutput(line, expected)
    // The written line carries the amounts as strings with two decimals, nulls as null.
    let text = Self.output(line)
    #expect(text.contains(#""amount":"354.00""#) && text.contains(#""reason_code":null"#))
    #expect(!text.contains("\n"))
  }

  @Test("ZR: y equal to K qualifies; one grosz of Y above K × n is over (before 2016: nothing)")
  func criterionBoundary() throws {
    // 2015-11-15: period 2015-11-01 – 2016-10-31, base year 2014, K = 674, amounts 89/118/129.
    // a + c (born 2010-01-01, age 5 → 118.00). n = 2: K × n = 1348 → Y = 16176 / 12 = 1348.
    let members = [Self.applicant, Self.member("c", "child", "2010-01-01", #""starts_school_year":true"#)]
    func line(_ amount: String) -> String {
      Self.record(
        "2015-11-15", members,
        #""incomes":{"2014":[{"kind":"base_year","amount":"\#(amount)"}]},"benefits":["zasilek_rodzinny"]"#)
    }
    let period = #""period_from":"2015-11-01","period_to":"2016-10-31""#
    try Self.expectBenefit(
      line("16176"), "zasilek_rodzinny",
      #"{"entitled":true,"amount":"118.00","reason_code":null,\#(period),"reduced":false,"criterion":"674.00","income_per_person":"674.00","per_child":[{"id":"c","entitled":true,"amount":"118.00"}]}"#
    )
    // Y = 16176.12 / 12 = 1348.01 > 1348 before 2016-01-01: ZR not entitled, no reduction, no
    // zlotowka key; the school-year dodatek (its own condition holds) carries ZR's reason.
    // y = 674.005 → "674.01" (display, half up).
    try Self.expectBenefit(
      line("16176.12"), "zasilek_rodzinny",
      #"{"entitled":false,"amount":"0.00","reason_code":"income_above_criterion",\#(period),"reduced":false,"criterion":"674.00","income_per_person":"674.01","per_child":[{"id":"c","entitled":false,"amount":"0.00"}]}"#
    )
    try Self.expectBenefit(
      line("16176.12"), "dodatek_rok_szkolny",
      #"{"entitled":false,"amount":"0.00","reason_code":"income_above_criterion",\#(period),"reduced":false,"per_child":[{"id":"c","entitled":false,"amount":"0.00"}]}"#
    )
    #expect(try Self.benefit(line("16176.12"), "zlotowka_za_zlotowke") == nil)
  }

  /// a + c (born 2016-05-05, age 8 on 2024-11-15, starts the school year). n = 2, K = 674.
  static let schoolChild = [applicant, member("c", "child", "2016-05-05", #""starts_school_year":true"#)]

  @Test("złotówka za złotówkę: A ≥ 20.00 → ZR and dodatki entitled, reduced; the family is paid A")
  func reductionPaid() throws {
    // Y = 16416.07 / 12 = 1368.005833…; K × n = 1348 → e = 20.005833… (shown 20.01).
    // T = ZR 124 + art. 14 100 / 12 = 132.333… (shown 132.33); A = round(T − e) = round(112.3275) = 112.33.
    // y = 684.0029… → "684.00".
    let line = Self.record(
      "2024-11-15", Self.schoolChild,
      #""incomes":{"2023":[{"kind":"base_year","amount":"16416.07"}]},"benefits":["zasilek_rodzinny"]"#)
    let period = #""period_from":"2024-11-01","period_to":"2025-10-31""#
    try Self.expectBenefit(
      line, "zlotowka_za_zlotowke",
      #"{"entitled":true,"amount":"112.33","reason_code":null,\#(period),"full_amount":"132.33","excess":"20.01"}"#)
    try Self.expectBenefit(
      line, "zasilek_rodzinny",
      #"{"entitled":true,"amount":"124.00","reason_code":null,\#(period),"reduced":true,"criterion":"674.00","income_per_person":"684.00","per_child":[{"id":"c","entitled":true,"amount":"124.00"}]}"#
    )
    try Self.expectBenefit(
      line, "dodatek_rok_szkolny",
      #"{"entitled":true,"amount":"100.00","reason_code":null,\#(period),"reduced":true,"per_child":[{"id":"c","entitled":true,"amount":"100.00"}]}"#
    )
    // A dodatek whose own condition fails keeps its own reason; `reduced` false.
    try Self.expectBenefit(
      line, "dodatek_urlop_wychowawczy",
      #"{"entitled":false,"amount":"0.00","reason_code":"condition_not_met",\#(period),"reduced":false}"#)
  }

  @Test("złotówka za złotówkę: A < 20.00 → nothing, income_above_criterion; the key says below_minimum")
  func reductionBelowMinimum() throws {
    // Y = 17556 / 12 = 1463 → e = 1463 − 1348 = 115; T = 132.333…; T − e = 17.333… → A = 17.33 < 20.
    // y = 731.50.
    let line = Self.record(
      "2024-11-15", Self.schoolChild,
      #""incomes":{"2023":[{"kind":"base_year","amount":"17556"}]},"benefits":["zasilek_rodzinny"]"#)
    let period = #""period_from":"2024-11-01","period_to":"2025-10-31""#
    try Self.expectBenefit(
      line, "zlotowka_za_zlotowke",
      #"{"entitled":false,"amount":"0.00","reason_code":"below_minimum",\#(period),"full_amount":"132.33","excess":"115.00"}"#
    )
    try Self.expectBenefit(
      line, "zasilek_rodzinny",
      #"{"entitled":false,"amount":"0.00","reason_code":"income_above_criterion",\#(period),"reduced":false,"criterion":"674.00","income_per_person":"731.50","per_child":[{"id":"c","entitled":false,"amount":"0.00"}]}"#
    )
    // The school-year dodatek holds on its own: it carries ZR's reason.
    try Self.expectBenefit(
      line, "dodatek_rok_szkolny",
      #"{"entitled":false,"amount":"0.00","reason_code":"income_above_criterion",\#(period),"reduced":false,"per_child":[{"id":"c","entitled":false,"amount":"0.00"}]}"#
    )
  }

  @Test("złotówka za złotówkę: T takes art. 9 and 14 ÷ 12 and art. 15 × 10 ÷ 12; A = 20.00 exactly is paid")
  func reductionTotal() throws {
    // 2024-11-15, a + b (born 2024-06-01, prenatal care: ZR 95, art. 9 1000) + s (born 2008-01-01,
    // age 16, school, lives in the school town: ZR 124, art. 15 113). n = 3, K × n = 2022.
    // T = 95 + 124 + (1000 + 10 × 113) / 12 = 219 + 2130 / 12 = 219 + 177.5 = 396.50.
    // A = 20.00 → e = 376.50 → Y = 2398.50 → yearly 28782.
    let members = [
      Self.applicant, Self.member("b", "child", "2024-06-01", #""prenatal_care":true"#),
      Self.member("s", "child", "2008-01-01", #""education":"school","study_away":"lives_in_school_town""#),
    ]
    let line = Self.record(
      "2024-11-15", members,
      #""incomes":{"2023":[{"kind":"base_year","amount":"28782"}]},"benefits":["zasilek_rodzinny"]"#)
    let period = #""period_from":"2024-11-01","period_to":"2025-10-31""#
    try Self.expectBenefit(
      line, "zlotowka_za_zlotowke",
      #"{"entitled":true,"amount":"20.00","reason_code":null,\#(period),"full_amount":"396.50","excess":"376.50"}"#)
    try Self.expectBenefit(
      line, "dodatek_nauka_poza_miejscem",
      #"{"entitled":true,"amount":"113.00","reason_code":null,\#(period),"reduced":true,"per_child":[{"id":"b","entitled":false,"amount":"0.00"},{"id":"s","entitled":true,"amount":"113.00"}]}"#
    )
    // One grosz more of monthly income (yearly + 0.12): A = round(19.99) → below the minimum.
    let over = Self.record(
      "2024-11-15", members,
      #""incomes":{"2023":[{"kind":"base_year","amount":"28782.12"}]},"benefits":["zlotowka_za_zlotowke"]"#)
    try Self.expectBenefit(
      over, "zlotowka_za_zlotowke",
      #"{"entitled":false,"amount":"0.00","reason_code":"below_minimum",\#(period),"full_amount":"396.50","excess":"376.51"}"#
    )
  }

  @Test("dodatki: single parent (k, d), kształcenie (by age band), wielodzietność; the higher K with a disabled child")
  func supplementsOwnRules() throws {
    // 2024-11-15, single parent; c1 born 2015-01-01 (age 9, certificate, parent dead); c2 born
    // 2008-01-01 (age 16, severe, father unknown); c3 born 2012-01-01 (age 12, no reason).
    // n = 4, disabled child → K = 764. Y = 0.
    // ZR: 124 × 3 = 372.00. art. 11a: k = 2, d = 2 → min(2 × 193, 386) + min(2 × 80, 160) = 546.00.
    // art. 12a: 3 eligible → 95.00. art. 13: c1 (under 16, certificate, age ≥ 5) 110 + c2 (16, severe) 110 = 220.00.
    let members = [
      Self.applicant,
      Self.member("c1", "child", "2015-01-01", #""disability":"certificate","no_alimony_reason":"parent_dead""#),
      Self.member("c2", "child", "2008-01-01", #""disability":"severe","no_alimony_reason":"father_unknown""#),
      Self.member("c3", "child", "2012-01-01"),
    ]
    let line = Self.record(
      "2024-11-15", members, #""incomes":{"2023":[]},"single_parent":true,"benefits":["zasilek_rodzinny"]"#)
    let period = #""period_from":"2024-11-01","period_to":"2025-10-31""#
    try Self.expectBenefit(
      line, "zasilek_rodzinny",
      #"{"entitled":true,"amount":"372.00","reason_code":null,\#(period),"reduced":false,"criterion":"764.00","income_per_person":"0.00","per_child":[{"id":"c1","entitled":true,"amount":"124.00"},{"id":"c2","entitled":true,"amount":"124.00"},{"id":"c3","entitled":true,"amount":"124.00"}]}"#
    )
    try Self.expectBenefit(
      line, "dodatek_samotne_wychowywanie",
      #"{"entitled":true,"amount":"546.00","reason_code":null,\#(period),"reduced":false}"#)
    try Self.expectBenefit(
      line, "dodatek_wielodzietnosc",
      #"{"entitled":true,"amount":"95.00","reason_code":null,\#(period),"reduced":false}"#)
    try Self.expectBenefit(
      line, "dodatek_ksztalcenie_rehabilitacja",
      #"{"entitled":true,"amount":"220.00","reason_code":null,\#(period),"reduced":false,"per_child":[{"id":"c1","entitled":true,"amount":"110.00"},{"id":"c2","entitled":true,"amount":"110.00"},{"id":"c3","entitled":false,"amount":"0.00"}]}"#
    )
    // Under 5 with a certificate: the lower amount, 90.00 (c born 2021-01-01, age 3).
    let small = Self.record(
      "2024-11-15", [Self.applicant, Self.member("c", "child", "2021-01-01", #""disability":"certificate_care""#)],
      #""incomes":{"2023":[]},"benefits":["dodatek_ksztalcenie_rehabilitacja"]"#)
    try Self.expectBenefit(
      small, "dodatek_ksztalcenie_rehabilitacja",
      #"{"entitled":true,"amount":"90.00","reason_code":null,\#(period),"reduced":false,"per_child":[{"id":"c","entitled":true,"amount":"90.00"}]}"#
    )
  }

  @Test(
    "no eligible child → every benefit of the group no_eligible_child; wielodzietność before 2015-11-01 not encoded")
  func noEligibleChild() throws {
    // 2014-11-15: period 2014-11-01 – 2015-10-31, base year 2013, K = 574. The only child is 24
    // and not in education: the income is read (the family has a child), nobody is eligible.
    let line = Self.record(
      "2014-11-15", [Self.applicant, Self.member("c", "child", "1990-05-05")],
      #""incomes":{"2013":[]},"benefits":["zasilek_rodzinny"]"#)
    let period = #""period_from":"2014-11-01","period_to":"2015-10-31""#
    let none = #"[{"id":"c","entitled":false,"amount":"0.00"}]"#
    let plain = #"{"entitled":false,"amount":"0.00","reason_code":"no_eligible_child",\#(period),"reduced":false}"#
    let perChild =
      #"{"entitled":false,"amount":"0.00","reason_code":"no_eligible_child",\#(period),"reduced":false,"per_child":\#(none)}"#
    let expected = """
      {"id":"f",
      "zasilek_rodzinny":{"entitled":false,"amount":"0.00","reason_code":"no_eligible_child",\(period),"reduced":false,
        "criterion":"574.00","income_per_person":"0.00","per_child":\(none)},
      "dodatek_urodzenie":\(perChild),"dodatek_urlop_wychowawczy":\(plain),"dodatek_samotne_wychowywanie":\(plain),
      "dodatek_wielodzietnosc":{"error":"parameter_not_encoded"},
      "dodatek_ksztalcenie_rehabilitacja":\(perChild),"dodatek_rok_szkolny":\(perChild),
      "dodatek_nauka_poza_miejscem":\(perChild)}
      """
    try Self.expectOutput(line, expected)
    // No member with role child: the income is not read (no criterion), all no_eligible_child.
    try Self.expectBenefit(
      Self.record("2024-11-15", [Self.applicant], #""benefits":["zasilek_rodzinny"]"#), "zasilek_rodzinny",
      #"{"entitled":false,"amount":"0.00","reason_code":"no_eligible_child","period_from":"2024-11-01","period_to":"2025-10-31","reduced":false,"per_child":[]}"#
    )
  }

  @Test("ZR: the order of decision — not encoded first, then incomes, then prenatal_care for art. 9 only")
  func familyAllowanceOrder() throws {
    // 2014-11-15 without incomes: ZR and every dodatek missing incomes.2013, except
    // wielodzietność, not encoded on that date (a step-1 answer).
    let noIncome = Self.record(
      "2014-11-15", [Self.applicant, Self.member("c", "child", "2014-06-01")], #""benefits":["zasilek_rodzinny"]"#)
    try Self.expectBenefit(noIncome, "zasilek_rodzinny", #"{"error":"missing_field:incomes.2013"}"#)
    try Self.expectBenefit(noIncome, "dodatek_rok_szkolny", #"{"error":"missing_field:incomes.2013"}"#)
    try Self.expectBenefit(noIncome, "dodatek_wielodzietnosc", #"{"error":"parameter_not_encoded"}"#)
    // 2015-11-01: wielodzietność decided (90.00 from that day); the child under one has no
    // prenatal_care: only art. 9 (within the criterion) misses it, at the member's path.
    let noCare = Self.record(
      "2015-11-01", [Self.applicant, Self.member("c", "child", "2015-06-01")],
      #""incomes":{"2014":[]},"benefits":["zasilek_rodzinny"]"#)
    try Self.expectBenefit(noCare, "dodatek_urodzenie", #"{"error":"missing_field:members[1].prenatal_care"}"#)
    try Self.expectBenefit(
      noCare, "dodatek_wielodzietnosc",
      #"{"entitled":false,"amount":"0.00","reason_code":"fewer_than_three_children","period_from":"2015-11-01","period_to":"2016-10-31","reduced":false}"#
    )
    // ZR: age 0 → 89.00 (2015-11-01 amounts).
    try Self.expectBenefit(
      noCare, "zasilek_rodzinny",
      #"{"entitled":true,"amount":"89.00","reason_code":null,"period_from":"2015-11-01","period_to":"2016-10-31","reduced":false,"criterion":"674.00","income_per_person":"0.00","per_child":[{"id":"c","entitled":true,"amount":"89.00"}]}"#
    )
    // prenatal_care false → no_prenatal_care.
    let refused = Self.record(
      "2015-11-01", [Self.applicant, Self.member("c", "child", "2015-06-01", #""prenatal_care":false"#)],
      #""incomes":{"2014":[]},"benefits":["dodatek_urodzenie"]"#)
    try Self.expectBenefit(
      refused, "dodatek_urodzenie",
      #"{"entitled":false,"amount":"0.00","reason_code":"no_prenatal_care","period_from":"2015-11-01","period_to":"2016-10-31","reduced":false,"per_child":[{"id":"c","entitled":false,"amount":"0.00"}]}"#
    )
  }

  // MARK: - Care benefits

  @Test("zasiłek pielęgnacyjny: per_member for every member; Σ of the amounts; the 2019-11-01 amount")
  func careAllowance() throws {
    // 2019-11-01: 215.84. a born 1940-01-01 (79 ≥ 75) ✓; c born 2010-01-01 (9, certificate) ✓;
    // o born 2001-01-01 (18, moderate, onset not needed under 21) ✓; g born 1930-01-01 (89) with
    // dodatek pielęgnacyjny ✗; h born 1990-01-01 (29, moderate, onset 25) ✗.
    // amount = 3 × 215.84 = 647.52; on 2019-10-31: 3 × 184.42 = 553.26.
    let members = [
      Self.member("a", "applicant", "1940-01-01"),
      Self.member("c", "child", "2010-01-01", #""disability":"certificate""#),
      Self.member("o", "other", "2001-01-01", #""disability":"moderate""#),
      Self.member("g", "other", "1930-01-01", #""dodatek_pielegnacyjny":true"#),
      Self.member("h", "other", "1990-01-01", #""disability":"moderate","disability_onset_age":25"#),
    ]
    func entries(_ amount: String) -> String {
      #"[{"id":"a","entitled":true,"amount":"\#(amount)"},{"id":"c","entitled":true,"amount":"\#(amount)"},{"id":"o","entitled":true,"amount":"\#(amount)"},{"id":"g","entitled":false,"amount":"0.00"},{"id":"h","entitled":false,"amount":"0.00"}]"#
    }
    try Self.expectOutput(
      Self.record("2019-11-01", members, #""benefits":["zasilek_pielegnacyjny"]"#),
      #"{"id":"f","zasilek_pielegnacyjny":{"entitled":true,"amount":"647.52","reason_code":null,"period_from":null,"period_to":null,"per_member":\#(entries("215.84"))}}"#
    )
    try Self.expectBenefit(
      Self.record("2019-10-31", members, #""benefits":["zasilek_pielegnacyjny"]"#), "zasilek_pielegnacyjny",
      #"{"entitled":true,"amount":"553.26","reason_code":null,"period_from":null,"period_to":null,"per_member":\#(entries("184.42"))}"#
    )
    // From age 21 a moderate degree needs the onset age: missing_field at the member's path.
    let noOnset = Self.record(
      "2019-11-01", [Self.applicant, Self.member("o", "other", "1990-01-01", #""disability":"moderate""#)],
      #""benefits":["zasilek_pielegnacyjny"]"#)
    try Self.expectBenefit(
      noOnset, "zasilek_pielegnacyjny", #"{"error":"missing_field:members[1].disability_onset_age"}"#)
  }

  @Test("świadczenie pielęgnacyjne: from 2024 the amount × children under 18; to 2023 one amount, work excludes")
  func carerBenefit() throws {
    // 2024-03-01: 2988 × 2 cared children under 18 (certificate_care at 5, severe at 17) = 5976.00;
    // carer_employed not needed; period null.
    let members = [
      Self.applicant, Self.member("c1", "child", "2019-01-01", #""disability":"certificate_care""#),
      Self.member("c2", "child", "2007-01-01", #""disability":"severe""#),
    ]
    try Self.expectOutput(
      Self.record("2024-03-01", members, #""care":{"cared":["c1","c2"]},"benefits":["swiadczenie_pielegnacyjne"]"#),
      #"{"id":"f","swiadczenie_pielegnacyjne":{"entitled":true,"amount":"5976.00","reason_code":null,"period_from":null,"period_to":null}}"#
    )
    // 2023-12-31: one amount, 2458.00; the carer's work must be stated.
    let old = Self.record(
      "2023-12-31", members,
      #""care":{"cared":["c1","c2"],"carer_employed":false},"benefits":["swiadczenie_pielegnacyjne"]"#)
    try Self.expectBenefit(
      old, "swiadczenie_pielegnacyjne",
      #"{"entitled":true,"amount":"2458.00","reason_code":null,"period_from":null,"period_to":null}"#)
    let working = old.replacingOccurrences(of: #""carer_employed":false"#, with: #""carer_employed":true"#)
    try Self.expectBenefit(
      working, "swiadczenie_pielegnacyjne",
      #"{"entitled":false,"amount":"0.00","reason_code":"carer_employed","period_from":null,"period_to":null}"#)
    let unstated = old.replacingOccurrences(of: #","carer_employed":false"#, with: "")
    try Self.expectBenefit(unstated, "swiadczenie_pielegnacyjne", #"{"error":"missing_field:care.carer_employed"}"#)
    // Before 2014-05-01: not encoded, even without `care`.
    try Self.expectBenefit(
      Self.record(
        "2014-04-30", [Self.applicant, Self.member("c", "child", "2010-01-01", #""disability":"certificate_care""#)],
        #""benefits":["swiadczenie_pielegnacyjne"]"#), "swiadczenie_pielegnacyjne",
      #"{"error":"parameter_not_encoded"}"#)
    // 2014-06-01 (800.00, before 2014-10-23): an adult child, severe, onset 20 in education → < 25 ✓.
    let adult = [
      Self.applicant,
      Self.member(
        "c", "child", "1990-01-01",
        #""disability":"severe","disability_onset_age":20,"disability_onset_in_education":true"#),
    ]
    try Self.expectBenefit(
      Self.record(
        "2014-06-01", adult, #""care":{"cared":["c"],"carer_employed":false},"benefits":["swiadczenie_pielegnacyjne"]"#),
      "swiadczenie_pielegnacyjne",
      #"{"entitled":true,"amount":"800.00","reason_code":null,"period_from":null,"period_to":null}"#)
    // A cared spouse before 2024: not encoded.
    try Self.expectBenefit(
      Self.record(
        "2020-06-01", [Self.applicant, Self.member("s", "spouse", "1960-01-01", #""disability":"severe""#)],
        #""care":{"cared":["s"],"carer_employed":false},"benefits":["swiadczenie_pielegnacyjne"]"#),
      "swiadczenie_pielegnacyjne", #"{"error":"parameter_not_encoded"}"#)
  }

  @Test("specjalny zasiłek opiekuńczy: y = criterion qualifies; the tolerance; closed from 2024; not in force 2012")
  func specialCareAllowance() throws {
    // 2019-11-15: okres 2019-11-01 – 2020-10-31, base year 2018, criterion 764, amount 620.
    // a + s (spouse, severe), n = 2. Y = 18336 / 12 = 1528 → y = 764.00 ≤ 764 ✓.
    let members = [Self.applicant, Self.member("s", "spouse", "1960-01-01", #""disability":"severe""#)]
    func line(_ amount: String, tolerance: Bool = false) -> String {
      Self.record(
        "2019-11-15", members,
        #""incomes":{"2018":[{"kind":"base_year","amount":"\#(amount)"}]},"care":{"cared":["s"],"carer_employed":false,"szo_tolerance":\#(tolerance)},"benefits":["specjalny_zasilek_opiekunczy"]"#
      )
    }
    let period = #""period_from":"2019-11-01","period_to":"2020-10-31""#
    try Self.expectBenefit(
      line("18336"), "specjalny_zasilek_opiekunczy",
      #"{"entitled":true,"amount":"620.00","reason_code":null,\#(period),"criterion":"764.00","income_per_person":"764.00"}"#
    )
    // y = 859.00 = 764 + 95 (the lowest ZR): with the tolerance still entitled; Y = 1718 → 20616.
    try Self.expectBenefit(
      line("20616", tolerance: true), "specjalny_zasilek_opiekunczy",
      #"{"entitled":true,"amount":"620.00","reason_code":null,\#(period),"criterion":"764.00","income_per_person":"859.00"}"#
    )
    try Self.expectBenefit(
      line("20616"), "specjalny_zasilek_opiekunczy",
      #"{"entitled":false,"amount":"0.00","reason_code":"income_above_criterion",\#(period),"criterion":"764.00","income_per_person":"859.00"}"#
    )
    // y = 859.01 (Y = 1718.02 → 20616.24): above the tolerance.
    try Self.expectBenefit(
      line("20616.24", tolerance: true), "specjalny_zasilek_opiekunczy",
      #"{"entitled":false,"amount":"0.00","reason_code":"income_above_criterion",\#(period),"criterion":"764.00","income_per_person":"859.01"}"#
    )
    // From 2024-01-01 no new claims (step 1: no income needed); 2012-12-31: not in force.
    try Self.expectBenefit(
      Self.record("2024-01-01", members, #""benefits":["specjalny_zasilek_opiekunczy"]"#),
      "specjalny_zasilek_opiekunczy",
      #"{"entitled":false,"amount":"0.00","reason_code":"closed_to_new_claims","period_from":"2023-11-01","period_to":"2024-10-31"}"#
    )
    try Self.expectBenefit(
      Self.record("2012-12-31", members, #""benefits":["specjalny_zasilek_opiekunczy"]"#),
      "specjalny_zasilek_opiekunczy",
      #"{"entitled":false,"amount":"0.00","reason_code":"not_in_force","period_from":"2012-11-01","period_to":"2013-10-31"}"#
    )
    // Needed: incomes first, then care.
    try Self.expectBenefit(
      Self.record("2019-11-15", members, #""benefits":["specjalny_zasilek_opiekunczy"]"#),
      "specjalny_zasilek_opiekunczy",
      #"{"error":"missing_field:incomes.2018"}"#)
  }

  // MARK: - Zapomoga, rodzicielskie

  @Test("zapomoga: candidates within 12 months; prenatal care before income; the first candidate's reason")
  func birthGrant() throws {
    // 2024-11-15, base year 2023, criterion 1922. c1 born 2023-11-15: the 12 months end
    // 2024-11-15 → candidate; c0 born 2023-11-14 → not. n = 4; Y = 0.
    let members = [
      Self.applicant, Self.member("c0", "child", "2023-11-14"),
      Self.member("c1", "child", "2023-11-15", #""prenatal_care":false"#),
      Self.member("c2", "child", "2024-05-01", #""prenatal_care":true"#),
    ]
    let line = Self.record("2024-11-15", members, #""incomes":{"2023":[]},"benefits":["zapomoga_urodzenie"]"#)
    try Self.expectOutput(
      line,
      #"{"id":"f","zapomoga_urodzenie":{"entitled":true,"amount":"1000.00","reason_code":null,"period_from":null,"period_to":null,"criterion":"1922.00","income_per_person":"0.00","per_child":[{"id":"c0","entitled":false,"amount":"0.00"},{"id":"c1","entitled":false,"amount":"0.00"},{"id":"c2","entitled":true,"amount":"1000.00"}]}}"#
    )
    // Y = 4 × 1922.01 = 7688.04 → y = 1922.01 > 1922: c1 no_prenatal_care (checked first), c2
    // income_above_criterion; the benefit's reason is the first candidate's (c1).
    let high = Self.record(
      "2024-11-15", members,
      #""incomes":{"2023":[{"kind":"gained_after_base_year","amount":"7688.04"}]},"benefits":["zapomoga_urodzenie"]"#)
    try Self.expectBenefit(
      high, "zapomoga_urodzenie",
      #"{"entitled":false,"amount":"0.00","reason_code":"no_prenatal_care","period_from":null,"period_to":null,"criterion":"1922.00","income_per_person":"1922.01","per_child":[{"id":"c0","entitled":false,"amount":"0.00"},{"id":"c1","entitled":false,"amount":"0.00"},{"id":"c2","entitled":false,"amount":"0.00"}]}"#
    )
    // Before 2021-11-01 not encoded (step 1, before the missing income).
    try Self.expectBenefit(
      Self.record(
        "2021-10-31", [Self.applicant, Self.member("c", "child", "2021-10-01")], #""benefits":["zapomoga_urodzenie"]"#),
      "zapomoga_urodzenie",
      #"{"error":"parameter_not_encoded"}"#)
    // No candidate: no_eligible_child, the income not read (no criterion).
    try Self.expectBenefit(
      Self.record(
        "2024-11-15", [Self.applicant, Self.member("c0", "child", "2023-11-14")], #""benefits":["zapomoga_urodzenie"]"#),
      "zapomoga_urodzenie",
      #"{"entitled":false,"amount":"0.00","reason_code":"no_eligible_child","period_from":null,"period_to":null,"per_child":[{"id":"c0","entitled":false,"amount":"0.00"}]}"#
    )
  }

  @Test("rodzicielskie: twins 65 weeks from the birth; month_amount of a partial month rounded up to 10 gr")
  func parentalBenefit() throws {
    // Twins born 2024-10-20: 65 weeks = 455 days → period_to = 2024-10-20 + 454 days = 2026-01-17.
    // 2024-10-25: October days 20–31 = 12 of 31 → 1000 × 12 / 31 = 387.096… → 387.10.
    let twins = [
      Self.applicant, Self.member("t1", "child", "2024-10-20"), Self.member("t2", "child", "2024-10-20"),
      Self.member("o", "child", "2020-01-01"),
    ]
    try Self.expectOutput(
      Self.record("2024-10-25", twins, #""benefits":["swiadczenie_rodzicielskie"]"#),
      #"{"id":"f","swiadczenie_rodzicielskie":{"entitled":true,"amount":"1000.00","reason_code":null,"period_from":"2024-10-20","period_to":"2026-01-17","month_amount":"387.10"}}"#
    )
    // January 2026: days 1–17 of 31 → 1000 × 17 / 31 = 548.387… → 548.40.
    try Self.expectBenefit(
      Self.record("2026-01-17", twins, #""benefits":["swiadczenie_rodzicielskie"]"#), "swiadczenie_rodzicielskie",
      #"{"entitled":true,"amount":"1000.00","reason_code":null,"period_from":"2024-10-20","period_to":"2026-01-17","month_amount":"548.40"}"#
    )
    // The day after the period: no_eligible_child, month_amount 0.00.
    try Self.expectBenefit(
      Self.record("2026-01-18", twins, #""benefits":["swiadczenie_rodzicielskie"]"#), "swiadczenie_rodzicielskie",
      #"{"entitled":false,"amount":"0.00","reason_code":"no_eligible_child","period_from":"2024-10-20","period_to":"2026-01-17","month_amount":"0.00"}"#
    )
    try Self.expectBenefit(
      Self.record("2024-10-25", twins, #""maternity_allowance":true,"benefits":["swiadczenie_rodzicielskie"]"#),
      "swiadczenie_rodzicielskie",
      #"{"entitled":false,"amount":"0.00","reason_code":"maternity_allowance","period_from":"2024-10-20","period_to":"2026-01-17","month_amount":"0.00"}"#
    )
    // Extra weeks from 2025-03-19 only: one child born 2025-03-01, 8 extra weeks → 60 weeks,
    // period_to = 2025-03-01 + 419 days = 2026-04-24. Month of 2025-03-19: days 1–31 → 1000.00.
    let one = [Self.applicant, Self.member("c", "child", "2025-03-01")]
    try Self.expectBenefit(
      Self.record("2025-03-19", one, #""rodzicielskie_extra_weeks":8,"benefits":["swiadczenie_rodzicielskie"]"#),
      "swiadczenie_rodzicielskie",
      #"{"entitled":true,"amount":"1000.00","reason_code":null,"period_from":"2025-03-01","period_to":"2026-04-24","month_amount":"1000.00"}"#
    )
    // 2025-03-18: not yet; 52 weeks → 2026-02-27. March days 1–31 → 1000.00.
    try Self.expectBenefit(
      Self.record("2025-03-18", one, #""rodzicielskie_extra_weeks":8,"benefits":["swiadczenie_rodzicielskie"]"#),
      "swiadczenie_rodzicielskie",
      #"{"entitled":true,"amount":"1000.00","reason_code":null,"period_from":"2025-03-01","period_to":"2026-02-27","month_amount":"1000.00"}"#
    )
    // Before 2016-01-01: not in force.
    try Self.expectBenefit(
      Self.record(
        "2015-12-31", [Self.applicant, Self.member("c", "child", "2015-12-01")],
        #""benefits":["swiadczenie_rodzicielskie"]"#),
      "swiadczenie_rodzicielskie",
      #"{"entitled":false,"amount":"0.00","reason_code":"not_in_force","period_from":null,"period_to":null,"month_amount":"0.00"}"#
    )
  }

  // MARK: - Fundusz alimentacyjny

  @Test("fundusz alimentacyjny: B = min(awarded, cap); per-person excess; below 100 nothing; first candidate's reason")
  func alimonyFund() throws {
    // 2024-11-15: period 2024-10-01 – 2025-09-30, base year 2023, K = 1209, cap 1000.
    // c2 (effective enforcement) comes first, then c1 (1200 awarded, ineffective), c3 (24, no
    // education: not eligible), c4 (no alimony). n = 5.
    let members = [
      Self.applicant,
      Self.member("c2", "child", "2012-01-01", #""alimony":{"awarded":"300","enforcement_ineffective":false}"#),
      Self.member("c1", "child", "2010-01-01", #""alimony":{"awarded":"1200","enforcement_ineffective":true}"#),
      Self.member("c3", "child", "2000-01-01", #""alimony":{"awarded":"500","enforcement_ineffective":true}"#),
      Self.member("c4", "child", "2015-01-01"),
    ]
    func line(_ yearly: String) -> String {
      Self.record(
        "2024-11-15", members,
        #""incomes":{"2023":[{"kind":"base_year","amount":"\#(yearly)"}]},"benefits":["fundusz_alimentacyjny"]"#)
    }
    let period = #""period_from":"2024-10-01","period_to":"2025-09-30""#
    func entries(_ c1: String) -> String {
      #"[{"id":"c2","entitled":false,"amount":"0.00"},{"id":"c1","entitled":\#(c1 != "0.00"),"amount":"\#(c1)"},{"id":"c3","entitled":false,"amount":"0.00"},{"id":"c4","entitled":false,"amount":"0.00"}]"#
    }
    // y = 1209 exactly: Y = 6045 → 72540 a year. c1: min(1200, 1000) = 1000.00.
    try Self.expectBenefit(
      line("72540"), "fundusz_alimentacyjny",
      #"{"entitled":true,"amount":"1000.00","reason_code":null,\#(period),"criterion":"1209.00","income_per_person":"1209.00","per_child":\#(entries("1000.00"))}"#
    )
    // y = 1609 (Y = 8045 → 96540): A = 1000 − 400 = 600.00.
    try Self.expectBenefit(
      line("96540"), "fundusz_alimentacyjny",
      #"{"entitled":true,"amount":"600.00","reason_code":null,\#(period),"criterion":"1209.00","income_per_person":"1609.00","per_child":\#(entries("600.00"))}"#
    )
    // y = 2109.50 (Y = 10547.50 → 126570): A = 1000 − 900.50 = 99.50 < 100 → nobody; the
    // reason is that of the first child with alimony in input order, c2: enforcement_effective.
    try Self.expectBenefit(
      line("126570"), "fundusz_alimentacyjny",
      #"{"entitled":false,"amount":"0.00","reason_code":"enforcement_effective",\#(period),"criterion":"1209.00","income_per_person":"2109.50","per_child":\#(entries("0.00"))}"#
    )
    // Before 2020-10-01 (2020-09-30: K = 800, cap 500, base year 2018): y above → nothing.
    let old = Self.record(
      "2020-09-30",
      [
        Self.applicant,
        Self.member("c", "child", "2010-01-01", #""alimony":{"awarded":"400","enforcement_ineffective":true}"#),
      ],
      #""incomes":{"2018":[{"kind":"base_year","amount":"19200.24"}]},"benefits":["fundusz_alimentacyjny"]"#)
    // Y = 1600.02, n = 2, y = 800.01 > 800.
    try Self.expectBenefit(
      old, "fundusz_alimentacyjny",
      #"{"entitled":false,"amount":"0.00","reason_code":"income_above_criterion","period_from":"2019-10-01","period_to":"2020-09-30","criterion":"800.00","income_per_person":"800.01","per_child":[{"id":"c","entitled":false,"amount":"0.00"}]}"#
    )
    // No child with alimony: no_alimony_title, the income not needed.
    try Self.expectBenefit(
      Self.record(
        "2024-11-15", [Self.applicant, Self.member("c", "child", "2015-01-01")],
        #""benefits":["fundusz_alimentacyjny"]"#),
      "fundusz_alimentacyjny",
      #"{"entitled":false,"amount":"0.00","reason_code":"no_alimony_title",\#(period),"per_child":[{"id":"c","entitled":false,"amount":"0.00"}]}"#
    )
    // A child with alimony and no incomes of 2023: missing.
    try Self.expectBenefit(
      Self.record("2024-11-15", members, #""benefits":["fundusz_alimentacyjny"]"#), "fundusz_alimentacyjny",
      #"{"error":"missing_field:incomes.2023"}"#)
  }

  // MARK: - Housing and energy

  static func housing(_ keys: String) -> String { #""housing":{\#(keys)}"# }

  @Test("dodatek mieszkaniowy: E on the normative area, own share, cap, the per-member excess, the minimum")
  func housingAllowance() throws {
    // 2024-03-15: period 2024-04-01 – 2024-09-30. p = 3 → N = 45 m², area 50 (≤ 45 × 1.3 = 58.5).
    // B = 7155.48; t = 30 % × B = 2146.644; s = 12 %; E = 1000 × 45 / 50 = 900; cap 70 % × 900 = 630.
    // Income 15000 / 3 = I 5000, i = 1666.67 ≤ t → D = min(900 − 600, 630) = 300.00.
    func line(income: String, expenses: String = "1000", area: String = "50") -> String {
      Self.record(
        "2024-03-15", [Self.applicant],
        Self.housing(
          #""persons":3,"legal_title":true,"income_3_months":"\#(income)","area":"\#(area)","expenses":"\#(expenses)","basis_amount":"7155.48""#
        ) + #","benefits":["dodatek_mieszkaniowy"]"#)
    }
    let period = #""period_from":"2024-04-01","period_to":"2024-09-30""#
    try Self.expectOutput(
      line(income: "15000"),
      #"{"id":"f","dodatek_mieszkaniowy":{"entitled":true,"amount":"300.00","reason_code":null,\#(period)}}"#)
    // I = 6600 (i = 2200 > t): D = min(900 − 792, 630) − (2200 − 2146.644) = 108 − 53.356 = 54.644 → 54.64.
    try Self.expectBenefit(
      line(income: "19800"), "dodatek_mieszkaniowy",
      #"{"entitled":true,"amount":"54.64","reason_code":null,\#(period)}"#)
    // Expenses 950: E = 855 → 63 − 53.356 = 9.644 → 9.64 < 0.5 % × B = 35.7774 → below_minimum.
    try Self.expectBenefit(
      line(income: "19800", expenses: "950"), "dodatek_mieszkaniowy",
      #"{"entitled":false,"amount":"0.00","reason_code":"below_minimum",\#(period)}"#)
    // Area 58.51 > 58.50 → area_above_limit; 58.50 is allowed.
    try Self.expectBenefit(
      line(income: "15000", area: "58.51"), "dodatek_mieszkaniowy",
      #"{"entitled":false,"amount":"0.00","reason_code":"area_above_limit",\#(period)}"#)
    // 58.50: E = 1000 × 45 / 58.5 = 769.2307…; D = min(769.23 − 600, 538.46) = 169.2307… → 169.23.
    try Self.expectBenefit(
      line(income: "15000", area: "58.50"), "dodatek_mieszkaniowy",
      #"{"entitled":true,"amount":"169.23","reason_code":null,\#(period)}"#)
    // Missing keys in the contract's order.
    try Self.expectBenefit(
      Self.record("2024-03-15", [Self.applicant], Self.housing(#""persons":1,"area":"30""#)), "dodatek_mieszkaniowy",
      #"{"error":"missing_field:housing.legal_title"}"#)
  }

  @Test("dodatek mieszkaniowy to 2021-06-30: 175 % threshold, the upper band's 20 % share above 150 % (exclusive)")
  func housingAllowanceOldRules() throws {
    // 2020-06-01: period 2020-07-01 – 2020-12-31; p = 1, N = 35, area 30; B = 1200 (najniższa
    // emerytura); t = 2100; E = 600; cap 420.
    func line(_ income: String) -> String {
      Self.record(
        "2020-06-01", [Self.applicant],
        Self.housing(
          #""persons":1,"legal_title":true,"income_3_months":"\#(income)","area":"30","expenses":"600","basis_amount":"1200","electricity_contract":true"#
        ) + #","benefits":["dodatek_mieszkaniowy","dodatek_energetyczny"]"#)
    }
    let period = #""period_from":"2020-07-01","period_to":"2020-12-31""#
    // I = 1800 = 150 % of B (not above): s = 15 % → D = min(600 − 270, 420) = 330.00.
    // DE: DM granted, electricity contract, 1 person: 10.94 (from 2020-05-01).
    try Self.expectOutput(
      line("5400"),
      #"{"id":"f","dodatek_mieszkaniowy":{"entitled":true,"amount":"330.00","reason_code":null,\#(period)},"dodatek_energetyczny":{"entitled":true,"amount":"10.94","reason_code":null,\#(period)}}"#
    )
    // I = 1900 > 1800: s = 20 % → D = min(600 − 380, 420) = 220.00.
    try Self.expectBenefit(
      line("5700"), "dodatek_mieszkaniowy", #"{"entitled":true,"amount":"220.00","reason_code":null,\#(period)}"#)
  }

  @Test("dodatek energetyczny: not examined from 2022-01-04 with DM's period; DM's error; no DM")
  func energyAllowance() throws {
    // 2024-11-15: not examined (step 1, no housing needed); period as DM's: 2024-12-01 – 2025-05-31.
    try Self.expectOutput(
      Self.record("2024-11-15", [Self.applicant], #""benefits":["dodatek_energetyczny"]"#),
      #"{"id":"f","dodatek_energetyczny":{"entitled":false,"amount":"0.00","reason_code":"not_examined","period_from":"2024-12-01","period_to":"2025-05-31"}}"#
    )
    // 2020-06-01 without housing: DM's error.
    try Self.expectBenefit(
      Self.record("2020-06-01", [Self.applicant], #""benefits":["dodatek_energetyczny"]"#), "dodatek_energetyczny",
      #"{"error":"missing_field:housing"}"#)
    // No legal title: DM not entitled → no_dodatek_mieszkaniowy.
    try Self.expectBenefit(
      Self.record(
        "2020-06-01", [Self.applicant],
        Self.housing(
          #""persons":1,"legal_title":false,"income_3_months":"0","area":"30","expenses":"600","basis_amount":"1200","electricity_contract":true"#
        )), "dodatek_energetyczny",
      #"{"entitled":false,"amount":"0.00","reason_code":"no_dodatek_mieszkaniowy","period_from":"2020-07-01","period_to":"2020-12-31"}"#
    )
  }

  // MARK: - 500+, KDR

  @Test("świadczenie wychowawcze: to 2019-06-30 the oldest child within 800; from 2019-07-01 every child")
  func childRaisingBenefit() throws {
    // 2019-06-30: base year 2017 (2018-10-01 – 2019-06-30). n = 4; Y = 38400.48 / 12 = 3200.04,
    // y = 800.01 > 800: the oldest (c1, born 2005) not entitled, c2 500.00.
    let members = [
      Self.applicant, Self.member("s", "spouse", "1990-01-01"), Self.member("c2", "child", "2010-01-01"),
      Self.member("c1", "child", "2005-01-01"),
    ]
    func line(_ date: String, _ yearly: String = "38400.48") -> String {
      Self.record(
        date, members,
        #""incomes":{"2017":[{"kind":"base_year","amount":"\#(yearly)"}]},"benefits":["swiadczenie_wychowawcze"]"#)
    }
    try Self.expectOutput(
      line("2019-06-30"),
      #"{"id":"f","swiadczenie_wychowawcze":{"entitled":true,"amount":"500.00","reason_code":null,"period_from":null,"period_to":null,"criterion":"800.00","income_per_person":"800.01","per_child":[{"id":"c2","entitled":true,"amount":"500.00"},{"id":"c1","entitled":false,"amount":"0.00"}]}}"#
    )
    // y = 800.00 (Y = 3200 → 38400): both.
    try Self.expectBenefit(
      line("2019-06-30", "38400"), "swiadczenie_wychowawcze",
      #"{"entitled":true,"amount":"1000.00","reason_code":null,"period_from":null,"period_to":null,"criterion":"800.00","income_per_person":"800.00","per_child":[{"id":"c2","entitled":true,"amount":"500.00"},{"id":"c1","entitled":true,"amount":"500.00"}]}"#
    )
    // 2019-07-01: no income test, no criterion.
    try Self.expectBenefit(
      line("2019-07-01"), "swiadczenie_wychowawcze",
      #"{"entitled":true,"amount":"1000.00","reason_code":null,"period_from":null,"period_to":null,"per_child":[{"id":"c2","entitled":true,"amount":"500.00"},{"id":"c1","entitled":true,"amount":"500.00"}]}"#
    )
    // An only child above the criterion: not entitled, income_above_criterion (the first candidate's).
    let only = Self.record(
      "2019-06-30", [Self.applicant, Self.member("c", "child", "2010-01-01")],
      #""incomes":{"2017":[{"kind":"base_year","amount":"19200.24"}]},"benefits":["swiadczenie_wychowawcze"]"#)
    try Self.expectBenefit(
      only, "swiadczenie_wychowawcze",
      #"{"entitled":false,"amount":"0.00","reason_code":"income_above_criterion","period_from":null,"period_to":null,"criterion":"800.00","income_per_person":"800.01","per_child":[{"id":"c","entitled":false,"amount":"0.00"}]}"#
    )
    // 800.00 from 2024-01-01; not in force before 2016-04-01.
    try Self.expectBenefit(
      Self.record(
        "2024-01-01", [Self.applicant, Self.member("c", "child", "2010-01-01")],
        #""benefits":["swiadczenie_wychowawcze"]"#),
      "swiadczenie_wychowawcze",
      #"{"entitled":true,"amount":"800.00","reason_code":null,"period_from":null,"period_to":null,"per_child":[{"id":"c","entitled":true,"amount":"800.00"}]}"#
    )
    try Self.expectBenefit(
      Self.record(
        "2016-03-31", [Self.applicant, Self.member("c", "child", "2010-01-01")],
        #""benefits":["swiadczenie_wychowawcze"]"#),
      "swiadczenie_wychowawcze",
      #"{"entitled":false,"amount":"0.00","reason_code":"not_in_force","period_from":null,"period_to":null,"per_child":[{"id":"c","entitled":false,"amount":"0.00"}]}"#
    )
  }

  @Test("Karta Dużej Rodziny: per_member without amounts, no amount key; parents who had three from 2019")
  func largeFamilyCard() throws {
    // 2024-11-15: c3 is 20 at university → 3 qualifying children; parents a, s entitled; o (other) not.
    let members = [
      Self.applicant, Self.member("s", "spouse", "1990-01-01"), Self.member("o", "other", "1950-01-01"),
      Self.member("c1", "child", "2010-01-01"), Self.member("c2", "child", "2012-01-01"),
      Self.member("c3", "child", "2004-01-01", #""education":"university""#),
    ]
    try Self.expectOutput(
      Self.record("2024-11-15", members, #""benefits":["karta_duzej_rodziny"]"#),
      #"{"id":"f","karta_duzej_rodziny":{"entitled":true,"reason_code":null,"period_from":null,"period_to":null,"per_member":[{"id":"a","entitled":true},{"id":"s","entitled":true},{"id":"o","entitled":false},{"id":"c1","entitled":true},{"id":"c2","entitled":true},{"id":"c3","entitled":true}]}}"#
    )
    // One child at home, children_ever 3: from 2019-01-01 the parents only.
    let one = [Self.applicant, Self.member("c", "child", "2010-01-01")]
    try Self.expectBenefit(
      Self.record("2019-01-01", one, #""children_ever":3,"benefits":["karta_duzej_rodziny"]"#), "karta_duzej_rodziny",
      #"{"entitled":true,"reason_code":null,"period_from":null,"period_to":null,"per_member":[{"id":"a","entitled":true},{"id":"c","entitled":false}]}"#
    )
    try Self.expectBenefit(
      Self.record("2018-12-31", one, #""children_ever":3,"benefits":["karta_duzej_rodziny"]"#), "karta_duzej_rodziny",
      #"{"entitled":false,"reason_code":"fewer_than_three_children","period_from":null,"period_to":null,"per_member":[{"id":"a","entitled":false},{"id":"c","entitled":false}]}"#
    )
    try Self.expectBenefit(
      Self.record("2014-05-26", one, #""benefits":["karta_duzej_rodziny"]"#), "karta_duzej_rodziny",
      #"{"entitled":false,"reason_code":"not_in_force","period_from":null,"period_to":null,"per_member":[{"id":"a","entitled":false},{"id":"c","entitled":false}]}"#
    )
    try Self.expectBenefit(
      Self.record("2014-12-31", one, #""benefits":["karta_duzej_rodziny"]"#), "karta_duzej_rodziny",
      #"{"error":"parameter_not_encoded"}"#)
  }

  // MARK: - Energy-crisis allowances

  @Test("osłonowy: coal amount; the per-person excess off the amount; one person on Y")
  func protectiveAllowance() throws {
    // 2022-03-01, n = 3 (2–3 persons: 600, with coal in CEEB 750), income year 2020.
    let members = [Self.applicant, Self.member("s", "spouse", "1990-01-01"), Self.member("c", "child", "2015-01-01")]
    func line(_ yearly: String, source: String = "coal") -> String {
      Self.record(
        "2022-03-01", members,
        #""incomes":{"2020":[{"kind":"base_year","amount":"\#(yearly)"}]},"energy":{"heat_source":"\#(source)","heat_source_in_ceeb":true,"income_year":2020},"benefits":["dodatek_oslonowy"]"#
      )
    }
    // y = 1500 (Y = 4500 → 54000): 750.00.
    try Self.expectOutput(
      line("54000"),
      #"{"id":"f","dodatek_oslonowy":{"entitled":true,"amount":"750.00","reason_code":null,"period_from":null,"period_to":null}}"#
    )
    // y = 1600 (Y = 4800 → 57600): 750 − 100 = 650.00; other heating: 600 − 100 = 500.00.
    try Self.expectBenefit(
      line("57600"), "dodatek_oslonowy",
      #"{"entitled":true,"amount":"650.00","reason_code":null,"period_from":null,"period_to":null}"#)
    try Self.expectBenefit(
      line("57600", source: "firewood"), "dodatek_oslonowy",
      #"{"entitled":true,"amount":"500.00","reason_code":null,"period_from":null,"period_to":null}"#)
    // y = 2230.01 (Y = 6690.03 → 80280.36): 750 − 730.01 = 19.99 < 20 → below_minimum.
    try Self.expectBenefit(
      line("80280.36"), "dodatek_oslonowy",
      #"{"entitled":false,"amount":"0.00","reason_code":"below_minimum","period_from":null,"period_to":null}"#)
    // One person: Y = 2150 (25800 a year) against 2100: 400 − 50 = 350.00.
    try Self.expectBenefit(
      Self.record(
        "2022-03-01", [Self.applicant],
        #""incomes":{"2020":[{"kind":"base_year","amount":"25800"}]},"energy":{"heat_source":"other","heat_source_in_ceeb":false,"income_year":2020},"benefits":["dodatek_oslonowy"]"#
      ), "dodatek_oslonowy",
      #"{"entitled":true,"amount":"350.00","reason_code":null,"period_from":null,"period_to":null}"#)
    // 2024 edition: 2–3 persons 343.20, coal 429.00.
    try Self.expectBenefit(
      Self.record(
        "2024-04-30", members,
        #""incomes":{"2022":[]},"energy":{"heat_source":"coal_derived","heat_source_in_ceeb":true,"income_year":2022},"benefits":["dodatek_oslonowy"]"#
      ), "dodatek_oslonowy",
      #"{"entitled":true,"amount":"429.00","reason_code":null,"period_from":null,"period_to":null}"#)
  }

  @Test("węglowy, źródła ciepła, elektryczny: the heat source in CEEB; heat_source otherwise")
  func flatAllowances() throws {
    func line(_ date: String, _ energy: String, _ key: String) -> String {
      Self.record(date, [Self.applicant], #""energy":{\#(energy)},"benefits":["\#(key)"]"#)
    }
    let once = #""reason_code":null,"period_from":null,"period_to":null"#
    try Self.expectBenefit(
      line("2022-08-17", #""heat_source":"coal","heat_source_in_ceeb":true"#, "dodatek_weglowy"), "dodatek_weglowy",
      #"{"entitled":true,"amount":"3000.00",\#(once)}"#)
    try Self.expectBenefit(
      line("2022-11-30", #""heat_source":"coal_derived","heat_source_in_ceeb":true"#, "dodatek_weglowy"),
      "dodatek_weglowy",
      #"{"entitled":false,"amount":"0.00","reason_code":"heat_source","period_from":null,"period_to":null}"#)
    try Self.expectBenefit(
      line("2022-09-20", #""heat_source":"firewood","heat_source_in_ceeb":true"#, "dodatek_zrodla_ciepla"),
      "dodatek_zrodla_ciepla", #"{"entitled":true,"amount":"1000.00",\#(once)}"#)
    try Self.expectBenefit(
      line("2022-09-20", #""heat_source":"lpg","heat_source_in_ceeb":false"#, "dodatek_zrodla_ciepla"),
      "dodatek_zrodla_ciepla",
      #"{"entitled":false,"amount":"0.00","reason_code":"heat_source","period_from":null,"period_to":null}"#)
    try Self.expectBenefit(
      line(
        "2023-02-01", #""heat_source":"electric","heat_source_in_ceeb":true,"electricity_2021_mwh":"5.001""#,
        "dodatek_elektryczny"), "dodatek_elektryczny", #"{"entitled":true,"amount":"1500.00",\#(once)}"#)
    try Self.expectBenefit(
      line(
        "2022-12-01", #""heat_source":"electric","heat_source_in_ceeb":true,"electricity_2021_mwh":"5""#,
        "dodatek_elektryczny"), "dodatek_elektryczny", #"{"entitled":true,"amount":"1000.00",\#(once)}"#)
    // Missing keys: heat_source first, then the CEEB flag.
    try Self.expectBenefit(
      line("2022-08-17", #""heat_source_in_ceeb":true"#, "dodatek_weglowy"), "dodatek_weglowy",
      #"{"error":"missing_field:energy.heat_source"}"#)
    try Self.expectBenefit(
      line("2022-08-17", #""heat_source":"coal""#, "dodatek_weglowy"), "dodatek_weglowy",
      #"{"error":"missing_field:energy.heat_source_in_ceeb"}"#)
  }

  @Test("VAT refund: 2021 income to 2023-07-31, 2022 after; above the threshold not encoded; bon doubled for electric")
  func gasRefundAndVoucher() throws {
    let members = [Self.applicant, Self.member("s", "spouse", "1990-01-01")]
    let gas = #""energy":{"heat_source":"network_gas","heat_source_in_ceeb":true,"gas_vat_paid":"812.34"}"#
    // n = 2: y = 1500 (Y = 3000 → 36000) → the VAT paid.
    try Self.expectBenefit(
      Self.record(
        "2023-07-31", members,
        #""incomes":{"2021":[{"kind":"base_year","amount":"36000"}]},\#(gas),"benefits":["refundacja_vat_gaz"]"#),
      "refundacja_vat_gaz",
      #"{"entitled":true,"amount":"812.34","reason_code":null,"period_from":null,"period_to":null}"#)
    try Self.expectBenefit(
      Self.record("2023-08-01", members, #""incomes":{"2021":[]},\#(gas),"benefits":["refundacja_vat_gaz"]"#),
      "refundacja_vat_gaz", #"{"error":"missing_field:incomes.2022"}"#)
    try Self.expectBenefit(
      Self.record(
        "2023-08-01", members,
        #""incomes":{"2022":[{"kind":"base_year","amount":"36000.24"}]},\#(gas),"benefits":["refundacja_vat_gaz"]"#),
      "refundacja_vat_gaz", #"{"error":"parameter_not_encoded"}"#)
    // Bon 2024-09-30, n = 2 (400, doubled 800 with electric in CEEB), b = 2023:
    // y = 1750 (Y = 3500 → 42000) → 800 − 50 = 750.00.
    try Self.expectBenefit(
      Self.record(
        "2024-09-30", members,
        #""incomes":{"2023":[{"kind":"base_year","amount":"42000"}]},"energy":{"heat_source":"electric","heat_source_in_ceeb":true},"benefits":["bon_energetyczny"]"#
      ), "bon_energetyczny",
      #"{"entitled":true,"amount":"750.00","reason_code":null,"period_from":null,"period_to":null}"#)
  }

  // MARK: - Record errors and exit statuses

  @Test("record errors: the first problem in document order, also past the reader's own checks")
  func recordErrorOrder() {
    let child = Self.member("c", "child", "2015-01-01")
    // An unknown key after a date out of range: the date is the first problem.
    #expect(Self.recordError(Self.record("2030-01-01", [Self.applicant], #""colour":1"#)) == "date_out_of_range")
    // An unknown key standing before the bad date is the first.
    #expect(
      Self.recordError(#"{"id":"f","colour":1,"date":"2030-01-01","members":[\#(Self.applicant)]}"#)
        == "invalid_field:colour")
    // In a member: the bad role before an unknown key after it.
    #expect(
      Self.recordError(Self.record("2024-11-15", [#"{"id":"a","role":"boss","birth_date":"1990-01-01","shoe":1}"#]))
        == "invalid_field:members[0].role")
    // Two applicants, then an unknown benefit: members first.
    #expect(
      Self.recordError(
        Self.record("2024-11-15", [Self.applicant, Self.member("b", "applicant", "1990-01-01")], #""benefits":["x"]"#))
        == "invalid_field:members")
    // A repeated member id, then a bad income: the member's id.
    #expect(
      Self.recordError(
        Self.record(
          "2024-11-15", [Self.applicant, Self.member("a", "child", "2015-01-01")],
          #""incomes":{"2023":[{"kind":"base_year","amount":"-1"}]}"#)) == "invalid_field:members[1].id")
    // An empty member id is a bad value, not a missing one.
    #expect(
      Self.recordError(Self.record("2024-11-15", [Self.member("", "applicant", "1990-01-01")]))
        == "invalid_field:members[0].id")
    // An income year not before the year of the date, then a bad flag.
    #expect(
      Self.recordError(Self.record("2024-11-15", [Self.applicant], #""incomes":{"2024":[]},"single_parent":"yes""#))
        == "invalid_field:incomes.2024")
    // children_ever below the children listed, then a bad housing key.
    #expect(
      Self.recordError(
        Self.record("2024-11-15", [Self.applicant, child], #""children_ever":0,"housing":{"persons":0}"#))
        == "invalid_field:children_ever")
    // A cared id that is not a member, then bad energy.
    #expect(
      Self.recordError(
        Self.record("2024-11-15", [Self.applicant], #""care":{"cared":["x"]},"energy":{"heat_source":"peat"}"#))
        == "invalid_field:care.cared")
    // rooms and kitchen above the area, then a cap out of range.
    #expect(
      Self.recordError(
        Self.record(
          "2024-11-15", [Self.applicant], #""housing":{"area":"40","rooms_kitchen_area":"41","cap_percent":95}"#))
        == "invalid_field:housing.rooms_kitchen_area")
    // A degree of disability under 16; a child born after the date.
    #expect(
      Self.recordError(
        Self.record(
          "2024-11-15", [Self.applicant, Self.member("c", "child", "2010-01-01", #""disability":"moderate""#)]))
        == "invalid_field:members[1].disability")
    #expect(
      Self.recordError(Self.record("2024-11-15", [Self.applicant, Self.member("c", "child", "2024-11-16")]))
        == "invalid_field:members[1].birth_date")
  }

  @Test("an unknown key counts where it stands in the line, also when the known keys are out of order")
  func unknownKeyPlace() {
    let badRole = #"[{"id":"m","role":"boss","birth_date":"1990-01-01"}]"#
    // The same two problems, the bad role before the unknown key: the role both times, wherever
    // the valid date stands.
    #expect(
      Self.recordError(#"{"id":"q2","date":"2024-05-01","members":\#(badRole),"zzz":1}"#)
        == "invalid_field:members[0].role")
    #expect(
      Self.recordError(#"{"id":"q3","members":\#(badRole),"zzz":1,"date":"2024-05-01"}"#)
        == "invalid_field:members[0].role")
    // The unknown key first: it is the first problem.
    #expect(
      Self.recordError(#"{"id":"q4","zzz":1,"members":\#(badRole),"date":"2024-05-01"}"#) == "invalid_field:zzz")
    // Alone, at the end, in a member.
    #expect(
      Self.recordError(
        Self.record("2024-05-01", [#"{"id":"a","role":"applicant","birth_date":"1990-01-01","shoe":1}"#]))
        == "invalid_field:members[0].shoe")
  }

  @Test("member ids compare byte for byte, as record ids do (no Unicode normalisation)")
  func memberIDsBytewise() throws {
    // "e" + U+0301 and U+00E9 are the same character in two forms but different ids.
    let decomposed = Self.member("e\u{0301}", "child", "2010-01-01")
    let composed = Self.member("\u{00E9}", "child", "2010-01-01")
    #expect(Self.recordError(Self.record("2024-05-01", [Self.applicant, decomposed, composed])) == nil)
    // A cared id names exactly the member with its bytes.
    #expect(
      Self.recordError(
        Self.record("2024-05-01", [Self.applicant, decomposed], #""care":{"cared":["\u00e9"]}"#))
        == "invalid_field:care.cared")
    let severe = Self.member("\u{00E9}", "child", "2015-01-01", #""disability":"certificate_care""#)
    let other = Self.member("e\u{0301}", "child", "2015-01-01")
    let line = Self.record(
      "2024-05-01", [Self.applicant, severe, other],
      #""care":{"cared":["\u00e9"],"carer_employed":false},"benefits":["swiadczenie_pielegnacyjne"]"#)
    // Exactly one cared child qualifies (under 18, the certificate with points 7 and 8; art. 17
    // ust. 1 from 2024): 2 988.00 × 1, not × 2.
    #expect(try Self.benefit(line, "swiadczenie_pielegnacyjne")?["amount"] == .string("2988.00"))
  }

  @Test("amounts: leading zeros do not count towards the 10^9 limit")
  func leadingZeros() {
    func income(_ amount: String) -> String? {
      Self.recordError(
        Self.record("2024-05-01", [Self.applicant], #""incomes":{"2023":[{"kind":"base_year","amount":"\#(amount)"}]}"#)
      )
    }
    #expect(income("0999999999") == nil)
    #expect(income("0999999999.99") == nil)
    #expect(income("0000000001") == nil)
    #expect(income("007") == nil)
    #expect(income("1000000000") == "invalid_field:incomes.2023[0].amount")
    #expect(income("01000000000") == "invalid_field:incomes.2023[0].amount")
  }

  @Test("a record error is {\"id\", \"error\"} and nothing else, with the id as read")
  func recordErrorLine() throws {
    try Self.expectOutput(
      Self.record("2030-01-01", [Self.applicant], id: "x7"), #"{"id":"x7","error":"date_out_of_range"}"#)
    try Self.expectOutput(#"{"date":"2024-11-15"}"#, #"{"id":"","error":"missing_field:id"}"#)
    try Self.expectOutput("[]", #"{"id":"","error":"malformed_record"}"#)
    try Self.expectOutput(
      #"{"id":"q","date":"2024-11-15","members":[{"id":"a","role":"applicant"}]}"#,
      #"{"id":"q","error":"missing_field:members[0].birth_date"}"#)
  }

  @Test(
    "exit 0 with benefit errors only; 1 with a record error; 64 for a bad invocation",
    .enabled(if: CLI.executable != nil))
  func exitStatuses() throws {
    // A benefit error (missing care) does not count.
    let good = Self.record("2024-11-15", [Self.applicant], #""benefits":["swiadczenie_pielegnacyjne"]"#)
    let run = try CLI.run(["family", "-"], stdin: good + "\n")
    #expect(run.status == 0)
    #expect(run.stdout == #"{"id":"f","swiadczenie_pielegnacyjne":{"error":"missing_field:care"}}"# + "\n")
    let bad = try CLI.run(
      ["family", "-"], stdin: good + "\n" + Self.record("2030-01-01", [Self.applicant], id: "g") + "\n")
    #expect(bad.status == 1 && bad.stdout.split(separator: "\n").count == 2)
    #expect(try CLI.run(["family", "--no-such-option", "-"], stdin: good).status == 64)
  }
}
