/// Threshold of the government programme *Posiłek w szkole i w domu* (meals and *zasiłek celowy*
/// for food): 150 % of the criterion in 2019–2022, 200 % in 2023–2028 (resolutions of the Council
/// of Ministers, M.P. 2018 poz. 1007; M.P. 2023 poz. 881).
public enum MealProgramme {
  /// The programme, with art. 39 u.p.s. for the allowance part.
  public static let basis: [LegalCitation] = [LegalCitation(act: "program „Posiłek w szkole i w domu”")]

  /// `rate × criterion` (× n for a family), exact; eligible when income ≤ it.
  public static func threshold(limit: Money, rate: Rate) throws -> ExactAmount {
    try ExactAmount(limit, times: rate)
  }

  /// The rule: `nil` outside the programme's years, else whether income is within its threshold,
  /// with the explanation naming the resolution in force.
  static func evaluate<T: TraceRecorder>(income: ExactAmount, limit: Money, law: LawOnDate, trace: inout T) throws
    -> Bool?
  {
    guard let rate = law.snapshot.pointee.mealProgrammeThresholdRate else { return nil }
    let threshold = try threshold(limit: limit, rate: rate)
    let eligible = income <= threshold
    trace.record(
      TraceStep(
        rule: .mealProgramme, label: "Posiłek w szkole i w domu (meal programme)", value: .flag(eligible),
        parameters: [
          TraceParameter("threshold", threshold.rounded()), TraceParameter("share of criterion", rate),
        ],
        basis: basis + (law.act(of: .mealProgrammeThresholdRate).map { [$0] } ?? [])))
    return eligible
  }
}
