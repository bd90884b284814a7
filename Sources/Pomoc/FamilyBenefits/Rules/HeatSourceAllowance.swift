/// *dodatek dla źródeł ciepła* — STUB (to be written).
public enum HeatSourceAllowance {
  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    .parameterNotEncoded("not yet encoded")
  }
}
