import Foundation
import Testing

@testable import Pomoc
@testable import PomocFormats

/// The HTML pages of `pomoc report` and `pomoc compare`: well-formed (read by an XML parser),
/// self-contained (no script, no address), accessible (every chart an image with a title and a
/// description, and its data as a table), and showing the numbers of the text and CSV forms.
enum Page {
  /// Parses a page and checks what every page must be; returns the root (or fails the test).
  static func check(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> PageNode {
    let (root, error) = PageNode.parse(html)
    #expect(error == nil, "not well-formed XML: \(error ?? "")", sourceLocation: sourceLocation)
    let page = try #require(root, sourceLocation: sourceLocation)
    let lowered = html.lowercased()
    #expect(!lowered.contains("<script"), sourceLocation: sourceLocation)
    #expect(!lowered.contains("http"), sourceLocation: sourceLocation)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"pl\">"), sourceLocation: sourceLocation)
    #expect(page.name == "html" && page.first("title")?.trimmedText.isEmpty == false, sourceLocation: sourceLocation)
    #expect(page.first("style") != nil, sourceLocation: sourceLocation)
    // Nothing that loads or runs anything.
    for name in ["script", "link", "img", "iframe", "object", "embed", "use", "image", "foreignObject"] {
      #expect(page.all(name).isEmpty, "<\(name)>", sourceLocation: sourceLocation)
    }
    var ids: Set<String> = []
    func walk(_ node: PageNode) {
      for (name, value) in node.attributes {
        #expect(!name.lowercased().hasPrefix("on"), "event attribute \(name)", sourceLocation: sourceLocation)
        if name == "href" { #expect(value.hasPrefix("#"), "link \(value)", sourceLocation: sourceLocation) }
      }
      if let id = node.attributes["id"] {
        #expect(ids.insert(id).inserted, "id \(id) twice", sourceLocation: sourceLocation)
      }
      node.children.forEach(walk)
    }
    walk(page)
    // Every chart: an image with a title and a description it is labelled by, inside a figure
    // with a caption and the chart's data as a table.
    let charts = page.all("svg")
    #expect(!charts.isEmpty, sourceLocation: sourceLocation)
    for svg in charts {
      #expect(svg.attributes["role"] == "img", sourceLocation: sourceLocation)
      let title = svg.children.first { $0.name == "title" }
      let desc = svg.children.first { $0.name == "desc" }
      #expect(title?.trimmedText.isEmpty == false && desc?.trimmedText.isEmpty == false, sourceLocation: sourceLocation)
      #expect(
        svg.attributes["aria-labelledby"] == "\(title?.attributes["id"] ?? "?") \(desc?.attributes["id"] ?? "?")",
        sourceLocation: sourceLocation)
      let figure = svg.parent
      #expect(figure?.name == "figure", sourceLocation: sourceLocation)
      #expect(figure?.first("figcaption")?.trimmedText.isEmpty == false, sourceLocation: sourceLocation)
      #expect(figure?.first("table")?.first("caption") != nil, sourceLocation: sourceLocation)
    }
    // Every table has a caption and headers with a scope.
    for table in page.all("table") {
      #expect(table.first("caption")?.trimmedText.isEmpty == false, sourceLocation: sourceLocation)
      #expect(table.all("th").allSatisfy { $0.attributes["scope"] != nil }, sourceLocation: sourceLocation)
    }
    return page
  }

  static func table(_ page: PageNode, _ id: String) throws -> PageTable {
    PageTable(try #require(page.element(id: id), "table \(id)"))
  }

  /// `table,row,column,value` of `PopulationReport.csv()`.
  static func reportCells(_ csv: String) -> [String: String] {
    var cells: [String: String] = [:]
    for line in csv.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      cells[fields[0...2].joined(separator: ",")] = fields[3]
    }
    return cells
  }

  /// The tables of `PopulationReport.text()`: table name → rows of numbers, in order.
  static func reportText(_ text: String) -> [String: (columns: [String], rows: [[String]])] {
    var tables: [String: (columns: [String], rows: [[String]])] = [:]
    var current: String?
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
    while let line = lines.popFirst() {
      if let name = PopulationReport.tableTitles.first(where: { $0.value == line })?.key {
        current = name
        let header = lines.popFirst() ?? ""
        tables[name] = (header.split(separator: " ").map(String.init), [])
      } else if line.isEmpty || line.hasPrefix("Unreadable") {
        current = nil
      } else if let name = current {
        tables[name]!.rows.append(line.dropFirst(36).split(separator: " ").map(String.init))
      }
    }
    return tables
  }

  /// Checks every number of a report page against the CSV and the text of the same report.
  static func checkReport(html: String, csv: String, text: String) throws {
    let page = try check(html)
    let cells = reportCells(csv)
    // Tables 1–5: every cell is the CSV's, and every CSV cell is shown.
    var shown = 0
    var names: Set<String> = []
    for table in page.all("table") where table.attributes["id"]?.hasPrefix("table-") == true {
      let t = PageTable(table)
      let name = String(t.id.dropFirst("table-".count))
      names.insert(name)
      #expect(t.columns == PopulationReport.columns.map(\.0))
      for row in t.rows {
        #expect(row.cells.count == t.columns.count)
        for (column, cell) in zip(t.columns, row.cells) {
          #expect(cells["\(name),\(row.key),\(column)"] == cell, "\(name) \(row.key) \(column)")
          shown += 1
        }
      }
    }
    #expect(shown == cells.count - 1)   // all but 0_input,all,unreadable_records
    // The text's tables: the same rows, in the same order, with the same numbers.
    let textTables = reportText(text)
    #expect(Set(textTables.keys) == names)   // Table 4 only when a household has a reason
    #expect(names.isSuperset(of: ["1_overall", "2_by_year", "3_by_household_size", "5_by_income_to_criterion"]))
    for (name, table) in textTables {
      let t = try Page.table(page, "table-" + name)
      #expect(table.rows.count == t.rows.count, "\(name)")
      for (textRow, pageRow) in zip(table.rows, t.rows) {
        #expect(textRow == table.columns.map { t[pageRow.key, $0] ?? "?" }, "\(name) \(pageRow.key)")
      }
    }
    // Headline figures.
    let summary = page.all("dd")
    #expect(summary.count == 12)
    for dd in summary {
      let key = dd.attributes["data-key"] ?? ""
      let expected =
        key == "unreadable_records" ? cells["0_input,all,unreadable_records"] : cells["1_overall,all,\(key)"]
      #expect(dd.trimmedText == expected, "\(key)")
    }
    // The charts' data: years, bands, sums.
    for (figure, table) in [
      ("figure-1-data", "2_by_year"), ("figure-2-data", "2_by_year"), ("figure-3-data", "5_by_income_to_criterion"),
    ] {
      let t = try Page.table(page, figure)
      for row in t.rows {
        for (column, cell) in zip(t.columns, row.cells) {
          #expect(cells["\(table),\(row.key),\(column)"] == cell, "\(figure)")
        }
      }
    }
    let sums = try Page.table(page, "figure-4-data")
    #expect(sums.rows.map(\.key) == ["periodic_sum", "permanent_sum", "care_fee_sum"])
    for row in sums.rows { #expect(cells["1_overall,all,\(row.key)"] == row.cells.first) }
    // Chart 1 and 2 draw every year of Table 2; chart 3 the five bands.
    #expect(
      try Page.table(page, "figure-1-data").rows.map(\.key) == (try Page.table(page, "table-2_by_year")).rows.map(\.key)
    )
    #expect(try Page.table(page, "figure-3-data").rows.count == 5)
    // Each bar carries its value (the figure has categories × series bars).
    for number in 1...4 {
      let figure = try #require(page.element(id: "figure-\(number)"))
      let data = try Page.table(page, "figure-\(number)-data")
      let bars = figure.first("svg")!.all("rect").filter { $0.first("title") != nil }
      #expect(bars.count == data.rows.count * data.columns.count)
    }
  }

  /// Checks every number of a comparison page against the CSV and the text of the same comparison.
  static func checkComparison(html: String, csv: String, text: String) throws {
    let page = try check(html)
    var lines: [String: [String]] = [:]
    for line in csv.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      lines[fields[0]] = Array(fields.dropFirst())
    }
    var textRows: [String: [String]] = [:]
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: " ").map(String.init)
      if ScenarioComparison.benefits.contains(fields.first ?? "") && fields.count == 8 {
        textRows[fields[0]] = Array(fields.dropFirst())
      }
    }
    #expect(textRows.count == ScenarioComparison.benefits.count)
    let table = try Page.table(page, "table-comparison")
    #expect(table.rows.map(\.key) == ScenarioComparison.benefits)
    for row in table.rows {
      // The text's numbers exactly ("-" where a benefit has no amount) …
      #expect(row.cells == textRows[row.key], "\(row.key)")
      // … and the CSV's (its amounts are 0.00 where the text has "-").
      let c = lines[row.key] ?? []
      #expect(Array(row.cells.prefix(4)) == Array(c.prefix(4)), "\(row.key)")
      if ScenarioComparison.costed.contains(row.key) { #expect(Array(row.cells.suffix(3)) == Array(c.suffix(3))) }
    }
    let counts = try Page.table(page, "table-counts")
    #expect(counts.rows.map(\.key) == ["households", "error_rows", "unreadable_records"])
    for row in counts.rows { #expect(row.cells == Array((lines[row.key] ?? []).prefix(2)), "\(row.key)") }
    let summary = Dictionary(
      uniqueKeysWithValues: page.all("dd").map { ($0.attributes["data-key"] ?? "", $0.trimmedText) })
    #expect(summary["households"] == lines["households"]?[0])
    #expect(summary["errors_base"] == lines["error_rows"]?[0] && summary["errors_reform"] == lines["error_rows"]?[1])
    #expect(summary["unreadable_records"] == lines["unreadable_records"]?[0])
    #expect(text.contains("comparable: \(summary["comparable"] ?? "?");"))
    // The charts' data.
    let columns = ["eligible_base", "eligible_reform", "gained", "lost", "cost_base", "cost_reform", "cost_change"]
    for (figure, keys) in [
      ("figure-1-data", ["gained": "gained", "lost": "lost"]),
      ("figure-2-data", ["base": "eligible_base", "reform": "eligible_reform"]),
      ("figure-3-data", ["cost_base": "cost_base", "cost_reform": "cost_reform"]),
      ("figure-4-data", ["cost_change": "cost_change"]),
    ] {
      let t = try Page.table(page, figure)
      #expect(Set(t.columns) == Set(keys.keys))
      for row in t.rows {
        for (column, cell) in zip(t.columns, row.cells) {
          #expect(lines[row.key]?[columns.firstIndex(of: keys[column]!)!] == cell, "\(figure) \(row.key) \(column)")
        }
      }
    }
    #expect(try Page.table(page, "figure-3-data").rows.map(\.key) == ["periodic", "permanent", "care_fee"])
  }
}

@Suite("Reports as HTML pages")
struct ReportHTMLTests {
  /// The households of Examples/households.csv, read as `pomoc report` reads them.
  static func examples() throws -> (requests: [EvaluationRequest], unreadable: Int) {
    let bytes = Array(try Data(contentsOf: CLI.packageRoot.appendingPathComponent("Examples/households.csv")))
    var stream = RecordStream(format: .csv)
    var requests: [EvaluationRequest] = []
    var unreadable = 0
    let handle: (RecordStream.Item) -> Void = { item in
      switch item.request {
      case .success(let request): requests.append(request)
      case .failure: unreadable += 1
      }
    }
    try bytes.withUnsafeBufferPointer { try stream.feed($0, handle) }
    try stream.finish(handle)
    return (requests, unreadable)
  }

  @Test("The report of the examples: the page shows the numbers of text() and csv()")
  func examplesReport() async throws {
    let (requests, unreadable) = try Self.examples()
    #expect(requests.count == 320 && unreadable == 0)
    var report = PopulationReport()
    for (request, outcome) in zip(requests, await BatchEvaluator(maximumConcurrency: 2).evaluate(requests)) {
      report.add(request, outcome)
    }
    let html = report.html(source: "Examples/households.csv")
    try Page.checkReport(html: html, csv: report.csv(), text: report.text())
    #expect(report.html(source: "Examples/households.csv") == html)   // a pure function
  }

  @Test("A hand-made population: the page shows the hand-computed numbers")
  func handMadeReport() async throws {
    let report = await IncomeBandTests.report()
    let html = report.html()
    try Page.checkReport(html: html, csv: report.csv(), text: report.text())
    let page = try Page.check(html)
    // IncomeBandTests.population: 7 households, 1 + 1 + 3 + 3 + 2 + 2 + 1 = 13 persons, one error row;
    // bands 1, 2, 1, 1, 1 households.
    let bands = try Page.table(page, "figure-3-data")
    #expect(bands.rows.map { $0.cells } == [["1", "1"], ["2", "4"], ["1", "3"], ["1", "2"], ["1", "2"]])
    let overall = try Page.table(page, "table-1_overall")
    #expect(overall["all", "households"] == "7" && overall["all", "persons"] == "13" && overall["all", "errors"] == "1")
    #expect(overall["all", "within_criterion"] == "3")
    // 2011 is an error row with a year of its own: Table 2 has 2011 and 2025.
    #expect(try Page.table(page, "table-2_by_year").rows.map(\.key) == ["2011", "2025"])
  }

  @Test("The comparison of the examples (2024 vs 2025 criteria): the page shows the numbers of text() and csv()")
  func examplesComparison() async throws {
    let (requests, _) = try Self.examples()
    func on(_ date: String) -> [EvaluationRequest] {
      requests.map {
        var moved = $0; moved.date = d(date); return moved
      }
    }
    let batch = BatchEvaluator(maximumConcurrency: 2)
    let base = await batch.evaluate(on("2024-06-01"))
    let reform = await batch.evaluate(on("2025-06-01"))
    var comparison = ScenarioComparison()
    for index in requests.indices { comparison.add(base: base[index], reform: reform[index]) }
    let html = comparison.html(base: "2024-06-01", reform: "2025-06-01", source: "Examples/households.csv")
    try Page.checkComparison(
      html: html, csv: comparison.csv(), text: comparison.text(base: "2024-06-01", reform: "2025-06-01"))
  }

  @Test("A hand-made comparison: a single person with 900 zł gains, a care fee falls")
  func handMadeComparison() async throws {
    // 900 > 776 (2024) but ≤ 1010 (2025), unemployed: periodic 0 → (1010 − 900) / 2 = 55.00.
    let base = household("2024-06-01", income: "900.00", age: 40, sex: .male, reasons: [.unemployment])
    var reform = base
    reform.date = d("2025-06-01")
    var comparison = ScenarioComparison()
    comparison.add(
      base: await BatchEvaluator().evaluate([base])[0], reform: await BatchEvaluator().evaluate([reform])[0])
    comparison.add(base: .failure(PomocError.arithmeticOverflow), reform: .failure(PomocError.arithmeticOverflow))
    comparison.addUnreadable()
    let html = comparison.html(base: "2024-06-01", reform: "2025-06-01")
    try Page.checkComparison(
      html: html, csv: comparison.csv(), text: comparison.text(base: "2024-06-01", reform: "2025-06-01"))
    let page = try Page.check(html)
    let table = try Page.table(page, "table-comparison")
    #expect(table.rows.first { $0.key == "periodic" }?.cells == ["0", "1", "1", "0", "0.00", "55.00", "55.00"])
    #expect(table.rows.first { $0.key == "meal" }?.cells.suffix(3) == ["-", "-", "-"])
    let counts = try Page.table(page, "table-counts")
    #expect(counts["households", "base"] == "2" && counts["error_rows", "reform"] == "1")
    #expect(counts["unreadable_records", "base"] == "1")
  }

  @Test("Every name is escaped: a hostile file or scenario name stays text")
  func escaping() throws {
    let hostile = "a<b>&c\"d'e\u{1}<script>alert(1)</script>"
    let report = PopulationReport().html(source: hostile)
    let comparison = ScenarioComparison().html(base: hostile, reform: "x & y", source: hostile)
    for html in [report, comparison] {
      let page = try Page.check(html)
      #expect(page.all("p").contains { $0.trimmedText.contains("a<b>&c\"d'e\u{FFFD}<script>alert(1)</script>") })
    }
    #expect(HTMLPage.escape("<&>\"'\t\u{0}\u{FFFE}é") == "&lt;&amp;&gt;&quot;&#39;\t\u{FFFD}\u{FFFD}é")
    // An empty report: every table, charts of zeros, no year (chart 1 and 2 say there is no data).
    let empty = try Page.check(report)
    #expect(empty.all("svg").count == 2)
    #expect(try Page.table(empty, "table-5_by_income_to_criterion").rows.count == 5)
  }

  @Test("Bar geometry is integer and proportional")
  func geometry() throws {
    func bars(_ chart: BarChart) throws -> [(y: Int, height: Int)] {
      let svg = try #require(PageNode.parse(chart.svg(id: "c")).root)
      return svg.all("rect").filter { $0.first("title") != nil }.map {
        (Int($0.attributes["y"]!)!, Int($0.attributes["height"]!)!)
      }
    }
    // 0, 50, 100: span 100 → step 20 (100 ≤ 5 × 20), axis 0…100 over 260 px: 0, 130, 260 px.
    let up = try bars(
      BarChart(
        title: "t", description: "d", categories: [("a", "a"), ("b", "b"), ("c", "c")],
        series: [.init(key: "s", name: "s", values: [0, 50, 100])], unit: .count))
    #expect(up.map(\.height) == [0, 130, 260])
    #expect(up[2].y + up[2].height == up[0].y)   // all stand on the zero line
    // −30 and 70: span 100 → step 20; axis −40…80 (120) over 260 px; the zero line at
    // 80 × 260 / 120 = 173 (173.3); 70 at 10 × 260 / 120 = 21 (21.7): 152 px up;
    // −30 at 110 × 260 / 120 = 238 (238.3): 65 px down.
    let both = try bars(
      BarChart(
        title: "t", description: "d", categories: [("a", "a"), ("b", "b")],
        series: [.init(key: "s", name: "s", values: [-30, 70])], unit: .count))
    #expect(both.map(\.height) == [65, 152])
    #expect(both[0].y == both[1].y + both[1].height)   // −30 hangs from the zero line
    // A count drawn below (losses): 3 lost, 6 gained: span 9 → step 2; axis −4…6 (10):
    // zero at 6 × 26 = 156 px from the top; 6 up = 156 px, 3 down = 78 px.
    let diverging = try bars(
      BarChart(
        title: "t", description: "d", categories: [("a", "a")],
        series: [.init(key: "g", name: "g", values: [6]), .init(key: "l", name: "l", values: [3], drawnBelow: true)],
        unit: .count))
    #expect(diverging.map(\.height) == [156, 78])
    // Money: 12 345.67 zł → span 1 234 567 gr → step 500 000 gr (5 000 zł); axis 0…15 000 zł;
    // the bar's top at (1 500 000 − 1 234 567) × 260 / 1 500 000 = 46 (46.008) px: 260 − 46 = 214 px.
    let money = try bars(
      BarChart(
        title: "t", description: "d", categories: [("a", "a")],
        series: [.init(key: "s", name: "s", values: [1_234_567])], unit: .money))
    #expect(money.map(\.height) == [214])
    // Sums of wrapped counters never trap: drawn at the limit.
    _ = try bars(
      BarChart(
        title: "t", description: "d", categories: [("a", "a"), ("b", "b")],
        series: [.init(key: "s", name: "s", values: [.max, .min])], unit: .money))
  }
}

@Suite("pomoc report and compare --output html", .enabled(if: CLI.executable != nil))
struct ReportHTMLToolTests {
  @Test("report --output html: exit 0, a well-formed page with the numbers of --output csv and text")
  func report() throws {
    let html = try CLI.run(["report", "--output", "html", "Examples/households.csv"])
    #expect(html.status == 0 && html.stderr.isEmpty)
    let csv = try CLI.run(["report", "--output", "csv", "Examples/households.csv"])
    let text = try CLI.run(["report", "Examples/households.csv"])
    try Page.checkReport(html: html.stdout, csv: csv.stdout, text: text.stdout)
    #expect(html.stdout.contains("Dane (input): Examples/households.csv"))
  }

  @Test("compare --output html: the status of the other forms (1: error rows), the same numbers")
  func compare() throws {
    let arguments = ["compare", "--base", "2024-06-01", "--reform", "2025-06-01"]
    let html = try CLI.run(arguments + ["--output", "html", "Examples/households.csv"])
    let csv = try CLI.run(arguments + ["--output", "csv", "Examples/households.csv"])
    let text = try CLI.run(arguments + ["Examples/households.csv"])
    #expect(html.status == csv.status && html.status == text.status)
    #expect(html.stderr == csv.stderr)
    try Page.checkComparison(html: html.stdout, csv: csv.stdout, text: text.stdout)
  }

  @Test("Error rows and unreadable records: exit 1, counted on the page")
  func errors() throws {
    let run = try CLI.run(["report", "--output", "html", "-"], stdin: ReportErrorTests.input)
    #expect(run.status == 1)
    let page = try Page.check(run.stdout)
    let summary = Dictionary(
      uniqueKeysWithValues: page.all("dd").map { ($0.attributes["data-key"] ?? "", $0.trimmedText) })
    #expect(summary["errors"] == "1" && summary["unreadable_records"] == "1")
    #expect(run.stdout.contains("Dane (input): stdin"))
    let compare = try CLI.run(
      ["compare", "--base", "2012-09-30", "--reform", "2025-06-01", "--output", "html", "-"],
      stdin: "id,date,persons,income\na,2025-01-01,1,1\n")
    #expect(compare.status == 1)
    #expect(try Page.table(try Page.check(compare.stdout), "table-counts")["error_rows", "base"] == "1")
  }

  @Test("A bad --output is a usage error; the help names html; a failed write is 74")
  func invocation() throws {
    let bad = try CLI.run(["report", "--output", "pdf", "Examples/households.csv"])
    #expect(bad.status == 64 && bad.stdout.isEmpty)
    #expect(bad.stderr.contains("--output must be text, csv or html"))
    #expect(try CLI.run(["help", "report"]).stdout.contains("--output text|csv|html"))
    #expect(try CLI.run(["help", "compare"]).stdout.contains("--output text|csv|html"))
    for command in [
      "\"$POMOC\" report --output html Examples/households.csv",
      "\"$POMOC\" compare --base 2024-06-01 --reform 2025-06-01 --output html Examples/households.csv",
    ] {
      let run = try CLI.shell(command + " > /dev/full")
      #expect(run.status == 74)
      #expect(run.stderr.contains("cannot write the output: No space left on device"))
    }
  }
}
