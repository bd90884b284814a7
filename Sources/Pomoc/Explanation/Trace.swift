/// A named input to a step of an explanation, e.g. `criterion (single) = 1010.00`.
public struct TraceParameter: Hashable, Sendable {
  public var name: String
  public var value: String
  public init(_ name: String, _ value: String) {
    self.name = name
    self.value = value
  }
}

/// One step of an explanation: which rule, what value, from which parameter values,
/// on which legal basis.
public struct TraceStep: Hashable, Sendable {
  /// Stable key of the rule, e.g. `permanent_allowance.amount`.
  public var rule: String
  /// Readable label with the Polish term, e.g. `Zasiłek stały (permanent allowance)`.
  public var label: String
  /// The value the step produced, as text (`369.90`, `yes`, `0.00 (not entitled)`).
  public var value: String
  public var parameters: [TraceParameter]
  public var basis: [LegalCitation]

  public init(rule: String, label: String, value: String, parameters: [TraceParameter] = [],
              basis: [LegalCitation] = []) {
    self.rule = rule
    self.label = label
    self.value = value
    self.parameters = parameters
    self.basis = basis
  }
}

/// Receives explanation steps. ``NoTrace`` drops them at no cost (the evaluator is
/// generic over the recorder, so the steps are never even built); ``Trace`` keeps them.
public protocol TraceRecorder {
  mutating func record(_ step: @autoclosure () -> TraceStep)
}

/// The recorder that records nothing (the default for bulk evaluation).
public struct NoTrace: TraceRecorder {
  @inlinable public init() {}
  @inlinable public mutating func record(_ step: @autoclosure () -> TraceStep) {}
}

/// An ordered explanation: every figure leads to an article.
public struct Trace: TraceRecorder, Hashable, Sendable {
  public private(set) var steps: [TraceStep] = []
  public init() {}
  public mutating func record(_ step: @autoclosure () -> TraceStep) { steps.append(step()) }
}
