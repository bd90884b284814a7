import Pomoc

/// Loading and exporting parameter tables as JSON, so host programs can ship their own values
/// (a newer regulation, a what-if reform) and parameters of their own without rebuilding the
/// library. What ``ParameterTable/jsonText()`` writes, ``ParameterTable/merging(json:)`` reads back.
///
///     {
///       "lawKnownThrough": "2027-12-31",
///       "parameters": [
///         { "id": "incomeCriterionSinglePerson",
///           "values": [ { "from": "2027-01-01", "value": "1100.00",
///                         "enactedBy": "…", "source": "…", "status": "V" } ] },
///         { "id": "gdyniaHeatingAllowance", "term": "dodatek na opał (uchwała …)", "unit": "PLN/month",
///           "basis": [ { "act": "uchwała nr … Rady Miasta Gdyni" } ],
///           "values": [ { "from": "2025-01-01", "value": "300.00", "enactedBy": "uchwała nr …" } ] }
///       ]
///     }
///
/// Values are merged by start date: an entry with the same `from` replaces the table's, others
/// are inserted. `"value": null` marks a parameter as not in force or not encoded. An id the
/// library does not use adds a parameter of the host (`term` and `unit` required). The loader is
/// strict: an unknown key, a series or a start date given twice, or a percentage out of range is
/// an error naming its JSON path.
extension ParameterTable {
  /// The highest percentage of the criterion a parameter may hold (a multiplier, a threshold).
  package static let maximumCriterionPercent = Rate(percent: 1_000)
  /// The highest share of an amount a parameter may hold (the guaranteed share of *zasiłek okresowy*).
  package static let maximumSharePercent = Rate.hundredPercent

  /// This table with the values of a JSON document merged in.
  ///
  /// - Throws: ``PomocError`` `invalid_field:<path>` / `missing_field:<path>` naming the bad
  ///   field, or `malformed_record` for text that is not JSON.
  public func merging(json bytes: some Collection<UInt8>) throws -> ParameterTable {
    let document = try JSONReader.parse(bytes)
    try document.requireOnlyKeys(["firstSupportedDate", "lawKnownThrough", "parameters"])
    var table = self
    let first = try document.optional("firstSupportedDate")?.date() ?? firstSupportedDate
    let last = try document.optional("lawKnownThrough")?.date() ?? lawKnownThrough
    guard first <= last else { throw PomocError.invalid("lawKnownThrough", "precedes firstSupportedDate") }
    try table.setSupportedDates(from: first, through: last)
    var seen = Set<ParameterID>()
    for parameter in try document.optional("parameters")?.array() ?? [] {
      try parameter.requireOnlyKeys(["id", "term", "unit", "basis", "values"])
      let idReader = try parameter.required("id")
      let id = ParameterID(rawValue: try idReader.string())
      guard !id.rawValue.isEmpty else { throw idReader.invalid("must not be empty") }
      guard seen.insert(id).inserted else { throw idReader.invalid("parameter '\(id)' is given twice") }
      let declared = try parameter.optional("unit").map { reader throws -> ParameterUnit in
        guard let unit = ParameterUnit(rawValue: try reader.string()) else {
          throw reader.invalid("expected \(ParameterUnit.zlotyPerMonth.rawValue) or \(ParameterUnit.percent.rawValue)")
        }
        return unit
      }
      let values = try parameter.required("values")
      if let unit = table.unit(of: id) {
        if let declared, declared != unit {
          throw PomocError.invalid(parameter.path + ".unit", "'\(id)' is measured in \(unit.rawValue)")
        }
        try table.merge(id, unit: unit, values: values)
      } else {
        // A parameter of the host program.
        guard let unit = declared else {
          throw PomocError(
            .invalidField, field: idReader.path,
            message: "unknown parameter '\(id)': a parameter of your own needs \"term\" and \"unit\"")
        }
        let term = try parameter.required("term").string()
        let basis = try parameter.optional("basis")?.array().map(LegalCitation.init(json:)) ?? []
        switch unit {
        case .zlotyPerMonth:
          try table.addHostSeries(DatedSeries<Money>(id: id, term: term, unit: unit, basis: basis, entries: []))
        case .percent:
          try table.addHostSeries(DatedSeries<Rate>(id: id, term: term, unit: unit, basis: basis, entries: []))
        }
        try table.merge(id, unit: unit, values: values)
      }
    }
    let problems = table.invariantViolations()
    if let problem = problems.first { throw PomocError.invalid("parameters", problem) }
    return table
  }

  /// The same from text.
  public func merging(json text: String) throws -> ParameterTable {
    try merging(json: Array(text.utf8))
  }

  private mutating func merge(_ id: ParameterID, unit: ParameterUnit, values: JSONReader) throws {
    var dates = Set<CivilDate>()
    func checkDate<V>(_ entry: DatedValue<V>, _ reader: JSONReader) throws -> DatedValue<V> {
      guard dates.insert(entry.from).inserted else {
        throw PomocError.invalid(reader.path + ".from", "\(entry.from) is given twice for '\(id)'")
      }
      return entry
    }
    switch unit {
    case .zlotyPerMonth:
      let entries = try values.array().map { reader in
        try checkDate(try Self.entry(reader) { try $0.money() }, reader)
      }
      try merge(id, money: entries)
    case .percent:
      let limit = id == .periodicAllowanceGuaranteedShare ? Self.maximumSharePercent : Self.maximumCriterionPercent
      let entries = try values.array().map { reader in
        try checkDate(try Self.entry(reader) { try $0.rate(upTo: limit) }, reader)
      }
      try merge(id, rates: entries)
    }
  }

  private static func entry<V>(_ reader: JSONReader, _ parse: (JSONReader) throws -> V) throws -> DatedValue<V> {
    try reader.requireOnlyKeys(["from", "value", "enactedBy", "source", "status", "note"])
    let from = try reader.required("from").date()
    guard case .object = reader.value, reader.value["value"] != nil else {
      throw PomocError.missing(reader.path + ".value")
    }
    let value = try reader.optional("value").map { r throws in try parse(r) }
    var status = VerificationStatus.verified
    if let text = try reader.optional("status")?.string() {
      guard let parsed = VerificationStatus(rawValue: text) else {
        throw PomocError.invalid(
          reader.path + ".status", "expected V, V1 or what-if (unverified values of the law are not encoded)")
      }
      status = parsed
    }
    return DatedValue(
      from: from, value: value,
      enactedBy: try reader.optional("enactedBy")?.string() ?? "",
      source: try reader.optional("source")?.string() ?? "host program",
      status: status, note: try reader.optional("note")?.string() ?? "")
  }

  /// The whole table as JSON, in the shape ``merging(json:)`` reads.
  package func json() -> JSONValue {
    func entries<V>(_ series: DatedSeries<V>, _ text: (V) -> String) -> JSONValue {
      .object([
        ("id", .string(series.id.rawValue)),
        ("term", .string(series.term)),
        ("unit", .string(series.unit.rawValue)),
        ("basis", .array(series.basis.map(\.json))),
        (
          "values",
          .array(
            series.entries.map { entry in
              .object([
                ("from", .string(entry.from.description)),
                ("value", entry.value.map { .string(text($0)) } ?? .null),
                ("enactedBy", .string(entry.enactedBy)),
                ("source", .string(entry.source)),
                ("status", .string(entry.status.rawValue)),
                ("note", .string(entry.note)),
              ])
            })
        ),
      ])
    }
    return .object([
      ("firstSupportedDate", .string(firstSupportedDate.description)),
      ("lawKnownThrough", .string(lawKnownThrough.description)),
      (
        "parameters",
        .array(moneySeries.map { entries($0, \.description) } + rateSeries.map { entries($0, \.description) })
      ),
    ])
  }

  /// The whole table as pretty-printed JSON text: loads back with ``merging(json:)`` to an equal table.
  public func jsonText() -> String {
    JSONWriter.prettyString(json()) + "\n"
  }

  /// The exported document as it is: since the loader reads `term`, `unit` and `basis`, an
  /// export needs no stripping any more (kept for the tool).
  package static func loadableJSON(_ exported: JSONValue) -> JSONValue { exported }
}

extension LegalCitation {
  /// `{ "act": …, "article": …, "paragraph": …, "point": …, "letter": …, "publication": … }`.
  package var json: JSONValue {
    var members: [(String, JSONValue)] = [("act", .string(act))]
    if let article { members.append(("article", .string(article))) }
    if let paragraph { members.append(("paragraph", .string(paragraph))) }
    if let point { members.append(("point", .string(point))) }
    if let letter { members.append(("letter", .string(letter))) }
    if let publication { members.append(("publication", .string(publication))) }
    return .object(members)
  }

  /// Reads the object ``json`` writes.
  init(json reader: JSONReader) throws {
    try reader.requireOnlyKeys(["act", "article", "paragraph", "point", "letter", "publication"])
    self.init(
      act: try reader.required("act").string(), article: try reader.optional("article")?.string(),
      paragraph: try reader.optional("paragraph")?.string(), point: try reader.optional("point")?.string(),
      letter: try reader.optional("letter")?.string(), publication: try reader.optional("publication")?.string())
  }
}

extension JSONReader {
  /// A percentage from 0 to `limit` (a 100 000 % share is a typing error, never a value).
  func rate(upTo limit: Rate) throws -> Rate {
    let rate = try rate()
    guard rate <= limit else { throw invalid("expected a percentage from 0 to \(limit)") }
    return rate
  }
}
