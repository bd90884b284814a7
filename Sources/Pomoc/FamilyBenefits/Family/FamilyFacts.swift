/// What every family rule reads, worked out once per family: the date, the size n, each
/// member's age, the benefit periods and the monthly income of an income year.
///
/// Rules read the family only through this value, so the terms the contract defines once
/// (*eligible child*, *disabled child*, the *okres zasiłkowy*) are defined once here.
public struct FamilyFacts: Sendable {
  /// The family decided.
  public let family: Family
  /// The day decided.
  public var date: CivilDate { family.date }
  /// The number of members, n (every member counts).
  public let size: Int
  /// Each member's completed years on the date, in member order.
  public let ages: [Int]

  /// Whether each member, in member order, is among the members cared for (`care.cared`; ids
  /// compared byte for byte, as everywhere).
  public let isCared: [Bool]

  /// Works out the facts of a valid family (see ``Family/validate()``).
  public init(_ family: Family) {
    self.family = family
    size = family.members.count
    ages = family.members.map { $0.age(on: family.date) }
    children = zip(family.members, ages).filter { $0.0.role == .child }.map { (member: $0.0, age: $0.1) }
    let cared = family.care?.cared ?? []
    isCared = family.members.map { member in cared.contains { $0.utf8.elementsEqual(member.id.utf8) } }
  }

  /// The members with their ages, in input order.
  public var members: Zip2Sequence<[FamilyMember], [Int]> { zip(family.members, ages) }

  /// The members with role child, with their ages, in input order.
  public let children: [(member: FamilyMember, age: Int)]

  /// A *disabled child*: role child with `certificate`, `certificate_care`, `moderate` or `severe`
  /// (art. 5 ust. 2 u.ś.r.).
  public static func isDisabledChild(_ member: FamilyMember) -> Bool {
    guard member.role == .child else { return false }
    switch member.disability {
    case .certificate, .certificateCare, .moderate, .severe: return true
    case .none, .light: return false
    }
  }

  /// Whether the family has a disabled child.
  public var hasDisabledChild: Bool { family.members.contains(where: Self.isDisabledChild) }

  /// An *eligible child* of *zasiłek rodzinny* (art. 6 ust. 2 u.ś.r.): under 18; or 18–20 in a
  /// school; or 18–23 in education with a moderate or severe disability.
  public static func isEligibleChild(_ member: FamilyMember, age: Int) -> Bool {
    guard member.role == .child else { return false }
    if age < 18 { return true }
    if age < 21 && member.education == .school { return true }
    if age < 24 && member.education != .none && (member.disability == .moderate || member.disability == .severe) {
      return true
    }
    return false
  }

  /// The *okres zasiłkowy* containing the date, 1 November – 31 October (art. 3 pkt 10 u.ś.r.),
  /// and its base year (*rok kalendarzowy poprzedzający okres zasiłkowy*): its first year − 1.
  public var benefitPeriod: (from: CivilDate, to: CivilDate, baseYear: Int) {
    let firstYear = date.month >= 11 ? date.year : date.year - 1
    return (CivilDate(firstYear, 11, 1), CivilDate(firstYear + 1, 10, 31), firstYear - 1)
  }

  /// The alimony-fund period containing the date, 1 October – 30 September (art. 2 pkt 9
  /// u.p.o.u.a.), and its base year.
  public var alimonyPeriod: (from: CivilDate, to: CivilDate, baseYear: Int) {
    let firstYear = date.month >= 10 ? date.year : date.year - 1
    return (CivilDate(firstYear, 10, 1), CivilDate(firstYear + 1, 9, 30), firstYear - 1)
  }

  /// The family's monthly income Y of income year `year` (see ``Family/monthlyIncome(year:)``),
  /// or `nil` when the input has no `incomes.<year>`.
  public func monthlyIncome(year: Int) throws -> RationalAmount? { try family.monthlyIncome(year: year) }

  /// The income per person y = Y ÷ n.
  public func incomePerPerson(_ income: RationalAmount) throws -> RationalAmount { try income.divided(by: size) }
}
