extension ParameterTable {
  /// Structural checks every table must pass: strictly increasing start dates, every
  /// series has a legal basis and a first value no later than the first supported date.
  public func invariantViolations() -> [String] {
    var problems: [String] = []
    func check<V>(_ series: DatedSeries<V>) {
      if series.basis.isEmpty { problems.append("\(series.id): no legal basis") }
      guard let first = series.entries.first else {
        problems.append("\(series.id): no values")
        return
      }
      if first.from > firstSupportedDate {
        problems.append("\(series.id): first value from \(first.from), after \(firstSupportedDate)")
      }
      for (previous, next) in zip(series.entries, series.entries.dropFirst()) where next.from <= previous.from {
        problems.append("\(series.id): start dates not increasing at \(next.from)")
      }
    }
    moneySeries.forEach(check)
    rateSeries.forEach(check)
    return problems
  }
}
