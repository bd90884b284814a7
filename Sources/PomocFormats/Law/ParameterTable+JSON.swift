import Pomoc

/// Loading and exporting parameter tables as JSON, so host programs can ship their own
/// values (a newer regulation, a what-if reform) without rebuilding the library.
///
///     {
///       "lawKnownThrough": "2027-12-31",
///       "parameters": [
///         { "id": "incomeCriterionSinglePerson",
///           "values": [ { "from": "2027-01-01", "value": "1100.00",
///                         "enactedBy": "…", "source": "…", "status": "V" } ] }
///       ]
///     }
///
/// Values are merged by start date: an entry with the same `from` replaces the bundled
/// one, others are inserted. `"value": null` marks a parameter as not in force or not encoded.
extension ParameterTable {
  /// This table with the values of a JSON document merged in.
  ///
  /// - Throws: `invalid_field:<path>` / `missing_field:<path>` naming the bad field,
  ///   or `malformed_record` for text that is not JSON.
  package func merging(json bytes: some Collection<UInt8>) throws -> ParameterTable {
    let document = try JSONReader.parse(bytes)
    try document.requireOnlyKeys(["firstSupportedDate", "lawKnownThrough", "parameters"])
    var table = self
    let first = try document.optional("firstSupportedDate")?.date() ?? firstSupportedDate
    let last = try document.optional("lawKnownThrough")?.date() ?? lawKnownThrough
    guard first <= last else { throw PomocError.invalid("lawKnownThrough", "precedes firstSupportedDate") }
    table.setSupportedDates(from: first, through: last)
    for parameter in try document.optional("parameters")?.array() ?? [] {
      try parameter.requireOnlyKeys(["id", "values"])
      let id = ParameterID(rawValue: try parameter.required("id").string())
      guard let unit = table.unit(of: id) else {
        throw PomocError(.invalidField, field: parameter.path + ".id", message: "unknown parameter '\(id)'")
      }
      let values = try parameter.required("values").array()
      switch unit {
      case .zlotyPerMonth:
        var entries: [DatedValue<Money>] = []
        for value in values {
          entries.append(try Self.entry(value) { reader throws in try reader.money() })
        }
        try table.merge(id, money: entries)
      case .percent:
        var entries: [DatedValue<Rate>] = []
        for value in values {
          entries.append(try Self.entry(value) { reader throws in try reader.rate() })
        }
        try table.merge(id, rates: entries)
      }
    }
    let problems = table.invariantViolations()
    if let problem = problems.first { throw PomocError.invalid("parameters", problem) }
    return table
  }

  private static func entry<V>(
    _ reader: JSONReader, _ parse: (JSONReader) throws -> V
  ) throws -> DatedValue<V> {
    try reader.requireOnlyKeys(["from", "value", "enactedBy", "source", "status", "note"])
    let from = try reader.required("from").date()
    guard case .object = reader.value, reader.value["value"] != nil else {
      throw PomocError.missing(reader.path + ".value")
    }
    let value = try reader.optional("value").map { r throws in try parse(r) }
    var status = VerificationStatus.verified
    if let text = try reader.optional("status")?.string() {
      guard let parsed = VerificationStatus(rawValue: text) else {
        throw PomocError.invalid(reader.path + ".status", "expected V or V1 (unverified values are not encoded)")
      }
      status = parsed
    }
    return DatedValue(from: from, value: value,
                      enactedBy: try reader.optional("enactedBy")?.string() ?? "",
                      source: try reader.optional("source")?.string() ?? "host program",
                      status: status, note: try reader.optional("note")?.string() ?? "")
  }

  /// The whole table as JSON (the same shape ``merging(json:)`` reads).
  package func json() -> JSONValue {
    func entries<V>(_ series: DatedSeries<V>, _ text: (V) -> String) -> JSONValue {
      .object([
        ("id", .string(series.id.rawValue)),
        ("term", .string(series.term)),
        ("unit", .string(series.unit.rawValue)),
        ("basis", .array(series.basis.map { .string($0.description) })),
        ("values", .array(series.entries.map { entry in
          .object([
            ("from", .string(entry.from.description)),
            ("value", entry.value.map { .string(text($0)) } ?? .null),
            ("enactedBy", .string(entry.enactedBy)),
            ("source", .string(entry.source)),
            ("status", .string(entry.status.rawValue)),
            ("note", .string(entry.note)),
          ])
        })),
      ])
    }
    return .object([
      ("firstSupportedDate", .string(firstSupportedDate.description)),
      ("lawKnownThrough", .string(lawKnownThrough.description)),
      ("parameters", .array(moneySeries.map { entries($0, \.description) } + rateSeries.map { entries($0, \.description) })),
    ])
  }

  /// Strips descriptive keys the loader does not accept (`term`, `unit`, `basis`), so an
  /// exported table can be fed back.
  package static func loadableJSON(_ exported: JSONValue) -> JSONValue {
    guard case .object(let members) = exported else { return exported }
    return .object(members.map { member in
      guard member.key == "parameters", case .array(let parameters) = member.value else { return member }
      return (member.key, .array(parameters.map { parameter in
        guard case .object(let fields) = parameter else { return parameter }
        return .object(fields.filter { $0.key == "id" || $0.key == "values" })
      }))
    })
  }
}
