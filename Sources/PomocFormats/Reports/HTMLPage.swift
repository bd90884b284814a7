import Pomoc

/// The pieces of the report pages: escaping, the page around a body, tables and a summary
/// list. The output is HTML that is also well-formed XML (void elements closed, attributes
/// quoted, only the five XML entities), with no script and no external address: one file
/// that opens offline and that an XML parser can check.
enum HTMLPage {
  /// `text` with `&`, `<`, `>`, `"` and `'` escaped, and the characters XML 1.0 does not
  /// allow (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF)
  /// replaced by U+FFFD, so that any name (a file, a scenario) is safe in text and attributes.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// A whole page: `<!DOCTYPE html>`, `lang="pl"`, UTF-8, the inline style sheet (screen and
  /// print), `title`, then `body` (already HTML).
  static func page(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="pl">
    <head>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta name="generator" content="pomoc"/>
    <title>\(escape(title))</title>
    <style>
    \(style)
    </style>
    </head>
    <body>
    \(body)
    </body>
    </html>

    """
  }

  /// The style sheet: readable on screen, and in print on A4 landscape (wide tables), with
  /// figures and table rows kept whole and the chart colours printed.
  static let style = """
    body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: #1a1a1a;
      background: #fff; margin: 0 auto; max-width: 90rem; padding: 1rem 1.5rem 3rem; line-height: 1.45; }
    h1 { font-size: 1.6rem; margin: 0.5rem 0 0.25rem; }
    h2 { font-size: 1.25rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid #0072B2; }
    p.lead { margin: 0.2rem 0; color: #333; }
    nav ol { margin: 0.3rem 0; padding-left: 1.4rem; }
    nav a, a { color: #005a8c; }
    dl.summary { display: grid; grid-template-columns: max-content max-content; gap: 0.15rem 1.2rem; margin: 0.5rem 0; }
    dl.summary dt { font-weight: 600; }
    dl.summary dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
    figure { margin: 1.2rem 0 2rem; break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-weight: 600; margin-bottom: 0.4rem; }
    svg.chart { display: block; width: 100%; max-width: 900px; height: auto; }
    svg.chart text { font-size: 12px; fill: #1a1a1a; }
    svg.chart .tick { fill: #444; }
    svg.chart .grid { stroke: #d9d9d9; stroke-width: 1; }
    svg.chart .zero { stroke: #333; stroke-width: 1.5; }
    svg.chart .value { font-size: 11px; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0 1.2rem; }
    caption { caption-side: top; text-align: left; font-weight: 600; padding: 0.3rem 0; }
    th, td { border: 1px solid #b3b3b3; padding: 0.2rem 0.45rem; }
    thead th { background: #e8f0f7; vertical-align: bottom; text-align: left; font-weight: 600; }
    tbody th { text-align: left; font-weight: normal; min-width: 6em; }
    td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    tbody tr:nth-child(even) { background: #f5f5f5; }
    .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.35em; border: 1px solid #555;
      vertical-align: baseline; }
    .note { font-size: 0.85rem; color: #333; max-width: 60rem; }
    footer { margin-top: 2.5rem; font-size: 0.8rem; color: #555; }
    @media print {
      @page { size: A4 landscape; margin: 12mm; }
      body { max-width: none; padding: 0; font-size: 9pt; }
      nav { display: none; }
      h2 { break-after: avoid; page-break-after: avoid; }
      .table-wrap { overflow: visible; }
      table { font-size: 7.5pt; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      svg.chart { max-width: 190mm; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """

  /// One row of a table: its key (`data-key`), its label (a row header) and its cells (text).
  struct Row {
    var key: String
    var label: String
    var cells: [String]
  }

  /// A table with a caption, column headers (key for `data-key`, heading text, optional
  /// colour swatch) and rows; numbers right-aligned. Wrapped in a scrolling region on screen
  /// (reachable by keyboard) that prints whole.
  static func table(
    id: String, caption: String, corner: String, columns: [(key: String, heading: String, color: String?)],
    rows: [Row]
  ) -> String {
    var out = "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"\(id)-caption\">\n"
    out += "<table id=\"\(id)\">\n<caption id=\"\(id)-caption\">\(escape(caption))</caption>\n"
    out += "<thead><tr><th scope=\"col\">\(escape(corner))</th>"
    for column in columns {
      out += "<th scope=\"col\" data-key=\"\(escape(column.key))\">"
      if let color = column.color {
        out += "<span class=\"swatch\" aria-hidden=\"true\" style=\"background: \(color)\"></span>"
      }
      out += "\(escape(column.heading))</th>"
    }
    out += "</tr></thead>\n<tbody>\n"
    for row in rows {
      out += "<tr data-key=\"\(escape(row.key))\"><th scope=\"row\">\(escape(row.label))</th>"
      for cell in row.cells { out += "<td>\(escape(cell))</td>" }
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>\n</div>\n"
    return out
  }

  /// A list of headline figures: (key for `data-key`, term, value).
  static func summary(_ items: [(key: String, term: String, value: String)]) -> String {
    var out = "<dl class=\"summary\">\n"
    for item in items {
      out += "<dt>\(escape(item.term))</dt><dd data-key=\"\(escape(item.key))\">\(escape(item.value))</dd>\n"
    }
    return out + "</dl>\n"
  }

  /// A figure: caption, the chart, and the chart's data as a table (its text alternative).
  static func figure(number: Int, chart: BarChart, corner: String) -> String {
    let id = "figure-\(number)"
    var out = "<figure id=\"\(id)\" aria-labelledby=\"\(id)-caption\">\n"
    out += "<figcaption id=\"\(id)-caption\">Wykres \(number). \(escape(chart.title))</figcaption>\n"
    out += chart.svg(id: id)
    out += table(
      id: "\(id)-data", caption: "Dane wykresu \(number) (data of figure \(number))", corner: corner,
      columns: chart.series.enumerated().map { ($0.element.key, $0.element.name, chart.color(of: $0.offset)) },
      rows: chart.categories.enumerated().map { index, category in
        Row(
          key: category.key, label: category.label,
          cells: chart.series.map { chart.unit.text($0.values[index]) })
      })
    return out + "</figure>\n"
  }
}
