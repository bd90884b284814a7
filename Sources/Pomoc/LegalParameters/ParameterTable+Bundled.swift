// The national values of the social-assistance act (ustawa z 12 marca 2004 r. o pomocy społecznej,
// t.j. Dz.U. 2026 poz. 639) and of the Council of Ministers' verification regulations (art. 9).
// Only values confirmed against the published texts are encoded; the rest are `nil` with a note.

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

/// Where each value can be read: the publication of the act that sets it.
private enum Source {
  static let rm2012 = "Dz.U. 2012 poz. 823"
  static let rm2015 = "Dz.U. 2015 poz. 1058"
  static let rm2018 = "Dz.U. 2018 poz. 1358"
  static let rm2021 = "Dz.U. 2021 poz. 1296"
  static let rm2024 = "Dz.U. 2024 poz. 1044"
  static let amendment2023 = "Dz.U. 2023 poz. 1693"
  static let art37 = "art. 37 u.p.s. (t.j. Dz.U. 2026 poz. 639)"
  static let art38 = "art. 38 u.p.s. (t.j. Dz.U. 2026 poz. 639)"
  static let meal2018 = "M.P. 2018 poz. 1007"
  static let meal2022 = "uchwała nr 264 Rady Ministrów z 28 grudnia 2022 r."
  static let meal2023 = "M.P. 2023 poz. 881"
}

/// Art. 9 u.p.s.: the verified amounts stay in force until the next verification; the next
/// one applies from 2028-01-01, so the 2024 regulation's values govern every day of 2026 and 2027.
private let untilNextVerification =
  "in force until the next verification (art. 9 u.p.s.), which applies from 2028-01-01"

private func zl(_ zloty: Int32) -> Money { Money(zloty: zloty) }

private func entry<V>(
  _ y: Int, _ m: Int, _ d: Int, _ value: V?, _ act: String, _ source: String,
  _ status: VerificationStatus = .verified, note: String = ""
) -> DatedValue<V> {
  DatedValue(from: CivilDate(y, m, d), value: value, enactedBy: act, source: source, status: status, note: note)
}

extension ParameterTable {
  /// The national parameters compiled into the library (values confirmed against the acts only).
  ///
  /// The law is known through 2027-12-31: art. 9 u.p.s. keeps the amounts of the 2024 verification
  /// (Dz.U. 2024 poz. 1044) in force until the next verification, which applies from 2028-01-01.
  public static let bundled = ParameterTable(
    firstSupportedDate: CivilDate(2012, 10, 1),
    lawKnownThrough: CivilDate(2027, 12, 31),
    incomeCriterionSinglePerson: DatedSeries(
      id: .incomeCriterionSinglePerson,
      term: "kryterium dochodowe osoby samotnie gospodarującej", unit: .zlotyPerMonth,
      basis: [
        .socialAssistanceAct(article: "8", paragraph: "1", point: "1"),
        .socialAssistanceAct(article: "9"),
      ],
      entries: [
        entry(2012, 10, 1, zl(542), Regulation.rm2012, Source.rm2012),
        entry(2015, 10, 1, zl(634), Regulation.rm2015, Source.rm2015),
        entry(2018, 10, 1, zl(701), Regulation.rm2018, Source.rm2018),
        entry(2022, 1, 1, zl(776), Regulation.rm2021, Source.rm2021),
        entry(2025, 1, 1, zl(1010), Regulation.rm2024, Source.rm2024, note: untilNextVerification),
      ]),
    incomeCriterionPerPersonInFamily: DatedSeries(
      id: .incomeCriterionPerPersonInFamily,
      term: "kryterium dochodowe na osobę w rodzinie", unit: .zlotyPerMonth,
      basis: [
        .socialAssistanceAct(article: "8", paragraph: "1", point: "2"),
        .socialAssistanceAct(article: "9"),
      ],
      entries: [
        entry(2012, 10, 1, zl(456), Regulation.rm2012, Source.rm2012),
        entry(2015, 10, 1, zl(514), Regulation.rm2015, Source.rm2015),
        entry(2018, 10, 1, zl(528), Regulation.rm2018, Source.rm2018),
        entry(2022, 1, 1, zl(600), Regulation.rm2021, Source.rm2021),
        entry(2025, 1, 1, zl(823), Regulation.rm2024, Source.rm2024, note: untilNextVerification),
      ]),
    incomePerConversionHectare: DatedSeries(
      id: .incomePerConversionHectare,
      term: "dochód z 1 ha przeliczeniowego", unit: .zlotyPerMonth,
      basis: [.socialAssistanceAct(article: "8", paragraph: "8")],
      entries: [
        entry(2012, 10, 1, zl(250), Regulation.rm2012, Source.rm2012),
        entry(2015, 10, 1, zl(288), Regulation.rm2015, Source.rm2015),
        entry(2018, 10, 1, zl(308), Regulation.rm2018, Source.rm2018),
        entry(2022, 1, 1, zl(345), Regulation.rm2021, Source.rm2021),
        entry(2025, 1, 1, zl(459), Regulation.rm2024, Source.rm2024, note: untilNextVerification),
      ]),
    permanentAllowanceMaximum: DatedSeries(
      id: .permanentAllowanceMaximum,
      term: "maksymalna kwota zasiłku stałego (osoba samotnie gospodarująca)", unit: .zlotyPerMonth,
      basis: [.socialAssistanceAct(article: "37", paragraph: "2", point: "1")],
      entries: [
        entry(2012, 10, 1, zl(529), Regulation.rm2012, Source.rm2012),
        entry(2015, 10, 1, zl(604), Regulation.rm2015, Source.rm2015),
        entry(2018, 10, 1, zl(645), Regulation.rm2018, Source.rm2018),
        entry(2022, 1, 1, zl(719), Regulation.rm2021, Source.rm2021),
        entry(
          2024, 1, 1, zl(1000), Regulation.amendment2023, Source.amendment2023,
          note: "set by the statute, not by a regulation"),
        entry(2025, 1, 1, zl(1229), Regulation.rm2024, Source.rm2024, note: untilNextVerification),
      ]),
    permanentAllowanceMinimum: DatedSeries(
      id: .permanentAllowanceMinimum,
      term: "minimalna kwota zasiłku stałego", unit: .zlotyPerMonth,
      basis: [.socialAssistanceAct(article: "37")],
      entries: [
        entry(2012, 10, 1, zl(30), Regulation.statute, Source.art37),
        entry(2024, 1, 1, zl(100), Regulation.amendment2023, Source.amendment2023),
      ]),
    permanentAllowanceBaseRate: DatedSeries(
      id: .permanentAllowanceBaseRate,
      term: "podstawa zasiłku stałego (procent kryterium dochodowego)", unit: .percent,
      basis: [.socialAssistanceAct(article: "37", paragraph: "2")],
      entries: [
        entry(
          2012, 10, 1, Rate(percent: 100), Regulation.statute, Source.art37,
          note: "criterion minus income"),
        entry(
          2024, 1, 1, Rate(percent: 130), Regulation.amendment2023, Source.amendment2023,
          note: "130 % of the criterion minus income"),
      ]),
    periodicAllowanceGuaranteedShare: DatedSeries(
      id: .periodicAllowanceGuaranteedShare,
      term: "gwarantowana część zasiłku okresowego (procent różnicy)", unit: .percent,
      basis: [.socialAssistanceAct(article: "38")],
      entries: [entry(2012, 10, 1, Rate(percent: 50), Regulation.statute, Source.art38)]),
    periodicAllowanceMinimum: DatedSeries(
      id: .periodicAllowanceMinimum,
      term: "minimalna kwota zasiłku okresowego", unit: .zlotyPerMonth,
      basis: [.socialAssistanceAct(article: "38")],
      entries: [entry(2012, 10, 1, zl(20), Regulation.statute, Source.art38)]),
    periodicAllowanceSingleCap: DatedSeries(
      id: .periodicAllowanceSingleCap,
      term: "maksymalna kwota zasiłku okresowego osoby samotnie gospodarującej", unit: .zlotyPerMonth,
      basis: [.socialAssistanceAct(article: "38", paragraph: "2", point: "1")],
      entries: [
        entry(
          2012, 10, 1, nil as Money?, Regulation.statute, Source.art38,
          note:
            "the date when the 418 zł cap was replaced by the per-person criterion is unverified (Documentation/Interpretations.md)"
        ),
        entry(
          2022, 1, 1, zl(600), Regulation.rm2021, Source.rm2021,
          note: "equals the per-person criterion (current text of art. 38 ust. 2 pkt 1)"),
        entry(
          2025, 1, 1, zl(823), Regulation.rm2024, Source.rm2024,
          note: "equals the per-person criterion (current text of art. 38 ust. 2 pkt 1)"),
      ]),
    mealProgrammeThresholdRate: DatedSeries(
      id: .mealProgrammeThresholdRate,
      term: "próg programu „Posiłek w szkole i w domu” (procent kryterium)", unit: .percent,
      basis: [LegalCitation(act: "program „Posiłek w szkole i w domu”")],
      entries: [
        entry(
          2012, 10, 1, nil as Rate?, Regulation.meal2018, Source.meal2018,
          note: "outside the years of the programme (2019–2028)"),
        entry(2019, 1, 1, Rate(percent: 150), Regulation.meal2018, Source.meal2018),
        entry(
          2023, 1, 1, Rate(percent: 200), Regulation.meal2022, Source.meal2022,
          note: "raised from 150 %; continued by the 2024–2028 programme (\(Regulation.meal2023))"),
        entry(
          2029, 1, 1, nil as Rate?, Regulation.meal2023, Source.meal2023,
          note: "the 2024–2028 programme ends on 2028-12-31"),
      ]))
}
