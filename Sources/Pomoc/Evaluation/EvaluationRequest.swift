/// One household's case in the flat form of the `pomoc evaluate` contract.
///
/// `income` is the household's monthly income per art. 8 ust. 3 u.p.s., already net
/// of tax and contributions, before alimony paid and without farm income. A
/// ``Household`` with members reduces to this form with ``Household/request(on:)``.
public struct EvaluationRequest: Hashable, Sendable {
  /// Most persons in a household the library accepts.
  public static let maximumPersons = 50

  /// The day whose law applies (the decision date).
  public var date: CivilDate
  /// Household size; 1 = *osoba samotnie gospodarująca*.
  public var persons: Int
  public var income: Money
  /// Alimony paid to others, deducted (art. 8 ust. 3 pkt 3).
  public var alimonyPaid: Money
  /// Conversion hectares; each yields the per-hectare amount in force (art. 8 ust. 8),
  /// land below 1 ha yields nothing (art. 8 ust. 4).
  public var farmland: Hectares
  /// Ordinance id (`""`: national rules only).
  public var municipality: String
  public var applicant: Applicant
  public var reasons: ReasonSet
  public var care: CareRequest?

  public init(date: CivilDate, persons: Int, income: Money, alimonyPaid: Money = .zero,
              farmland: Hectares = .zero, municipality: String = "", applicant: Applicant = Applicant(),
              reasons: ReasonSet = ReasonSet(), care: CareRequest? = nil) {
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
