// The national values, transcribed from shared/domain/LAW.md (§1.1, §2, §5, §6, §10).
// Only values marked [V] or [V1] there are encoded; the rest are `nil` with a note.


private enum Regulation {
  static let rm2012 = "Rozporządzenie RM z 17 lipca 2012 r. (Dz.U. 2012 poz. 823)"
  static let rm2015 = "Rozporządzenie RM z 14 lipca 2015 r. (Dz.U. 2015 poz. 1058)"
  static let rm2018 = "Rozporządzenie RM z 11 lipca 2018 r. (Dz.U. 2018 poz. 1358)"
  static let rm2021 = "Rozporządzenie RM z 14 lipca 2021 r. (Dz.U. 2021 poz. 1296)"
  static let rm2024 = "Rozporządzenie RM z 12 lipca 2024 r. (Dz.U. 2024 poz. 1044)"
  static let amendment2023 = "Ustawa z 28 lipca 2023 r. o zmianie ustawy o pomocy społecznej (Dz.U. 2023 poz. 1693)"
  static let statute = "Ustawa z 12 marca 2004 r. o pomocy społecznej (u.p.s.)"
  static let meal2018 = "Uchwała nr 140 RM z 15 października 2018 r. (M.P. 2018 poz. 1007)"
  static let meal2022 = "Uchwała nr 264 RM z 28 grudnia 2022 r."
  static let meal2023 = "Uchwała nr 149 RM (M.P. 2023 poz. 881), programme 2024–2028"
}

private enum Source {
  static let criteria = "LAW.md §1.1"
  static let amounts = "LAW.md §2, §5"
  static let periodic = "LAW.md §2, §6"
  static let meal = "LAW.md §10"
}

private func zl(_ zloty: Int32) -> Money { Money(zloty: zloty) }

private func entry<V>(_ y: Int, _ m: Int, _ d: Int, _ value: V?, _ act: String, _ source: String,
                      _ status: VerificationStatus = .verified, note: String = "") -> DatedValue<V> {
  DatedValue(from: CivilDate(y, m, d), value: value, enactedBy: act, source: source, status: status, note: note)
}

extension ParameterTable {
  /// The national parameters compiled into the library (LAW.md, checked values only).
  public static let bundled = ParameterTable(
    firstSupportedDate: CivilDate(2012, 10, 1),
    // LAW.md §1.1: 2026 values unchanged [V]; no regulation for 2027 is known.
    lawKnownThrough: CivilDate(2026, 12, 31),
    incomeCriterionSinglePerson: DatedSeries(
      id: .incomeCriterionSinglePerson,
      term: "kryterium dochodowe osoby samotnie gospodarującej", unit: .zlotyPerMonth,
      basis: [.socialAssistanceAct(article: "8", paragraph: "1", point: "1"),
              .socialAssistanceAct(article: "9")],
      entries: [
        entry(2012, 10, 1, zl(542), Regulation.rm2012, Source.criteria),
        entry(2015, 10, 1, zl(634), Regulation.rm2015, Source.criteria),
        entry(2018, 10, 1, zl(701), Regulation.rm2018, Source.criteria),
        entry(2022, 1, 1, zl(776), Regulation.rm2021, Source.criteria),
        entry(2025, 1, 1, zl(1010), Regulation.rm2024, Source.criteria),
      ]),
    incomeCriterionPerPersonInFamily: DatedSeries(
      id: .incomeCriterionPerPersonInFamily,
      term: "kryterium dochodowe na osobę w rodzinie", unit: .zlotyPerMonth,
      basis: [.socialAssistanceAct(article: "8", paragraph: "1", point: "2"),
              .socialAssistanceAct(article: "9")],
      entries: [
        entry(2012, 10, 1, zl(456), Regulation.rm2012, Source.criteria),
        entry(2015, 10, 1, zl(514), Regulation.rm2015, Source.criteria),
        entry(2018, 10, 1, zl(528), Regulation.rm2018, Source.criteria),
        entry(2022, 1, 1, zl(600), Regulation.rm2021, Source.criteria),
        entry(2025, 1, 1, zl(823), Regulation.rm2024, Source.criteria),
      ]),
    incomePerConversionHectare: DatedSeries(
      id: .incomePerConversionHectare,
      term: "dochód z 1 ha przeliczeniowego", unit: .zlotyPerMonth,
      basis: [.socialAssistanceAct(article: "8", paragraph: "8")],
      entries: [
        entry(2012, 10, 1, zl(250), Regulation.rm2012, Source.criteria),
        entry(2015, 10, 1, zl(288), Regulation.rm2015, Source.criteria),
        entry(2018, 10, 1, zl(308), Regulation.rm2018, Source.criteria),
        entry(2022, 1, 1, zl(345), Regulation.rm2021, Source.criteria),
        entry(2025, 1, 1, zl(459), Regulation.rm2024, Source.criteria),
      ]),
    permanentAllowanceMaximum: DatedSeries(
      id: .permanentAllowanceMaximum,
      term: "maksymalna kwota zasiłku stałego (osoba samotnie gospodarująca)", unit: .zlotyPerMonth,
      basis: [.socialAssistanceAct(article: "37", paragraph: "2", point: "1")],
      entries: [
        entry(2012, 10, 1, zl(529), Regulation.rm2012, Source.criteria),
        entry(2015, 10, 1, zl(604), Regulation.rm2015, Source.criteria),
        entry(2018, 10, 1, zl(645), Regulation.rm2018, Source.criteria),
        entry(2022, 1, 1, zl(719), Regulation.rm2021, Source.criteria),
        entry(2024, 1, 1, zl(1000), Regulation.amendment2023, Source.criteria,
              note: "set by the statute, not by a regulation"),
        entry(2025, 1, 1, zl(1229), Regulation.rm2024, Source.criteria),
      ]),
    permanentAllowanceMinimum: DatedSeries(
      id: .permanentAllowanceMinimum,
      term: "minimalna kwota zasiłku stałego", unit: .zlotyPerMonth,
      basis: [.socialAssistanceAct(article: "37")],
      entries: [
        entry(2012, 10, 1, zl(30), Regulation.statute, Source.amounts),
        entry(2024, 1, 1, zl(100), Regulation.amendment2023, Source.amounts),
      ]),
    permanentAllowanceBaseRate: DatedSeries(
      id: .permanentAllowanceBaseRate,
      term: "podstawa zasiłku stałego (procent kryterium dochodowego)", unit: .percent,
      basis: [.socialAssistanceAct(article: "37", paragraph: "2")],
      entries: [
        entry(2012, 10, 1, Rate(percent: 100), Regulation.statute, Source.amounts,
              note: "criterion minus income"),
        entry(2024, 1, 1, Rate(percent: 130), Regulation.amendment2023, Source.amounts,
              note: "130 % of the criterion minus income"),
      ]),
    periodicAllowanceGuaranteedShare: DatedSeries(
      id: .periodicAllowanceGuaranteedShare,
      term: "gwarantowana część zasiłku okresowego (procent różnicy)", unit: .percent,
      basis: [.socialAssistanceAct(article: "38")],
      entries: [entry(2012, 10, 1, Rate(percent: 50), Regulation.statute, Source.periodic)]),
    periodicAllowanceMinimum: DatedSeries(
      id: .periodicAllowanceMinimum,
      term: "minimalna kwota zasiłku okresowego", unit: .zlotyPerMonth,
      basis: [.socialAssistanceAct(article: "38")],
      entries: [entry(2012, 10, 1, zl(20), Regulation.statute, Source.periodic)]),
    periodicAllowanceSingleCap: DatedSeries(
      id: .periodicAllowanceSingleCap,
      term: "maksymalna kwota zasiłku okresowego osoby samotnie gospodarującej", unit: .zlotyPerMonth,
      basis: [.socialAssistanceAct(article: "38", paragraph: "2", point: "1")],
      entries: [
        entry(2012, 10, 1, nil as Money?, Regulation.statute, Source.periodic,
              note: "the date when the 418 zł cap was replaced by the per-person criterion is unverified (Documentation/Interpretations.md)"),
        entry(2022, 1, 1, zl(600), Regulation.rm2021, Source.periodic,
              note: "equals the per-person criterion (current text of art. 38 ust. 2 pkt 1)"),
        entry(2025, 1, 1, zl(823), Regulation.rm2024, Source.periodic,
              note: "equals the per-person criterion (current text of art. 38 ust. 2 pkt 1)"),
      ]),
    mealProgrammeThresholdRate: DatedSeries(
      id: .mealProgrammeThresholdRate,
      term: "próg programu „Posiłek w szkole i w domu” (procent kryterium)", unit: .percent,
      basis: [LegalCitation(act: "program „Posiłek w szkole i w domu”")],
      entries: [
        entry(2012, 10, 1, nil as Rate?, Regulation.statute, Source.meal,
              note: "outside the years of the programme (2019–2028)"),
        entry(2019, 1, 1, Rate(percent: 150), Regulation.meal2018, Source.meal),
        entry(2023, 1, 1, Rate(percent: 200), Regulation.meal2022, Source.meal,
              note: "raised from 150 %; continued by the 2024–2028 programme (\(Regulation.meal2023))"),
        entry(2029, 1, 1, nil as Rate?, Regulation.meal2023, Source.meal,
              note: "the 2024–2028 programme ends on 2028-12-31"),
      ]))
}

