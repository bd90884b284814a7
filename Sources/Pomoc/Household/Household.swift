/// A member of a household (*członek rodziny*), art. 6 pkt 14 u.p.s.
public struct HouseholdMember: Hashable, Sendable, Codable {
  /// Age in whole years.
  public var age: Int
  /// `nil` when not given (needed only where retirement age decides).
  public var sex: Sex?
  /// *Stopień niepełnosprawności*.
  public var disability: DisabilityDegree
  /// The member's income for the month (*dochód*, art. 8 ust. 3 u.p.s.).
  public var income: MonthlyIncome

  /// Creates a member; only the age is required.
  public init(
    age: Int, sex: Sex? = nil, disability: DisabilityDegree = .none,
    income: MonthlyIncome = MonthlyIncome()
  ) {
    self.age = age
    self.sex = sex
    self.disability = disability
    self.income = income
  }
}

/// A household applying for help: its members, farm land, reasons and requests.
///
/// One member is a *osoba samotnie gospodarująca* (single person); more members are a
/// *rodzina* (family). `members[applicantIndex]` is the applicant.
public struct Household: Hashable, Sendable, Codable {
  /// The persons of the household (*członkowie rodziny*), 1 to ``EvaluationRequest/maximumPersons``.
  public var members: [HouseholdMember]
  /// The position of the applicant (*wnioskodawca*) in ``members``.
  public var applicantIndex: Int
  /// Conversion hectares of the household's farm (*hektary przeliczeniowe*).
  public var farmland: Hectares
  /// The reasons for help (*przesłanki*, art. 7 u.p.s.).
  public var reasons: ReasonSet
  /// Ordinance id of the municipality whose local rules apply (`""`: national rules only).
  public var municipality: String
  /// Home care requested (*usługi opiekuńcze*, art. 50 u.p.s.), if any.
  public var care: CareRequest?

  /// Creates a household; only the members are required (the first is the applicant).
  public init(
    members: [HouseholdMember], applicantIndex: Int = 0, farmland: Hectares = .zero,
    reasons: ReasonSet = ReasonSet(), municipality: String = "", care: CareRequest? = nil
  ) {
    self.members = members
    self.applicantIndex = applicantIndex
    self.farmland = farmland
    self.reasons = reasons
    self.municipality = municipality
    self.care = care
  }

  /// The flat request the rules evaluate: incomes summed over members (art. 8 ust. 3,
  /// family income = sum of the members' incomes), the applicant's own income kept apart.
  ///
  /// - Throws: `invalid_field:members` for an empty household or a bad applicant index.
  public func request(on date: CivilDate) throws -> EvaluationRequest {
    guard !members.isEmpty, members.count <= EvaluationRequest.maximumPersons else {
      throw PomocError.invalid("persons", "a household has 1 to \(EvaluationRequest.maximumPersons) members")
    }
    guard members.indices.contains(applicantIndex) else {
      throw PomocError.invalid("applicant", "applicant index \(applicantIndex) is not a member")
    }
    var income = Money.zero
    var alimony = Money.zero
    for member in members {
      income = try income.adding(max(.zero, try member.income.netOfTaxAndContributions()))
      alimony = try alimony.adding(member.income.alimonyPaid)
    }
    let applicant = members[applicantIndex]
    return EvaluationRequest(
      date: date, persons: members.count, income: income, alimonyPaid: alimony, farmland: farmland,
      municipality: municipality,
      applicant: Applicant(
        age: applicant.age, sex: applicant.sex, disability: applicant.disability,
        ownIncome: try applicant.income.net()),
      reasons: reasons, care: care)
  }
}
