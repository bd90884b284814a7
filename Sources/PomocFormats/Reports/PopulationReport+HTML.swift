import Pomoc

extension PopulationReport {
  /// The report as one self-contained HTML page (`pomoc report --output html`): the headline
  /// figures, four charts — households per benefit by year, persons by year, the distribution
  /// of income per person against the criterion, the monthly sums by benefit — each with its
  /// data as a table, then Tables 1–5 with every column of ``csv()``.
  ///
  /// Inline SVG and style only: no script, no external address, so the file opens offline and
  /// prints (A4 landscape). Every chart is an image with a title and a description, followed
  /// by its data table (the text alternative). The page is also well-formed XML. Numbers are
  /// written as in ``text()`` and ``csv()`` (amounts in złoty with two decimals).
  ///
  /// - Parameter source: the input's name for the page header (e.g. a file name), or `nil`.
  public func html(source: String? = nil) -> String {
    let escape = HTMLPage.escape
    var lead = ""
    if let source { lead += "<p class=\"lead\">Dane (input): \(escape(source))</p>\n" }
    lead +=
      "<p class=\"lead\">Świadczenia obliczone według ustawy z dnia 12 marca 2004 r. o pomocy społecznej "
      + "(benefits as computed under the Social Assistance Act); kwoty w zł miesięcznie.</p>\n"

    // Headline figures.
    let summary = HTMLPage.summary([
      ("households", "Rodziny (households)", String(total.households)),
      ("persons", "Osoby w rodzinach (persons)", String(total.persons)),
      ("within_criterion", "W kryterium dochodowym (within the criterion)", String(total.withinCriterion)),
      ("cash_eligible", "Z prawem do świadczeń pieniężnych (cash eligible)", String(total.cashEligible)),
      ("periodic", "Zasiłek okresowy — rodziny (periodic)", String(total.periodic)),
      ("periodic_sum", "Zasiłek okresowy — zł/mies.", total.periodicSum.description),
      ("permanent", "Zasiłek stały — rodziny (permanent)", String(total.permanent)),
      ("permanent_sum", "Zasiłek stały — zł/mies.", total.permanentSum.description),
      ("care", "Usługi opiekuńcze z odpłatnością (care)", String(total.care)),
      ("care_fee_sum", "Odpłatność — zł/mies. (care fees)", total.careFeeSum.description),
      ("errors", "Błędy (error rows, counted in the tables)", String(total.errors)),
      ("unreadable_records", "Rekordy nieczytelne (unreadable records, not in the tables)", String(unreadable)),
    ])

    // Charts.
    let years = byYear.keys.sorted()
    let yearCategories = years.map { (key: String($0), label: String($0)) }
    func yearly(_ value: (Tally) -> Int) -> [Int64] { years.map { Int64(value(self.byYear[$0] ?? Tally())) } }
    let bands = incomeRows
    var charts = HTMLPage.figure(
      number: 1,
      chart: BarChart(
        title: "Rodziny według świadczeń i roku decyzji (households per benefit by year)",
        description:
          "Słupki: liczba rodzin w każdym roku decyzji — wszystkie rodziny i rodziny z każdym świadczeniem "
          + "(bars: households per year of the decision date, all and with each benefit).",
        categories: yearCategories,
        series: [
          .init(key: "households", name: "wszystkie (all)", values: yearly { $0.households }),
          .init(key: "periodic", name: "zasiłek okresowy", values: yearly { $0.periodic }),
          .init(key: "permanent", name: "zasiłek stały", values: yearly { $0.permanent }),
          .init(key: "targeted_eligible", name: "zasiłek celowy (w progu)", values: yearly { $0.targetedEligible }),
          .init(key: "meal_eligible", name: "posiłek", values: yearly { $0.mealEligible }),
          .init(key: "care", name: "usługi opiekuńcze", values: yearly { $0.care }),
        ],
        unit: .count),
      corner: "Rok (year)")
    charts += HTMLPage.figure(
      number: 2,
      chart: BarChart(
        title: "Osoby w rodzinach według roku decyzji (persons by year)",
        description:
          "Słupki: osoby we wszystkich rodzinach i w rodzinach z prawem do świadczeń pieniężnych, w każdym roku "
          + "(bars: persons in all households and in cash-eligible households, per year).",
        categories: yearCategories,
        series: [
          .init(key: "persons", name: "osoby (persons)", values: yearly { $0.persons }),
          .init(
            key: "cash_eligible_persons", name: "w rodzinach uprawnionych (cash eligible)",
            values: yearly { $0.cashEligiblePersons }),
        ],
        unit: .count),
      corner: "Rok (year)")
    charts += HTMLPage.figure(
      number: 3,
      chart: BarChart(
        title: "Dochód na osobę wobec kryterium dochodowego (income per person against the criterion)",
        description:
          "Słupki: rodziny i osoby według dochodu na osobę jako odsetka kryterium, w przedziałach do 50 %, "
          + "50–100 %, 100–150 %, 150–200 % i ponad 200 %; pierwsze dwa to rodziny w kryterium "
          + "(bars: households and persons by income per person as a share of the criterion; the first two "
          + "bands are the households within the criterion; error rows are not counted).",
        categories: bands.map { (key: $0.key, label: $0.label) },
        series: [
          .init(key: "households", name: "rodziny (households)", values: bands.map { Int64($0.tally.households) }),
          .init(key: "persons", name: "osoby (persons)", values: bands.map { Int64($0.tally.persons) }),
        ],
        unit: .count),
      corner: "Dochód na osobę (income per person)")
    charts += HTMLPage.figure(
      number: 4,
      chart: BarChart(
        title: "Miesięczne kwoty według świadczenia (monthly sums by benefit)",
        description:
          "Słupki: suma gwarantowanej części zasiłku okresowego, suma zasiłków stałych i suma odpłatności "
          + "za usługi opiekuńcze (płaconej przez rodziny), zł miesięcznie (bars: monthly sums in złoty; the "
          + "care fees are paid by households).",
        categories: [
          (key: "periodic_sum", label: "zasiłek okresowy (periodic)"),
          (key: "permanent_sum", label: "zasiłek stały (permanent)"),
          (key: "care_fee_sum", label: "odpłatność za usługi (care fees)"),
        ],
        series: [
          .init(
            key: "sum", name: "suma zł/mies. (monthly sum)",
            values: [total.periodicSum.grosze, total.permanentSum.grosze, total.careFeeSum.grosze])
        ],
        unit: .money),
      corner: "Świadczenie (benefit)")

    // Tables 1–5, every column.
    let columns = Self.columns.map { (key: $0.0, heading: $0.1, color: String?.none) }
    var groups: [(name: String, rows: [(table: String, key: String, label: String, tally: Tally)])] = []
    for row in rows + incomeRows {
      if groups.last?.name == row.table {
        groups[groups.count - 1].rows.append(row)
      } else {
        groups.append((row.table, [row]))
      }
    }
    var tables = ""
    for group in groups {
      tables += HTMLPage.table(
        id: "table-" + group.name, caption: Self.tableTitles[group.name] ?? group.name, corner: "Wiersz (row)",
        columns: columns,
        rows: group.rows.map { row in
          HTMLPage.Row(key: row.key, label: row.label, cells: Self.columns.map { $0.2(row.tally) })
        })
    }

    let notes = """
      <ul class="note">
      <li>Kwoty są miesięcznymi sumami w zł, liczonymi co do grosza: gwarantowana część zasiłku okresowego
      (art. 38 u.p.s.), zasiłek stały (art. 37 u.p.s.) i odpłatność za usługi opiekuńcze, którą płacą rodziny
      (art. 50 u.p.s.). Amounts are exact monthly sums in złoty.</li>
      <li>Rodzina z błędem (error row) jest liczona w kolumnach „households”, „persons” i „errors”, nie w
      świadczeniach; rekordy nieczytelne (unreadable records) nie są w tabelach: \(unreadable).</li>
      <li>Tabela 4: rodzina liczy się przy każdej ze swoich przesłanek art. 7 u.p.s. (a household counts under
      each of its reasons).</li>
      <li>Tabela 5 i wykres 3: dochód na osobę jako odsetek kryterium (art. 8 ust. 1 u.p.s.); przedział
      obejmuje swoją górną granicę. Granica 100 % to rozstrzygnięcie art. 8 na dokładnym dochodzie, pozostałe
      porównują dochód rodziny zaokrąglony do grosza: dochód × 100 ≤ b × kryterium × liczba osób (each band
      includes its upper bound; the 100 % bound is the art. 8 decision itself).</li>
      </ul>

      """
    return HTMLPage.report(
      title: "Sprawozdanie: rodziny i świadczenia (population report)", lead: lead, summary: summary, charts: charts,
      tables: tables,
      notes: notes)
  }
}
