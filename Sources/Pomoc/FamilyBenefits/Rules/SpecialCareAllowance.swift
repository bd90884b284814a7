/// *specjalny zasiłek opiekuńczy* — STUB (to be written).
public enum SpecialCareAllowance {
  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    .parameterNotEncoded("not yet encoded")
  }
}
