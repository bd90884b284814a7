/// *świadczenie rodzicielskie* — STUB (to be written).
public enum ParentalBenefit {
  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    .parameterNotEncoded("not yet encoded")
  }
}
