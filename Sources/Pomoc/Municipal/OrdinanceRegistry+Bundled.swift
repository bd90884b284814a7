private func pct(_ percent: Int32) -> Rate { Rate(percent: percent) }

extension MunicipalOrdinance {
  /// Sopot, 2023: raised thresholds of *zasiłek celowy* for medicines, treatment or heating
  /// (council resolutions reported by MOPS Sopot in its report for 2023, §1.1): single 150 %
  /// (1164.00 zł), family 130 % per person (780.00 zł), single persons of retirement age
  /// 200 % (1552.00 zł). No care fee table is known (the resolution's full band table was not found).
  public static let sopot2023 = MunicipalOrdinance(
    id: "sopot-2023",
    title: "Miasto Sopot — uchwały Rady Miasta o podwyższeniu kryterium dochodowego dla zasiłku celowego (2023)",
    inForceFrom: CivilDate(2023, 1, 1), inForceThrough: CivilDate(2023, 12, 31),
    targetedAllowanceThresholds: TargetedAllowanceThresholds(
      single: pct(150), family: pct(130), singleRetirementAge: pct(200),
      purpose: "zasiłek celowy na leki, leczenie lub opał"),
    careFeeTable: nil,
    basis: [.socialAssistanceAct(article: "39"), .socialAssistanceAct(article: "8", paragraph: "2")],
    source: "MOPS Sopot, Sprawozdanie z działalności za 2023 r., §1.1")

  /// Gmina Lipnica Murowana: care-service fee table, uchwała XXVII/213/05 of 28 Nov 2005,
  /// applied from 2006-01-01.
  public static let lipnicaMurowana2005 = MunicipalOrdinance(
    id: "lipnica-murowana-2005",
    title: "Gmina Lipnica Murowana — uchwała nr XXVII/213/05 z 28 listopada 2005 r. (odpłatność za usługi opiekuńcze)",
    inForceFrom: CivilDate(2006, 1, 1), inForceThrough: nil,
    targetedAllowanceThresholds: nil,
    careFeeTable: FeeTable(
      name: "lipnica-murowana-2005 care fee table",
      basis: [.socialAssistanceAct(article: "50", paragraph: "6")],
      source: "uchwała nr XXVII/213/05 Rady Gminy Lipnica Murowana z 28 listopada 2005 r.",
      bands: [
        FeeBand(upTo: pct(100), single: .zero, family: .zero),
        FeeBand(upTo: pct(130), single: pct(5), family: pct(15)),
        FeeBand(upTo: pct(160), single: pct(10), family: pct(30)),
        FeeBand(upTo: pct(200), single: pct(20), family: pct(45)),
        FeeBand(upTo: pct(250), single: pct(30), family: pct(60)),
        FeeBand(upTo: pct(300), single: pct(40), family: pct(80)),
        FeeBand(upTo: pct(350), single: pct(60), family: pct(100)),
        FeeBand(upTo: nil, single: pct(100), family: pct(100)),
      ]),
    basis: [.socialAssistanceAct(article: "50", paragraph: "6")],
    source:
      "uchwała nr XXVII/213/05 Rady Gminy Lipnica Murowana z 28 listopada 2005 r. (published by GOPS Lipnica Murowana)")
}

extension OrdinanceRegistry {
  /// The ordinances shipped with the library: `sopot-2023`, `lipnica-murowana-2005`.
  public static let bundled = OrdinanceRegistry([.sopot2023, .lipnicaMurowana2005])
}
