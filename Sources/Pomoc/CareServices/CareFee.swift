/// The monthly fee for care services: hourly cost × fee % × hours (art. 50 ust. 6 u.p.s.).
public enum CareFee {
  /// `hourlyCost × percent × hours`, rounded half up to the grosz once, at the end.
  public static func monthlyFee(hourlyCost: Money, percent: Rate, hours: CareHours) throws -> Money {
    // grosze × bp × (1/100 h) ÷ (10 000 × 100)
    let (costTimesRate, overflow) = hourlyCost.grosze.multipliedReportingOverflow(by: percent.basisPoints)
    if overflow { throw PomocError.arithmeticOverflow }
    return Money(grosze: try Rounding.halfUp(costTimesRate, times: hours.hundredths, dividedBy: 1_000_000))
  }
}
