/// *jednorazowa zapomoga* — STUB (to be written).
public enum BirthGrant {
  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    .parameterNotEncoded("not yet encoded")
  }
}
