/// *refundacja VAT* — STUB (to be written).
public enum GasVATRefund {
  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    .parameterNotEncoded("not yet encoded")
  }
}
