import Pomoc

/// Writes `pomoc family`'s output: one JSON object per family on one line (Documentation/FamilyBenefits.md
/// "Output"): `{"id":…, "<benefit key>": {…}, …}`, or `{"id":…, "error":"<code>"}`.
/// Amounts are strings with exactly two decimals; a benefit that cannot be decided is
/// `{"error":"missing_field:<path>"}` or `{"error":"parameter_not_encoded"}`.
public enum FamilyOutput {
  /// The output line of a decided family, without the line break; with `explanation`, each
  /// benefit object also carries its steps (`"explanation": [{rule, label, value, parameters, basis}]`).
  public static func line(_ decision: FamilyDecision, explanation: Bool = false) -> String {
    var out: [UInt8] = []
    append(decision, explanation: explanation, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// The output line of a record error: `{"id":"f1","error":"invalid_field:members[1].role"}`.
  public static func line(id: String, error: PomocError) -> String {
    var out: [UInt8] = []
    append(id: id, error: error, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the record-error line (no line break).
  package static func append(id: String, error: PomocError, to out: inout [UInt8]) {
    raw(#"{"id":"#, &out)
    appendString(id, &out)
    raw(#","error":"#, &out)
    appendString(error.outputCode, &out)
    out.append(UInt8(ascii: "}"))
  }

  /// Appends the decision's line (no line break).
  package static func append(_ decision: FamilyDecision, explanation: Bool, to out: inout [UInt8]) {
    raw(#"{"id":"#, &out)
    appendString(decision.id, &out)
    for (benefit, outcome) in decision.outcomes {
      out.append(UInt8(ascii: ","))
      appendString(benefit.rawValue, &out)
      out.append(UInt8(ascii: ":"))
      appendOutcome(outcome, benefit: benefit, explanation: explanation, &out)
    }
    out.append(UInt8(ascii: "}"))
  }

  private static func appendOutcome(
    _ outcome: BenefitOutcome, benefit: FamilyBenefit, explanation: Bool, _ out: inout [UInt8]
  ) {
    guard case .decided(let decision) = outcome else {
      raw(#"{"error":"#, &out)
      appendString(outcome.errorCode ?? "", &out)
      if explanation, case .parameterNotEncoded(let why) = outcome {
        raw(#","explanation":"#, &out)
        appendString(why, &out)
      }
      out.append(UInt8(ascii: "}"))
      return
    }
    raw(#"{"entitled":"#, &out)
    bool(decision.entitled, &out)
    if let amount = decision.amount { key(#","amount":"#, &out); appendMoney(amount, &out) }
    key(#","reason_code":"#, &out)
    if let reason = decision.reason { appendString(reason.rawValue, &out) } else { raw("null", &out) }
    key(#","period_from":"#, &out)
    appendDate(decision.periodFrom, &out)
    key(#","period_to":"#, &out)
    appendDate(decision.periodTo, &out)
    if let reduced = decision.reduced {
      key(#","reduced":"#, &out); bool(reduced, &out)
    }
    if let criterion = decision.criterion { key(#","criterion":"#, &out); appendMoney(criterion, &out) }
    if let income = decision.incomePerPerson { key(#","income_per_person":"#, &out); appendMoney(income, &out) }
    if let month = decision.monthAmount { key(#","month_amount":"#, &out); appendMoney(month, &out) }
    if let full = decision.fullAmount { key(#","full_amount":"#, &out); appendMoney(full, &out) }
    if let excess = decision.excess { key(#","excess":"#, &out); appendMoney(excess, &out) }
    if let entries = decision.perChild { key(#","per_child":"#, &out); appendEntries(entries, &out) }
    if let entries = decision.perMember { key(#","per_member":"#, &out); appendEntries(entries, &out) }
    if explanation {
      key(#","explanation":"#, &out)
      out.append(contentsOf: JSONWriter.string(Trace(steps: decision.explanation).json()).utf8)
    }
    out.append(UInt8(ascii: "}"))
  }

  private static func appendEntries(_ entries: [BenefitDecision.Entry], _ out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    for (index, entry) in entries.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      raw(#"{"id":"#, &out)
      appendString(entry.id, &out)
      raw(#","entitled":"#, &out)
      bool(entry.entitled, &out)
      if let amount = entry.amount { key(#","amount":"#, &out); appendMoney(amount, &out) }
      out.append(UInt8(ascii: "}"))
    }
    out.append(UInt8(ascii: "]"))
  }

  /// Appends `,"name":`, given whole as one literal.
  @inline(__always) private static func key(_ text: StaticString, _ out: inout [UInt8]) { raw(text, &out) }

  /// Appends a literal's bytes (one copy, no `String` in between).
  @inline(__always) private static func raw(_ text: StaticString, _ out: inout [UInt8]) {
    out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  @inline(__always) private static func bool(_ value: Bool, _ out: inout [UInt8]) {
    raw(value ? "true" : "false", &out)
  }

  private static func appendMoney(_ money: Money, _ out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    DecimalText.append(money.grosze, fractionDigits: 2, to: &out)
    out.append(UInt8(ascii: "\""))
  }

  private static func appendDate(_ date: CivilDate?, _ out: inout [UInt8]) {
    guard let date else {
      raw("null", &out)
      return
    }
    JSONWriter.appendQuoted(date, to: &out)
  }

  private static func appendString(_ text: String, _ out: inout [UInt8]) {
    JSONWriter.appendQuoted(text, to: &out)
  }
}

extension Trace {
  /// A trace holding `steps` (to render a decision's explanation).
  init(steps: [TraceStep]) {
    self.init()
    for step in steps { record(step) }
  }
}
