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
    out.append(contentsOf: #"{"id":"#.utf8)
    appendString(id, &out)
    out.append(contentsOf: #","error":"#.utf8)
    appendString(error.outputCode, &out)
    out.append(UInt8(ascii: "}"))
  }

  /// Appends the decision's line (no line break).
  package static func append(_ decision: FamilyDecision, explanation: Bool, to out: inout [UInt8]) {
    out.append(contentsOf: #"{"id":"#.utf8)
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
      out.append(contentsOf: #"{"error":"#.utf8)
      appendString(outcome.errorCode ?? "", &out)
      if explanation, case .parameterNotEncoded(let why) = outcome {
        out.append(contentsOf: #","explanation":"#.utf8)
        appendString(why, &out)
      }
      out.append(UInt8(ascii: "}"))
      return
    }
    out.append(contentsOf: #"{"entitled":"#.utf8)
    out.append(contentsOf: (decision.entitled ? "true" : "false").utf8)
    if let amount = decision.amount { key("amount", &out); appendMoney(amount, &out) }
    key("reason_code", &out)
    if let reason = decision.reason { appendString(reason.rawValue, &out) } else { out.append(contentsOf: "null".utf8) }
    key("period_from", &out)
    appendDate(decision.periodFrom, &out)
    key("period_to", &out)
    appendDate(decision.periodTo, &out)
    if let reduced = decision.reduced {
      key("reduced", &out); out.append(contentsOf: (reduced ? "true" : "false").utf8)
    }
    if let criterion = decision.criterion { key("criterion", &out); appendMoney(criterion, &out) }
    if let income = decision.incomePerPerson { key("income_per_person", &out); appendMoney(income, &out) }
    if let month = decision.monthAmount { key("month_amount", &out); appendMoney(month, &out) }
    if let full = decision.fullAmount { key("full_amount", &out); appendMoney(full, &out) }
    if let excess = decision.excess { key("excess", &out); appendMoney(excess, &out) }
    if let entries = decision.perChild { key("per_child", &out); appendEntries(entries, &out) }
    if let entries = decision.perMember { key("per_member", &out); appendEntries(entries, &out) }
    if explanation {
      key("explanation", &out)
      out.append(contentsOf: JSONWriter.string(Trace(steps: decision.explanation).json()).utf8)
    }
    out.append(UInt8(ascii: "}"))
  }

  private static func appendEntries(_ entries: [BenefitDecision.Entry], _ out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    for (index, entry) in entries.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      out.append(contentsOf: #"{"id":"#.utf8)
      appendString(entry.id, &out)
      out.append(contentsOf: #","entitled":"#.utf8)
      out.append(contentsOf: (entry.entitled ? "true" : "false").utf8)
      if let amount = entry.amount { key("amount", &out); appendMoney(amount, &out) }
      out.append(UInt8(ascii: "}"))
    }
    out.append(UInt8(ascii: "]"))
  }

  @inline(__always) private static func key(_ name: String, _ out: inout [UInt8]) {
    out.append(contentsOf: ",\"".utf8)
    out.append(contentsOf: name.utf8)
    out.append(contentsOf: "\":".utf8)
  }

  private static func appendMoney(_ money: Money, _ out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    DecimalText.append(money.grosze, fractionDigits: 2, to: &out)
    out.append(UInt8(ascii: "\""))
  }

  private static func appendDate(_ date: CivilDate?, _ out: inout [UInt8]) {
    guard let date else {
      out.append(contentsOf: "null".utf8)
      return
    }
    out.append(UInt8(ascii: "\""))
    out.append(contentsOf: date.description.utf8)
    out.append(UInt8(ascii: "\""))
  }

  private static func appendString(_ text: String, _ out: inout [UInt8]) {
    var quoted = ""
    JSONWriter.quote(text, into: &quoted)
    out.append(contentsOf: quoted.utf8)
  }
}

extension Trace {
  /// A trace holding `steps` (to render a decision's explanation).
  init(steps: [TraceStep]) {
    self.init()
    for step in steps { record(step) }
  }
}
