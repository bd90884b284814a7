/// *Specjalny zasiłek celowy* (special purpose allowance), art. 41 pkt 1 u.p.s.: in particularly
/// justified cases, to a person or family **above** the criterion, up to the single criterion
/// (single person) or the family criterion (family); not repayable.
public enum SpecialTargetedAllowance {
  /// Art. 41 pkt 1 u.p.s.
  public static let basis: [LegalCitation] = [.socialAssistanceAct(article: "41", point: "1")]

  /// The cap of the allowance: the single or the family criterion.
  @inlinable public static func limit(criterion: IncomeCriterion) throws -> Money {
    try criterion.limit()
  }

  /// The rule: the cap, with its explanation.
  static func evaluate<T: TraceRecorder>(criterion: IncomeCriterion, trace: inout T) throws -> Money {
    let cap = try limit(criterion: criterion)
    trace.record(
      TraceStep(
        rule: .specialTargetedAllowance,
        label: "Specjalny zasiłek celowy — górna granica (special purpose allowance cap)", value: .money(cap),
        basis: basis))
    return cap
  }
}
