import Pomoc

/// Reads a family from one JSON line of `pomoc family`'s input (Documentation/FamilyBenefits.md:
/// one object per line; amounts as strings in zł, integers as numbers, flags as booleans,
/// dates `"YYYY-MM-DD"`; unknown keys rejected) and checks it with ``Family/validate()``.
///
/// Errors name the path of the bad field, `members[2].birth_date`, `incomes.2023[0].amount`.
public enum FamilyJSON {
  /// The result of reading one line: the family, or the record error with the id as read
  /// (`""` when the line has none).
  public struct Parsed: Sendable {
    /// The id as read (`""` if none).
    public var id: String
    /// The family or its record error.
    public var family: Result<Family, PomocError>
  }

  /// Reads one line (without its line break). A byte-order mark before the first record is the
  /// reader's business, not this function's.
  public static func parse(line: some Collection<UInt8>) -> Parsed {
    var tape = JSONTape()
    return parse(line: line, tape: &tape)
  }

  /// Reads one line into `tape`, whose storage is reused from line to line (the bulk path).
  package static func parse(line: some Collection<UInt8>, tape: inout JSONTape) -> Parsed {
    do {
      try tape.parse(line)
    } catch {
      return Parsed(id: "", family: .failure(PomocError(.malformedRecord, message: "not a JSON object: \(error)")))
    }
    let reader = TapeReader(tape: tape)
    guard tape.entries[0].kind == .object else {
      return Parsed(id: "", family: .failure(PomocError(.malformedRecord, message: "the line is not a JSON object")))
    }
    let id = reader.recordID()
    do {
      let family = try reader.family()
      try family.validate()
      return Parsed(id: id, family: .success(family))
    } catch let error as PomocError {
      return Parsed(id: id, family: .failure(error.for(record: id)))
    } catch {
      return Parsed(id: id, family: .failure(PomocError(wrapping: error).for(record: id)))
    }
  }

  /// The id a line is known by, the `id` of its output line and the key of the duplicate
  /// check: the record's `id` string as read, or `""` for a line that is not a JSON object or
  /// has no string `id`. `tape`'s storage is reused.
  package static func id(of line: some Collection<UInt8>, tape: inout JSONTape) -> String {
    guard (try? tape.parse(line)) != nil, tape.entries[0].kind == .object else { return "" }
    return TapeReader(tape: tape).recordID()
  }

  /// Whether a line gives no output: empty, or only spaces, tabs and a carriage return.
  package static func isEmptyLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }

  /// Reads one line given as text.
  public static func parse(line: String) -> Parsed { parse(line: Array(line.utf8)) }
}

// MARK: - The record

extension TapeReader {
  static let topKeys: [StaticString] = [
    "id", "date", "members", "incomes", "single_parent", "parental_leave", "maternity_allowance",
    "rodzicielskie_extra_weeks", "children_ever", "care", "housing", "energy", "benefits",
  ]

  /// The record's `id` as read, whatever else is wrong with the record (`""` when it has none
  /// or it is not a string): the id of its output line.
  func recordID() -> String {
    guard tape.entries[0].kind == .object else { return "" }
    var isKey = true
    for child in tape.children(of: 0) {
      defer { isKey.toggle() }
      guard isKey, tape.string(at: child, equals: "id") else { continue }
      let value = Int(tape.entries[child].next)
      return tape.entries[value].kind == .string ? tape.string(at: value) : ""
    }
    return ""
  }

  /// The family of the record (the outermost object). Its keys are read in the contract's order
  /// (an unknown key counts where it stands in the line), so the first problem of the record is
  /// the one reported.
  func family() throws -> Family {
    let keys = try self.keys(0, Self.topKeys)
    let id = try keys.required("id") { try nonEmptyString($0) }
    let date = try keys.required("date") { node in
      let date = try self.date(node)
      guard date >= Family.firstDate, date <= Family.lastDate else {
        throw PomocError(
          .dateOutOfRange, field: "date",
          message:
            "\(date) is outside \(Family.firstDate) … \(Family.lastDate), the dates the family rules are encoded for")
      }
      return date
    }
    let members = try keys.required("members") { node in
      let memberNodes = try array(node)
      guard (1...50).contains(count(node)) else { throw invalid(node, "1 to 50 members") }
      var members: [FamilyMember] = []
      members.reserveCapacity(count(node))
      for member in memberNodes { members.append(try self.member(member, date: date, earlier: members)) }
      if members.filter({ $0.role == .applicant }).count != 1 {
        throw invalid(node, "exactly one member with role applicant")
      }
      return members
    }
    var family = Family(id: id, date: date, members: members)
    family.incomes =
      try keys.optional("incomes") { node in
        var incomes: [Int: [IncomeSource]] = [:]
        for (key, yearNode) in try objectMembers(node) {
          guard key.utf8.count == 4, key.utf8.allSatisfy({ (48...57).contains($0) }), let year = Int(key) else {
            throw invalid(yearNode, "an income year \"YYYY\"")
          }
          guard year >= 2000, year < date.year else {
            throw invalid(yearNode, "an income year from 2000 to the year before the date")
          }
          let sources = try array(yearNode)
          if count(yearNode) > 10_000 { throw invalid(yearNode, "at most 10000 sources a year") }
          incomes[year] = try sources.map(source)
        }
        return incomes
      } ?? [:]
    family.singleParent = try keys.optional("single_parent", flag) ?? false
    family.parentalLeave = try keys.optional("parental_leave", flag) ?? false
    family.maternityAllowance = try keys.optional("maternity_allowance", flag) ?? false
    family.parentalBenefitExtraWeeks =
      try keys.optional("rodzicielskie_extra_weeks") { try integer($0, in: 0...15) } ?? 0
    family.childrenEver = try keys.optional("children_ever") { node in
      try integer(node, in: members.filter { $0.role == .child }.count...Int(Int32.max))
    }
    family.care = try keys.optional("care") { try careClaim($0, members: members) }
    family.housing = try keys.optional("housing", housing)
    family.energy = try keys.optional("energy", energy)
    family.benefits = try keys.optional("benefits") { node in
      try array(node).map { element in
        guard let benefit = FamilyBenefit(rawValue: try string(element)) else { throw invalid(node, "unknown benefit") }
        return benefit
      }
    }
    try keys.finish()
    return family
  }

  /// A string that is not empty.
  func nonEmptyString(_ node: Int) throws -> String {
    let text = try string(node)
    if text.isEmpty { throw invalid(node, "a non-empty string") }
    return text
  }

  static let memberKeys: [StaticString] = [
    "id", "role", "birth_date", "disability", "disability_onset_age", "disability_onset_in_education", "education",
    "starts_school_year", "study_away", "prenatal_care", "no_alimony_reason", "alimony", "institution_24h",
    "dodatek_pielegnacyjny",
  ]

  /// A member; its id must differ from the `earlier` members' ids.
  func member(_ node: Int, date: CivilDate, earlier: [FamilyMember]) throws -> FamilyMember {
    let keys = try self.keys(node, Self.memberKeys)
    let id = try keys.required("id") { node in
      let id = try nonEmptyString(node)
      if earlier.contains(where: { $0.id.utf8.elementsEqual(id.utf8) }) {
        throw invalid(node, "repeats an earlier member's id")
      }
      return id
    }
    let role = try keys.required("role") { try enumeration($0, FamilyMember.Role.self) }
    let birth = try keys.required("birth_date") { node in
      let birth = try self.date(node)
      if birth > date { throw invalid(node, "born after the date") }
      return birth
    }
    var member = FamilyMember(id: id, role: role, birthDate: birth)
    member.disability =
      try keys.optional("disability") { node in
        let disability = try enumeration(node, FamilyMember.Disability.self)
        if disability.isDegree && member.age(on: date) < 16 {
          throw invalid(node, "a degree of disability is certified only from age 16")
        }
        return disability
      } ?? .none
    member.disabilityOnsetAge = try keys.optional("disability_onset_age") { try integer($0, in: 0...130) }
    member.disabilityOnsetInEducation = try keys.optional("disability_onset_in_education", flag) ?? false
    member.education = try keys.optional("education") { try enumeration($0, FamilyMember.Education.self) } ?? .none
    member.startsSchoolYear = try keys.optional("starts_school_year", flag) ?? false
    member.studyAway = try keys.optional("study_away") { try enumeration($0, FamilyMember.StudyAway.self) } ?? .none
    member.prenatalCare = try keys.optional("prenatal_care", flag)
    member.noAlimonyReason =
      try keys.optional("no_alimony_reason") { try enumeration($0, FamilyMember.NoAlimonyReason.self) } ?? .none
    member.alimony = try keys.optional("alimony") { node in
      let keys = try self.keys(node, ["awarded", "enforcement_ineffective"])
      let alimony = FamilyMember.Alimony(
        awarded: try keys.required("awarded", money),
        enforcementIneffective: try keys.optional("enforcement_ineffective", flag) ?? false)
      try keys.finish()
      return alimony
    }
    member.institution24h = try keys.optional("institution_24h", flag) ?? false
    member.receivesNursingSupplement = try keys.optional("dodatek_pielegnacyjny", flag) ?? false
    try keys.finish()
    return member
  }

  func source(_ node: Int) throws -> IncomeSource {
    let keys = try self.keys(node, ["kind", "amount", "months", "member"])
    let kind = try keys.required("kind") { try enumeration($0, IncomeSource.Kind.self) }
    let amount = try keys.required("amount", money)
    let months = try keys.optional("months") { try integer($0, in: 1...12) }
    if kind == .gainedInBaseYear && months == nil { throw PomocError.missing(path(of: node, key: "months")) }
    let member = try keys.optional("member", string)
    try keys.finish()
    return IncomeSource(kind: kind, amount: amount, months: months, member: member)
  }

  func careClaim(_ node: Int, members: [FamilyMember]) throws -> CareClaim {
    let keys = try self.keys(node, ["cared", "carer_employed", "carer_pension", "szo_continuing", "szo_tolerance"])
    let cared: [String]? = try keys.optional("cared") { node in
      let ids = try array(node).map(string)
      if ids.contains(where: { id in !members.contains { $0.id.utf8.elementsEqual(id.utf8) } }) {
        throw invalid(node, "not a member's id")
      }
      return ids
    }
    var care = CareClaim(cared: cared, carerEmployed: try keys.optional("carer_employed", flag))
    care.carerPension = try keys.optional("carer_pension", flag) ?? false
    care.continuingSpecialCareAllowance = try keys.optional("szo_continuing", flag) ?? false
    care.specialCareAllowanceTolerance = try keys.optional("szo_tolerance", flag) ?? false
    try keys.finish()
    return care
  }

  func housing(_ node: Int) throws -> Housing {
    let keys = try self.keys(
      node,
      [
        "persons", "legal_title", "income_3_months", "area", "expenses", "basis_amount", "rooms_kitchen_area",
        "disabled_extra_area", "normative_area", "threshold_percent", "cap_percent", "electricity_contract",
      ])
    var housing = Housing()
    housing.persons = try keys.optional("persons") { try integer($0, in: 1...50) }
    housing.legalTitle = try keys.optional("legal_title", flag)
    housing.incomeThreeMonths = try keys.optional("income_3_months", money)
    housing.area = try keys.optional("area") { try area($0) }
    housing.expenses = try keys.optional("expenses", money)
    housing.basisAmount = try keys.optional("basis_amount", money)
    housing.roomsKitchenArea = try keys.optional("rooms_kitchen_area") { node in
      let rooms = try area(node, allowZero: true)
      if let area = housing.area, rooms > area { throw invalid(node, "at most the area") }
      return rooms
    }
    housing.disabledExtraArea = try keys.optional("disabled_extra_area", flag) ?? false
    housing.normativeArea = try keys.optional("normative_area") { try area($0) }
    housing.thresholdPercent = try keys.optional("threshold_percent") { try integer($0, in: 1...1000) }
    housing.capPercent = try keys.optional("cap_percent") { try integer($0, in: 50...90) } ?? 70
    housing.electricityContract = try keys.optional("electricity_contract", flag) ?? false
    try keys.finish()
    return housing
  }

  func energy(_ node: Int) throws -> EnergySituation {
    let keys = try self.keys(
      node, ["heat_source", "heat_source_in_ceeb", "income_year", "electricity_2021_mwh", "gas_vat_paid"])
    var energy = EnergySituation()
    energy.heatSource = try keys.optional("heat_source") { try enumeration($0, EnergySituation.HeatSource.self) }
    energy.heatSourceInCEEB = try keys.optional("heat_source_in_ceeb", flag)
    energy.incomeYear = try keys.optional("income_year") { try integer($0, in: 2000...9999) }
    energy.electricity2021 = try keys.optional("electricity_2021_mwh") {
      MegawattHours(kilowattHours: try decimal($0, fractionDigits: 3))
    }
    energy.gasVATPaid = try keys.optional("gas_vat_paid", money)
    try keys.finish()
    return energy
  }
}
