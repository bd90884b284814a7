/// Sex, as far as the law distinguishes it: retirement age is 60 for women and 65 for men.
///
/// Encoded (`Codable`) as its code, `"F"` or `"M"`.
public enum Sex: String, Hashable, Sendable, CaseIterable, Codable {
  /// *Kobieta*: retirement age 60.
  case female = "F"
  /// *Mężczyzna*: retirement age 65.
  case male = "M"
}

/// Degree of disability (*stopień niepełnosprawności*) under the disability act.
///
/// Encoded (`Codable`) as its code: `"none"`, `"light"`, `"moderate"`, `"severe"`.
public enum DisabilityDegree: String, Hashable, Sendable, CaseIterable, Codable {
  /// No degree of disability established.
  case none
  /// *Lekki*.
  case light
  /// *Umiarkowany*: counts as total inability to work for *zasiłek stały*.
  case moderate
  /// *Znaczny*: counts as total inability to work for *zasiłek stały*.
  case severe
}

/// The person applying for help (*wnioskodawca*).
public struct Applicant: Hashable, Sendable, Codable {
  /// Age in whole years (0…130).
  public var age: Int
  /// `nil` when not given; asked for only when a rule depends on it.
  public var sex: Sex?
  /// *Stopień niepełnosprawności*: a moderate or severe degree counts as total inability to work
  /// for *zasiłek stały* (art. 37 ust. 1 u.p.s.).
  public var disability: DisabilityDegree
  /// The applicant's own income (art. 8 ust. 3); `nil` when not given.
  public var ownIncome: Money?

  /// Creates an applicant; every field may be left out (age 0, sex and own income not given).
  public init(age: Int = 0, sex: Sex? = nil, disability: DisabilityDegree = .none, ownIncome: Money? = nil) {
    self.age = age
    self.sex = sex
    self.disability = disability
    self.ownIncome = ownIncome
  }

  /// Whether the person has reached retirement age (*wiek emerytalny*): women 60, men 65.
  /// `nil` when the answer depends on a sex that was not given (age 60–64).
  public var hasReachedRetirementAge: Bool? {
    if age >= 65 { return true }
    if age < 60 { return false }
    switch sex {
    case .female: return true
    case .male: return false
    case nil: return nil
    }
  }
}
