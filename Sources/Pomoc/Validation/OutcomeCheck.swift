/// A test case of expected outcomes: one household and the cells `pomoc evaluate` should write
/// for it (OpenFisca calls these YAML tests; here they are rows).
///
///     let case = OutcomeCase(
///       id: "single-2024-formula-130",
///       request: EvaluationRequest(date: try CivilDate(parsing: "2024-06-01"), persons: 1, income: 500,
///                                  applicant: Applicant(age: 66, sex: .male)),
///       expected: [.permanent: "508.80"])      // 130 % × 776.00 − 500.00 (art. 37 ust. 2 pkt 1)
public struct OutcomeCase: Hashable, Sendable {
  /// The case's name (the `id` column), shown in failures.
  public var id: String
  /// The household.
  public var request: EvaluationRequest
  /// Expected cells by column, as `pomoc evaluate` writes them (`"508.80"`, `"1"`, `""` for an
  /// empty cell, `"missing_field:applicant_sex"` for `error`); a column left out is not checked.
  public var expected: [OutcomeColumn: String]

  /// Creates a case.
  public init(id: String, request: EvaluationRequest, expected: [OutcomeColumn: String]) {
    self.id = id
    self.request = request
    self.expected = expected
  }
}

/// One way a case of expected outcomes failed.
public struct CheckFailure: Hashable, Sendable {
  /// What went wrong.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// The actual cell differs from the expected one.
    case mismatch
    /// The expected text is not a value of its column (`expect_permanent` = `12,50`).
    case invalidExpectation = "invalid_expectation"
    /// The case's line could not be read (a malformed line, a line over the record limit), so
    /// its expectations are unknown.
    case unreadableCase = "unreadable_case"
  }

  /// What went wrong.
  public var kind: Kind
  /// The case's id (as far as it could be read).
  public var id: String
  /// The line of the case in its file, when it came from one.
  public var line: Int?
  /// The column concerned (`nil` for an unreadable case).
  public var column: OutcomeColumn?
  /// The expected cell (as written, for an invalid expectation).
  public var expected: String
  /// The cell `pomoc evaluate` writes.
  public var actual: String
  /// The explanation step that produced the actual value (its rule, label, value, parameters
  /// and legal basis), when the household was evaluated and the rule ran.
  public var step: TraceStep?
  /// For a mismatch, the error that stopped the evaluation when the actual row is an error row;
  /// for an invalid expectation or an unreadable case, what is wrong with the case.
  public var error: PomocError?

  /// Creates a failure.
  public init(
    kind: Kind, id: String, line: Int? = nil, column: OutcomeColumn?, expected: String, actual: String,
    step: TraceStep? = nil, error: PomocError? = nil
  ) {
    self.kind = kind
    self.id = id
    self.line = line
    self.column = column
    self.expected = expected
    self.actual = actual
    self.step = step
    self.error = error
  }
}

extension CheckFailure: CustomStringConvertible {
  /// The failure as stable text, e.g.
  ///
  ///     line 3: case 'sopot-single': targeted_threshold expected 1164.00, actual 1552.00
  ///       step: targeted_allowance.threshold — Zasiłek celowy — próg dochodowy (purpose allowance threshold) = 1552.00 (income within)
  ///       parameters: share of criterion: 200.00 % · source: sopot-2023
  ///       basis: art. 39 u.p.s. (t.j. Dz.U. 2026 poz. 639); …
  public var description: String { text(location: line.map { "line \($0)" }, shownID: id) }

  /// The text with the location and the id as the caller shows them (the tool names the file
  /// and cuts long ids).
  package func text(location: String?, shownID: String, cut: (String) -> String = { $0 }) -> String {
    func shown(_ cell: String) -> String { cell.isEmpty ? "(empty)" : cut(cell) }
    var text = location.map { $0 + ": " } ?? ""
    text += "case '\(shownID)': "
    switch kind {
    case .mismatch:
      text += "\(column?.rawValue ?? "") expected \(shown(expected)), actual \(shown(actual))\n"
    case .invalidExpectation:
      text += "expect_\(column?.rawValue ?? "") '\(cut(expected))' is not a value of the column"
      text += column.map { " (\($0.valueDescription))" } ?? ""
      text += "\n"
    case .unreadableCase:
      text += "the case cannot be read\n"
    }
    if let step {
      text += "  step: \(step.rule) — \(step.label) = \(step.renderedValue)\n"
      if !step.parameters.isEmpty {
        text += "  parameters: " + step.parameters.map { "\($0.name): \($0.value)" }.joined(separator: " · ") + "\n"
      }
      var basis: [LegalCitation] = []
      for citation in step.basis where !basis.contains(citation) { basis.append(citation) }
      if !basis.isEmpty { text += "  basis: " + basis.map(\.description).joined(separator: "; ") + "\n" }
    }
    if let error, kind != .invalidExpectation {
      text += "  error: \(cut(error.outputCode))" + (error.message.isEmpty ? "" : " — \(cut(error.message))") + "\n"
    }
    return text
  }
}

/// Checks households against expected outcomes: each expected cell must equal, exactly (amounts
/// to the grosz), the cell `pomoc evaluate` writes; an empty expected cell expects an empty cell.
///
/// A Swift Testing or XCTest suite calls it with its own cases and asserts that nothing failed:
///
///     @Test func decisionsOf2024() {
///       let failures = OutcomeCheck.failures(of: cases)
///       #expect(failures.isEmpty, "\(failures)")
///     }
///
/// For files of cases (CSV or JSONL with `expect_<column>` columns) see `OutcomeCheckFile` in
/// `PomocFormats`.
public enum OutcomeCheck {
  /// The failures of every case, in case order (within a case: malformed expectations, then
  /// mismatches in column order); empty when all pass.
  public static func failures(of cases: [OutcomeCase], evaluator: Evaluator = Evaluator()) -> [CheckFailure] {
    var failures: [CheckFailure] = []
    for item in cases {
      failures += self.failures(
        id: item.id, line: nil, request: .success(item.request), expected: item.expected, evaluator: evaluator)
    }
    return failures
  }

  /// The failures of one case, whose household may already have failed to decode (`request` is
  /// then that error, and the actual row is an error row with its code).
  public static func failures(
    id: String, line: Int?, request: Result<EvaluationRequest, PomocError>, expected: [OutcomeColumn: String],
    evaluator: Evaluator = Evaluator()
  ) -> [CheckFailure] {
    var failures: [CheckFailure] = []
    var wanted: [(OutcomeColumn, String)] = []
    for column in OutcomeColumn.allCases {
      guard let text = expected[column] else { continue }
      guard let canonical = column.canonical(expected: text) else {
        failures.append(
          CheckFailure(
            kind: .invalidExpectation, id: id, line: line, column: column, expected: text, actual: "",
            error: PomocError.invalid("expect_" + column.rawValue, "expected \(column.valueDescription)")
              .for(record: id)))
        continue
      }
      wanted.append((column, canonical))
    }
    let outcome: Result<EvaluationResult, PomocError>
    switch request {
    case .failure(let error): outcome = .failure(error)
    case .success(let household):
      outcome = Result { try evaluator.evaluate(household) }.mapError { PomocError(wrapping: $0).for(record: id) }
    }
    var mismatches: [(OutcomeColumn, String, String)] = []
    for (column, canonical) in wanted {
      let actual = column.cell(of: outcome)
      if actual != canonical { mismatches.append((column, canonical, actual)) }
    }
    guard !mismatches.isEmpty else { return failures }
    // Only a failing case is evaluated again, with its explanation; an error row's cells come
    // from its error, not from a step.
    var trace = Trace()
    let error: PomocError?
    switch (request, outcome) {
    case (_, .failure(let failure)): error = failure
    case (.success(let household), .success):
      error = nil
      _ = try? evaluator.evaluate(household, trace: &trace)
    case (.failure(let failure), .success): error = failure
    }
    for (column, canonical, actual) in mismatches {
      failures.append(
        CheckFailure(
          kind: .mismatch, id: id, line: line, column: column, expected: canonical, actual: actual,
          step: column.rule.flatMap { trace.step($0) }, error: error))
    }
    return failures
  }
}
