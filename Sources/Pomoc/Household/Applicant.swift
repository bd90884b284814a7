/// Sex, as far as the law distinguishes it: retirement age is 60 for women and 65 for men.
public enum Sex: String, Hashable, Sendable, CaseIterable {
  case female = "F"
  case male = "M"
}

/// Degree of disability (*stopień niepełnosprawności*) under the disability act.
public enum DisabilityDegree: String, Hashable, Sendable, CaseIterable {
  case none
  /// *Lekki*.
  case light
  /// *Umiarkowany*: counts as total inability to work for *zasiłek stały*.
  case moderate
  /// *Znaczny*: counts as total inability to work for *zasiłek stały*.
  case severe
}

/// The person applying for help (*wnioskodawca*).
public struct Applicant: Hashable, Sendable {
  /// Age in whole years (0…130).
  public var age: Int
  /// `nil` when not given; asked for only when a rule depends on it.
  public var sex: Sex?
  public var disability: DisabilityDegree
  /// The applicant's own income (art. 8 ust. 3); `nil` when not given.
  public var ownIncome: Money?

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
