import Pomoc

/// Municipal ordinances from JSON, so a host program can add its own municipality.
///
///     { "ordinances": [ {
///         "id": "gdynia-2024", "title": "…", "inForceFrom": "2024-01-01", "inForceThrough": null,
///         "targetedAllowanceThresholds": { "single": "150", "family": "130", "singleRetirementAge": "200" },
///         "careFeeTable": { "name": "…", "bands": [ { "upTo": "100", "single": "0", "family": "0" },
///                                                   { "upTo": null, "single": "100", "family": "100" } ] },
///         "source": "uchwała nr …" } ] }
///
/// Percentages are decimal strings (`"1.5"` = 1.5 %): shares of the criterion up to 1000 %, fees
/// up to 100 % of the cost. The loader is strict: an unknown key, an ordinance id given twice in
/// one document, or a percentage out of range is an error naming its JSON path.
extension OrdinanceRegistry {
  /// This registry with the ordinances of a JSON document added (an id already registered is
  /// replaced: that is how a host corrects a bundled ordinance).
  ///
  /// - Throws: ``PomocError`` `invalid_field:<path>` / `missing_field:<path>` naming the bad field.
  public func merging(json bytes: some Collection<UInt8>) throws -> OrdinanceRegistry {
    let document = try JSONReader.parse(bytes)
    try document.requireOnlyKeys(["ordinances"])
    var registry = self
    var seen = Set<String>()
    for item in try document.required("ordinances").array() {
      let ordinance = try MunicipalOrdinance(json: item)
      guard seen.insert(ordinance.id).inserted else {
        throw PomocError.invalid(item.path + ".id", "ordinance '\(ordinance.id)' is given twice")
      }
      registry.register(ordinance)
    }
    return registry
  }

  /// The same from text.
  public func merging(json text: String) throws -> OrdinanceRegistry {
    try merging(json: Array(text.utf8))
  }
}

extension MunicipalOrdinance {
  init(json reader: JSONReader) throws {
    try reader.requireOnlyKeys([
      "id", "title", "inForceFrom", "inForceThrough", "targetedAllowanceThresholds",
      "careFeeTable", "source",
    ])
    let id = try reader.required("id").string()
    guard !id.isEmpty else { throw PomocError.invalid(reader.path + ".id", "must not be empty") }
    var thresholds: TargetedAllowanceThresholds?
    if let t = try reader.optional("targetedAllowanceThresholds") {
      try t.requireOnlyKeys(["single", "family", "singleRetirementAge", "purpose"])
      thresholds = TargetedAllowanceThresholds(
        single: try t.required("single").rate(upTo: ParameterTable.maximumCriterionPercent),
        family: try t.required("family").rate(upTo: ParameterTable.maximumCriterionPercent),
        singleRetirementAge: try t.optional("singleRetirementAge")?.rate(upTo: ParameterTable.maximumCriterionPercent),
        purpose: try t.optional("purpose")?.string() ?? "")
    }
    let from = try reader.required("inForceFrom").date()
    let through = try reader.optional("inForceThrough")?.date()
    if let through, through < from { throw PomocError.invalid(reader.path + ".inForceThrough", "precedes inForceFrom") }
    self.init(
      id: id, title: try reader.optional("title")?.string() ?? id, inForceFrom: from, inForceThrough: through,
      targetedAllowanceThresholds: thresholds,
      careFeeTable: try reader.optional("careFeeTable").map { r throws in try FeeTable(json: r) },
      basis: [.socialAssistanceAct(article: "50", paragraph: "6")],
      source: try reader.optional("source")?.string() ?? "host program")
  }
}

extension FeeTable {
  /// Reads `{ "name": …, "source": …, "bands": [ { "upTo": "130" | null, "single": "5", "family": "15" } ] }`;
  /// a `null` fee marks a row as not verified.
  init(json reader: JSONReader) throws {
    try reader.requireOnlyKeys(["name", "source", "bands"])
    var bands: [FeeBand] = []
    for band in try reader.required("bands").array() {
      try band.requireOnlyKeys(["upTo", "single", "family"])
      bands.append(
        FeeBand(
          upTo: try band.optional("upTo")?.rate(upTo: ParameterTable.maximumCriterionPercent),
          single: try band.optional("single")?.rate(upTo: .hundredPercent),
          family: try band.optional("family")?.rate(upTo: .hundredPercent)))
    }
    self.init(
      name: try reader.optional("name")?.string() ?? "fee table",
      basis: [.socialAssistanceAct(article: "50", paragraph: "6")],
      source: try reader.optional("source")?.string() ?? "host program", bands: bands)
    if let problem = invariantViolations().first { throw PomocError.invalid(reader.path + ".bands", problem) }
  }
}
