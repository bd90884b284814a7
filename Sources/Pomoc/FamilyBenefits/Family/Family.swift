/// A family (*rodzina*, art. 3 pkt 16 u.ś.r.) applying for the benefits a municipal centre
/// decides besides social assistance: family benefits, the alimony fund, housing and energy
/// allowances, 500+/800+ and the Large Family Card.
///
/// Build one in code, or read it from a JSON line with `PomocFormats` (`FamilyJSON`). Decide it
/// with ``FamilyEvaluator``. ``validate()`` checks what the evaluator requires of it.
///
/// `Codable` (synthesized): an object keyed by the property names (`singleParent`, not the
/// snake_case keys of `FamilyJSON`), amounts and areas as decimal strings, the date as
/// `"YYYY-MM-DD"`, ``incomes`` as an object keyed by the year (`{"2023": [...]}`). Decoding
/// does not validate: call ``validate()``.
public struct Family: Hashable, Sendable, Codable {
  /// The record id, unique in an input.
  public var id: String
  /// The day decided: a day of the month of entitlement; for *dodatek mieszkaniowy*,
  /// *energetyczny* and the energy allowances the application day. Periods follow from it.
  public var date: CivilDate
  /// The members (every member counts in the family size n); exactly one ``FamilyMember/Role/applicant``.
  public var members: [FamilyMember]
  /// The sources of income by income year (`[]`: no income that year).
  public var incomes: [Int: [IncomeSource]] = [:]
  /// The applicant is *osoba samotnie wychowująca dziecko* (art. 3 pkt 17a, art. 11a u.ś.r.).
  public var singleParent = false
  /// The applicant is on *urlop wychowawczy* within art. 10's limit (u.ś.r.).
  public var parentalLeave = false
  /// A parent receives *zasiłek macierzyński* for the youngest child (art. 17c ust. 2 u.ś.r.).
  public var maternityAllowance = false
  /// Weeks added to *świadczenie rodzicielskie* (art. 17c ust. 3a–3f u.ś.r., from 2025-03-19), 0–15.
  public var parentalBenefitExtraWeeks = 0
  /// Children the parents have or had, at any age (the Large Family Card from 2019); `nil`:
  /// the members with role child.
  public var childrenEver: Int?
  /// The applicant's care of other members (*świadczenie pielęgnacyjne*, *specjalny zasiłek opiekuńczy*).
  public var care: CareClaim?
  /// The household's dwelling (*dodatek mieszkaniowy*, *dodatek energetyczny*).
  public var housing: Housing?
  /// The household's heating (the 2022–2024 energy allowances).
  public var energy: EnergySituation?
  /// The benefits to decide; `nil`: all of them.
  public var benefits: [FamilyBenefit]?

  /// A family; the optional facts take their defaults.
  public init(id: String, date: CivilDate, members: [FamilyMember]) {
    self.id = id
    self.date = date
    self.members = members
  }

  /// The first day the family rules are encoded for.
  public static let firstDate = CivilDate(2012, 11, 1)
  /// The last day the family rules are encoded for.
  public static let lastDate = CivilDate(2026, 12, 31)
}

/// The applicant's care of other members (art. 16a, 17 u.ś.r.).
public struct CareClaim: Hashable, Sendable, Codable {
  /// The ids of the members cared for; `nil` when not stated.
  public var cared: [String]?
  /// The carer has or takes up paid work (*podejmuje lub wykonuje zatrudnienie*); `nil` when not stated.
  public var carerEmployed: Bool?
  /// The carer has an own benefit that excludes *świadczenie pielęgnacyjne* (art. 17 ust. 5 pkt 1).
  public var carerPension = false
  /// An SZO right acquired by 2023-12-31, renewed under art. 63 ust. 4 of the 2023 amendment.
  public var continuingSpecialCareAllowance = false
  /// SZO was paid in the previous period without art. 16a ust. 3's test (the income tolerance).
  public var specialCareAllowanceTolerance = false

  /// A care claim.
  public init(cared: [String]?, carerEmployed: Bool?) {
    self.cared = cared
    self.carerEmployed = carerEmployed
  }
}

/// The household's dwelling, for *dodatek mieszkaniowy* (u.d.m.) and *dodatek energetyczny*.
///
/// Required facts are optional here so that a missing one is answered `missing_field:housing.<key>`
/// by the benefits that read it, and the rest of the family is still decided.
public struct Housing: Hashable, Sendable, Codable {
  /// Members of the household (*gospodarstwo domowe*), 1–50.
  public var persons: Int?
  /// A legal title to the dwelling of art. 2 u.d.m. (from 2021-07-01 also living there).
  public var legalTitle: Bool?
  /// The household's total income in the 3 calendar months before the application (art. 3 ust. 3).
  public var incomeThreeMonths: Money?
  /// The usable floor area (*powierzchnia użytkowa*).
  public var area: SquareMetres?
  /// The monthly expenses of art. 6 u.d.m. (limit of ust. 6 applied, notional expenses of ust. 7–7a added).
  public var expenses: Money?
  /// *Najniższa emerytura* (to 2021-06-30) or *przeciętne wynagrodzenie* (from 2021-07-01) in force.
  public var basisAmount: Money?
  /// The area of rooms and kitchen (art. 5 ust. 3).
  public var roomsKitchenArea: SquareMetres?
  /// A wheelchair user or a disabled person needing a separate room lives there (art. 5 ust. 2).
  public var disabledExtraArea = false
  /// The council's raised normative area (art. 5 ust. 6), replacing the table.
  public var normativeArea: SquareMetres?
  /// The council's raised income thresholds in percent (art. 3 ust. 1a, from 2022-12-01).
  public var thresholdPercent: Int?
  /// The cap in percent of the normative expenses, 50–90 (art. 6 ust. 10–11; default 70).
  public var capPercent = 70
  /// Party to an electricity contract, living at the supply point (*dodatek energetyczny*).
  public var electricityContract = false

  /// An empty description (every required fact missing).
  public init() {}
}

/// The household's heating, for the 2022–2024 energy allowances.
public struct EnergySituation: Hashable, Sendable, Codable {
  /// The main heat source (*główne źródło ogrzewania*).
  public enum HeatSource: String, Hashable, Sendable, CaseIterable, Codable {
    /// Hard coal, briquettes or pellets with ≥ 85 % hard coal.
    case coal
    /// Other coal or coal-derived fuel.
    case coalDerived = "coal_derived"
    /// Wood pellets or other biomass.
    case woodPelletBiomass = "wood_pellet_biomass"
    /// Firewood.
    case firewood
    /// Heating oil.
    case oil
    /// LPG.
    case lpg
    /// Electric heating.
    case electric
    /// Network gas.
    case networkGas = "network_gas"
    /// District heating.
    case districtHeating = "district_heating"
    /// Anything else.
    case other
  }

  /// The main heat source; `nil` when not stated.
  public var heatSource: HeatSource?
  /// The source is entered in CEEB (*Centralna Ewidencja Emisyjności Budynków*) in time; `nil` when not stated.
  public var heatSourceInCEEB: Bool?
  /// The income year the centre applies for *dodatek osłonowy*.
  public var incomeYear: Int?
  /// Electricity used in 2021 (*dodatek elektryczny*).
  public var electricity2021: MegawattHours?
  /// VAT on the paid invoices for heating gas (the 2023 refund).
  public var gasVATPaid: Money?

  /// An empty description.
  public init() {}
}

/// An area in m² with two decimals (hundredths of a m²).
///
/// Printed and encoded (`Codable`) as a decimal string with exactly two decimals, `"55.50"`.
public struct SquareMetres: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Hundredths of a square metre.
  public var hundredths: Int64
  /// An area of `hundredths` / 100 m².
  public init(hundredths: Int64) { self.hundredths = hundredths }
  /// Whole square metres.
  public init(_ metres: Int) { self.hundredths = Int64(metres) * 100 }
  /// Orders areas.
  public static func < (a: SquareMetres, b: SquareMetres) -> Bool { a.hundredths < b.hundredths }
  /// `55.50`.
  public var description: String { DecimalText.string(hundredths, fractionDigits: 2) }
}

/// Energy in MWh with three decimals (kWh).
///
/// Printed and encoded (`Codable`) as a decimal string with exactly three decimals, `"5.001"`.
public struct MegawattHours: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Thousandths of a MWh (kWh).
  public var kilowattHours: Int64
  /// An amount of `kilowattHours` kWh.
  public init(kilowattHours: Int64) { self.kilowattHours = kilowattHours }
  /// Orders amounts.
  public static func < (a: MegawattHours, b: MegawattHours) -> Bool { a.kilowattHours < b.kilowattHours }
  /// `5.001`.
  public var description: String { DecimalText.string(kilowattHours, fractionDigits: 3) }
}

extension SquareMetres: Codable {
  /// Decodes an area from its m² string with at most two decimals (`"55.50"`, `"55.5"`,
  /// `"55"`); a non-string, more decimals or other text is a `DecodingError`.
  public init(from decoder: any Decoder) throws {
    self.init(hundredths: try DecimalText.decode(from: decoder, fractionDigits: 2, what: "an area in m²"))
  }

  /// Encodes the area as its ``description``: m² with exactly two decimals, `"55.50"`.
  public func encode(to encoder: any Encoder) throws {
    try DecimalText.encode(hundredths, fractionDigits: 2, to: encoder)
  }
}

extension MegawattHours: Codable {
  /// Decodes energy from its MWh string with at most three decimals (`"5.001"`, `"5.5"`,
  /// `"5"`); a non-string, more decimals or other text is a `DecodingError`.
  public init(from decoder: any Decoder) throws {
    self.init(kilowattHours: try DecimalText.decode(from: decoder, fractionDigits: 3, what: "energy in MWh"))
  }

  /// Encodes the energy as its ``description``: MWh with exactly three decimals, `"5.001"`.
  public func encode(to encoder: any Encoder) throws {
    try DecimalText.encode(kilowattHours, fractionDigits: 3, to: encoder)
  }
}
