/// *Świadczenie pielęgnacyjne* (carer's benefit), art. 17 u.ś.r.: a monthly amount for the
/// applicant who cares for a member with a severe degree of disability (*znaczny stopień*) or a
/// disability certificate with the indications in points 7 and 8, with no income test.
///
/// Two regimes, split at 2024-01-01 (*ustawa z 7 lipca 2023 r. o świadczeniu wspierającym*,
/// Dz.U. 2023 poz. 1429):
/// - **to 2023-12-31** (art. 17 ust. 1, 1a, 1b, 5 as then in force): the carer does not take up
///   or gives up paid work; the disability arose before 18, or before 25 while in education
///   (ust. 1b, which lost force on 2014-10-23 as to the age of onset: TK 21 Oct 2014, K 38/13,
///   Dz.U. 2014 poz. 1443); one amount however many persons are cared for;
/// - **from 2024-01-01** (art. 17 ust. 1, 3e): paid work is allowed; the cared person is under 18;
///   the amount rises by 100 % for the second and each further person cared for.
///
/// Rights granted under the old rules and kept by art. 63 of the 2023 act are not decided here:
/// from 2024-01-01 the rule decides new claims.
public enum CarerBenefit {
  /// The monthly amount (art. 17 ust. 3–3d). 800.00 from 2014-05-01, 1200.00 from 2015-01-01 and
  /// 1300.00 from 2016-01-01 (*ustawa z 24 kwietnia 2014 r. o zmianie ustawy o świadczeniach
  /// rodzinnych*, Dz.U. 2014 poz. 559, art. 17 ust. 3); then valorised every 1 January by the
  /// growth of the minimum wage, rounded up to the full złoty (ust. 3a–3d), as announced in
  /// *Monitor Polski*: 1406 (2017), 1477 (2018, M.P. 2017 poz. 1014), 1583 (2019), 1830 (2020),
  /// 1971 (2021), 2119 (2022, M.P. 2021 poz. 1021), 2458 (2023, M.P. 2022 poz. 1070), 2988 (2024),
  /// 3287 (2025), 3386 (2026, M.P. 2025 poz. 1127).
  ///
  /// The amount from 2012-11-01 to 2014-04-30 is not verified (`nil`). The 200 zł a month paid in
  /// 2014 under the government programme for persons receiving the benefit (RM regulation of
  /// 24 December 2013, Dz.U. 2013 poz. 1741) is a separate payment under that programme, not part
  /// of the art. 17 amount, and is not included.
  public static let amounts = DatedAmounts<Money>([
    (CivilDate(2012, 11, 1), nil),
    (CivilDate(2014, 5, 1), Money(zloty: 800)),
    (CivilDate(2015, 1, 1), Money(zloty: 1200)),
    (CivilDate(2016, 1, 1), Money(zloty: 1300)),
    (CivilDate(2017, 1, 1), Money(zloty: 1406)),
    (CivilDate(2018, 1, 1), Money(zloty: 1477)),
    (CivilDate(2019, 1, 1), Money(zloty: 1583)),
    (CivilDate(2020, 1, 1), Money(zloty: 1830)),
    (CivilDate(2021, 1, 1), Money(zloty: 1971)),
    (CivilDate(2022, 1, 1), Money(zloty: 2119)),
    (CivilDate(2023, 1, 1), Money(zloty: 2458)),
    (CivilDate(2024, 1, 1), Money(zloty: 2988)),
    (CivilDate(2025, 1, 1), Money(zloty: 3287)),
    (CivilDate(2026, 1, 1), Money(zloty: 3386)),
  ])

  /// The first day of the rules of the *świadczenie wspierające* act (Dz.U. 2023 poz. 1429):
  /// work allowed, a cared person under 18, the amount per person cared for.
  public static let newRegimeStart = CivilDate(2024, 1, 1)

  /// The day art. 17 ust. 1b lost force as to the age of onset (TK K 38/13, Dz.U. 2014 poz. 1443).
  public static let onsetConditionEnd = CivilDate(2014, 10, 23)

  /// Art. 17 u.ś.r.
  public static let basis: [LegalCitation] = [.familyBenefitsAct(article: "17")]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.carerBenefit.rawValue)

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    guard let amount = amounts[facts.date] else {
      return .parameterNotEncoded("the amount of świadczenie pielęgnacyjne on \(facts.date) is not verified")
    }
    guard let care = facts.family.care else { return .missingField("care") }
    guard care.cared != nil else { return .missingField("care.cared") }
    let oldRegime = facts.date < newRegimeStart

    // Needed fields first, in the contract's order: the age of onset (old rules before
    // 2014-10-23, a cared adult child or other member with the certificate), then whether the
    // carer works (old rules only).
    if oldRegime && facts.date < onsetConditionEnd {
      for (index, (member, age)) in facts.members.enumerated()
      where facts.isCared[index] && qualifiesByCertificate(member) && age >= 18
        && (member.role == .child || member.role == .other) && member.disabilityOnsetAge == nil
      {
        return .missingField("members[\(index)].disability_onset_age")
      }
    }
    if oldRegime && care.carerEmployed == nil { return .missingField("care.carer_employed") }

    if oldRegime, care.carerEmployed == true {
      trace.record(
        TraceStep(
          rule: rule, label: "Świadczenie pielęgnacyjne — paid work", value: .flag(true),
          note: "the carer takes up or has paid work (rezygnacja z zatrudnienia required until 2023-12-31)",
          basis: [text2023(article: "17", paragraph: "1")]))
      return .decided(.notEntitled(.carerEmployed))
    }
    if care.carerPension {
      trace.record(
        TraceStep(
          rule: rule, label: "Świadczenie pielęgnacyjne — the carer's own benefit", value: .flag(true),
          note: "the carer has an own benefit that excludes świadczenie pielęgnacyjne",
          basis: [
            oldRegime
              ? text2023(article: "17", paragraph: "5") : .familyBenefitsAct(article: "17", paragraph: "5", point: "1")
          ]))
      return .decided(.notEntitled(.conditionNotMet))
    }

    var qualifying = 0
    var caredSpouseUndecided = false
    for (index, (member, age)) in facts.members.enumerated() where facts.isCared[index] {
      let qualifies: Bool
      let note: String?
      if oldRegime {
        switch member.role {
        case .child, .other:
          if !qualifiesByCertificate(member) {
            (qualifies, note) = (false, "no severe degree and no certificate with the indications in points 7 and 8")
          } else if facts.date < onsetConditionEnd && age >= 18 {
            let onset = member.disabilityOnsetAge ?? Int.max
            qualifies = onset < 18 || (onset < 25 && member.disabilityOnsetInEducation)
            note =
              qualifies ? nil : "the disability arose at 18 or later (at 25 or later in education), art. 17 ust. 1b"
          } else {
            (qualifies, note) = (true, nil)
          }
        case .spouse:
          if qualifiesByCertificate(member) { caredSpouseUndecided = true }
          (qualifies, note) = (false, "a spouse cared for: the rule of the time is not encoded")
        case .applicant, .partner:
          (qualifies, note) = (false, "not a person the carer may receive the benefit for")
        }
      } else {
        switch member.role {
        case .child, .other, .spouse:
          qualifies = age < 18 && qualifiesByCertificate(member)
          note = qualifies ? nil : "art. 17 ust. 1: a person under 18 with the certificate"
        case .applicant, .partner:
          (qualifies, note) = (false, "not a person the carer may receive the benefit for")
        }
      }
      if qualifies { qualifying += 1 }
      trace.record(
        TraceStep(
          rule: rule, label: "Świadczenie pielęgnacyjne — \(member.id) cared for", value: .flag(qualifies),
          note: note,
          parameters: [TraceParameter("age", age), TraceParameter("disability", member.disability.rawValue)],
          basis: [
            oldRegime ? text2023(article: "17", paragraph: "1b") : .familyBenefitsAct(article: "17", paragraph: "1")
          ]
        ))
    }

    if qualifying == 0 {
      if caredSpouseUndecided {
        return .parameterNotEncoded("świadczenie pielęgnacyjne for a cared spouse before 2024 is not encoded")
      }
      return .decided(.notEntitled(.noEligibleMember))
    }
    // Old rules: one amount however many are cared for; new rules: +100 % for each further person.
    let total = oldRegime ? amount : try amount.multiplied(by: Int64(qualifying))
    trace.record(
      TraceStep(
        rule: rule, label: "Świadczenie pielęgnacyjne (carer's benefit)", value: .money(total),
        note: oldRegime ? "one amount however many persons are cared for" : "the amount × persons cared for (ust. 3e)",
        parameters: [TraceParameter("amount", amount), TraceParameter("persons qualifying", qualifying)],
        basis: oldRegime
          ? [text2023(article: "17", paragraph: "3")]
          : [.familyBenefitsAct(article: "17", paragraph: "3"), .familyBenefitsAct(article: "17", paragraph: "3e")]))
    return .decided(BenefitDecision(entitled: true, amount: total, reason: nil))
  }

  /// A severe degree (*znaczny stopień*) or a certificate with the indications in points 7 and 8.
  static func qualifiesByCertificate(_ member: FamilyMember) -> Bool {
    member.disability == .severe || member.disability == .certificateCare
  }

  /// A provision of u.ś.r. as read in t.j. Dz.U. 2023 poz. 390, the text of the rules to 2023-12-31.
  static func text2023(article: String, paragraph: String? = nil) -> LegalCitation {
    LegalCitation(act: "u.ś.r.", article: article, paragraph: paragraph, publication: "t.j. Dz.U. 2023 poz. 390")
  }
}
