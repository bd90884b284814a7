/// A staffing question: which norm, on which date, with the institution's figures.
///
/// Only the figures the norm needs are given; encoded (`Codable`) with the property names as
/// keys, the others left out.
public struct StaffingRequest: Hashable, Sendable, Codable {
  /// The day whose law applies.
  public var date: CivilDate
  /// Which staffing norm (*wskaźnik zatrudnienia*) to check.
  public var norm: StaffingNorm
  /// Residents of the municipality (social workers) or of the care home (DPS).
  public var residents: Int64?
  /// Families and single persons under social work (social workers).
  public var familiesInSocialWork: Int64?
  /// Families supported (family assistants) or foster families / family children's homes (coordinators).
  public var families: Int64?
  /// Children placed in the home (children's home), or in the care of the educators (day-support centre).
  public var children: Int64?
  /// The home existed before 2012-01-01 (older homes may keep up to 30 children until 2020-12-31).
  public var homeOpenedBefore2012: Bool
  /// Type of care home (*typ domu pomocy społecznej*), for `dps_care_staff`.
  public var careHomeType: CareHomeType?
  /// Participants of the workshop (WTZ).
  public var participants: Int64?
  /// Persons using short-term support (*usługi wsparcia krótkoterminowego*) in a DPS in the 24-hour
  /// form (*pobyt całodobowy*), § 6a ust. 7 of the DPS regulation.
  public var shortTermFullTime: Int64?
  /// Persons using short-term support in a DPS in the day form (*pobyt dzienny*), § 6a ust. 7.
  public var shortTermDay: Int64?
  /// Staff employed, in FTE: the staff group the norm counts (social workers; family assistants;
  /// coordinators; educators of a day-support centre; the care/therapy team of a DPS; for WTZ, staff
  /// working directly with participants).
  public var staff: FullTimeEquivalent?

  /// Creates a staffing question; give the figures the norm needs.
  public init(
    date: CivilDate, norm: StaffingNorm, residents: Int64? = nil, familiesInSocialWork: Int64? = nil,
    families: Int64? = nil, children: Int64? = nil, homeOpenedBefore2012: Bool = false,
    careHomeType: CareHomeType? = nil, participants: Int64? = nil, shortTermFullTime: Int64? = nil,
    shortTermDay: Int64? = nil, staff: FullTimeEquivalent? = nil
  ) {
    self.date = date
    self.norm = norm
    self.residents = residents
    self.familiesInSocialWork = familiesInSocialWork
    self.families = families
    self.children = children
    self.homeOpenedBefore2012 = homeOpenedBefore2012
    self.careHomeType = careHomeType
    self.participants = participants
    self.shortTermFullTime = shortTermFullTime
    self.shortTermDay = shortTermDay
    self.staff = staff
  }
}

/// One rule of a norm, evaluated on its own. Encoded (`Codable`) with the property names as keys.
public struct StaffingRuleResult: Hashable, Sendable, Codable {
  /// Stable key, e.g. `per_2000_residents`.
  public var rule: String
  /// The rule in words, e.g. `1 FTE per 2000 residents (35000 residents)`.
  public var description: String
  /// FTE the rule requires (staffing rules), or `nil` for capacity rules.
  public var requiredFTE: FullTimeEquivalent?
  /// The maximum a capacity rule allows (children per home), or `nil`.
  public var limit: Int64?
  /// The actual figure compared (staff FTE, or children).
  public var actual: String
  /// Whether the institution meets this rule.
  public var compliant: Bool
  /// The provision of the rule, e.g. art. 110 ust. 11 u.p.s.
  public var basis: [LegalCitation]
}

/// The answer: what is required, whether the institution complies, and each rule apart.
///
/// Printed as one line (`compliant: required 17.5 FTE, staff 26 FTE`); encoded (`Codable`) with
/// the property names as keys.
public struct StaffingAssessment: Hashable, Sendable, Codable {
  /// FTE required under the reading chosen (`nil` for capacity norms).
  public var requiredFTE: FullTimeEquivalent?
  /// The staff employed, in FTE, as given (`nil` for capacity norms).
  public var staffFTE: FullTimeEquivalent?
  /// Whether the institution meets the norm.
  public var compliant: Bool
  /// FTE missing to meet the norm (0 when compliant; `nil` for capacity norms).
  public var shortfallFTE: FullTimeEquivalent?
  /// Every rule of the norm, evaluated on its own (the ones not applied too, for comparison).
  public var byRule: [StaffingRuleResult]
}

extension StaffingAssessment: CustomStringConvertible {
  /// The answer on one line: `compliant: required 17.5 FTE, staff 26 FTE`,
  /// `not compliant: required 20 FTE, staff 17.5 FTE, shortfall 2.5 FTE`, or for a capacity
  /// norm `compliant: max_children 12 (limit 14)`.
  public var description: String {
    var parts: [String] = []
    if let requiredFTE { parts.append("required \(requiredFTE) FTE") }
    if let staffFTE { parts.append("staff \(staffFTE) FTE") }
    if let shortfallFTE, shortfallFTE > .zero { parts.append("shortfall \(shortfallFTE) FTE") }
    if requiredFTE == nil {
      for rule in byRule { parts.append(rule.limit.map { "\(rule.rule) \(rule.actual) (limit \($0))" } ?? rule.rule) }
    }
    let verdict = compliant ? "compliant" : "not compliant"
    return parts.isEmpty ? verdict : verdict + ": " + parts.joined(separator: ", ")
  }
}

/// Evaluates staffing norms (*wskaźniki zatrudnienia*): art. 110 ust. 11–12 u.p.s., art. 15 ust. 4,
/// art. 28 ust. 2, art. 77 ust. 4 and art. 95 ust. 3 of the family-support act, § 6 and § 6a of the
/// regulation on care homes (DPS) and § 13 ust. 4 of the regulation on WTZ.
public enum StaffingRules {
  /// *Ustawa z 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej* (u.w.r.).
  static let familySupportActName = "ustawa z 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej"
  /// *Rozporządzenie MPiPS z 23 sierpnia 2012 r. w sprawie domów pomocy społecznej*, in the genitive
  /// that follows a cited paragraph (§).
  static let dpsRegulationName =
    "rozporządzenia MPiPS z 23 sierpnia 2012 r. w sprawie domów pomocy społecznej (t.j. Dz.U. 2025 poz. 51)"

  /// A provision of a regulation, cited the Polish way (`§ 6 ust. 2 pkt 1 rozporządzenia …`): the
  /// whole reference is the citation's text, because ``LegalCitation`` prints articles as `art. …`.
  static func regulation(_ provision: String, _ act: String) -> LegalCitation {
    LegalCitation(act: provision + " " + act)
  }
  static func familySupportAct(_ article: String, _ paragraph: String? = nil, text: String? = nil) -> LegalCitation {
    LegalCitation(act: familySupportActName + (text.map { " (\($0))" } ?? ""), article: article, paragraph: paragraph)
  }

  static let socialWorkerRatioBasis = [LegalCitation.socialAssistanceAct(article: "110", paragraph: "11")]
  static let socialWorkerMinimumBasis = [LegalCitation.socialAssistanceAct(article: "110", paragraph: "12")]
  /// Art. 15 ust. 4 u.w.r. as in the consolidated text t.j. Dz.U. 2025 poz. 49 (state of law on 2024-12-04): 15.
  static let assistantBasis = [familySupportAct("15", "4", text: "t.j. Dz.U. 2025 poz. 49")]
  /// Art. 15 ust. 4 u.w.r. in the original text (2012): 20.
  static let assistantOriginalBasis = [familySupportAct("15", "4", text: "original text, 2012")]
  static let coordinatorBasis = [familySupportAct("77", "4", text: "t.j. Dz.U. 2026 poz. 980")]
  static let childrensHomeBasis = [familySupportAct("95", "3"), familySupportAct("230")]
  static let daySupportBasis = [familySupportAct("28", "2", text: "t.j. Dz.U. 2025 poz. 49")]
  static let dpsCareBasis = [regulation("§ 6 ust. 2 pkt 3 lit. a–g", dpsRegulationName)]
  static let dpsShortTermBasis = [regulation("§ 6a ust. 7", dpsRegulationName)]
  static let dpsSocialWorkerBasis = [regulation("§ 6 ust. 2 pkt 1", dpsRegulationName)]
  static let wtzBasis = [
    regulation("§ 13 ust. 4", "rozporządzenia w sprawie warsztatów terapii zajęciowej (t.j. Dz.U. 2021 poz. 2284)")
  ]

  /// Largest count accepted (residents, families, children, participants, short-term places).
  public static let countLimit: Int64 = 100_000_000

  /// Social-worker ratios of art. 110 ust. 11 u.p.s. are applied from 2015-01-01: the text dates from the
  /// 2011 amendment (in force 3 May 2011 per one source), the ratios bind from 1 Jan 2015 per two others.
  public static let socialWorkerRatiosFrom = CivilDate(2015, 1, 1)
  /// The family-support act is in force from 2012-01-01.
  public static let familySupportActFrom = CivilDate(2012, 1, 1)
  /// Foster-care coordinators (art. 77 ust. 4 u.w.r.): 30 families until 2014-12-31, 15 from 2015-01-01.
  public static let coordinatorLimitChange = CivilDate(2015, 1, 1)
  /// Older children's homes may keep up to 30 children until this day (exclusive).
  public static let olderHomesUntil = CivilDate(2021, 1, 1)
  /// Family assistants (art. 15 ust. 4 u.w.r.): the limit of 15 families is certain from this day, the
  /// state of law of the consolidated text t.j. Dz.U. 2025 poz. 49. The day the original 20 became 15
  /// is not verified.
  public static let assistantLimit15CertainFrom = CivilDate(2024, 12, 4)
  /// Day-support centres (art. 28 ust. 2 u.w.r.): the limit of 15 children per educator is read from the
  /// consolidated text t.j. Dz.U. 2025 poz. 49, state of law on 2024-12-04; earlier dates are not verified.
  public static let daySupportLimitFrom = CivilDate(2024, 12, 4)
  /// DPS care/therapy staff ratios (§ 6 ust. 2 pkt 3 of the DPS regulation): the same text in t.j.
  /// Dz.U. 2018 poz. 734 and t.j. Dz.U. 2025 poz. 51, verified from 2018 on.
  public static let dpsCareRatiosFrom = CivilDate(2018, 1, 1)
  /// DPS social workers (§ 6 ust. 2 pkt 1) and short-term support places (§ 6a ust. 7): read from t.j.
  /// Dz.U. 2025 poz. 51, whose last amendment (Dz.U. 2023 poz. 2355) is in force from 2023-11-01, the day
  /// short-term support (*usługi wsparcia krótkoterminowego*) came into u.p.s. (Dz.U. 2023 poz. 1693).
  public static let dpsAmendedNormsFrom = CivilDate(2023, 11, 1)

  /// Evaluates `request` on its date, recording each rule in `trace`; every rule of the norm is
  /// reported in ``StaffingAssessment/byRule``.
  ///
  /// - Throws: ``PomocError`` (`missing_field`, `invalid_field`, `parameter_not_encoded`), never traps.
  public static func assess<T: TraceRecorder>(
    _ request: StaffingRequest, parameters: ParameterTable = .bundled,
    trace: inout T
  ) throws -> StaffingAssessment {
    let date = request.date
    _ = try parameters.snapshotIndex(on: date)   // the same supported span as every rule
    // Bounds that keep every product below the 64-bit range (exact arithmetic, no traps).
    for (name, value) in [
      ("residents", request.residents), ("families_in_social_work", request.familiesInSocialWork),
      ("families", request.families), ("children", request.children),
      ("participants", request.participants), ("short_term_24h", request.shortTermFullTime),
      ("short_term_day", request.shortTermDay),
    ] {
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
      guard date >= familySupportActFrom else {
        throw PomocError.notEncoded(
          "foster_care_coordinator", on: date, "the family-support act is in force from 2012-01-01")
      }
      let families = try need(request.families, "families")
      let staff = try need(request.staff, "staff_fte")
      let limit: Int64 = date < coordinatorLimitChange ? 30 : 15
      return ratio(
        rule: "families_per_coordinator",
        description: "at most \(limit) foster families or family children's homes per coordinator",
        count: families, perFTE: limit, staff: staff, basis: coordinatorBasis, trace: &trace)
    case .childrensHome: return try childrensHome(request, trace: &trace)
    case .daySupportCentre:
      guard date >= daySupportLimitFrom else {
        throw PomocError.notEncoded(
          "day_support_centre", on: date,
          "art. 28 ust. 2 of the \(familySupportActName) is verified in the consolidated text t.j. Dz.U. 2025 poz. 49 (state of law on \(daySupportLimitFrom)) only"
        )
      }
      let children = try need(request.children, "children")
      let staff = try need(request.staff, "staff_fte")
      return ratio(
        rule: "children_per_educator",
        description: "at most 15 children in the care of one educator (placówka wsparcia dziennego)",
        count: children, perFTE: 15, staff: staff, basis: daySupportBasis, trace: &trace)
    case .dpsCareStaff: return try dpsCareStaff(request, trace: &trace)
    case .dpsSocialWorkers:
      guard date >= dpsAmendedNormsFrom else {
        throw PomocError.notEncoded(
          "dps_social_workers", on: date,
          "§ 6 ust. 2 pkt 1 \(dpsRegulationName) is verified from \(dpsAmendedNormsFrom) only")
      }
      let residents = try need(request.residents, "residents")
      let staff = try need(request.staff, "staff_fte")
      // 2 FTE per 100 residents = 0.02 FTE per resident = 200/10 000 FTE per resident, exact.
      let required = FullTimeEquivalent(tenThousandths: residents * 200)
      return staffing(
        rules: [
          StaffingRuleResult(
            rule: "social_workers_per_100_residents",
            description: "at least 2 FTE of social workers per 100 residents (\(residents) residents)",
            requiredFTE: required, limit: nil, actual: staff.description, compliant: staff >= required,
            basis: dpsSocialWorkerBasis)
        ],
        required: required, staff: staff, trace: &trace)
    case .occupationalTherapyWorkshop:
      let participants = try need(request.participants, "participants")
      let staff = try need(request.staff, "staff_fte")
      return ratio(
        rule: "participants_per_staff",
        description: "at most 5 participants per staff member working directly with them",
        count: participants, perFTE: 5, staff: staff, basis: wtzBasis, trace: &trace)
    }
  }

  private static func need<V>(_ value: V?, _ field: String) throws -> V {
    guard let value else { throw PomocError.missing(field) }
    return value
  }

  /// Art. 110 ust. 11 u.p.s.: 1 FTE per 2000 residents **or** per ≤ 50 families in social work; ust. 12:
  /// at least 3. Reading (interpretation I-15): "or" offers two alternative measures; the centre complies
  /// when it meets either of them and the minimum of 3. Both are reported.
  static func socialWorkers<T: TraceRecorder>(_ request: StaffingRequest, trace: inout T) throws -> StaffingAssessment {
    guard request.date >= socialWorkerRatiosFrom else {
      throw PomocError.notEncoded(
        "social_workers", on: request.date,
        "the date from which the ratios of art. 110 ust. 11 u.p.s. bind is disputed (3 May 2011 or 1 Jan 2015)")
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
      StaffingRuleResult(
        rule: "per_2000_residents", description: "1 FTE per 2000 residents (\(residents) residents)",
        requiredFTE: byResidents, limit: nil, actual: staff.description, compliant: staff >= byResidents,
        basis: socialWorkerRatioBasis),
      StaffingRuleResult(
        rule: "per_50_families",
        description: "1 FTE per at most 50 families and single persons in social work (\(families))",
        requiredFTE: byFamilies, limit: nil, actual: staff.description, compliant: staff >= byFamilies,
        basis: socialWorkerRatioBasis),
      StaffingRuleResult(
        rule: "minimum_3", description: "at least 3 social workers", requiredFTE: minimum, limit: nil,
        actual: staff.description, compliant: staff >= minimum, basis: socialWorkerMinimumBasis),
      StaffingRuleResult(
        rule: "both_ratios", description: "stricter reading (not applied): both ratios and the minimum",
        requiredFTE: strict, limit: nil, actual: staff.description, compliant: staff >= strict,
        basis: socialWorkerRatioBasis + socialWorkerMinimumBasis),
    ]
    return staffing(rules: rules, required: required, staff: staff, trace: &trace)
  }

  /// Art. 15 ust. 4 u.w.r.: at most 20 families per assistant in the original text (2012), 15 in the
  /// consolidated text t.j. Dz.U. 2025 poz. 49 (state of law on 2024-12-04). From 2024-12-04 the 15-family
  /// limit decides; before it the day of the change is not verified, so an answer is given only where both
  /// limits agree (interpretation I-16).
  static func familyAssistant<T: TraceRecorder>(_ request: StaffingRequest, trace: inout T) throws -> StaffingAssessment
  {
    guard request.date >= familySupportActFrom else {
      throw PomocError.notEncoded(
        "family_assistant", on: request.date, "the family-support act is in force from 2012-01-01")
    }
    let families = try need(request.families, "families")
    let staff = try need(request.staff, "staff_fte")
    let under15 = FullTimeEquivalent.ceiling(families, dividedBy: 15)
    let meets15 = staff.tenThousandths * 15 >= families * 10_000
    let rule15 = StaffingRuleResult(
      rule: "families_per_assistant_15", description: "at most 15 families per assistant",
      requiredFTE: under15, limit: 15, actual: staff.description, compliant: meets15,
      basis: assistantBasis)
    if request.date >= assistantLimit15CertainFrom {
      return staffing(rules: [rule15], required: under15, staff: staff, compliant: meets15, trace: &trace)
    }
    let under20 = FullTimeEquivalent.ceiling(families, dividedBy: 20)
    let meets20 = staff.tenThousandths * 20 >= families * 10_000
    let rule20 = StaffingRuleResult(
      rule: "families_per_assistant_20", description: "at most 20 families per assistant (original text, 2012)",
      requiredFTE: under20, limit: 20, actual: staff.description, compliant: meets20,
      basis: assistantOriginalBasis)
    guard meets15 == meets20 else {
      throw PomocError.notEncoded(
        "family_assistant", on: request.date,
        "compliant under the 20-family limit of art. 15 ust. 4 of the \(familySupportActName) (original text) but not under 15; the day of the change is not verified (15 applies from \(assistantLimit15CertainFrom))"
      )
    }
    return staffing(rules: [rule15, rule20], required: under15, staff: staff, compliant: meets15, trace: &trace)
  }

  /// DPS care/therapy staff: § 6 ust. 2 pkt 3 lit. a–g of the DPS regulation — 0.4 FTE per resident in a
  /// home for the elderly, 0.5 in every other type — plus, from 2023-11-01, § 6a ust. 7: 0.4 FTE per person
  /// using short-term support in the 24-hour form and 0.2 in the day form. The requirements add up
  /// (interpretation: the same team serves residents and short-term places); each part is reported.
  static func dpsCareStaff<T: TraceRecorder>(_ request: StaffingRequest, trace: inout T) throws -> StaffingAssessment {
    let date = request.date
    guard let type = request.careHomeType else { throw PomocError.missing("dps_type") }
    guard date >= dpsCareRatiosFrom else {
      throw PomocError.notEncoded(
        "dps_care_staff", on: date,
        "§ 6 ust. 2 pkt 3 \(dpsRegulationName) is verified from 2018 on (t.j. Dz.U. 2018 poz. 734)")
    }
    let residents = try need(request.residents, "residents")
    let staff = try need(request.staff, "staff_fte")
    let fullTime = request.shortTermFullTime ?? 0
    let day = request.shortTermDay ?? 0
    if fullTime + day > 0 && date < dpsAmendedNormsFrom {
      throw PomocError.notEncoded(
        "dps_care_staff.short_term", on: date,
        "§ 6a ust. 7 \(dpsRegulationName) (short-term support) applies from \(dpsAmendedNormsFrom)")
    }
    let perResident = type.staffPerResident
    // ratio (1/10 000 FTE) × persons = 1/10 000 FTE exactly.
    let forResidents = FullTimeEquivalent(tenThousandths: perResident.tenThousandths * residents)
    var rules = [
      StaffingRuleResult(
        rule: "care_staff_per_resident",
        description:
          "at least \(perResident) FTE of care/therapy staff per resident (\(type.rawValue), \(residents) residents)",
        requiredFTE: forResidents, limit: nil, actual: staff.description, compliant: staff >= forResidents,
        basis: dpsCareBasis)
    ]
    var required = forResidents
    if request.shortTermFullTime != nil || request.shortTermDay != nil {
      let forFullTime = FullTimeEquivalent(tenThousandths: 4_000 * fullTime)   // 0.4 FTE per person
      let forDay = FullTimeEquivalent(tenThousandths: 2_000 * day)   // 0.2 FTE per person
      required = FullTimeEquivalent(
        tenThousandths: forResidents.tenThousandths + forFullTime.tenThousandths + forDay.tenThousandths)
      rules += [
        StaffingRuleResult(
          rule: "short_term_24h_per_person",
          description: "at least 0.4 FTE per person in short-term support, 24-hour form (\(fullTime) persons)",
          requiredFTE: forFullTime, limit: nil, actual: staff.description, compliant: staff >= forFullTime,
          basis: dpsShortTermBasis),
        StaffingRuleResult(
          rule: "short_term_day_per_person",
          description: "at least 0.2 FTE per person in short-term support, day form (\(day) persons)",
          requiredFTE: forDay, limit: nil, actual: staff.description, compliant: staff >= forDay,
          basis: dpsShortTermBasis),
        StaffingRuleResult(
          rule: "care_staff_total", description: "residents and short-term support together (applied)",
          requiredFTE: required, limit: nil, actual: staff.description, compliant: staff >= required,
          basis: dpsCareBasis + dpsShortTermBasis),
      ]
    }
    return staffing(rules: rules, required: required, staff: staff, trace: &trace)
  }

  /// Art. 95 ust. 3 u.w.r.: at most 14 children; homes existing before 2012 up to 30 until 2020-12-31 (art. 230).
  static func childrensHome<T: TraceRecorder>(_ request: StaffingRequest, trace: inout T) throws -> StaffingAssessment {
    guard request.date >= familySupportActFrom else {
      throw PomocError.notEncoded(
        "childrens_home", on: request.date, "the family-support act is in force from 2012-01-01")
    }
    let children = try need(request.children, "children")
    let older = request.homeOpenedBefore2012 && request.date < olderHomesUntil
    let limit: Int64 = older ? 30 : 14
    let rule = StaffingRuleResult(
      rule: "max_children",
      description: older ? "at most 30 children (home existing before 2012, until 2020-12-31)" : "at most 14 children",
      requiredFTE: nil, limit: limit, actual: String(children), compliant: children <= limit, basis: childrensHomeBasis)
    trace.record(
      TraceStep(
        rule: "staffing.max_children", label: "Placówka opiekuńczo-wychowawcza (children's home)",
        value: rule.compliant ? "compliant" : "over the limit by \(children - limit)",
        parameters: [TraceParameter("children", String(children)), TraceParameter("limit", String(limit))],
        basis: childrensHomeBasis))
    return StaffingAssessment(
      requiredFTE: nil, staffFTE: nil, compliant: rule.compliant, shortfallFTE: nil, byRule: [rule])
  }

  /// A "at most `perFTE` per staff member" rule, compared exactly (staff × limit ≥ count).
  static func ratio<T: TraceRecorder>(
    rule: String, description: String, count: Int64, perFTE: Int64,
    staff: FullTimeEquivalent, basis: [LegalCitation], trace: inout T
  ) -> StaffingAssessment {
    let required = FullTimeEquivalent.ceiling(count, dividedBy: perFTE)
    let compliant = staff.tenThousandths * perFTE >= count * 10_000
    return staffing(
      rules: [
        StaffingRuleResult(
          rule: rule, description: description, requiredFTE: required, limit: perFTE,
          actual: staff.description, compliant: compliant, basis: basis)
      ],
      required: required, staff: staff, compliant: compliant, trace: &trace)
  }

  static func staffing<T: TraceRecorder>(
    rules: [StaffingRuleResult], required: FullTimeEquivalent,
    staff: FullTimeEquivalent, compliant: Bool? = nil,
    trace: inout T
  ) -> StaffingAssessment {
    let isCompliant = compliant ?? (staff >= required)
    let shortfall =
      isCompliant ? .zero : FullTimeEquivalent(tenThousandths: max(0, required.tenThousandths - staff.tenThousandths))
    for rule in rules {
      trace.record(
        TraceStep(
          rule: RuleID(rawValue: "staffing." + rule.rule), label: rule.description,
          value: .flag(rule.compliant), note: rule.requiredFTE.map { "requires \($0) FTE" },
          parameters: [TraceParameter("staff FTE", rule.actual)], basis: rule.basis))
    }
    return StaffingAssessment(
      requiredFTE: required, staffFTE: staff, compliant: isCompliant, shortfallFTE: shortfall, byRule: rules)
  }
}

extension StaffingRules {
  /// The same assessment without an explanation.
  ///
  /// - Throws: ``PomocError``, as ``assess(_:parameters:trace:)``.
  public static func assess(_ request: StaffingRequest, parameters: ParameterTable = .bundled) throws
    -> StaffingAssessment
  {
    var trace = NoTrace()
    return try assess(request, parameters: parameters, trace: &trace)
  }
}
