extension ParameterTable {
  /// Structural checks every table must pass: strictly increasing start dates; every series the
  /// rules read has a legal basis and a first value no later than the first supported date (a
  /// host's own parameter may start later and may name its basis in its `term`).
  public func invariantViolations() -> [String] {
    var problems: [String] = []
    let hostIDs = Set(hostMoneySeries.map(\.id) + hostRateSeries.map(\.id))
    func check<V>(_ series: DatedSeries<V>) {
      let isHost = hostIDs.contains(series.id)
      if series.basis.isEmpty && !isHost { problems.append("\(series.id): no legal basis") }
      guard let first = series.entries.first else {
        problems.append("\(series.id): no values")
        return
      }
      if first.from > firstSupportedDate && !isHost {
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
