extension Trace: CustomStringConvertible {
  /// Stable, readable text: one numbered block per step, with its parameters and basis.
  ///
  ///     3. Kryterium dochodowe (income criterion) = 823.00
  ///        per-person criterion: 823.00 · persons: 3
  ///        basis: art. 8 ust. 1 pkt 2 u.p.s. (t.j. Dz.U. 2026 poz. 639)
  public func rendered() -> String { Trace.rendered(steps) }

  /// `steps` as ``rendered()`` shows them, each line after `indent` (a family decision's
  /// explanation under its benefit).
  static func rendered(_ steps: [TraceStep], indent: String = "") -> String {
    var text = ""
    for (index, step) in steps.enumerated() {
      text += indent + "\(index + 1). \(step.label) = \(step.renderedValue)\n"
      if !step.parameters.isEmpty {
        text += indent + "   " + step.parameters.map { "\($0.name): \($0.value)" }.joined(separator: " · ") + "\n"
      }
      if !step.basis.isEmpty {
        text += indent + "   basis: " + step.basis.map(\.description).joined(separator: "; ") + "\n"
      }
    }
    return text
  }

  /// The same as ``rendered()``.
  public var description: String { rendered() }
}
