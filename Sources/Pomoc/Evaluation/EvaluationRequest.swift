/// One household's case in the flat form of the `pomoc evaluate` contract.
///
/// `income` is the household's monthly income per art. 8 ust. 3 u.p.s., already net
/// of tax and contributions, before alimony paid and without farm income. A
/// ``Household`` with members reduces to this form with ``Household/request(on:)``.
///
/// Encoded (`Codable`) with its property names as keys, amounts and dates as exact strings
/// (`{"date":"2025-03-01","persons":3,"income":"2100.00",…}`); printed on one line.
public struct EvaluationRequest: Hashable, Sendable, Codable {
  /// Most persons in a household the library accepts.
  public static let maximumPersons = 50

  /// The day whose law applies (the decision date).
  public var date: CivilDate
  /// Household size; 1 = *osoba samotnie gospodarująca*.
  public var persons: Int
  /// *Dochód*: the household's income of the month net of tax and contributions, before alimony
  /// paid and without farm income (art. 8 ust. 3 u.p.s.).
  public var income: Money
  /// Alimony paid to others, deducted (art. 8 ust. 3 pkt 3).
  public var alimonyPaid: Money
  /// Conversion hectares; each yields the per-hectare amount in force (art. 8 ust. 8),
  /// land below 1 ha yields nothing (art. 8 ust. 4).
  public var farmland: Hectares
  /// Ordinance id (`""`: national rules only).
  public var municipality: String
  /// The applicant (*wnioskodawca*): age, sex, disability and own income.
  public var applicant: Applicant
  /// The reasons for help (*przesłanki*, art. 7 u.p.s.).
  public var reasons: ReasonSet
  /// Home care requested (*usługi opiekuńcze*, art. 50 u.p.s.); `nil`: none.
  public var care: CareRequest?

  /// Creates a request; only the date, the household size and the income are required.
  public init(
    date: CivilDate, persons: Int, income: Money, alimonyPaid: Money = .zero,
    farmland: Hectares = .zero, municipality: String = "", applicant: Applicant = Applicant(),
    reasons: ReasonSet = ReasonSet(), care: CareRequest? = nil
  ) {
    self.date = date
    self.persons = persons
    self.income = income
    self.alimonyPaid = alimonyPaid
    self.farmland = farmland
    self.municipality = municipality
    self.applicant = applicant
    self.reasons = reasons
    self.care = care
  }

  /// True for a one-person household (*osoba samotnie gospodarująca*).
  @inlinable public var isSinglePerson: Bool { persons == 1 }
}

extension EvaluationRequest: CustomStringConvertible {
  /// The case on one line; fields at their defaults are left out:
  /// `2025-03-01, 3 persons, income 2100.00, applicant age 70 F, own income 700.00, reasons disability`.
  public var description: String {
    var parts = [date.description, persons == 1 ? "1 person" : "\(persons) persons", "income \(income)"]
    if alimonyPaid != .zero { parts.append("alimony paid \(alimonyPaid)") }
    if farmland != .zero { parts.append("farmland \(farmland) ha") }
    if !municipality.isEmpty { parts.append("municipality \(municipality)") }
    var applicantText = "applicant age \(applicant.age)"
    if let sex = applicant.sex { applicantText += " " + sex.rawValue }
    if applicant.disability != .none { applicantText += ", \(applicant.disability.rawValue) disability" }
    parts.append(applicantText)
    if let own = applicant.ownIncome { parts.append("own income \(own)") }
    parts.append("reasons \(reasons)")
    if let care { parts.append("care \(care.kind.rawValue) \(care.hours) h at \(care.hourlyCost)") }
    return parts.joined(separator: ", ")
  }
}
