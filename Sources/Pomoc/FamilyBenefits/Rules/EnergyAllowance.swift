/// *dodatek energetyczny* — STUB (to be written).
public enum EnergyAllowance {
  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    .parameterNotEncoded("not yet encoded")
  }
}
