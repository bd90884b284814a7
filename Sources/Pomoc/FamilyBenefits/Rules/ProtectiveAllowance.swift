/// *dodatek osłonowy* — STUB (to be written).
public enum ProtectiveAllowance {
  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    .parameterNotEncoded("not yet encoded")
  }
}
