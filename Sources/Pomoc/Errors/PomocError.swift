/// Why a rule could not be evaluated, naming the record and the field.
///
/// Ineligibility is never an error: it is a result. An error means the library
/// cannot give a lawful answer: the input is missing or malformed, the date lies
/// outside the encoded law, or the law for that date is not known to the library.
/// Codes are open-ended (like `Errno`), so a new code never breaks a client's `switch`.
///
/// Encoded (`Codable`) as `{"code":"invalid_field","field":"date","record":"h-17","message":"…"}`
/// (`field` and `record` left out when `nil`), and decoded back to an equal error.
public struct PomocError: Error, Hashable, Sendable {
  /// A machine-readable error code; its raw value is the code used in output files.
  ///
  /// Encoded (`Codable`) as that plain string, `"invalid_field"`.
  public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible, Codable {
    /// The code as written in output files, e.g. `invalid_field`.
    public var rawValue: String
    /// Creates a code from its text (a host may define codes of its own).
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The code's text, ``rawValue``.
    public var description: String { rawValue }

    /// Decodes the code from a plain string.
    public init(from decoder: any Decoder) throws {
      rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the code as a plain string, `"invalid_field"`.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      try container.encode(rawValue)
    }

    /// A required field is absent or empty (`missing_field:<column>`).
    public static let missingField = Code(rawValue: "missing_field")
    /// A field is present but malformed or out of range (`invalid_field:<column>`).
    public static let invalidField = Code(rawValue: "invalid_field")
    /// The record's id was already used by an earlier record of the same input.
    public static let duplicateID = Code(rawValue: "duplicate_id")
    /// The date precedes 2012-10-01, the first revision the library encodes.
    public static let dateOutOfRange = Code(rawValue: "date_out_of_range")
    /// The municipality id names no known ordinance.
    public static let unknownMunicipality = Code(rawValue: "unknown_municipality")
    /// The municipality's ordinance is not in force on the date.
    public static let ordinanceNotInForce = Code(rawValue: "ordinance_not_in_force")
    /// Care was requested but no fee table applies (e.g. the municipality has none).
    public static let careFeeTableMissing = Code(rawValue: "care_fee_table_missing")
    /// The law for the date is not known to (verified for) the library.
    public static let parameterNotEncoded = Code(rawValue: "parameter_not_encoded")
    /// A computation would exceed the exact integer range (inputs too large).
    public static let arithmeticOverflow = Code(rawValue: "arithmetic_overflow")
    /// The record cannot be split into fields (wrong column count, stray quote).
    public static let malformedRecord = Code(rawValue: "malformed_record")
    /// The input as a whole cannot be read (I/O error, or a temporary file of the
    /// duplicate-id check cannot be written).
    public static let inputUnreadable = Code(rawValue: "input_unreadable")
  }

  /// The fields live in one reference-counted box, so the error is a single pointer
  /// wide. (Large typed-throws error values were miscompiled by Swift 6.3 with `-O`:
  /// errors thrown across module boundaries arrived corrupted. A one-word error avoids
  /// that path; see Documentation/Decisions/0002-one-word-errors.md.)
  private final class Storage: @unchecked Sendable {
    var code: Code
    var field: String?
    var record: String?
    var message: String
    init(code: Code, field: String?, record: String?, message: String) {
      self.code = code
      self.field = field
      self.record = record
      self.message = message
    }
    func copy() -> Storage { Storage(code: code, field: field, record: record, message: message) }
  }

  private var storage: Storage

  private mutating func unique() {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
  }

  /// What kind of problem this is: ``Code/missingField``, ``Code/invalidField``, …
  public var code: Code {
    get { storage.code }
    set { unique(); storage.code = newValue }
  }
  /// The input column or parameter concerned, if any.
  public var field: String? {
    get { storage.field }
    set { unique(); storage.field = newValue }
  }
  /// The record id, if known.
  public var record: String? {
    get { storage.record }
    set { unique(); storage.record = newValue }
  }
  /// A sentence for people.
  public var message: String {
    get { storage.message }
    set { unique(); storage.message = newValue }
  }

  /// Creates an error with its code, the field and record concerned, and a sentence for people.
  public init(_ code: Code, field: String? = nil, record: String? = nil, message: String = "") {
    storage = Storage(code: code, field: field, record: record, message: message)
  }

  /// Errors are equal when code, field, record and message are (not by identity).
  public static func == (lhs: PomocError, rhs: PomocError) -> Bool {
    lhs.code == rhs.code && lhs.field == rhs.field && lhs.record == rhs.record && lhs.message == rhs.message
  }

  /// Hashes code, field, record and message.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(code)
    hasher.combine(field)
    hasher.combine(record)
    hasher.combine(message)
  }

  /// The code as written in the `error` output column: `missing_field:income`,
  /// `invalid_field:date`, `duplicate_id`, …
  public var outputCode: String {
    if let field, code == .missingField || code == .invalidField { return code.rawValue + ":" + field }
    return code.rawValue
  }

  /// `arithmetic_overflow`: a computation would leave the exact 64-bit range (never a trap).
  public static let arithmeticOverflow = PomocError(
    .arithmeticOverflow, message: "the amounts are too large to compute exactly")

  /// `missing_field:<field>`: a required field is absent or empty.
  public static func missing(_ field: String) -> PomocError {
    PomocError(.missingField, field: field, message: "required field '\(field)' is missing or empty")
  }

  /// `missing_field:<field>`: a field left out is needed for this household, and why.
  public static func needed(_ field: String, _ why: String) -> PomocError {
    PomocError(.missingField, field: field, message: "'\(field)' is needed here: \(why)")
  }

  /// `invalid_field:<field>`: a field is malformed or out of range, and why.
  public static func invalid(_ field: String, _ why: String) -> PomocError {
    PomocError(.invalidField, field: field, message: "field '\(field)': \(why)")
  }

  /// `parameter_not_encoded`: the library has no verified value of `parameter` on `date`, and why.
  public static func notEncoded(_ parameter: String, on date: CivilDate, _ why: String) -> PomocError {
    PomocError(
      .parameterNotEncoded, field: parameter,
      message: "\(parameter) on \(date): \(why)")
  }

  /// The same error attributed to a record.
  public func `for`(record id: String) -> PomocError {
    var copy = self
    copy.record = id
    return copy
  }
}

extension PomocError: CustomStringConvertible {
  /// The error for people: `record 'h-17': invalid_field:date — …`.
  public var description: String {
    var text = ""
    if let record { text += "record '\(record)': " }
    text += outputCode
    if !message.isEmpty { text += " — " + message }
    return text
  }
}

extension PomocError {
  /// The library throws only `PomocError`; this turns any error caught from it back into
  /// one (an unexpected error type becomes `malformed_record` with its text, never lost).
  public init(wrapping error: any Error) {
    if let error = error as? PomocError {
      self = error
    } else {
      self = PomocError(.malformedRecord, message: "\(error)")
    }
  }
}

extension PomocError: Codable {
  private enum CodingKeys: String, CodingKey {
    case code, field, record, message
  }

  /// Decodes an error from `code` (required), `field`, `record` and `message` (optional).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      try container.decode(Code.self, forKey: .code),
      field: try container.decodeIfPresent(String.self, forKey: .field),
      record: try container.decodeIfPresent(String.self, forKey: .record),
      message: try container.decodeIfPresent(String.self, forKey: .message) ?? "")
  }

  /// Encodes the code as its string, then field and record (when given) and the message.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code, forKey: .code)
    try container.encodeIfPresent(field, forKey: .field)
    try container.encodeIfPresent(record, forKey: .record)
    try container.encode(message, forKey: .message)
  }
}
