import Pomoc

extension Trace {
  /// The steps as the tool's JSON: `rule`, `label`, `value` (as shown, with its note),
  /// `parameters` (name → value as shown) and `basis` (citations as text).
  package func json() -> JSONValue {
    .array(
      steps.map { step in
        .object([
          ("rule", .string(step.rule.rawValue)),
          ("label", .string(step.label)),
          ("value", .string(step.renderedValue)),
          ("parameters", .object(step.parameters.map { ($0.name, JSONValue.string($0.value.description)) })),
          ("basis", .array(step.basis.map { .string($0.description) })),
        ])
      })
  }
}
