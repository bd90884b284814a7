extension Family {
  /// Checks what ``FamilyEvaluator`` requires (Documentation/FamilyBenefits.md); the first
  /// problem in the order of the input's keys is thrown.
  ///
  /// - Throws: ``PomocError``: `date_out_of_range` (before 2012-11-01 or after 2026-12-31),
  ///   `invalid_field:<path>` (e.g. `members[2].birth_date` for a child born after the date,
  ///   `incomes.2026` for an income year not before the year of the date, `care.cared` for an id
  ///   that is not a member), `missing_field:<path>`.
  public func validate() throws {
    if id.isEmpty { throw PomocError.missing("id") }
    guard date >= Family.firstDate, date <= Family.lastDate else {
      throw PomocError(
        .dateOutOfRange, field: "date",
        message:
          "\(date) is outside \(Family.firstDate) … \(Family.lastDate), the dates the family rules are encoded for")
    }
    guard (1...50).contains(members.count) else { throw PomocError.invalid("members", "1 to 50 members") }
    for (index, member) in members.enumerated() {
      let path = "members[\(index)]"
      if member.id.isEmpty { throw PomocError.missing(path + ".id") }
      // Ids compare byte for byte (no Unicode normalisation), as record ids do.
      if members[..<index].contains(where: { $0.id.utf8.elementsEqual(member.id.utf8) }) {
        throw PomocError.invalid(path + ".id", "repeats an earlier member's id")
      }
      if member.birthDate > date { throw PomocError.invalid(path + ".birth_date", "born after the date") }
      if member.disability.isDegree && member.age(on: date) < 16 {
        throw PomocError.invalid(path + ".disability", "a degree of disability is certified only from age 16")
      }
      if let onset = member.disabilityOnsetAge, !(0...130).contains(onset) {
        throw PomocError.invalid(path + ".disability_onset_age", "0 to 130")
      }
      if let alimony = member.alimony, !Family.isAmountInRange(alimony.awarded) {
        throw PomocError.invalid(path + ".alimony.awarded", "0 to 999999999.99")
      }
    }
    if members.filter({ $0.role == .applicant }).count != 1 {
      throw PomocError.invalid("members", "exactly one member with role applicant")
    }
    for year in incomes.keys.sorted() {
      let path = "incomes.\(year)"
      guard year >= 2000, year < date.year else {
        throw PomocError.invalid(path, "an income year from 2000 to the year before the date")
      }
      guard let sources = incomes[year] else { continue }
      for (index, source) in sources.enumerated() {
        if !Family.isAmountInRange(source.amount) {
          throw PomocError.invalid("\(path)[\(index)].amount", "0 to 999999999.99")
        }
        if source.kind == .gainedInBaseYear {
          guard let months = source.months else { throw PomocError.missing("\(path)[\(index)].months") }
          if !(1...12).contains(months) { throw PomocError.invalid("\(path)[\(index)].months", "1 to 12") }
        }
      }
      if sources.count > 10_000 { throw PomocError.invalid(path, "at most 10000 sources a year") }
    }
    if !(0...15).contains(parentalBenefitExtraWeeks) {
      throw PomocError.invalid("rodzicielskie_extra_weeks", "0 to 15")
    }
    if let ever = childrenEver, ever < members.filter({ $0.role == .child }).count {
      throw PomocError.invalid("children_ever", "at least the number of members with role child")
    }
    if let cared = care?.cared {
      if cared.contains(where: { id in !members.contains { $0.id.utf8.elementsEqual(id.utf8) } }) {
        throw PomocError.invalid("care.cared", "not a member's id")
      }
    }
    if let housing {
      if let persons = housing.persons, !(1...50).contains(persons) {
        throw PomocError.invalid("housing.persons", "1 to 50")
      }
      if let area = housing.area, area.hundredths <= 0 || area.hundredths >= 100_000_000 {
        throw PomocError.invalid("housing.area", "above 0 and below 1000000 m²")
      }
      if let rooms = housing.roomsKitchenArea, let area = housing.area, rooms > area {
        throw PomocError.invalid("housing.rooms_kitchen_area", "at most the area")
      }
      if let normative = housing.normativeArea, normative.hundredths <= 0 || normative.hundredths >= 100_000_000 {
        throw PomocError.invalid("housing.normative_area", "above 0 and below 1000000 m²")
      }
      if let percent = housing.thresholdPercent, !(1...1000).contains(percent) {
        throw PomocError.invalid("housing.threshold_percent", "1 to 1000")
      }
      if !(50...90).contains(housing.capPercent) { throw PomocError.invalid("housing.cap_percent", "50 to 90") }
    }
    if let year = energy?.incomeYear, !(2000...9999).contains(year) {
      throw PomocError.invalid("energy.income_year", "a year")
    }
  }

  /// Amounts of the input are below 10⁹ zł and not negative.
  static func isAmountInRange(_ money: Money) -> Bool { money.grosze >= 0 && money.grosze < 100_000_000_000 }
}
