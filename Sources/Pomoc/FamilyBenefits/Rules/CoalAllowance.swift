/// *dodatek węglowy* — STUB (to be written).
public enum CoalAllowance {
  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    .parameterNotEncoded("not yet encoded")
  }
}
