/// The fields of one input record, arranged by ``HouseholdColumn`` (absent = empty).
public struct HouseholdRecord {
  public var bytes: [UInt8] = []
  /// One range per ``HouseholdColumn`` case; an empty range means absent or empty.
  public var ranges: [Range<Int>] = Array(repeating: 0..<0, count: HouseholdColumn.allCases.count)
  /// A problem with the record as a whole (wrong column count, stray quote, bad JSON).
  public var problem: PomocError?

  public init() { bytes.reserveCapacity(256) }

  public mutating func clear() {
    bytes.removeAll(keepingCapacity: true)
    for index in ranges.indices { ranges[index] = 0..<0 }
    problem = nil
  }

  public subscript(column: HouseholdColumn) -> ArraySlice<UInt8> { bytes[ranges[column.rawValue]] }

  public mutating func set(_ column: HouseholdColumn, _ value: some Collection<UInt8>) {
    let start = bytes.count
    bytes.append(contentsOf: value)
    ranges[column.rawValue] = start..<bytes.count
  }

  /// The id text (may be empty).
  public var id: String { String(decoding: self[.id], as: UTF8.self) }
}

/// Turns a record's fields into an ``EvaluationRequest``, or the typed error of the
/// first bad field in column order.
public enum HouseholdRecordDecoder {
  /// Largest household size accepted.
  static let personsRange = 1...EvaluationRequest.maximumPersons
  static let ageRange = 0...130

  public static func decode(_ record: HouseholdRecord) throws -> EvaluationRequest {
    if let problem = record.problem { throw problem }
    guard !record[.id].isEmpty else { throw PomocError.missing("id") }
    guard String(validating: record[.id], as: UTF8.self) != nil else { throw PomocError.invalid("id", "not valid UTF-8") }

    let dateText = record[.date]
    guard !dateText.isEmpty else { throw PomocError.missing("date") }
    guard let date = CivilDate(parsing: dateText) else {
      throw PomocError.invalid("date", "expected an existing day as YYYY-MM-DD")
    }
    let persons = try integer(record, .persons, range: personsRange, required: true)!
    let income = try money(record, .income, required: true)!
    let alimony = try money(record, .alimonyPaid) ?? .zero
    var farmland = Hectares.zero
    if !record[.farmHectares].isEmpty {
      guard let value = Hectares(parsing: record[.farmHectares]) else {
        throw PomocError.invalid("farm_ha", "expected hectares ≥ 0 with at most 4 decimals, at most \(Hectares.inputLimit)")
      }
      farmland = value
    }
    let municipalityBytes = record[.municipality]
    guard let municipality = String(validating: municipalityBytes, as: UTF8.self) else {
      throw PomocError.invalid("municipality", "not valid UTF-8")
    }
    let age = try integer(record, .applicantAge, range: ageRange) ?? 0
    var sex: Sex?
    let sexText = record[.applicantSex]
    if !sexText.isEmpty {
      if sexText.elementsEqual("F".utf8) { sex = .female }
      else if sexText.elementsEqual("M".utf8) { sex = .male }
      else { throw PomocError.invalid("applicant_sex", "expected F or M") }
    }
    var disability = DisabilityDegree.none
    let disabilityText = record[.applicantDisability]
    if !disabilityText.isEmpty {
      guard let value = DisabilityDegree.allCases.first(where: { $0.rawValue.utf8.elementsEqual(disabilityText) }) else {
        throw PomocError.invalid("applicant_disability", "expected none, light, moderate or severe")
      }
      disability = value
    }
    let ownIncome = try money(record, .applicantIncome)
    var reasons = ReasonSet()
    let reasonText = record[.reasons]
    if !reasonText.isEmpty {
      for code in reasonText.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false) {
        guard let reason = AssistanceReason(code: code) else {
          throw PomocError.invalid("reasons", "unknown reason '\(String(decoding: code, as: UTF8.self))'")
        }
        reasons.insert(reason)
      }
    }
    var care: CareRequest?
    let kindText = record[.careKind]
    var kind = CareKind.none
    if !kindText.isEmpty {
      guard let value = CareKind.allCases.first(where: { $0.rawValue.utf8.elementsEqual(kindText) }) else {
        throw PomocError.invalid("care_kind", "expected none, standard, specialised or mental")
      }
      kind = value
    }
    var hours = CareHours.zero
    if !record[.careHours].isEmpty {
      guard let value = CareHours(parsing: record[.careHours]) else {
        throw PomocError.invalid("care_hours", "expected hours ≥ 0 with at most 2 decimals, at most 744 in a month")
      }
      hours = value
    }
    let hourlyCost = try money(record, .careHourlyCost)
    if kind != .none {
      guard let hourlyCost else { throw PomocError.missing("care_hourly_cost") }
      care = CareRequest(kind: kind, hours: hours, hourlyCost: hourlyCost)
    }
    return EvaluationRequest(
      date: date, persons: persons, income: income, alimonyPaid: alimony, farmland: farmland,
      municipality: municipality,
      applicant: Applicant(age: age, sex: sex, disability: disability,
                           ownIncome: ownIncome),
      reasons: reasons, care: care)
  }

  private static func money(_ record: HouseholdRecord, _ column: HouseholdColumn, required: Bool = false)
    throws -> Money?
  {
    let text = record[column]
    if text.isEmpty {
      if required { throw PomocError.missing(column.name) }
      return nil
    }
    guard let value = Money(parsing: text) else {
      throw PomocError.invalid(column.name, "expected zł ≥ 0 with at most 2 decimals, at most \(Money.inputLimit)")
    }
    return value
  }

  private static func integer(_ record: HouseholdRecord, _ column: HouseholdColumn, range: ClosedRange<Int>,
                              required: Bool = false) throws -> Int? {
    let text = record[column]
    if text.isEmpty {
      if required { throw PomocError.missing(column.name) }
      return nil
    }
    guard let value = DecimalText.parse(text, fractionDigits: 0, limit: 1_000_000),
          range.contains(Int(value)) else {
      throw PomocError.invalid(column.name, "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return Int(value)
  }
}
