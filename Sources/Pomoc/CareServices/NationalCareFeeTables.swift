private func pct(_ basisPoints: Int64) -> Rate { Rate(basisPoints: basisPoints) }

private let mentalCareRegulation = LegalCitation(
  act:
    "rozporządzenie MPS z 22 września 2005 r. w sprawie specjalistycznych usług opiekuńczych (Dz.U. 2005 nr 189 poz. 1598)"
)
private let mentalCareAmendment = LegalCitation(
  act: "rozporządzenie MRiPS z 16 lutego 2023 r. (Dz.U. 2023 poz. 395)")

/// National fee tables (not set by municipalities).
public enum NationalCareFeeTables {
  /// *Specjalistyczne usługi opiekuńcze dla osób z zaburzeniami psychicznymi*: the fee
  /// table of the minister's regulation (art. 50 ust. 5 and 7 u.p.s.; § 4 ust. 3 of the regulation
  /// of 22 September 2005, Dz.U. 2005 nr 189 poz. 1598, as replaced by Dz.U. 2023 poz. 395).
  ///
  /// Until 2023-04-30 the full table (exact to the half percent). From 2023-05-01 only
  /// the verified rows: ≤ 100 % free, > 100–220 % 1.5 % / 3.5 %, > 600 % 100 %; incomes in
  /// the unverified rows yield `parameter_not_encoded`.
  public static let mentalDisorders = DatedSeries<FeeTable>(
    id: ParameterID(rawValue: "mentalDisorderCareFeeTable"),
    term: "tabela odpłatności za specjalistyczne usługi opiekuńcze dla osób z zaburzeniami psychicznymi",
    unit: .percent,
    basis: [.socialAssistanceAct(article: "50", paragraph: "5"), mentalCareRegulation],
    entries: [
      DatedValue(
        from: CivilDate(2012, 10, 1),
        value: FeeTable(
          name: "mentalDisorderCareFeeTable (until 2023-04-30)",
          basis: [.socialAssistanceAct(article: "50", paragraph: "5"), mentalCareRegulation],
          source: "Dz.U. 2005 nr 189 poz. 1598, table in force until 30 Apr 2023",
          bands: [
            FeeBand(upTo: pct(10_000), single: .zero, family: .zero),
            FeeBand(upTo: pct(13_250), single: pct(150), family: pct(350)),
            FeeBand(upTo: pct(16_500), single: pct(300), family: pct(700)),
            FeeBand(upTo: pct(18_750), single: pct(500), family: pct(1_100)),
            FeeBand(upTo: pct(22_000), single: pct(700), family: pct(1_500)),
            FeeBand(upTo: pct(23_750), single: pct(1_100), family: pct(2_000)),
            FeeBand(upTo: pct(25_500), single: pct(1_500), family: pct(2_500)),
            FeeBand(upTo: pct(26_500), single: pct(2_250), family: pct(3_250)),
            FeeBand(upTo: pct(27_500), single: pct(3_000), family: pct(4_000)),
            FeeBand(upTo: pct(28_250), single: pct(4_500), family: pct(5_500)),
            FeeBand(upTo: pct(29_000), single: pct(6_000), family: pct(7_000)),
            FeeBand(upTo: pct(31_000), single: pct(7_500), family: pct(8_500)),
            FeeBand(upTo: pct(33_000), single: pct(9_000), family: pct(10_000)),
            FeeBand(upTo: nil, single: pct(10_000), family: pct(10_000)),
          ]),
        enactedBy: "Rozporządzenie MPS z 22 września 2005 r. (Dz.U. 2005 nr 189 poz. 1598)",
        source: "Dz.U. 2005 nr 189 poz. 1598", note: "table in force before the library's first date too"),
      DatedValue(
        from: CivilDate(2023, 5, 1),
        value: FeeTable(
          name: "mentalDisorderCareFeeTable (from 2023-05-01)",
          basis: [.socialAssistanceAct(article: "50", paragraph: "5"), mentalCareAmendment],
          source: "Dz.U. 2023 poz. 395 (§ 1 pkt 2 lit. a), verified rows of the table in force from 1 May 2023",
          bands: [
            FeeBand(upTo: pct(10_000), single: .zero, family: .zero),
            FeeBand(upTo: pct(22_000), single: pct(150), family: pct(350)),
            // Intermediate rows of Dz.U. 2023 poz. 395 not verified: never guessed.
            FeeBand(upTo: pct(60_000), single: nil, family: nil),
            FeeBand(upTo: nil, single: pct(10_000), family: pct(10_000)),
          ]),
        enactedBy: "Rozporządzenie MRiPS z 16 lutego 2023 r. (Dz.U. 2023 poz. 395)",
        source: "Dz.U. 2023 poz. 395", note: "rows between 220 % and 600 % are not encoded"),
    ])
}
