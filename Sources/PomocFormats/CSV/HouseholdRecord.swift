import Pomoc

/// The fields of one input record, arranged by ``HouseholdColumn`` (absent = empty).
package struct HouseholdRecord {
  package var bytes: [UInt8] = []
  /// One range of `bytes` per ``HouseholdColumn`` case; empty means absent or empty.
  package var ranges: [Range<Int>] = Array(repeating: 0..<0, count: HouseholdColumn.allCases.count)
  /// A problem with the record as a whole (wrong column count, stray quote, bad JSON).
  package var problem: PomocError?

  package init() { bytes.reserveCapacity(256) }

  package mutating func clear() {
    bytes.removeAll(keepingCapacity: true)
    for index in ranges.indices { ranges[index] = 0..<0 }
    problem = nil
  }

  package subscript(column: HouseholdColumn) -> ArraySlice<UInt8> { bytes[ranges[column.rawValue]] }

  package mutating func set(_ column: HouseholdColumn, _ value: some Collection<UInt8>) {
    let start = bytes.count
    bytes.append(contentsOf: value)
    ranges[column.rawValue] = start..<bytes.count
  }

  /// The id text (may be empty).
  package var id: String { String(decoding: self[.id], as: UTF8.self) }

  /// Fast path for a CSV line without quotes: one copy of the line, fields as ranges.
  /// Returns `false` (record untouched) when the line holds a quote; the caller then uses
  /// the general splitter.
  @inline(__always)
  mutating func setUnquotedLine(_ line: UnsafeBufferPointer<UInt8>, header: [HouseholdColumn]) -> Bool {
    guard splitUnquotedLine(line, header: header) else { return false }
    bytes.removeAll(keepingCapacity: true)
    bytes.append(contentsOf: line)
    return true
  }

  /// The same without the copy: `ranges` then index `line` itself (and `bytes` is stale), for
  /// a caller that reads the fields while `line` is alive (``Worker``, the hot path).
  @inline(__always)
  mutating func splitUnquotedLine(_ line: UnsafeBufferPointer<UInt8>, header: [HouseholdColumn]) -> Bool {
    var fieldCount = 0
    var start = 0
    var complete = true
    ranges.withUnsafeMutableBufferPointer { ranges in
      for index in ranges.indices { ranges[index] = 0..<0 }
      header.withUnsafeBufferPointer { header in
        // One pass: every comma ends a field; a quote sends the line to the general splitter.
        complete = ByteScan.forEach(UInt8(ascii: ","), in: line, unless: UInt8(ascii: "\"")) { comma in
          if fieldCount < header.count { ranges[header[fieldCount].rawValue] = start..<comma }
          fieldCount += 1
          start = comma + 1
        }
        if complete {
          if fieldCount < header.count { ranges[header[fieldCount].rawValue] = start..<line.count }
          fieldCount += 1
        }
      }
    }
    guard complete else { return false }
    problem =
      fieldCount == header.count
      ? nil
      : PomocError(.malformedRecord, message: "expected \(header.count) fields as in the header, found \(fieldCount)")
    return true
  }
}

/// Turns a record's fields into an ``EvaluationRequest``, or the typed error of the
/// first bad field in column order.
package enum HouseholdRecordDecoder {
  static let personsRange = 1...EvaluationRequest.maximumPersons
  static let ageRange = 0...130

  package static func decode(_ record: HouseholdRecord) throws -> EvaluationRequest {
    var names: [String] = []
    return try decode(record, municipalityNames: &names)
  }

  /// Decodes, reusing the municipality strings in `names` (a per-thread cache, so long
  /// ordinance ids are not allocated again for every record).
  static func decode(_ record: HouseholdRecord, municipalityNames names: inout [String]) throws -> EvaluationRequest {
    if let problem = record.problem { throw problem }
    return try record.bytes.withUnsafeBufferPointer { base in
      try decode(Fields(base: base, ranges: record.ranges), municipalityNames: &names)
    }
  }

  /// Field access without copies.
  struct Fields {
    let base: UnsafeBufferPointer<UInt8>
    let ranges: [Range<Int>]
    @inline(__always) subscript(column: HouseholdColumn) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(rebasing: base[ranges[column.rawValue]])
    }
  }

  static func decode(_ fields: Fields, municipalityNames names: inout [String]) throws -> EvaluationRequest {
    let id = fields[.id]
    guard !id.isEmpty else { throw PomocError.missing("id") }
    guard isValidUTF8(id) else { throw PomocError.invalid("id", "not valid UTF-8") }
    // A line break cannot be written back in a one-line CSV record (JSONL can carry one).
    guard ByteScan.first(0x0A, in: id, from: 0) == nil, ByteScan.first(0x0D, in: id, from: 0) == nil else {
      throw PomocError.invalid("id", "holds a line break")
    }

    let dateText = fields[.date]
    guard !dateText.isEmpty else { throw PomocError.missing("date") }
    guard let date = CivilDate(parsing: dateText) else {
      throw PomocError.invalid("date", "expected an existing day as YYYY-MM-DD")
    }
    let persons = try integer(fields[.persons], .persons, range: personsRange, required: true)!
    let income = try money(fields[.income], .income, required: true)!
    let alimony = try money(fields[.alimonyPaid], .alimonyPaid) ?? .zero
    var farmland = Hectares.zero
    let farmText = fields[.farmHectares]
    if !farmText.isEmpty {
      guard let value = Hectares(parsing: farmText) else {
        throw PomocError.invalid(
          "farm_ha", "expected hectares ≥ 0 with at most 4 decimals, at most \(Hectares.inputLimit)")
      }
      farmland = value
    }
    let municipality = try municipalityName(fields[.municipality], cache: &names)
    let age = try integer(fields[.applicantAge], .applicantAge, range: ageRange) ?? 0
    var sex: Sex?
    let sexText = fields[.applicantSex]
    if !sexText.isEmpty {
      guard let value = InputCodes.sex.value(sexText) else {
        throw PomocError.invalid("applicant_sex", "expected F or M")
      }
      sex = value
    }
    var disability = DisabilityDegree.none
    let disabilityText = fields[.applicantDisability]
    if !disabilityText.isEmpty {
      guard let value = InputCodes.disability.value(disabilityText) else {
        throw PomocError.invalid("applicant_disability", "expected none, light, moderate or severe")
      }
      disability = value
    }
    let ownIncome = try money(fields[.applicantIncome], .applicantIncome)
    var reasons = ReasonSet()
    let reasonText = fields[.reasons]
    if !reasonText.isEmpty {
      var start = 0
      var position = 0
      while true {
        if position == reasonText.count || reasonText[position] == UInt8(ascii: ";") {
          let code = UnsafeBufferPointer(rebasing: reasonText[start..<position])
          guard let reason = InputCodes.reasons.value(code) else {
            throw PomocError.invalid("reasons", "unknown reason '\(EchoedText.cut(bytes: code))'")
          }
          reasons.insert(reason)
          if position == reasonText.count { break }
          start = position + 1
        }
        position += 1
      }
    }
    var care: CareRequest?
    var kind = CareKind.none
    let kindText = fields[.careKind]
    if !kindText.isEmpty {
      guard let value = InputCodes.careKind.value(kindText) else {
        throw PomocError.invalid("care_kind", "expected none, standard, specialised or mental")
      }
      kind = value
    }
    var hours = CareHours.zero
    let hoursText = fields[.careHours]
    if !hoursText.isEmpty {
      guard let value = CareHours(parsing: hoursText) else {
        throw PomocError.invalid("care_hours", "expected hours ≥ 0 with at most 2 decimals, at most 744 in a month")
      }
      hours = value
    }
    let hourlyCost = try money(fields[.careHourlyCost], .careHourlyCost)
    if kind != .none {
      guard let hourlyCost else { throw PomocError.missing("care_hourly_cost") }
      care = CareRequest(kind: kind, hours: hours, hourlyCost: hourlyCost)
    }
    return EvaluationRequest(
      date: date, persons: persons, income: income, alimonyPaid: alimony, farmland: farmland,
      municipality: municipality,
      applicant: Applicant(age: age, sex: sex, disability: disability, ownIncome: ownIncome),
      reasons: reasons, care: care)
  }

  @inline(__always)
  private static func municipalityName(_ bytes: UnsafeBufferPointer<UInt8>, cache: inout [String]) throws -> String {
    if bytes.isEmpty { return "" }
    for name in cache {
      var name = name
      if name.withUTF8({ bytesEqual($0, bytes) }) { return name }
    }
    guard let name = String(validating: bytes, as: UTF8.self) else {
      throw PomocError.invalid("municipality", "not valid UTF-8")
    }
    if cache.count < 16 { cache.append(name) }
    return name
  }

  @inline(__always)
  private static func money(_ text: UnsafeBufferPointer<UInt8>, _ column: HouseholdColumn, required: Bool = false)
    throws -> Money?
  {
    if text.isEmpty {
      if required { throw PomocError.missing(column.name) }
      return nil
    }
    guard let value = Money(parsing: text) else {
      throw PomocError.invalid(column.name, "expected zł ≥ 0 with at most 2 decimals, at most \(Money.inputLimit)")
    }
    return value
  }

  @inline(__always)
  private static func integer(
    _ text: UnsafeBufferPointer<UInt8>, _ column: HouseholdColumn, range: ClosedRange<Int>,
    required: Bool = false
  ) throws -> Int? {
    if text.isEmpty {
      if required { throw PomocError.missing(column.name) }
      return nil
    }
    guard let value = DecimalText.parse(text, fractionDigits: 0, limit: 1_000_000), range.contains(Int(value)) else {
      throw PomocError.invalid(column.name, "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return Int(value)
  }
}
