/// *Dodatek mieszkaniowy* (housing allowance), ustawa z 21 czerwca 2001 r. o dodatkach
/// mieszkaniowych (u.d.m.): a monthly amount towards the housing expenses of a household with a
/// legal title to its dwelling, granted for 6 months (art. 7 ust. 5).
///
/// Conditions: a legal title (art. 2 ust. 1; from 2021-07-01 also living there); the usable area
/// at most 30 % (50 % when rooms and kitchen are at most 60 % of it) above the normative area
/// (art. 5 ust. 1, 3, 5). Amount (art. 6): the expenses on the normative area less the
/// household's own share of its income (15 / 12 / 10 %, art. 6 ust. 1; to 2021-06-30 20 / 15 /
/// 12 % in the upper income band, art. 6 ust. 2), at most the cap (70 % of the expenses, art. 6
/// ust. 10–11); above the income threshold of art. 3 ust. 1 the allowance is reduced by the
/// excess of the income per member (art. 6 ust. 8); not granted below the minimum (art. 7 ust. 6).
/// Every figure is exact until the amount, which is rounded half up once.
public enum HousingAllowance {
  /// The income band above which, to 2021-06-30, the higher own shares applied (art. 6 ust. 2).
  public struct UpperBand: Hashable, Sendable {
    /// One-person household: household income above this percent of the basis amount.
    public var onePersonAbovePercent: Int
    /// Multi-person household: income per member above this percent of the basis amount.
    public var multiPersonAbovePercent: Int
    /// The own shares in the band, percent of the household income: 1 / 2–4 / ≥ 5 persons.
    public var sharePercents: [Int]
  }

  /// The parameters of a period: percentages of the basis amount (*najniższa emerytura* to
  /// 2021-06-30, *przeciętne wynagrodzenie w gospodarce narodowej* from 2021-07-01, art. 3 ust. 1–2).
  public struct Parameters: Hashable, Sendable {
    /// The income threshold of a one-person household, percent of the basis amount (art. 3 ust. 1 pkt 1).
    public var onePersonThresholdPercent: Int
    /// The income threshold per member of a multi-person household, percent (art. 3 ust. 1 pkt 2).
    public var multiPersonThresholdPercent: Int
    /// The own shares, percent of the household income: 1 / 2–4 / ≥ 5 persons (art. 6 ust. 1).
    public var sharePercents: [Int]
    /// The upper band of art. 6 ust. 2, where it applies.
    public var upperBand: UpperBand?
    /// The minimum allowance, in per mille of the basis amount (art. 7 ust. 6).
    public var minimumPerMille: Int
  }

  /// The parameters by date. The values in force on 2012-11-01 (the first day the library
  /// decides): 175 % / 125 % of the *najniższa emerytura* (art. 3 ust. 1, in force from 2005-01-01,
  /// art. 21 pkt 1), own shares 15 / 12 / 10 % and 20 / 15 / 12 % above 150 % / 100 % (art. 6
  /// ust. 1–2), minimum 2 % of the *najniższa emerytura*. From 2021-07-01 (ustawa z 10 grudnia
  /// 2020 r. o zmianie niektórych ustaw wspierających rozwój mieszkalnictwa, Dz.U. 2021 poz. 11,
  /// art. 11): 40 % / 30 % of the *przeciętne wynagrodzenie*, art. 6 ust. 2 repealed, minimum
  /// 0.5 % of it on the decision day (art. 7 ust. 6). The 2002–2004 transitional thresholds
  /// (art. 16–17) are not encoded.
  public static let parameters = DatedAmounts<Parameters>([
    (CivilDate(2002, 1, 1), nil),
    (
      CivilDate(2012, 11, 1),
      Parameters(
        onePersonThresholdPercent: 175, multiPersonThresholdPercent: 125, sharePercents: [15, 12, 10],
        upperBand: UpperBand(onePersonAbovePercent: 150, multiPersonAbovePercent: 100, sharePercents: [20, 15, 12]),
        minimumPerMille: 20)
    ),
    (
      CivilDate(2021, 7, 1),
      Parameters(
        onePersonThresholdPercent: 40, multiPersonThresholdPercent: 30, sharePercents: [15, 12, 10],
        upperBand: nil, minimumPerMille: 5)
    ),
  ])

  /// The day from which the council may raise the threshold percentages (art. 3 ust. 1a, added
  /// by Dz.U. 2022 poz. 2456, in force 2022-12-01): `housing.threshold_percent` applies from it.
  public static let councilThresholdsFrom = CivilDate(2022, 12, 1)

  /// The normative area in m² for 1 … 6 persons (art. 5 ust. 1).
  public static let normativeAreas: [Int64] = [35, 40, 45, 55, 65, 70]
  /// The normative area added for each person beyond six, m² (art. 5 ust. 1 pkt 6).
  public static let areaPerFurtherPerson: Int64 = 5
  /// The normative area added for a wheelchair user or a disabled person needing a separate
  /// room, m² (art. 5 ust. 3).
  public static let disabledExtraArea: Int64 = 15
  /// The usable area allowed, percent of the normative area: 130 % (art. 5 ust. 5 pkt 1).
  public static let areaLimitPercent: Int64 = 130
  /// The usable area allowed when rooms and kitchen are at most ``smallRoomsSharePercent`` of
  /// it: 150 % of the normative area (art. 5 ust. 5 pkt 2).
  public static let smallRoomsAreaLimitPercent: Int64 = 150
  /// The share of rooms and kitchen in the usable area, percent, up to which the higher limit
  /// applies: 60 % (art. 5 ust. 5 pkt 2).
  public static let smallRoomsSharePercent: Int64 = 60

  /// Art. 2, 3, 5, 6 and 7 u.d.m.
  public static let basis: [LegalCitation] = [
    .housingAllowanceAct(article: "3", paragraph: "1"), .housingAllowanceAct(article: "6", paragraph: "1"),
    .housingAllowanceAct(article: "6", paragraph: "8"), .housingAllowanceAct(article: "7", paragraph: "6"),
  ]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.housingAllowance.rawValue)

  /// The 6 months of the allowance: from the first day of the month after the application day
  /// (art. 7 ust. 5).
  public static func period(applicationDay date: CivilDate) -> (from: CivilDate, to: CivilDate) {
    let (fromYear, fromMonth) = date.month == 12 ? (date.year + 1, 1) : (date.year, date.month + 1)
    let lastMonthIndex = fromMonth - 1 + 5
    let toYear = fromYear + lastMonthIndex / 12
    let toMonth = lastMonthIndex % 12 + 1
    return (
      CivilDate(fromYear, fromMonth, 1), CivilDate(toYear, toMonth, CivilDate.daysIn(month: toMonth, year: toYear))
    )
  }

  /// The normative area in hundredths of a m² for `persons` (art. 5 ust. 1), or the council's.
  static func normativeArea(persons: Int, housing: Housing) -> Int64 {
    let table: Int64
    if let council = housing.normativeArea {
      table = council.hundredths
    } else if persons <= normativeAreas.count {
      table = normativeAreas[max(persons, 1) - 1] * 100
    } else {
      table =
        (normativeAreas[normativeAreas.count - 1] + Int64(persons - normativeAreas.count) * areaPerFurtherPerson) * 100
    }
    return table + (housing.disabledExtraArea ? disabledExtraArea * 100 : 0)
  }

  /// The share index for a household size: 0 (1 person), 1 (2–4), 2 (≥ 5).
  static func sizeBand(_ persons: Int) -> Int { persons == 1 ? 0 : persons <= 4 ? 1 : 2 }

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    let parameters: Parameters
    switch self.parameters.lookup(facts.date) {
    case .value(let value, _): parameters = value
    case .notInForce:
      trace.record(
        TraceStep(
          rule: rule, label: "Dodatek mieszkaniowy (housing allowance)", value: .flag(false),
          note: "the act is in force from 2002-01-01", basis: [.housingAllowanceAct(article: "21")]))
      return .decided(.notEntitled(.notInForce))
    case .notEncoded:
      return .parameterNotEncoded("the housing-allowance thresholds on \(facts.date) are not encoded")
    }
    guard let housing = facts.family.housing else { return .missingField("housing") }
    guard let persons = housing.persons else { return .missingField("housing.persons") }
    guard let legalTitle = housing.legalTitle else { return .missingField("housing.legal_title") }
    guard let income3 = housing.incomeThreeMonths else { return .missingField("housing.income_3_months") }
    guard let area = housing.area else { return .missingField("housing.area") }
    guard let expenses = housing.expenses else { return .missingField("housing.expenses") }
    guard let basisAmount = housing.basisAmount else { return .missingField("housing.basis_amount") }
    let period = period(applicationDay: facts.date)
    func refused(_ reason: FamilyReason) -> BenefitOutcome {
      .decided(.notEntitled(reason, periodFrom: period.from, periodTo: period.to))
    }

    guard legalTitle else {
      trace.record(
        TraceStep(
          rule: rule, label: "Tytuł prawny do lokalu (legal title)", value: .flag(false),
          note: "no legal title of art. 2 ust. 1", basis: [.housingAllowanceAct(article: "2", paragraph: "1")]))
      return refused(.noLegalTitle)
    }

    // Area (art. 5): hundredths of a m², compared exactly.
    let normative = normativeArea(persons: persons, housing: housing)
    let smallRooms = housing.roomsKitchenArea.map { $0.hundredths * 100 <= area.hundredths * smallRoomsSharePercent }
    let limitPercent = smallRooms == true ? smallRoomsAreaLimitPercent : areaLimitPercent
    let areaAboveLimit = area.hundredths * 100 > normative * limitPercent
    trace.record(
      TraceStep(
        rule: rule, label: "Powierzchnia normatywna (normative area)",
        value: .text(SquareMetres(hundredths: normative).description + " m²"),
        note: areaAboveLimit ? "the usable area exceeds it by more than \(limitPercent - 100) %" : nil,
        parameters: [
          TraceParameter("persons", persons), TraceParameter("usable area", area.description + " m²"),
          TraceParameter("council's normative area", housing.normativeArea.map { $0.description + " m²" } ?? "none"),
          TraceParameter("disabled person's extra 15 m²", housing.disabledExtraArea),
          TraceParameter("tolerance", "\(limitPercent - 100) %"),
        ],
        basis: [
          .housingAllowanceAct(article: "5", paragraph: "1"), .housingAllowanceAct(article: "5", paragraph: "3"),
          .housingAllowanceAct(article: "5", paragraph: "5"), .housingAllowanceAct(article: "5", paragraph: "6"),
        ]))
    guard !areaAboveLimit else { return refused(.areaAboveLimit) }

    // Income (art. 3): I = the household's monthly income, i = I ÷ persons.
    let householdIncome = try RationalAmount(grosze: income3.grosze, over: 3)
    let perMember = try householdIncome.divided(by: persons)
    let basisExact = RationalAmount(money: basisAmount)
    var thresholdPercent =
      persons == 1 ? parameters.onePersonThresholdPercent : parameters.multiPersonThresholdPercent
    if facts.date >= councilThresholdsFrom, let council = housing.thresholdPercent { thresholdPercent = council }
    let threshold = try basisExact.multiplied(by: Int64(thresholdPercent), dividedBy: 100)
    let aboveThreshold = threshold < perMember
    trace.record(
      TraceStep(
        rule: rule, label: "Dochód na członka gospodarstwa (income per member)",
        value: .money(perMember.roundedHalfUp()),
        note: aboveThreshold ? "above the threshold" : "does not exceed the threshold",
        parameters: [
          TraceParameter("household income, 3 months", income3),
          TraceParameter("monthly household income I (exact)", householdIncome.description),
          TraceParameter("income per member i (exact)", perMember.description),
          TraceParameter("basis amount", basisAmount), TraceParameter("threshold percent", thresholdPercent),
          TraceParameter("threshold t (exact)", threshold.description),
        ],
        basis: [
          .housingAllowanceAct(article: "3", paragraph: "1"), .housingAllowanceAct(article: "3", paragraph: "1a"),
        ]))

    // Own share (art. 6 ust. 1–2).
    var sharePercent = parameters.sharePercents[sizeBand(persons)]
    if let band = parameters.upperBand {
      let abovePercent = persons == 1 ? band.onePersonAbovePercent : band.multiPersonAbovePercent
      if try basisExact.multiplied(by: Int64(abovePercent), dividedBy: 100) < perMember {
        sharePercent = band.sharePercents[sizeBand(persons)]
      }
    }
    let ownShare = try householdIncome.multiplied(by: Int64(sharePercent), dividedBy: 100)

    // Expenses on the normative area (art. 5 ust. 4, art. 6 ust. 9) and the cap (art. 6 ust. 10–11).
    let expensesExact = RationalAmount(money: expenses)
    var normativeExpenses = expensesExact
    if area.hundredths > normative {
      normativeExpenses = try expensesExact.multiplied(by: normative, dividedBy: area.hundredths)
    }
    let capAmount = try normativeExpenses.multiplied(by: Int64(housing.capPercent), dividedBy: 100)
    var allowance = try RationalAmount.min(normativeExpenses.subtracting(ownShare), capAmount)
    var excess = RationalAmount.zero
    if aboveThreshold {
      excess = try perMember.subtracting(threshold)
      allowance = try allowance.subtracting(excess)
    }
    let amount = allowance.roundedHalfUp()
    let minimum = try basisExact.multiplied(by: Int64(parameters.minimumPerMille), dividedBy: 1000)
    let belowMinimum = RationalAmount(money: amount) < minimum
    trace.record(
      TraceStep(
        rule: rule, label: "Dodatek mieszkaniowy (housing allowance)", value: .money(belowMinimum ? .zero : amount),
        note: belowMinimum ? "\(amount) is below the minimum" : nil,
        parameters: [
          TraceParameter("expenses", expenses),
          TraceParameter("expenses on the normative area E (exact)", normativeExpenses.description),
          TraceParameter("own share percent", sharePercent),
          TraceParameter("own share s × I (exact)", ownShare.description),
          TraceParameter("cap percent", housing.capPercent), TraceParameter("cap (exact)", capAmount.description),
          TraceParameter("excess per member i − t (exact)", excess.description),
          TraceParameter("amount before rounding (exact)", allowance.description),
          TraceParameter("minimum (exact)", minimum.description),
        ],
        basis: [
          .housingAllowanceAct(article: "6", paragraph: "1"), .housingAllowanceAct(article: "6", paragraph: "8"),
          .housingAllowanceAct(article: "6", paragraph: "10"), .housingAllowanceAct(article: "7", paragraph: "5"),
          .housingAllowanceAct(article: "7", paragraph: "6"),
        ]))
    guard !belowMinimum else { return refused(.belowMinimum) }
    return .decided(
      BenefitDecision(entitled: true, amount: amount, reason: nil, periodFrom: period.from, periodTo: period.to))
  }
}
