/// A staffing question: which norm, on which date, with the institution's figures.
public struct StaffingRequest: Hashable, Sendable {
  public var date: CivilDate
  public var norm: StaffingNorm
  /// Residents of the municipality (social workers) or of the care home (DPS).
  public var residents: Int64?
  /// Families and single persons under social work (social workers).
  public var familiesInSocialWork: Int64?
  /// Families supported (family assistants) or foster families / family children's homes (coordinators).
  public var families: Int64?
  /// Children placed in the home (children's home).
  public var children: Int64?
  /// The home existed before 2012-01-01 (older homes may keep up to 30 children until 2020-12-31).
  public var homeOpenedBefore2012: Bool
  public var careHomeType: CareHomeType?
  /// Participants of the workshop (WTZ).
  public var participants: Int64?
  /// Staff employed, in FTE (for WTZ: staff working directly with participants).
  public var staff: FullTimeEquivalent?

  public init(date: CivilDate, norm: StaffingNorm, residents: Int64? = nil, familiesInSocialWork: Int64? = nil,
              families: Int64? = nil, children: Int64? = nil, homeOpenedBefore2012: Bool = false,
              careHomeType: CareHomeType? = nil, participants: Int64? = nil, staff: FullTimeEquivalent? = nil) {
    self.date = date
    self.norm = norm
    self.residents = residents
    self.familiesInSocialWork = familiesInSocialWork
    self.families = families
    self.children = children
    self.homeOpenedBefore2012 = homeOpenedBefore2012
    self.careHomeType = careHomeType
    self.participants = participants
    self.staff = staff
  }
}

/// One rule of a norm, evaluated on its own.
public struct StaffingRuleResult: Hashable, Sendable {
  /// Stable key, e.g. `per_2000_residents`.
  public var rule: String
  public var description: String
  /// FTE the rule requires (staffing rules), or `nil` for capacity rules.
  public var requiredFTE: FullTimeEquivalent?
  /// The maximum a capacity rule allows (children per home), or `nil`.
  public var limit: Int64?
  /// The actual figure compared (staff FTE, or children).
  public var actual: String
  public var compliant: Bool
  public var basis: [LegalCitation]
}

/// The answer: what is required, whether the institution complies, and each rule apart.
public struct StaffingAssessment: Hashable, Sendable {
  /// FTE required under the reading chosen (`nil` for capacity norms).
  public var requiredFTE: FullTimeEquivalent?
  public var staffFTE: FullTimeEquivalent?
  public var compliant: Bool
  public var shortfallFTE: FullTimeEquivalent?
  public var byRule: [StaffingRuleResult]
}

/// Evaluates staffing norms (LAW.md §9).
public enum StaffingRules {
  static let socialWorkerBasis = [LegalCitation.socialAssistanceAct(article: "110", paragraph: "11")]
  static let assistantBasis = [LegalCitation.familySupportAct(article: "15", paragraph: "4")]
  static let coordinatorBasis = [LegalCitation.familySupportAct(article: "77", paragraph: "3")]
  static let childrensHomeBasis = [LegalCitation.familySupportAct(article: "95", paragraph: "3"),
                                   LegalCitation.familySupportAct(article: "230")]
  static let dpsBasis = [LegalCitation(act: "rozporządzenie MPiPS z 23 sierpnia 2012 r. w sprawie domów pomocy społecznej (t.j. Dz.U. 2025 poz. 51)", article: "§ 6")]
  static let wtzBasis = [LegalCitation(act: "rozporządzenie w sprawie warsztatów terapii zajęciowej (t.j. Dz.U. 2021 poz. 2284)", article: "§ 13", paragraph: "4")]

  /// Largest count accepted (residents, families, children, participants).
  public static let countLimit: Int64 = 100_000_000

  /// Social-worker ratios are binding from 2015-01-01 (LAW.md §9: two sources; one dates the
  /// text to 2011, the binding ratios to 2015).
  public static let socialWorkerRatiosFrom = CivilDate(2015, 1, 1)
  /// The family-support act is in force from 2012-01-01.
  public static let familySupportActFrom = CivilDate(2012, 1, 1)
  /// Foster-care coordinators: 30 families until 2014-12-31, 15 from 2015-01-01.
  public static let coordinatorLimitChange = CivilDate(2015, 1, 1)
  /// Older children's homes may keep up to 30 children until this day (exclusive).
  public static let olderHomesUntil = CivilDate(2021, 1, 1)

  public static func assess<T: TraceRecorder>(_ request: StaffingRequest, parameters: ParameterTable = .bundled,
                                              trace: inout T) throws -> StaffingAssessment {
    let date = request.date
    _ = try parameters.snapshotIndex(on: date)   // the same supported span as every rule
    // Bounds that keep every product below the 64-bit range (exact arithmetic, no traps).
    for (name, value) in [("residents", request.residents), ("families_in_social_work", request.familiesInSocialWork),
                          ("families", request.families), ("children", request.children),
                          ("participants", request.participants)] {
      if let value, !(0...countLimit).contains(value) {
        throw PomocError.invalid(name, "expected a whole number from 0 to \(countLimit)")
      }
    }
    if let staff = request.staff, !(FullTimeEquivalent.zero...FullTimeEquivalent.inputLimit).contains(staff) {
      throw PomocError.invalid("staff_fte", "expected FTE from 0 to \(FullTimeEquivalent.inputLimit)")
    }
    switch request.norm {
    case .socialWorkers: return try socialWorkers(request, trace: &trace)
    case .familyAssistant: return try familyAssistant(request, trace: &trace)
    case .fosterCareCoordinator:
      let families = try need(request.families, "families")
      let staff = try need(request.staff, "staff_fte")
      let limit: Int64 = date < coordinatorLimitChange ? 30 : 15
      return ratio(rule: "families_per_coordinator", description: "at most \(limit) foster families or family children's homes per coordinator",
                   count: families, perFTE: limit, staff: staff, basis: coordinatorBasis, trace: &trace)
    case .childrensHome: return try childrensHome(request, trace: &trace)
    case .dpsCareStaff:
      guard let type = request.careHomeType else { throw PomocError.missing("dps_type") }
      let residents = try need(request.residents, "residents")
      let staff = try need(request.staff, "staff_fte")
      guard let perResident = type.staffPerResident else {
        throw PomocError.notEncoded("dps_care_staff.\(type.rawValue)", on: date,
                          "the ratio for this type of home is not verified (LAW.md §9)")
      }
      // ratio (bp) × residents = 1/10 000 FTE exactly.
      let required = FullTimeEquivalent(tenThousandths: perResident.basisPoints * residents)
      return staffing(rules: [StaffingRuleResult(
        rule: "care_staff_per_resident", description: "at least \(FullTimeEquivalent(tenThousandths: perResident.basisPoints)) FTE of care/therapy staff per resident (\(type.rawValue))",
        requiredFTE: required, limit: nil, actual: staff.description, compliant: staff >= required, basis: dpsBasis)],
        required: required, staff: staff, trace: &trace)
    case .occupationalTherapyWorkshop:
      let participants = try need(request.participants, "participants")
      let staff = try need(request.staff, "staff_fte")
      return ratio(rule: "participants_per_staff", description: "at most 5 participants per staff member working directly with them",
                   count: participants, perFTE: 5, staff: staff, basis: wtzBasis, trace: &trace)
    }
  }

  private static func need<V>(_ value: V?, _ field: String) throws -> V {
    guard let value else { throw PomocError.missing(field) }
    return value
  }

  /// Art. 110 ust. 11: 1 FTE per 2000 residents **or** per ≤ 50 families in social work, at least 3.
  /// Reading (Documentation/Interpretations.md I-15): "or" offers two alternative measures; the
  /// centre complies when it meets either of them and the minimum of 3. Both are reported.
  static func socialWorkers<T: TraceRecorder>(_ request: StaffingRequest, trace: inout T) throws -> StaffingAssessment {
    guard request.date >= socialWorkerRatiosFrom else {
      throw PomocError.notEncoded("social_workers", on: request.date,
                        "the date from which the ratios bind is disputed (2011 or 2015, LAW.md §9)")
    }
    let residents = try need(request.residents, "residents")
    let families = try need(request.familiesInSocialWork, "families_in_social_work")
    let staff = try need(request.staff, "staff_fte")
    let byResidents = FullTimeEquivalent(tenThousandths: residents * 5)   // residents ÷ 2000
    let byFamilies = FullTimeEquivalent(tenThousandths: families * 200)   // families ÷ 50
    let minimum = FullTimeEquivalent(whole: 3)
    let required = max(minimum, min(byResidents, byFamilies))
    let strict = max(minimum, max(byResidents, byFamilies))
    let rules = [
      StaffingRuleResult(rule: "per_2000_residents", description: "1 FTE per 2000 residents (\(residents) residents)",
                         requiredFTE: byResidents, limit: nil, actual: staff.description, compliant: staff >= byResidents,
                         basis: socialWorkerBasis),
      StaffingRuleResult(rule: "per_50_families", description: "1 FTE per at most 50 families and single persons in social work (\(families))",
                         requiredFTE: byFamilies, limit: nil, actual: staff.description, compliant: staff >= byFamilies,
                         basis: socialWorkerBasis),
      StaffingRuleResult(rule: "minimum_3", description: "at least 3 social workers", requiredFTE: minimum, limit: nil,
                         actual: staff.description, compliant: staff >= minimum, basis: socialWorkerBasis),
      StaffingRuleResult(rule: "both_ratios", description: "stricter reading (not applied): both ratios and the minimum",
                         requiredFTE: strict, limit: nil, actual: staff.description, compliant: staff >= strict,
                         basis: socialWorkerBasis),
    ]
    return staffing(rules: rules, required: required, staff: staff, trace: &trace)
  }

  /// Art. 15 ust. 4: at most 20 families per assistant in the original text (2012), 15 later; the
  /// date of the change is not verified, so the answer is given only where both limits agree.
  static func familyAssistant<T: TraceRecorder>(_ request: StaffingRequest, trace: inout T) throws -> StaffingAssessment {
    guard request.date >= familySupportActFrom else {
      throw PomocError.notEncoded("family_assistant", on: request.date, "the family-support act is in force from 2012-01-01")
    }
    let families = try need(request.families, "families")
    let staff = try need(request.staff, "staff_fte")
    let under15 = FullTimeEquivalent.ceiling(families, dividedBy: 15)
    let under20 = FullTimeEquivalent.ceiling(families, dividedBy: 20)
    let meets15 = staff.tenThousandths * 15 >= families * 10_000
    let meets20 = staff.tenThousandths * 20 >= families * 10_000
    let rules = [
      StaffingRuleResult(rule: "families_per_assistant_15", description: "at most 15 families per assistant (later text)",
                         requiredFTE: under15, limit: nil, actual: staff.description, compliant: meets15, basis: assistantBasis),
      StaffingRuleResult(rule: "families_per_assistant_20", description: "at most 20 families per assistant (original text, 2012)",
                         requiredFTE: under20, limit: nil, actual: staff.description, compliant: meets20, basis: assistantBasis),
    ]
    guard meets15 == meets20 else {
      throw PomocError.notEncoded("family_assistant", on: request.date,
                        "compliant under the 20-family limit but not under 15; the date of the change is not verified")
    }
    return staffing(rules: rules, required: under15, staff: staff, compliant: meets15, trace: &trace)
  }

  /// Art. 95 ust. 3: at most 14 children; homes existing before 2012 up to 30 until 2020-12-31.
  static func childrensHome<T: TraceRecorder>(_ request: StaffingRequest, trace: inout T) throws -> StaffingAssessment {
    guard request.date >= familySupportActFrom else {
      throw PomocError.notEncoded("childrens_home", on: request.date, "the family-support act is in force from 2012-01-01")
    }
    let children = try need(request.children, "children")
    let older = request.homeOpenedBefore2012 && request.date < olderHomesUntil
    let limit: Int64 = older ? 30 : 14
    let rule = StaffingRuleResult(
      rule: "max_children", description: older ? "at most 30 children (home existing before 2012, until 2020-12-31)" : "at most 14 children",
      requiredFTE: nil, limit: limit, actual: String(children), compliant: children <= limit, basis: childrensHomeBasis)
    trace.record(TraceStep(rule: "staffing.max_children", label: "Placówka opiekuńczo-wychowawcza (children's home)",
                           value: rule.compliant ? "compliant" : "over the limit by \(children - limit)",
                           parameters: [TraceParameter("children", String(children)), TraceParameter("limit", String(limit))],
                           basis: childrensHomeBasis))
    return StaffingAssessment(requiredFTE: nil, staffFTE: nil, compliant: rule.compliant, shortfallFTE: nil, byRule: [rule])
  }

  /// A "at most `perFTE` per staff member" rule, compared exactly (staff × limit ≥ count).
  static func ratio<T: TraceRecorder>(rule: String, description: String, count: Int64, perFTE: Int64,
                                      staff: FullTimeEquivalent, basis: [LegalCitation], trace: inout T) -> StaffingAssessment {
    let required = FullTimeEquivalent.ceiling(count, dividedBy: perFTE)
    let compliant = staff.tenThousandths * perFTE >= count * 10_000
    return staffing(rules: [StaffingRuleResult(rule: rule, description: description, requiredFTE: required, limit: perFTE,
                                               actual: staff.description, compliant: compliant, basis: basis)],
                    required: required, staff: staff, compliant: compliant, trace: &trace)
  }

  static func staffing<T: TraceRecorder>(rules: [StaffingRuleResult], required: FullTimeEquivalent,
                                         staff: FullTimeEquivalent, compliant: Bool? = nil,
                                         trace: inout T) -> StaffingAssessment {
    let isCompliant = compliant ?? (staff >= required)
    let shortfall = isCompliant ? .zero : FullTimeEquivalent(tenThousandths: max(0, required.tenThousandths - staff.tenThousandths))
    for rule in rules {
      trace.record(TraceStep(
        rule: "staffing." + rule.rule, label: rule.description,
        value: (rule.compliant ? "met" : "not met") + (rule.requiredFTE.map { " (requires \($0) FTE)" } ?? ""),
        parameters: [TraceParameter("staff FTE", rule.actual)], basis: rule.basis))
    }
    return StaffingAssessment(requiredFTE: required, staffFTE: staff, compliant: isCompliant, shortfallFTE: shortfall, byRule: rules)
  }
}
