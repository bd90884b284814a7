extension FamilyDecision {
  /// The decision as readable text: each benefit with its result and, when explained, every
  /// step with its value, the parameter values and the articles (`pomoc family explain`).
  public func rendered(date: CivilDate, members: Int) -> String {
    var text = "Family \(id) on \(date) (\(members) member\(members == 1 ? "" : "s"))\n"
    for (benefit, outcome) in outcomes {
      text += "\n\(benefit.rawValue): "
      switch outcome {
      case .missingField(let path): text += "not decided — missing_field:\(path)\n"
      case .parameterNotEncoded(let why): text += "not decided — parameter_not_encoded (\(why))\n"
      case .decided(let decision):
        if decision.entitled {
          text += "entitled" + (decision.amount.map { ", \($0)" } ?? "")
        } else {
          text += "not entitled (\(decision.reason?.rawValue ?? "—"))"
        }
        if let from = decision.periodFrom, let to = decision.periodTo { text += ", \(from) – \(to)" }
        if decision.reduced == true { text += ", paid as the reduced amount (złotówka za złotówkę)" }
        text += "\n"
        text += Trace.rendered(decision.explanation, indent: "  ")
      }
    }
    return text
  }
}
