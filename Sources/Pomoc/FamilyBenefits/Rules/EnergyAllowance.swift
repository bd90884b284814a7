/// *Dodatek energetyczny* (energy allowance), ustawa z 10 kwietnia 1997 r. – Prawo energetyczne,
/// art. 3 pkt 13c and art. 5c–5d: a flat monthly amount for the *odbiorca wrażliwy energii
/// elektrycznej* — a person granted *dodatek mieszkaniowy*, party to an electricity contract and
/// living at the supply point — for the period of the housing allowance.
///
/// In force from 2014-01-01. Applications filed from 2022-01-04 to 2027-12-31 are left
/// unexamined (*pozostawia się bez rozpoznania*, art. 15 ustawy o dodatku osłonowym, t.j. Dz.U.
/// 2026 poz. 77). The amounts are announced yearly in *Monitor Polski* for 1 May – 30 April
/// (art. 5d); those for 2014-01-01 – 2015-04-30 and from 2023-05-01 are not encoded.
public enum EnergyAllowance {
  /// The monthly amounts by household size (art. 5c ust. 2).
  public struct Amounts: Hashable, Sendable {
    /// One-person household.
    public var onePerson: Money
    /// Household of 2 to 4 persons.
    public var twoToFour: Money
    /// Household of 5 or more persons.
    public var fiveOrMore: Money

    /// The amount for a household of `persons`.
    public func amount(persons: Int) -> Money {
      persons <= 1 ? onePerson : persons <= 4 ? twoToFour : fiveOrMore
    }
  }

  /// The amounts (ministerial notices under art. 5d): from 2014-01-01 not encoded (M.P. 2013
  /// poz. 963, values not verified); 11.09 / 15.40 / 18.48 from 2015-05-01 (M.P. 2015 poz. 377);
  /// 11.29 / 15.68 / 18.81 from 2016-05-01 (M.P. 2016 poz. 411); 11.22 / 15.58 / 18.70 from
  /// 2017-05-01 (M.P. 2017 poz. 394); 11.35 / 15.77 / 18.92 from 2018-05-01 (M.P. 2018 poz. 450);
  /// 11.37 / 15.80 / 18.96 from 2019-05-01 (M.P. 2019 poz. 402); 10.94 / 15.19 / 18.23 from
  /// 2020-05-01 (M.P. 2020 poz. 374); 12.09 / 16.79 / 20.15 from 2021-05-01 (M.P. 2021 poz. 393);
  /// 13.38 / 18.58 / 22.30 from 2022-05-01 (M.P. 2022 poz. 419); from 2023-05-01 not encoded.
  public static let amounts = DatedAmounts<Amounts>([
    (CivilDate(2014, 1, 1), nil),
    (CivilDate(2015, 5, 1), Amounts(grosze: 1109, 1540, 1848)),
    (CivilDate(2016, 5, 1), Amounts(grosze: 1129, 1568, 1881)),
    (CivilDate(2017, 5, 1), Amounts(grosze: 1122, 1558, 1870)),
    (CivilDate(2018, 5, 1), Amounts(grosze: 1135, 1577, 1892)),
    (CivilDate(2019, 5, 1), Amounts(grosze: 1137, 1580, 1896)),
    (CivilDate(2020, 5, 1), Amounts(grosze: 1094, 1519, 1823)),
    (CivilDate(2021, 5, 1), Amounts(grosze: 1209, 1679, 2015)),
    (CivilDate(2022, 5, 1), Amounts(grosze: 1338, 1858, 2230)),
    (CivilDate(2023, 5, 1), nil),
  ])

  /// The application days left unexamined: 2022-01-04 (the day *ustawa o dodatku osłonowym*
  /// came into force) to 2027-12-31 (its art. 15 as amended by Dz.U. 2025 poz. 1302).
  public static let notExamined = (from: CivilDate(2022, 1, 4), to: CivilDate(2027, 12, 31))

  /// Art. 5c Pr.en.
  public static let basis: [LegalCitation] = [.energyLaw(article: "5c"), .energyLaw(article: "3", point: "13c")]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.energyAllowance.rawValue)

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    // Step 1: not in force, then unexamined applications, then an unverified amount. The period
    // follows from the application day alone (that of dodatek mieszkaniowy), whatever the answer.
    let period = HousingAllowance.period(applicationDay: facts.date)
    let lookup = amounts.lookup(facts.date)
    if lookup == .notInForce {
      trace.record(
        TraceStep(
          rule: rule, label: "Dodatek energetyczny (energy allowance)", value: .flag(false),
          note: "in force from 2014-01-01", basis: basis))
      return .decided(.notEntitled(.notInForce, periodFrom: period.from, periodTo: period.to))
    }
    if facts.date >= notExamined.from && facts.date <= notExamined.to {
      trace.record(
        TraceStep(
          rule: rule, label: "Dodatek energetyczny (energy allowance)", value: .flag(false),
          note: "applications filed from 2022-01-04 to 2027-12-31 are left unexamined",
          basis: [.protectiveAllowanceAct(article: "15")]))
      return .decided(.notEntitled(.notExamined, periodFrom: period.from, periodTo: period.to))
    }
    guard case .value(let table, _) = lookup else {
      return .parameterNotEncoded("the amount of dodatek energetyczny on \(facts.date) is not verified")
    }

    // The housing allowance decides the first condition; its error is this allowance's error.
    let housingOutcome = try HousingAllowance.decide(facts, trace: &trace)
    guard case .decided(let housingDecision)? = housingOutcome else {
      return housingOutcome ?? .missingField("housing")
    }
    guard let housing = facts.family.housing, let persons = housing.persons else { return .missingField("housing") }
    guard housingDecision.entitled else {
      trace.record(
        TraceStep(
          rule: rule, label: "Dodatek energetyczny (energy allowance)", value: .flag(false),
          note: "no dodatek mieszkaniowy", basis: [.energyLaw(article: "3", point: "13c")]))
      return .decided(.notEntitled(.noHousingAllowance, periodFrom: period.from, periodTo: period.to))
    }
    guard housing.electricityContract else {
      trace.record(
        TraceStep(
          rule: rule, label: "Dodatek energetyczny (energy allowance)", value: .flag(false),
          note: "not party to an electricity contract living at the supply point",
          basis: [.energyLaw(article: "3", point: "13c")]))
      return .decided(.notEntitled(.noElectricityContract, periodFrom: period.from, periodTo: period.to))
    }
    let amount = table.amount(persons: persons)
    trace.record(
      TraceStep(
        rule: rule, label: "Dodatek energetyczny (energy allowance)", value: .money(amount),
        parameters: [TraceParameter("household persons", persons)], basis: basis))
    return .decided(
      BenefitDecision(entitled: true, amount: amount, reason: nil, periodFrom: period.from, periodTo: period.to))
  }
}

extension EnergyAllowance.Amounts {
  /// Amounts given in grosze (1 / 2–4 / ≥ 5 persons).
  init(grosze one: Int64, _ twoToFour: Int64, _ fiveOrMore: Int64) {
    self.init(onePerson: Money(grosze: one), twoToFour: Money(grosze: twoToFour), fiveOrMore: Money(grosze: fiveOrMore))
  }
}
