extension Trace {
  /// Stable, readable text: one numbered block per step, with its parameters and basis.
  ///
  ///     3. Kryterium dochodowe (income criterion) = 823.00
  ///        per-person criterion: 823.00 · persons: 3
  ///        basis: art. 8 ust. 1 pkt 2 u.p.s.
  public func rendered() -> String {
    var text = ""
    for (index, step) in steps.enumerated() {
      text += "\(index + 1). \(step.label) = \(step.value)\n"
      if !step.parameters.isEmpty {
        text += "   " + step.parameters.map { "\($0.name): \($0.value)" }.joined(separator: " · ") + "\n"
      }
      if !step.basis.isEmpty {
        text += "   basis: " + step.basis.map(\.description).joined(separator: "; ") + "\n"
      }
    }
    return text
  }

  /// The steps as JSON (`rule`, `label`, `value`, `parameters`, `basis`).
  public func json() -> JSONValue {
    .array(steps.map { step in
      .object([
        ("rule", .string(step.rule)),
        ("label", .string(step.label)),
        ("value", .string(step.value)),
        ("parameters", .object(step.parameters.map { ($0.name, JSONValue.string($0.value)) })),
        ("basis", .array(step.basis.map { .string($0.description) })),
      ])
    })
  }
}
