/// One row of a fee table: income up to `upTo` % of the criterion → fee as % of the cost.
///
/// Encoded (`Codable`) with the property names as keys, rates as percent strings (`"130.00"`),
/// `nil` rates left out.
public struct FeeBand: Hashable, Sendable, Codable {
  /// Inclusive upper bound of income as % of the criterion; `nil`: no upper bound.
  /// The lower bound is the previous row's `upTo`, exclusive ("above a % up to b %").
  public var upTo: Rate?
  /// Fee of a single person (*osoba samotnie gospodarująca*); `nil`: row not verified.
  public var single: Rate?
  /// Fee of a person in a family (*osoba w rodzinie*); `nil`: row not verified.
  public var family: Rate?

  /// Creates a row: up to `upTo` % of the criterion, the fees of a single person and of a
  /// person in a family.
  public init(upTo: Rate?, single: Rate?, family: Rate?) {
    self.upTo = upTo
    self.single = single
    self.family = family
  }
}

/// A fee table (*tabela odpłatności*): income as % of the criterion → fee as % of the cost.
///
/// Municipal care-service tables (art. 50 ust. 6 u.p.s.), the national table for
/// specialist care of persons with mental disorders, and support-centre or shelter
/// tables (art. 97) all have this shape. Bands are compared exactly: a person with
/// income `I` and criterion `K` falls in the band with `a < I/K ≤ b`, evaluated as
/// `a × K < I × 100 % ≤ b × K` in integers. Encoded (`Codable`) with the property names as keys.
public struct FeeTable: Hashable, Sendable, Codable {
  /// The table's name, used in explanations and errors (`lipnica-murowana-2005 care fee table`).
  public var name: String
  /// The provisions the table is made under, e.g. art. 50 ust. 6 u.p.s.
  public var basis: [LegalCitation]
  /// Where the table can be read (the act or resolution and its publication).
  public var source: String
  /// Rows in increasing order of `upTo`; only the last may have no upper bound.
  public var bands: [FeeBand]

  /// Creates a table; `bands` in increasing order of `upTo`, only the last open.
  public init(name: String, basis: [LegalCitation], source: String, bands: [FeeBand]) {
    self.name = name
    self.basis = basis
    self.source = source
    self.bands = bands
  }

  /// The band in which income `income` falls, given the criterion total `criterion`
  /// (single criterion, or per-person criterion × persons for a family).
  public func bandIndex(income: ExactAmount, criterion: Money) throws -> Int? {
    for (index, band) in bands.enumerated() {
      guard let upTo = band.upTo else { return index }
      // income ≤ upTo × criterion, exactly: income (1/10 000 gr) × 100 % vs criterion × bp.
      let bound = try ExactAmount(criterion, times: upTo)
      if income <= bound { return index }
    }
    return nil
  }

  /// The fee percentage for a single person or a person in a family.
  ///
  /// - Throws: `parameter_not_encoded` when the income falls in a row the library has
  ///   not verified, or above the last row of a table without an open top row.
  public func percent(income: ExactAmount, criterion: Money, family: Bool, on date: CivilDate)
    throws -> Rate
  {
    guard let index = try bandIndex(income: income, criterion: criterion) else {
      throw PomocError.notEncoded(name, on: date, "income above the last row of the table")
    }
    let band = bands[index]
    guard let percent = family ? band.family : band.single else {
      throw PomocError.notEncoded(name, on: date, "row \(rowLabel(index)) of the table is not verified")
    }
    return percent
  }

  /// The row's range as text: `> 100.00 – 220.00 %`.
  public func rowLabel(_ index: Int) -> String {
    let lower = index == 0 ? nil : bands[index - 1].upTo
    switch (lower, bands[index].upTo) {
    case (nil, let upper?): return "≤ \(upper) %"
    case (let lower?, let upper?): return "> \(lower) – \(upper) %"
    case (let lower?, nil): return "> \(lower) %"
    case (nil, nil): return "all incomes"
    }
  }

  /// Structural problems: bounds not increasing, an open row before the last.
  public func invariantViolations() -> [String] {
    var problems: [String] = []
    var previous: Rate?
    for (index, band) in bands.enumerated() {
      guard let upTo = band.upTo else {
        if index != bands.count - 1 { problems.append("\(name): open row \(index) is not last") }
        continue
      }
      if let previous, upTo <= previous { problems.append("\(name): row \(index) does not increase") }
      previous = upTo
    }
    if bands.isEmpty { problems.append("\(name): no rows") }
    return problems
  }
}
