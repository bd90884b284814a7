import Pomoc

/// A grouped bar chart drawn as inline SVG, for the report pages.
///
/// Geometry is in integers (pixels of the view box, values in counts or grosze: no floating
/// point). The chart is an image with a `<title>` and a `<desc>`; each bar also carries a
/// `<title>` with its exact value (shown on hover). Values may be negative (drawn below the
/// zero line); a series marked ``Series/drawnBelow`` is a count drawn downwards (households
/// losing a benefit).
struct BarChart {
  /// What the values count.
  enum Unit {
    /// Households or persons.
    case count
    /// Amounts in grosze, shown in złoty (`1234.56`).
    case money

    /// The exact text of a value, as in the text and CSV reports.
    func text(_ value: Int64) -> String {
      switch self {
      case .count: return String(value)
      case .money: return Money(grosze: value).description
      }
    }

    /// An axis label: whole numbers with thin spaces between thousands (`12 000`); złoty for
    /// money when the step is whole złoty.
    func tick(_ value: Int64, step: Int64) -> String {
      switch self {
      case .count: return BarChart.grouped(value)
      case .money: return step % 100 == 0 ? BarChart.grouped(value / 100) : Money(grosze: value).description
      }
    }

    /// The smallest step between axis labels: one household, one złoty.
    var minimumStep: Int64 { self == .count ? 1 : 100 }

    /// The unit over the axis.
    var axisTitle: String { self == .count ? "liczba" : "zł/mies." }
  }

  /// One series of bars: a value per category.
  struct Series {
    /// Stable key (`data-key` of its column in the data table).
    var key: String
    /// Legend text.
    var name: String
    /// Values, one per category, as the table shows them.
    var values: [Int64]
    /// Drawn below the zero line (a count of losses).
    var drawnBelow = false
    /// A colour instead of the palette's.
    var color: String? = nil
  }

  /// The chart's title (also the figure caption).
  var title: String
  /// What the chart shows, for the `<desc>` (values are added when there are few).
  var description: String
  /// Categories along the horizontal axis: key and label.
  var categories: [(key: String, label: String)]
  /// The series, drawn side by side within each category.
  var series: [Series]
  /// What the values count.
  var unit: Unit

  /// Colours distinguishable with colour-blindness (Okabe & Ito), dark enough on white.
  static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#7F7F7F", "#000000"]

  /// The colour of series `index`.
  func color(of index: Int) -> String {
    series[index].color ?? Self.palette[index % Self.palette.count]
  }

  /// Values beyond ±10^17 (10^15 zł) are drawn at that height, so that no sum of wrapped
  /// counters can overflow the geometry; the text shows the exact value.
  static let drawLimit: Int64 = 100_000_000_000_000_000

  static let width = 900
  static let left = 96
  static let right = 16
  static let plotHeight = 260
  static let characterWidth = 7
  static let lineHeight = 14

  /// `12345678` → `12 345 678` (narrow no-break spaces).
  static func grouped(_ value: Int64) -> String {
    let digits = Array(String(value.magnitude))
    var out = value < 0 ? "−" : ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out += "\u{202F}" }
      out.append(digit)
    }
    return out
  }

  /// The smallest 1, 2 or 5 × 10^k (at least `minimum`) that divides `span` into at most five steps.
  static func niceStep(span: Int64, minimum: Int64) -> Int64 {
    var power: Int64 = 1
    while true {
      for multiple: Int64 in [1, 2, 5] {
        let step = multiple * power
        if step >= minimum && span <= step * 5 { return step }
      }
      power *= 10
    }
  }

  /// Width of a text in pixels, estimated (12 px type).
  static func textWidth(_ text: String) -> Int { text.count * characterWidth }

  /// A label broken into lines that fit `width` (at most three; a long word stays whole).
  static func lines(_ label: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in label.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if textWidth(candidate) <= width || current.isEmpty {
        current = candidate
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    if lines.count > 3 { lines = Array(lines[0..<2]) + [lines[2...].joined(separator: " ")] }
    return lines
  }

  /// The value as drawn: negated when drawn below, clamped to ±``drawLimit``.
  func drawn(_ series: Series, _ index: Int) -> Int64 {
    let value = max(-Self.drawLimit, min(Self.drawLimit, series.values[index]))
    return series.drawnBelow ? -value : value
  }

  /// The `<desc>`: the description, then every value when there are at most 24.
  var fullDescription: String {
    var text = description
    if categories.count * series.count <= 24 {
      text += " Wartości (values): "
      text += categories.enumerated().map { index, category in
        category.label + ": "
          + series.map { "\($0.name) \(unit.text($0.values[index]))" }.joined(separator: ", ")
      }.joined(separator: "; ")
      text += "."
    } else {
      text += " Wartości są w tabeli pod wykresem (the values are in the table below the chart)."
    }
    return text
  }

  /// The chart as an `<svg>` element with ids prefixed by `id`.
  func svg(id: String) -> String {
    let escape = HTMLPage.escape
    let plotWidth = Self.width - Self.left - Self.right
    guard !categories.isEmpty, !series.isEmpty else {
      return "<p class=\"note\">Brak danych do wykresu (no data for this chart).</p>\n"
    }

    // Legend rows at the top.
    var legend = ""
    var x = Self.left
    var legendRow = 0
    for (index, item) in series.enumerated() {
      let itemWidth = 18 + Self.textWidth(item.name) + 20
      if x + itemWidth > Self.width - Self.right && x > Self.left {
        legendRow += 1
        x = Self.left
      }
      let y = 6 + legendRow * 20
      legend += "<rect x=\"\(x)\" y=\"\(y)\" width=\"12\" height=\"12\" fill=\"\(color(of: index))\"/>"
      legend += "<text x=\"\(x + 18)\" y=\"\(y + 11)\">\(escape(item.name))</text>\n"
      x += itemWidth
    }
    let plotTop = 6 + (legendRow + 1) * 20 + 24

    // The scale: from a multiple of the step at or below the least value (or 0) to one at or
    // above the greatest (or 0).
    var least: Int64 = 0
    var greatest: Int64 = 0
    for item in series {
      for index in categories.indices {
        least = min(least, drawn(item, index))
        greatest = max(greatest, drawn(item, index))
      }
    }
    let step = Self.niceStep(span: greatest - least, minimum: unit.minimumStep)
    let top = (greatest + step - 1) / step * step
    let bottom = -((-least + step - 1) / step * step)
    let axisMax = top == bottom ? top + step : top
    let span = axisMax - bottom
    /// The vertical position of a value (0 ≤ axisMax − value ≤ span, so the quotient is at
    /// most the plot height: no overflow).
    func y(_ value: Int64) -> Int {
      let product = (axisMax - value).multipliedFullWidth(by: Int64(Self.plotHeight))
      return plotTop + Int(span.dividingFullWidth(product).quotient)
    }

    // Category slots and bar widths.
    let slot = plotWidth / categories.count
    let padding = max(1, slot / 6)
    let barWidth = max(1, (slot - 2 * padding) / series.count)
    let labelLines = categories.map { Self.lines($0.label, width: max(slot - 4, Self.characterWidth)) }
    let maximumLines = labelLines.map(\.count).max() ?? 1
    // Values are written at the bars' ends only when every one fits its bar.
    let showValues = series.allSatisfy { item in
      item.values.allSatisfy { Self.textWidth(unit.text($0)) <= barWidth + 6 }
    }
    // Room under the plot for the values of bars that reach down to it, then the labels.
    let labelTop = y(bottom) + 6 + (showValues && least < 0 ? 16 : 0)
    let height = labelTop + maximumLines * Self.lineHeight + 12

    var out = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
    out += "viewBox=\"0 0 \(Self.width) \(height)\" width=\"\(Self.width)\" height=\"\(height)\">\n"
    out += "<title id=\"\(id)-title\">\(escape(title))</title>\n"
    out += "<desc id=\"\(id)-desc\">\(escape(fullDescription))</desc>\n"
    out += legend
    out += "<text class=\"tick\" x=\"8\" y=\"\(plotTop - 12)\">\(escape(unit.axisTitle))</text>\n"
    // Grid lines and their labels.
    var tick = bottom
    while tick <= axisMax {
      let position = y(tick)
      out += "<line class=\"grid\" x1=\"\(Self.left)\" y1=\"\(position)\" x2=\"\(Self.width - Self.right)\" "
      out += "y2=\"\(position)\"/>"
      out += "<text class=\"tick\" x=\"\(Self.left - 6)\" y=\"\(position + 4)\" text-anchor=\"end\">"
      out += "\(escape(unit.tick(tick, step: step)))</text>\n"
      tick += step
    }
    // Bars.
    let zero = y(0)
    for (categoryIndex, category) in categories.enumerated() {
      let slotLeft = Self.left + categoryIndex * slot
      for (seriesIndex, item) in series.enumerated() {
        let value = drawn(item, categoryIndex)
        let end = y(value)
        var barTop = min(end, zero)
        var barHeight = abs(end - zero)
        if barHeight == 0 && value != 0 {
          // Too small for a pixel: drawn one pixel high, so that it shows.
          barHeight = 1
          if value > 0 { barTop = zero - 1 }
        }
        let barLeft = slotLeft + padding + seriesIndex * barWidth
        let label = unit.text(item.values[categoryIndex])
        out += "<rect x=\"\(barLeft)\" y=\"\(barTop)\" width=\"\(max(1, barWidth - 1))\" height=\"\(barHeight)\" "
        out += "fill=\"\(color(of: seriesIndex))\"><title>\(escape("\(category.label) — \(item.name): \(label)"))"
        out += "</title></rect>"
        if showValues {
          let center = barLeft + barWidth / 2
          let baseline = value < 0 ? end + 13 : end - 4
          out +=
            "<text class=\"value\" x=\"\(center)\" y=\"\(baseline)\" text-anchor=\"middle\">\(escape(label))</text>"
        }
        out += "\n"
      }
      // The category's label under the axis.
      let center = slotLeft + slot / 2
      out += "<text x=\"\(center)\" y=\"\(labelTop + Self.lineHeight)\" text-anchor=\"middle\">"
      for (index, line) in labelLines[categoryIndex].enumerated() {
        out += "<tspan x=\"\(center)\" dy=\"\(index == 0 ? 0 : Self.lineHeight)\">\(escape(line))</tspan>"
      }
      out += "</text>\n"
    }
    out +=
      "<line class=\"zero\" x1=\"\(Self.left)\" y1=\"\(zero)\" x2=\"\(Self.width - Self.right)\" y2=\"\(zero)\"/>\n"
    out += "</svg>\n"
    return out
  }
}
