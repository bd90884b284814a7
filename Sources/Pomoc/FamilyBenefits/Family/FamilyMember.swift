/// A member of the family (*członek rodziny*, art. 3 pkt 16 u.ś.r.) as on the day decided.
public struct FamilyMember: Hashable, Sendable, Codable {
  /// The member's place in the family.
  public enum Role: String, Hashable, Sendable, CaseIterable, Codable {
    /// The applicant (*wnioskodawca*); exactly one per family.
    case applicant
    /// The applicant's spouse (*małżonek*).
    case spouse
    /// The other parent of the children, not married to the applicant.
    case partner
    /// A child of the applicant, spouse or partner, of any age.
    case child
    /// Any other member of the family.
    case other
  }

  /// The disability certificate held (*orzeczenie*).
  public enum Disability: String, Hashable, Sendable, CaseIterable, Codable {
    /// None.
    case none
    /// *Orzeczenie o niepełnosprawności* (under 16).
    case certificate
    /// The same, with the indications in points 7 and 8: permanent care and the carer's
    /// constant participation (*stała lub długotrwała opieka*, *stały współudział opiekuna*).
    case certificateCare = "certificate_care"
    /// *Lekki stopień niepełnosprawności* (age ≥ 16).
    case light
    /// *Umiarkowany stopień niepełnosprawności* (age ≥ 16).
    case moderate
    /// *Znaczny stopień niepełnosprawności* (age ≥ 16).
    case severe

    /// A certificate of the three degrees (*orzeczenie o stopniu*), only from age 16.
    public var isDegree: Bool { self == .light || self == .moderate || self == .severe }
  }

  /// Education attended on the day decided.
  public enum Education: String, Hashable, Sendable, CaseIterable, Codable {
    /// Not in education.
    case none
    /// A school (*szkoła*).
    case school
    /// A higher-education institution (*szkoła wyższa*).
    case university
  }

  /// How a child studies away from home (art. 15 u.ś.r.).
  public enum StudyAway: String, Hashable, Sendable, CaseIterable, Codable {
    /// Not away.
    case none
    /// Lives in the town of the school (*zamieszkanie w miejscowości, w której znajduje się szkoła*).
    case livesInSchoolTown = "lives_in_school_town"
    /// Commutes to a school in another town (*dojazd*).
    case commutes
  }

  /// Why no alimony from the other parent was awarded (art. 11a u.ś.r.).
  public enum NoAlimonyReason: String, Hashable, Sendable, CaseIterable, Codable {
    /// Not applicable (alimony was awarded or could be).
    case none
    /// The other parent is dead (*nie żyje*).
    case parentDead = "parent_dead"
    /// The father is unknown (*ojciec nieznany*).
    case fatherUnknown = "father_unknown"
    /// The claim for alimony was dismissed (*powództwo oddalone*).
    case claimDismissed = "claim_dismissed"
  }

  /// Alimony awarded by an enforceable title (*tytuł wykonawczy*), u.p.o.u.a. art. 2.
  public struct Alimony: Hashable, Sendable, Codable {
    /// The amount awarded per month (*bieżąco ustalone alimenty*).
    public var awarded: Money
    /// Enforcement was ineffective (*egzekucja bezskuteczna*, art. 2 pkt 2 u.p.o.u.a.).
    public var enforcementIneffective: Bool
    /// Creates an alimony title.
    public init(awarded: Money, enforcementIneffective: Bool) {
      self.awarded = awarded
      self.enforcementIneffective = enforcementIneffective
    }
  }

  /// The member's id, unique in the family.
  public var id: String
  /// The member's role.
  public var role: Role
  /// The day of birth.
  public var birthDate: CivilDate
  /// The certificate held.
  public var disability: Disability = .none
  /// The age at which the disability arose, per the certificate (read only where a rule needs it).
  public var disabilityOnsetAge: Int?
  /// The disability arose while the person was in education (*w trakcie nauki*, SP before 2024).
  public var disabilityOnsetInEducation = false
  /// Education attended.
  public var education: Education = .none
  /// Starts the school year or the one-year pre-school preparation in the period (art. 14 u.ś.r.).
  public var startsSchoolYear = false
  /// Studies away from home (art. 15 u.ś.r.).
  public var studyAway: StudyAway = .none
  /// Medical care from the 10th week of pregnancy, or the condition does not apply (art. 9 ust. 5,
  /// art. 15b ust. 5 u.ś.r.); `nil` when not stated.
  public var prenatalCare: Bool?
  /// Why no alimony was awarded (art. 11a u.ś.r.).
  public var noAlimonyReason: NoAlimonyReason = .none
  /// Alimony awarded, if any (u.p.o.u.a.).
  public var alimony: Alimony?
  /// Lives in an institution providing 24-hour care (*instytucja zapewniająca całodobowe utrzymanie*).
  public var institution24h = false
  /// Receives *dodatek pielęgnacyjny* (ZUS/KRUS).
  public var receivesNursingSupplement = false

  /// A member with the required facts; the rest take their defaults.
  public init(id: String, role: Role, birthDate: CivilDate) {
    self.id = id
    self.role = role
    self.birthDate = birthDate
  }

  /// Completed years on `date`. A birthday counts from its first day; a 29 February birthday
  /// falls on 28 February in common years (art. 112 k.c.).
  public func age(on date: CivilDate) -> Int {
    var years = date.year - birthDate.year
    var birthdayDay = birthDate.day
    if birthDate.month == 2, birthdayDay == 29, CivilDate.daysIn(month: 2, year: date.year) == 28 {
      birthdayDay = 28
    }
    if date.month < birthDate.month || (date.month == birthDate.month && date.day < birthdayDay) { years -= 1 }
    return years
  }
}
