import Pomoc

/// JSON requests and responses of `pomoc care-home-fee`, `pomoc staffing`, `pomoc care-fee`
/// and `pomoc support-fee` (Documentation/CareServices.md, Documentation/Staffing.md). Amounts are decimal
/// strings in zł (JSON numbers are accepted and read exactly); unknown keys are errors.
package enum ServiceJSON {
  // MARK: care-home-fee

  package static func careHomeFeeRequest(_ bytes: some Collection<UInt8>) throws -> CareHomeFee.Request {
    let doc = try JSONReader.parse(bytes)
    try doc.requireOnlyKeys(["date", "average_cost", "resident_income", "relatives", "referral_date"])
    var relatives: [CareHomeFee.Relative] = []
    for item in try doc.optional("relatives")?.array() ?? [] {
      try item.requireOnlyKeys(["id", "relation", "persons", "income"])
      let relationText = try item.required("relation").string()
      guard let relation = CareHomeFee.Relation(rawValue: relationText) else {
        throw PomocError.invalid(item.path + ".relation", "expected spouse, descendant or ascendant")
      }
      relatives.append(
        CareHomeFee.Relative(
          id: try item.required("id").string(), relation: relation,
          persons: Int(try item.required("persons").integer(1...Int64(EvaluationRequest.maximumPersons))),
          income: try item.required("income").money()))
    }
    return CareHomeFee.Request(
      date: try doc.required("date").date(), averageCost: try doc.required("average_cost").money(),
      residentIncome: try doc.required("resident_income").money(), relatives: relatives,
      referralDate: try doc.optional("referral_date")?.date())
  }

  package static func careHomeFeeResponse(_ result: CareHomeFee.Result, trace: Trace) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("resident", .string(result.resident.description)),
      (
        "relatives",
        .array(
          result.relatives.map { share in
            .object([
              ("id", .string(share.id)), ("amount", .string(share.amount.description)),
              ("limit", .string(share.limit.description)),
            ])
          })
      ),
      ("municipality", .string(result.municipality.description)),
      ("explanation", trace.json()),
    ]
    if let subsidy = result.stateSubsidy { members.append(("state_subsidy", .string(subsidy.description))) }
    return .object(members)
  }

  // MARK: staffing

  /// `{"date","norm", figures…, "staff_fte"}` (Documentation/Staffing.md); `short_term_24h` and
  /// `short_term_day` are the persons in short-term support of a DPS (§ 6a ust. 7 of the DPS regulation).
  package static func staffingRequest(_ bytes: some Collection<UInt8>) throws -> StaffingRequest {
    let doc = try JSONReader.parse(bytes)
    try doc.requireOnlyKeys([
      "date", "norm", "residents", "families_in_social_work", "staff_fte", "families", "children",
      "home_opened_before_2012", "dps_type", "participants", "short_term_24h", "short_term_day",
    ])
    let normText = try doc.required("norm").string()
    guard let norm = StaffingNorm(rawValue: normText) else {
      throw PomocError.invalid(
        "norm", "expected one of " + StaffingNorm.allCases.map(\.rawValue).joined(separator: ", "))
    }
    func count(_ key: String) throws -> Int64? { try doc.optional(key)?.integer(0...100_000_000) }
    var type: CareHomeType?
    if let text = try doc.optional("dps_type")?.string() {
      guard let parsed = CareHomeType(rawValue: text) else {
        throw PomocError.invalid(
          "dps_type", "expected one of " + CareHomeType.allCases.map(\.rawValue).joined(separator: ", "))
      }
      type = parsed
    }
    var staff: FullTimeEquivalent?
    if let reader = try doc.optional("staff_fte") {
      guard let value = FullTimeEquivalent(try reader.decimalText()) else {
        throw PomocError.invalid("staff_fte", "expected FTE ≥ 0 with at most 4 decimals")
      }
      staff = value
    }
    return StaffingRequest(
      date: try doc.required("date").date(), norm: norm, residents: try count("residents"),
      familiesInSocialWork: try count("families_in_social_work"), families: try count("families"),
      children: try count("children"),
      homeOpenedBefore2012: try doc.optional("home_opened_before_2012")?.bool() ?? false,
      careHomeType: type, participants: try count("participants"), shortTermFullTime: try count("short_term_24h"),
      shortTermDay: try count("short_term_day"), staff: staff)
  }

  /// `{"required_fte","staff_fte","compliant","shortfall_fte","by_rule":[…],"explanation":[…]}`; each
  /// rule's `basis` names the act and article.
  package static func staffingResponse(_ assessment: StaffingAssessment, trace: Trace) -> JSONValue {
    func fte(_ value: FullTimeEquivalent?) -> JSONValue { value.map { .string($0.description) } ?? .null }
    return .object([
      ("required_fte", fte(assessment.requiredFTE)),
      ("staff_fte", fte(assessment.staffFTE)),
      ("compliant", .bool(assessment.compliant)),
      ("shortfall_fte", fte(assessment.shortfallFTE)),
      (
        "by_rule",
        .array(
          assessment.byRule.map { rule in
            .object([
              ("rule", .string(rule.rule)), ("description", .string(rule.description)),
              ("required_fte", fte(rule.requiredFTE)), ("limit", rule.limit.map { .string(String($0)) } ?? .null),
              ("actual", .string(rule.actual)), ("compliant", .bool(rule.compliant)),
              ("basis", .array(rule.basis.map { .string($0.description) })),
            ])
          })
      ),
      ("explanation", trace.json()),
    ])
  }

  // MARK: care-fee

  /// `{"date","care_kind","persons","income","hours","hourly_cost"|"price_list"+"variant","municipality"}`
  package static func careFeeRequest(_ bytes: some Collection<UInt8>) throws -> (EvaluationRequest, priceList: String?)
  {
    let doc = try JSONReader.parse(bytes)
    try doc.requireOnlyKeys([
      "date", "care_kind", "persons", "income", "hours", "hourly_cost", "price_list", "variant",
      "municipality",
    ])
    let date = try doc.required("date").date()
    let kindText = try doc.required("care_kind").string()
    guard let kind = CareKind(rawValue: kindText), kind != .none else {
      throw PomocError.invalid("care_kind", "expected standard, specialised or mental")
    }
    guard let hours = CareHours(parsing: Array(try doc.required("hours").decimalText().utf8)) else {
      throw PomocError.invalid("hours", "expected hours ≥ 0 with at most 2 decimals, at most 744")
    }
    var cost: Money
    var listName: String?
    if let listReader = try doc.optional("price_list") {
      let name = try listReader.string()
      guard let list = PriceList.bundled[name] else {
        throw PomocError.invalid(
          "price_list", "expected one of " + PriceList.bundled.keys.sorted().joined(separator: ", "))
      }
      guard try doc.optional("hourly_cost") == nil else {
        throw PomocError.invalid("hourly_cost", "give hourly_cost or price_list, not both")
      }
      let variant = try doc.optional("variant").map { r throws in Int(try r.integer(0...9)) }
      cost = try list.price(year: date.year, variant: variant)
      listName = name
    } else {
      cost = try doc.required("hourly_cost").money()
    }
    let request = EvaluationRequest(
      date: date, persons: Int(try doc.required("persons").integer(1...Int64(EvaluationRequest.maximumPersons))),
      income: try doc.required("income").money(), municipality: try doc.optional("municipality")?.string() ?? "",
      care: CareRequest(kind: kind, hours: hours, hourlyCost: cost))
    return (request, listName)
  }

  // MARK: support-fee

  /// `{"date","facility","persons","income","monthly_cost","table"}`
  package static func supportFeeRequest(_ bytes: some Collection<UInt8>) throws -> SupportCentreFee.Request {
    let doc = try JSONReader.parse(bytes)
    try doc.requireOnlyKeys(["date", "facility", "persons", "income", "monthly_cost", "table"])
    let facilityText = try doc.required("facility").string()
    guard let facility = SupportCentreFee.Facility(rawValue: facilityText) else {
      throw PomocError.invalid(
        "facility", "expected one of " + SupportCentreFee.Facility.allCases.map(\.rawValue).joined(separator: ", "))
    }
    var table: FeeTable?
    if let reader = try doc.optional("table") {
      if case .object = reader.value {
        table = try FeeTable(json: reader)
      } else {
        let name = try reader.string()
        guard let named = SupportCentreTables.byName[name] else {
          throw PomocError.invalid(
            "table",
            "expected a table object or one of " + SupportCentreTables.byName.keys.sorted().joined(separator: ", "))
        }
        table = named
      }
    }
    return SupportCentreFee.Request(
      date: try doc.required("date").date(), facility: facility,
      persons: Int(try doc.required("persons").integer(1...Int64(EvaluationRequest.maximumPersons))),
      income: try doc.required("income").money(), monthlyCost: try doc.required("monthly_cost").money(), table: table)
  }

  /// `{"error":{"code":…,"field":…,"message":…}}`
  package static func errorResponse(_ error: PomocError) -> JSONValue {
    .object([
      (
        "error",
        .object([
          ("code", .string(error.outputCode)), ("field", error.field.map { .string($0) } ?? .null),
          ("message", .string(error.message)),
        ])
      )
    ])
  }
}
