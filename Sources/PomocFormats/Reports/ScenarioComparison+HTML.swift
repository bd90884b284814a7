import Pomoc

extension ScenarioComparison {
  /// Labels of the benefits compared (Polish and English), keyed by the names in ``benefits``.
  static let labels: [String: (long: String, short: String)] = [
    "within_criterion": ("W kryterium dochodowym (within the criterion)", "w kryterium (within criterion)"),
    "cash_eligible": ("Prawo do świadczeń pieniężnych (cash eligible)", "świadczenia pieniężne (cash eligible)"),
    "periodic": ("Zasiłek okresowy, część gwarantowana (periodic)", "zasiłek okresowy (periodic)"),
    "permanent": ("Zasiłek stały (permanent)", "zasiłek stały (permanent)"),
    "targeted": ("Zasiłek celowy — w progu (targeted)", "zasiłek celowy (targeted)"),
    "meal": ("Posiłek w szkole i w domu (meal)", "posiłek (meal)"),
    "care_fee": ("Odpłatność za usługi opiekuńcze (care fee)", "usługi opiekuńcze (care fee)"),
  ]

  /// The comparison as one self-contained HTML page (`pomoc compare --output html`): the
  /// counts, four charts — households gaining and losing each benefit, households eligible in
  /// each scenario, the monthly cost in each scenario and its change — each with its data as a
  /// table, then the table of ``text(base:reform:)`` and the counts of ``csv()``.
  ///
  /// Inline SVG and style only: no script, no external address, so the file opens offline and
  /// prints. Every chart is an image with a title and a description, followed by its data table
  /// (the text alternative). The page is also well-formed XML. Numbers are written as in
  /// ``text(base:reform:)`` (`-` where a benefit has no amount).
  ///
  /// - Parameters:
  ///   - base: the name of the base scenario (a date or a parameter file).
  ///   - reform: the name of the reform scenario.
  ///   - source: the input's name for the page header, or `nil`.
  public func html(base: String, reform: String, source: String? = nil) -> String {
    let escape = HTMLPage.escape
    let benefits = Self.benefits
    let costed = benefits.filter { Self.costed.contains($0) }
    func label(_ benefit: String) -> (long: String, short: String) { Self.labels[benefit] ?? (benefit, benefit) }
    func change(_ benefit: String) -> Change { changes[benefit] ?? Change() }

    var lead = "<p class=\"lead\">Scenariusz bazowy (base): <strong>\(escape(base))</strong>; "
    lead += "reforma (reform): <strong>\(escape(reform))</strong></p>\n"
    if let source { lead += "<p class=\"lead\">Dane (input): \(escape(source))</p>\n" }
    lead +=
      "<p class=\"lead\">Te same rodziny oceniane w obu scenariuszach (the same households under both "
      + "scenarios); kwoty w zł miesięcznie.</p>\n"

    let summary = HTMLPage.summary([
      ("households", "Rodziny (households)", String(households)),
      ("comparable", "Ocenione w obu scenariuszach (comparable)", String(comparable)),
      ("errors_base", "Błędy — scenariusz bazowy (error rows, base)", String(errorsBase)),
      ("errors_reform", "Błędy — reforma (error rows, reform)", String(errorsReform)),
      ("unreadable_records", "Rekordy nieczytelne (unreadable records, not compared)", String(unreadable)),
    ])

    let all = benefits.map { (key: $0, label: label($0).short) }
    let withCost = costed.map { (key: $0, label: label($0).short) }
    var charts = HTMLPage.figure(
      number: 1,
      chart: BarChart(
        title: "Rodziny zyskujące i tracące świadczenie (households gaining and losing each benefit)",
        description:
          "Słupki nad osią: rodziny, które w reformie zyskują świadczenie; pod osią: rodziny, które je tracą "
          + "(bars above the line: households gaining the benefit under the reform; below: households losing it).",
        categories: all,
        series: [
          .init(
            key: "gained", name: "zyskują (gained)", values: benefits.map { Int64(change($0).gained) },
            color: "#009E73"),
          .init(
            key: "lost", name: "tracą (lost)", values: benefits.map { Int64(change($0).lost) }, drawnBelow: true,
            color: "#D55E00"),
        ],
        unit: .count),
      corner: "Świadczenie (benefit)")
    charts += HTMLPage.figure(
      number: 2,
      chart: BarChart(
        title: "Rodziny uprawnione w każdym scenariuszu (households eligible in each scenario)",
        description: "Słupki: rodziny uprawnione do każdego świadczenia w scenariuszu bazowym i w reformie.",
        categories: all,
        series: [
          .init(key: "base", name: "bazowy (base)", values: benefits.map { Int64(change($0).eligibleBase) }),
          .init(key: "reform", name: "reforma (reform)", values: benefits.map { Int64(change($0).eligibleReform) }),
        ],
        unit: .count),
      corner: "Świadczenie (benefit)")
    charts += HTMLPage.figure(
      number: 3,
      chart: BarChart(
        title: "Miesięczny koszt według świadczenia (monthly cost by benefit)",
        description:
          "Słupki: miesięczne sumy w zł w scenariuszu bazowym i w reformie; odpłatność za usługi opiekuńcze "
          + "płacą rodziny (bars: monthly sums in złoty, base and reform; care fees are paid by households).",
        categories: withCost,
        series: [
          .init(key: "cost_base", name: "bazowy (base)", values: costed.map { change($0).costBase.grosze }),
          .init(key: "cost_reform", name: "reforma (reform)", values: costed.map { change($0).costReform.grosze }),
        ],
        unit: .money),
      corner: "Świadczenie (benefit)")
    charts += HTMLPage.figure(
      number: 4,
      chart: BarChart(
        title: "Zmiana miesięcznego kosztu (change in monthly cost)",
        description:
          "Słupki: reforma minus scenariusz bazowy, zł miesięcznie; nad osią wzrost, pod osią spadek "
          + "(bars: reform minus base; above the line an increase, below a decrease).",
        categories: withCost,
        series: [
          .init(
            key: "cost_change", name: "zmiana (change)", values: costed.map { change($0).costChange.grosze },
            color: "#0072B2")
        ],
        unit: .money),
      corner: "Świadczenie (benefit)")

    var tables = HTMLPage.table(
      id: "table-comparison", caption: "Tabela 1. Świadczenia w obu scenariuszach (benefits under both scenarios)",
      corner: "Świadczenie (benefit)",
      columns: [
        ("base", "Uprawnieni — bazowy (base)", nil), ("reform", "Uprawnieni — reforma (reform)", nil),
        ("gained", "Zyskują (gained)", nil), ("lost", "Tracą (lost)", nil),
        ("cost_base", "Koszt — bazowy, zł/mies. (cost base)", nil),
        ("cost_reform", "Koszt — reforma, zł/mies. (cost reform)", nil),
        ("change", "Zmiana, zł/mies. (change)", nil),
      ],
      rows: benefits.map { benefit in
        let c = change(benefit)
        let costs = Self.costed.contains(benefit)
        return HTMLPage.Row(
          key: benefit, label: label(benefit).long,
          cells: [
            String(c.eligibleBase), String(c.eligibleReform), String(c.gained), String(c.lost),
            costs ? c.costBase.description : "-", costs ? c.costReform.description : "-",
            costs ? c.costChange.description : "-",
          ])
      })
    tables += HTMLPage.table(
      id: "table-counts", caption: "Tabela 2. Rekordy w każdym scenariuszu (records in each scenario)",
      corner: "Rekordy (records)",
      columns: [("base", "Bazowy (base)", nil), ("reform", "Reforma (reform)", nil)],
      rows: [
        HTMLPage.Row(
          key: "households", label: "Rodziny (households)", cells: [String(households), String(households)]),
        HTMLPage.Row(
          key: "error_rows", label: "Błędy (error rows)", cells: [String(errorsBase), String(errorsReform)]),
        HTMLPage.Row(
          key: "unreadable_records", label: "Nieczytelne (unreadable records)",
          cells: [String(unreadable), String(unreadable)]),
      ])

    let notes = """
      <ul class="note">
      <li>Koszty są miesięcznymi sumami w zł, liczonymi co do grosza: gwarantowana część zasiłku okresowego
      (art. 38 u.p.s.), zasiłek stały (art. 37 u.p.s.) i odpłatność za usługi opiekuńcze, którą płacą rodziny
      (art. 50 u.p.s.); „-”: świadczenie bez kwoty (a benefit without an amount).</li>
      <li>„Zyskują” to rodziny bez świadczenia w scenariuszu bazowym i ze świadczeniem w reformie, „tracą”
      odwrotnie; liczone są tylko rodziny ocenione w obu scenariuszach (comparable).</li>
      </ul>

      """
    return HTMLPage.report(
      title: "Porównanie scenariuszy (scenario comparison)", lead: lead, summary: summary, charts: charts,
      tables: tables,
      notes: notes)
  }
}
