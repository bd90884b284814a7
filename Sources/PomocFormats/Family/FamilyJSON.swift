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
    let value: JSONValue
    do {
      value = try JSONParser.parse(line)
    } catch {
      return Parsed(id: "", family: .failure(PomocError(.malformedRecord, message: "not a JSON object: \(error)")))
    }
    guard case .object(let members) = value else {
      return Parsed(id: "", family: .failure(PomocError(.malformedRecord, message: "the line is not a JSON object")))
    }
    var id = ""
    if let first = members.first(where: { $0.key == "id" }), case .string(let text) = first.value { id = text }
    do {
      let family = try read(Node(value, path: ""))
      try family.validate()
      return Parsed(id: id, family: .success(family))
    } catch let error as PomocError {
      return Parsed(id: id, family: .failure(error.for(record: id)))
    } catch {
      return Parsed(id: id, family: .failure(PomocError(wrapping: error).for(record: id)))
    }
  }

  /// Whether a line gives no output: empty, or only spaces, tabs and a carriage return.
  package static func isEmptyLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }

  /// Reads one line given as text.
  public static func parse(line: String) -> Parsed { parse(line: Array(line.utf8)) }

  // MARK: - The record

  static let topKeys: [String] = [
    "id", "date", "members", "incomes", "single_parent", "parental_leave", "maternity_allowance",
    "rodzicielskie_extra_weeks", "children_ever", "care", "housing", "energy", "benefits",
  ]

  static func read(_ root: Node) throws -> Family {
    // Checks run in the order of the keys (the contract's order; an unknown key where it stands
    // in the line), so the first problem of the record is the one reported.
    let keys = try root.keys(topKeys)
    let idNode = try keys.required("id")
    let id = try idNode.string()
    if id.isEmpty { throw idNode.invalid("a non-empty string") }
    let date = try keys.required("date").date()
    guard date >= Family.firstDate, date <= Family.lastDate else {
      throw PomocError(
        .dateOutOfRange, field: "date",
        message:
          "\(date) is outside \(Family.firstDate) … \(Family.lastDate), the dates the family rules are encoded for")
    }
    let membersNode = try keys.required("members")
    let memberNodes = try membersNode.array()
    guard (1...50).contains(memberNodes.count) else { throw membersNode.invalid("1 to 50 members") }
    var memberIDs = Set<String>()
    let members = try memberNodes.map { try member($0, date: date, ids: &memberIDs) }
    if members.filter({ $0.role == .applicant }).count != 1 {
      throw membersNode.invalid("exactly one member with role applicant")
    }
    var family = Family(id: id, date: date, members: members)
    if let incomes = try keys.optional("incomes") {
      for (key, yearNode) in try incomes.objectMembers() {
        guard key.utf8.count == 4, key.utf8.allSatisfy({ (48...57).contains($0) }), let year = Int(key) else {
          throw yearNode.invalid("an income year \"YYYY\"")
        }
        guard year >= 2000, year < date.year else {
          throw yearNode.invalid("an income year from 2000 to the year before the date")
        }
        let sources = try yearNode.array()
        if sources.count > 10_000 { throw yearNode.invalid("at most 10000 sources a year") }
        family.incomes[year] = try sources.map(source)
      }
    }
    family.singleParent = try keys.optional("single_parent")?.flag() ?? false
    family.parentalLeave = try keys.optional("parental_leave")?.flag() ?? false
    family.maternityAllowance = try keys.optional("maternity_allowance")?.flag() ?? false
    if let weeks = try keys.optional("rodzicielskie_extra_weeks") {
      family.parentalBenefitExtraWeeks = try weeks.integer(in: 0...15)
    }
    if let ever = try keys.optional("children_ever") {
      let children = members.filter { $0.role == .child }.count
      family.childrenEver = try ever.integer(in: children...Int(Int32.max))
    }
    if let care = try keys.optional("care") { family.care = try careClaim(care, memberIDs: memberIDs) }
    if let housing = try keys.optional("housing") { family.housing = try self.housing(housing) }
    if let energy = try keys.optional("energy") { family.energy = try self.energy(energy) }
    if let benefits = try keys.optional("benefits") {
      family.benefits = try benefits.array().map { node in
        guard let benefit = FamilyBenefit(rawValue: try node.string()) else {
          throw benefits.invalid("unknown benefit")
        }
        return benefit
      }
    }
    try keys.finish()
    return family
  }

  static let memberKeys: [String] = [
    "id", "role", "birth_date", "disability", "disability_onset_age", "disability_onset_in_education", "education",
    "starts_school_year", "study_away", "prenatal_care", "no_alimony_reason", "alimony", "institution_24h",
    "dodatek_pielegnacyjny",
  ]

  static func member(_ node: Node, date: CivilDate, ids: inout Set<String>) throws -> FamilyMember {
    let keys = try node.keys(memberKeys)
    let idNode = try keys.required("id")
    let id = try idNode.string()
    if id.isEmpty { throw idNode.invalid("a non-empty string") }
    if !ids.insert(id).inserted { throw idNode.invalid("repeats an earlier member's id") }
    let role = try keys.required("role").enumeration(FamilyMember.Role.self)
    let birthNode = try keys.required("birth_date")
    let birth = try birthNode.date()
    if birth > date { throw birthNode.invalid("born after the date") }
    var member = FamilyMember(id: id, role: role, birthDate: birth)
    if let disability = try keys.optional("disability") {
      member.disability = try disability.enumeration(FamilyMember.Disability.self)
      if member.disability.isDegree && member.age(on: date) < 16 {
        throw disability.invalid("a degree of disability is certified only from age 16")
      }
    }
    member.disabilityOnsetAge = try keys.optional("disability_onset_age")?.integer(in: 0...130)
    member.disabilityOnsetInEducation = try keys.optional("disability_onset_in_education")?.flag() ?? false
    member.education = try keys.optional("education")?.enumeration(FamilyMember.Education.self) ?? .none
    member.startsSchoolYear = try keys.optional("starts_school_year")?.flag() ?? false
    member.studyAway = try keys.optional("study_away")?.enumeration(FamilyMember.StudyAway.self) ?? .none
    member.prenatalCare = try keys.optional("prenatal_care")?.flag()
    member.noAlimonyReason =
      try keys.optional("no_alimony_reason")?.enumeration(FamilyMember.NoAlimonyReason.self) ?? .none
    if let alimony = try keys.optional("alimony") {
      let alimonyKeys = try alimony.keys(["awarded", "enforcement_ineffective"])
      member.alimony = FamilyMember.Alimony(
        awarded: try alimonyKeys.required("awarded").money(),
        enforcementIneffective: try alimonyKeys.optional("enforcement_ineffective")?.flag() ?? false)
      try alimonyKeys.finish()
    }
    member.institution24h = try keys.optional("institution_24h")?.flag() ?? false
    member.receivesNursingSupplement = try keys.optional("dodatek_pielegnacyjny")?.flag() ?? false
    try keys.finish()
    return member
  }

  static func source(_ node: Node) throws -> IncomeSource {
    let keys = try node.keys(["kind", "amount", "months", "member"])
    let kind = try keys.required("kind").enumeration(IncomeSource.Kind.self)
    let amount = try keys.required("amount").money()
    let months = try keys.optional("months")?.integer(in: 1...12)
    if kind == .gainedInBaseYear && months == nil { throw PomocError.missing(node.child("months")) }
    let member = try keys.optional("member")?.string()
    try keys.finish()
    return IncomeSource(kind: kind, amount: amount, months: months, member: member)
  }

  static func careClaim(_ node: Node, memberIDs: Set<String>) throws -> CareClaim {
    let keys = try node.keys(["cared", "carer_employed", "carer_pension", "szo_continuing", "szo_tolerance"])
    var cared: [String]?
    if let caredNode = try keys.optional("cared") {
      let ids = try caredNode.array().map { try $0.string() }
      if ids.contains(where: { !memberIDs.contains($0) }) { throw caredNode.invalid("not a member's id") }
      cared = ids
    }
    var care = CareClaim(cared: cared, carerEmployed: try keys.optional("carer_employed")?.flag())
    care.carerPension = try keys.optional("carer_pension")?.flag() ?? false
    care.continuingSpecialCareAllowance = try keys.optional("szo_continuing")?.flag() ?? false
    care.specialCareAllowanceTolerance = try keys.optional("szo_tolerance")?.flag() ?? false
    try keys.finish()
    return care
  }

  static func housing(_ node: Node) throws -> Housing {
    let keys = try node.keys([
      "persons", "legal_title", "income_3_months", "area", "expenses", "basis_amount", "rooms_kitchen_area",
      "disabled_extra_area", "normative_area", "threshold_percent", "cap_percent", "electricity_contract",
    ])
    var housing = Housing()
    housing.persons = try keys.optional("persons")?.integer(in: 1...50)
    housing.legalTitle = try keys.optional("legal_title")?.flag()
    housing.incomeThreeMonths = try keys.optional("income_3_months")?.money()
    housing.area = try keys.optional("area")?.area()
    housing.expenses = try keys.optional("expenses")?.money()
    housing.basisAmount = try keys.optional("basis_amount")?.money()
    if let roomsNode = try keys.optional("rooms_kitchen_area") {
      let rooms = try roomsNode.area(allowZero: true)
      if let area = housing.area, rooms > area { throw roomsNode.invalid("at most the area") }
      housing.roomsKitchenArea = rooms
    }
    housing.disabledExtraArea = try keys.optional("disabled_extra_area")?.flag() ?? false
    housing.normativeArea = try keys.optional("normative_area")?.area()
    housing.thresholdPercent = try keys.optional("threshold_percent")?.integer(in: 1...1000)
    housing.capPercent = try keys.optional("cap_percent")?.integer(in: 50...90) ?? 70
    housing.electricityContract = try keys.optional("electricity_contract")?.flag() ?? false
    try keys.finish()
    return housing
  }

  static func energy(_ node: Node) throws -> EnergySituation {
    let keys = try node.keys([
      "heat_source", "heat_source_in_ceeb", "income_year", "electricity_2021_mwh", "gas_vat_paid",
    ])
    var energy = EnergySituation()
    energy.heatSource = try keys.optional("heat_source")?.enumeration(EnergySituation.HeatSource.self)
    energy.heatSourceInCEEB = try keys.optional("heat_source_in_ceeb")?.flag()
    energy.incomeYear = try keys.optional("income_year")?.integer(in: 2000...9999)
    if let mwh = try keys.optional("electricity_2021_mwh") {
      energy.electricity2021 = MegawattHours(kilowattHours: try mwh.decimal(fractionDigits: 3))
    }
    energy.gasVATPaid = try keys.optional("gas_vat_paid")?.money()
    try keys.finish()
    return energy
  }
}

/// An object's keys read in a fixed order (the contract's), with each unknown or repeated key
/// reported where it stands in the line: before the first key read that follows it there, or
/// at ``finish()``. Reading a record whose keys are in the contract's order thus reports its
/// problems in document order.
struct ObjectKeys {
  let node: Node
  /// Each member's position in the line.
  private let members: [(key: String, value: JSONValue)]
  /// The position of the first key that is unknown (or repeated), if any.
  private let firstStray: Int?

  init(_ node: Node, allowed: [String]) throws {
    guard case .object(let members) = node.value else { throw node.invalid("expected an object") }
    self.node = node
    self.members = members
    var seen = Set<String>()
    firstStray = members.indices.first { !allowed.contains(members[$0].key) || !seen.insert(members[$0].key).inserted }
  }

  /// Throws for the first unknown key when it stands before position `index`.
  private func reportStrays(before index: Int) throws {
    guard let stray = firstStray, stray < index else { return }
    let key = members[stray].key
    let repeated = members[..<stray].contains { $0.key == key }
    throw PomocError(
      .invalidField, field: node.child(key),
      message: repeated ? "the key appears twice" : "unknown key '\(EchoedText.cut(key))'")
  }

  /// The member `key`, or `nil` when absent (`null` is not a value of any key: invalid).
  func optional(_ key: String) throws -> Node? {
    guard let index = members.firstIndex(where: { $0.key == key }) else { return nil }
    try reportStrays(before: index)
    return Node(members[index].value, path: node.child(key))
  }

  /// The member `key`; `missing_field:<path>` when absent.
  func required(_ key: String) throws -> Node {
    guard let found = try optional(key) else { throw PomocError.missing(node.child(key)) }
    return found
  }

  /// Throws for an unknown key not yet reported.
  func finish() throws { try reportStrays(before: members.count) }
}

/// A JSON value with its path, read with typed accessors whose errors name the path.
struct Node {
  let value: JSONValue
  let path: String

  init(_ value: JSONValue, path: String) {
    self.value = value
    self.path = path
  }

  func child(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

  func invalid(_ why: String) -> PomocError { PomocError.invalid(path.isEmpty ? "(record)" : path, why) }

  /// The object's keys, read in order with ``ObjectKeys``; unknown keys are rejected where they stand.
  func keys(_ allowed: [String]) throws -> ObjectKeys { try ObjectKeys(self, allowed: allowed) }

  func objectMembers() throws -> [(String, Node)] {
    guard case .object(let members) = value else { throw invalid("expected an object") }
    var seen = Set<String>()
    return try members.map {
      if !seen.insert($0.key).inserted { throw PomocError.invalid(child($0.key), "the key appears twice") }
      return ($0.key, Node($0.value, path: child($0.key)))
    }
  }

  func array() throws -> [Node] {
    guard case .array(let elements) = value else { throw invalid("expected an array") }
    return elements.enumerated().map { Node($1, path: "\(path)[\($0)]") }
  }

  func string() throws -> String {
    guard case .string(let text) = value else { throw invalid("expected a string") }
    return text
  }

  func flag() throws -> Bool {
    guard case .bool(let flag) = value else { throw invalid("expected true or false") }
    return flag
  }

  /// A JSON number that is a whole number in `range` (no fraction, no exponent).
  func integer(in range: ClosedRange<Int>) throws -> Int {
    guard case .number(let text) = value, text.utf8.count <= 12, let number = Int(text), range.contains(number)
    else { throw invalid("expected a whole number from \(range.lowerBound) to \(range.upperBound)") }
    return number
  }

  func enumeration<E: RawRepresentable>(_ type: E.Type) throws -> E where E.RawValue == String {
    guard let value = E(rawValue: try string()) else { throw invalid("not a known value") }
    return value
  }

  /// A date `"YYYY-MM-DD"` of a real day.
  func date() throws -> CivilDate {
    let text = try string()
    guard text.utf8.count == 10, let date = CivilDate(parsing: Array(text.utf8)) else {
      throw invalid("expected a date YYYY-MM-DD")
    }
    return date
  }

  /// A non-negative decimal string with at most `fractionDigits` decimals, below 10⁹, in its
  /// smallest unit (`"12.5"` with 2 digits is 1250).
  func decimal(fractionDigits: Int) throws -> Int64 {
    let text = try string()
    var whole: Int64 = 0
    var fraction: Int64 = 0
    var wholeDigits = 0
    var fractionCount = -1
    for byte in text.utf8 {
      if byte == UInt8(ascii: ".") {
        guard fractionCount < 0, wholeDigits > 0 else { throw invalid("expected a decimal number") }
        fractionCount = 0
      } else if (48...57).contains(byte) {
        if fractionCount < 0 {
          wholeDigits += 1
          guard wholeDigits <= 9 else { throw invalid("must be below 1000000000") }
          whole = whole * 10 + Int64(byte - 48)
        } else {
          fractionCount += 1
          guard fractionCount <= fractionDigits else { throw invalid("at most \(fractionDigits) decimals") }
          fraction = fraction * 10 + Int64(byte - 48)
        }
      } else {
        throw invalid("expected a decimal number without sign")
      }
    }
    guard wholeDigits > 0, fractionCount != 0 else { throw invalid("expected a decimal number") }
    var scale: Int64 = 1
    for _ in 0..<fractionDigits { scale *= 10 }
    var fractionScaled = fraction
    for _ in 0..<(fractionDigits - max(0, fractionCount)) { fractionScaled *= 10 }
    return whole * scale + fractionScaled
  }

  func money() throws -> Money { Money(grosze: try decimal(fractionDigits: 2)) }

  func area(allowZero: Bool = false) throws -> SquareMetres {
    let hundredths = try decimal(fractionDigits: 2)
    if hundredths == 0 && !allowZero { throw invalid("must be above 0") }
    if hundredths >= 100_000_000 { throw invalid("must be below 1000000 m²") }
    return SquareMetres(hundredths: hundredths)
  }
}
