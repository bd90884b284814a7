/// Fees for support centres, training/supported flats and shelters, art. 97 u.p.s.
///
/// - Support centres (*ośrodki wsparcia*) and flats (*mieszkania treningowe / wspomagane*,
///   *mieszkania chronione* before 2023-11-01): no fee while income ≤ the criterion (art. 97
///   ust. 1); above it the council's table (art. 97 ust. 5) gives the fee as % of the cost.
/// - Homeless shelters (*schronisko dla osób bezdomnych*): the free-within-criterion rule does
///   not apply; with income ≤ the criterion the fee may not exceed 30 % (50 % in a shelter with
///   care services) „dochodu osoby samotnie gospodarującej lub dochodu na osobę w rodzinie” —
///   of a single person's income, or of the income **per person** in a family, never of the
///   family's total income (art. 97 ust. 1a u.p.s., t.j. Dz.U. 2026 poz. 639); above it the
///   council's table.
/// - Non-24-hour support centres for persons with mental disorders (ŚDS) and day-support
///   centres for children: free.
public enum SupportCentreFee {
  /// Kinds of facility.
  ///
  /// Encoded (`Codable`) as its code, e.g. `"support_centre"`, `"shelter_with_care"`.
  public enum Facility: String, Hashable, Sendable, CaseIterable, Codable {
    /// *Ośrodek wsparcia* (art. 97 ust. 1 u.p.s.).
    case supportCentre = "support_centre"
    /// *Mieszkanie treningowe* (art. 97 ust. 1 u.p.s.).
    case trainingFlat = "training_flat"
    /// *Mieszkanie wspomagane* (art. 97 ust. 1 u.p.s.).
    case supportedFlat = "supported_flat"
    /// *Schronisko dla osób bezdomnych*: cap of 30 % (art. 97 ust. 1a u.p.s.).
    case shelter
    /// *Schronisko dla osób bezdomnych z usługami opiekuńczymi*: cap of 50 % (art. 97 ust. 1a u.p.s.).
    case shelterWithCare = "shelter_with_care"
    /// *Środowiskowy dom samopomocy* (non-24-hour services for persons with mental disorders).
    case selfHelpHome = "self_help_home"
    /// *Placówka wsparcia dziennego* for children.
    case daySupportForChildren = "day_support_children"
  }

  /// Art. 97 ust. 1 u.p.s.: no fee while income ≤ the criterion (support centres, flats).
  public static let basis = [LegalCitation.socialAssistanceAct(article: "97", paragraph: "1")]
  /// Art. 97 ust. 1a u.p.s.: the shelter cap (*opłata nie może być wyższa niż 30 % / 50 % dochodu*).
  public static let shelterBasis = [LegalCitation.socialAssistanceAct(article: "97", paragraph: "1a")]
  /// Art. 97 ust. 5 u.p.s.: the council's resolution on fees.
  public static let tableBasis = [LegalCitation.socialAssistanceAct(article: "97", paragraph: "5")]
  /// Shelter caps (art. 97 ust. 1a) are applied from the day the 2015 amendment's shelter
  /// types took effect (Interpretations.md I-17); earlier shelter fees within the criterion are not encoded.
  public static let shelterCapsFrom = CivilDate(2016, 9, 5)

  /// A fee question (*odpłatność za pobyt*, art. 97 u.p.s.).
  public struct Request: Hashable, Sendable, Codable {
    /// The day whose law (criterion) applies.
    public var date: CivilDate
    /// The kind of facility, which decides the rule.
    public var facility: Facility
    /// 1 for a single person (*osoba samotnie gospodarująca*), else the persons in the family.
    public var persons: Int
    /// Income per art. 8 u.p.s.: the single person's income, or the family's total income (the
    /// shelter cap divides it by ``persons``).
    public var income: Money
    /// Monthly cost of the stay (or the cost the table's percentages refer to).
    public var monthlyCost: Money
    /// The council's fee table; needed when income exceeds the criterion (and for shelters).
    public var table: FeeTable?

    /// Creates a fee question; the table may be left out while income is within the criterion.
    public init(
      date: CivilDate, facility: Facility, persons: Int, income: Money, monthlyCost: Money, table: FeeTable? = nil
    ) {
      self.date = date
      self.facility = facility
      self.persons = persons
      self.income = income
      self.monthlyCost = monthlyCost
      self.table = table
    }
  }

  /// The monthly fee and how it was reached.
  public struct Result: Hashable, Sendable, Codable {
    /// The monthly fee, rounded once, half up to the grosz.
    public var fee: Money
    /// Fee as % of the cost from the table, when a table applied.
    public var percent: Rate?
    /// The cap of art. 97 ust. 1a u.p.s., when it applied: 30 % / 50 % of the single person's income
    /// or of the income per person in the family.
    public var cap: Money?
  }

  /// The fee for a stay under art. 97 u.p.s.; throws ``PomocError`` (`invalid_field`,
  /// `care_fee_table_missing`, `parameter_not_encoded`, `arithmetic_overflow`), never traps.
  public static func compute<T: TraceRecorder>(
    _ request: Request, parameters: ParameterTable = .bundled,
    trace: inout T
  ) throws -> Result {
    guard (1...EvaluationRequest.maximumPersons).contains(request.persons) else {
      throw PomocError.invalid("persons", "must be 1 to \(EvaluationRequest.maximumPersons)")
    }
    let snapshot = try parameters.snapshot(on: request.date)
    guard let single = snapshot.incomeCriterionSinglePerson, let perPerson = snapshot.incomeCriterionPerPersonInFamily
    else {
      throw PomocError.notEncoded("incomeCriterion", on: request.date, "criterion not known")
    }
    let criterion = request.persons == 1 ? single : try perPerson.multiplied(by: Int64(request.persons))
    let income = try ExactAmount(request.income)
    let within = income <= (try ExactAmount(criterion))

    switch request.facility {
    case .selfHelpHome, .daySupportForChildren:
      trace.record(
        TraceStep(
          rule: "support_fee.free", label: "Usługi nieodpłatne (free of charge)", value: .money(.zero), basis: basis))
      return Result(fee: .zero, percent: nil, cap: nil)
    case .supportCentre, .trainingFlat, .supportedFlat:
      if within {
        trace.record(
          TraceStep(
            rule: "support_fee.within_criterion", label: "Dochód w kryterium (income within the criterion)",
            value: .money(.zero), parameters: [TraceParameter("criterion", criterion)], basis: basis))
        return Result(fee: .zero, percent: nil, cap: nil)
      }
      return try tableFee(request, income: income, criterion: criterion, cap: nil, trace: &trace)
    case .shelter, .shelterWithCare:
      guard within else { return try tableFee(request, income: income, criterion: criterion, cap: nil, trace: &trace) }
      guard request.date >= shelterCapsFrom else {
        throw PomocError.notEncoded(
          "shelterFeeCap", on: request.date, "art. 97 ust. 1a u.p.s. is applied from \(shelterCapsFrom)")
      }
      let share = request.facility == .shelter ? Rate(percent: 30) : Rate(percent: 50)
      // Share of the income per person: income × share ÷ persons, exact, rounded once **down**:
      // the fee „nie może być wyższa” than the share, so the cap never exceeds it by a fraction.
      let exactCap = try ExactAmount(request.income, times: share)
      let denominator = Int64(request.persons) * ExactAmount.scale   // ≤ 50 × 10 000: no overflow
      let (quotient, remainder) = exactCap.units.quotientAndRemainder(dividingBy: denominator)
      let cap = Money(grosze: remainder < 0 ? quotient - 1 : quotient)
      var parameters = [TraceParameter("share of income", share)]
      if request.persons > 1 {
        parameters.append(
          TraceParameter(
            "income per person", try ExactAmount(request.income).rounded(dividedBy: Int64(request.persons))))
        parameters.append(TraceParameter("persons", request.persons))
      }
      trace.record(
        TraceStep(
          rule: "support_fee.shelter_cap", label: "Limit opłaty w schronisku (shelter cap)", value: .money(cap),
          parameters: parameters, basis: shelterBasis))
      guard request.table != nil else { return Result(fee: cap, percent: nil, cap: cap) }
      return try tableFee(request, income: income, criterion: criterion, cap: cap, trace: &trace)
    }
  }

  private static func tableFee<T: TraceRecorder>(
    _ request: Request, income: ExactAmount, criterion: Money,
    cap: Money?, trace: inout T
  ) throws -> Result {
    guard let table = request.table else {
      throw PomocError(
        .careFeeTableMissing, field: "table",
        message: "income exceeds the criterion: the council's fee table is needed (art. 97 ust. 5)")
    }
    let percent = try table.percent(income: income, criterion: criterion, family: request.persons > 1, on: request.date)
    // cost × bp ÷ 10 000, rounded once.
    var fee = Money(
      grosze: try Rounding.halfUp(request.monthlyCost.grosze, times: percent.basisPoints, dividedBy: 10_000))
    if let cap { fee = min(fee, cap) }
    trace.record(
      TraceStep(
        rule: "support_fee.table", label: "Odpłatność według uchwały (fee from the council's table)",
        value: .money(fee),
        parameters: [
          TraceParameter("table", table.name), TraceParameter("fee (% of the cost)", percent),
          TraceParameter("monthly cost", request.monthlyCost),
        ],
        basis: tableBasis + table.basis))
    return Result(fee: fee, percent: percent, cap: cap)
  }
}

/// Example fee tables of councils for support centres and shelters (resolutions under art. 97 ust. 5 u.p.s.).
public enum SupportCentreTables {
  private static func pct(_ p: Int32) -> Rate { Rate(percent: p) }
  private static func same(_ upTo: Int32?, _ fee: Int32) -> FeeBand {
    FeeBand(upTo: upTo.map(pct), single: pct(fee), family: pct(fee))
  }

  /// Gmina Subkowy, uchwała XXXIV/229/17 of 21 Dec 2017 (support centres and protected flats).
  /// Bands "101–130 %" are read as "> 100 – 130 %" (no gap between whole percents).
  public static let subkowy2017 = FeeTable(
    name: "subkowy-2017 support centres and protected flats",
    basis: [.socialAssistanceAct(article: "97", paragraph: "5")],
    source: "uchwała nr XXXIV/229/17 Rady Gminy Subkowy z 21 grudnia 2017 r.",
    bands: [same(100, 0), same(130, 70), same(150, 75), same(200, 80), same(250, 85), same(300, 95), same(nil, 100)])

  /// Gmina Lidzbark Warmiński, shelters for homeless persons (date of the resolution not verified).
  public static let lidzbarkWarminskiShelters = FeeTable(
    name: "lidzbark-warminski shelters",
    basis: [.socialAssistanceAct(article: "97", paragraph: "5")],
    source:
      "uchwała (Lidzbark Warmiński) w sprawie ustalenia zasad ponoszenia odpłatności za pobyt w schronisku dla osób bezdomnych, BIP biplidzbark.warmia.mazury.pl, akt 1878; date not verified",
    bands: [same(100, 0), same(150, 50), same(200, 70), same(250, 90), same(nil, 100)])

  /// The bundled tables by name (for `pomoc support-fee`).
  public static let byName: [String: FeeTable] = [
    "subkowy-2017": subkowy2017,
    "lidzbark-warminski-shelters": lidzbarkWarminskiShelters,
  ]
}

extension SupportCentreFee {
  /// The same fee without an explanation.
  ///
  /// - Throws: ``PomocError``, as ``compute(_:parameters:trace:)``.
  public static func compute(_ request: Request, parameters: ParameterTable = .bundled) throws -> Result {
    var trace = NoTrace()
    return try compute(request, parameters: parameters, trace: &trace)
  }
}

extension SupportCentreFee.Result: CustomStringConvertible {
  /// The fee and how it was reached: `fee 0.00`, `fee 85.00 (70.00 % of the cost)`,
  /// `fee 150.00 (cap 150.00)`.
  public var description: String {
    var how: [String] = []
    if let percent { how.append("\(percent) % of the cost") }
    if let cap { how.append("cap \(cap)") }
    return how.isEmpty ? "fee \(fee)" : "fee \(fee) (" + how.joined(separator: ", ") + ")"
  }
}
