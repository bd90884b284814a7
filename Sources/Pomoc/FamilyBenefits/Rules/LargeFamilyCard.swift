/// *Karta Dużej Rodziny* — STUB (to be written).
public enum LargeFamilyCard {
  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    .parameterNotEncoded("not yet encoded")
  }
}
