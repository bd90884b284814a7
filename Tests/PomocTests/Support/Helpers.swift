import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

/// `m("1069.90")`: a money literal (traps on a typo in a test).
func m(_ text: String) -> Money {
  guard let money = Money(text) else { fatalError("bad money literal \(text)") }
  return money
}

/// `d("2025-01-01")`: a date literal.
func d(_ text: String) -> CivilDate {
  guard let date = CivilDate(text) else { fatalError("bad date literal \(text)") }
  return date
}

/// A request with sensible defaults for tests.
func household(
  _ date: String, persons: Int = 1, income: String, alimony: String = "0", farm: String = "0",
  municipality: String = "", age: Int = 0, sex: Sex? = nil, disability: DisabilityDegree = .none,
  ownIncome: String? = nil, reasons: [AssistanceReason] = [], care: CareRequest? = nil
) -> EvaluationRequest {
  EvaluationRequest(
    date: d(date), persons: persons, income: m(income), alimonyPaid: m(alimony),
    farmland: Hectares(parsing: Array(farm.utf8))!, municipality: municipality,
    applicant: Applicant(age: age, sex: sex, disability: disability, ownIncome: ownIncome.map(m)),
    reasons: ReasonSet(reasons), care: care)
}

let evaluator = Evaluator()

func evaluate(_ request: EvaluationRequest) throws -> EvaluationResult {
  try evaluator.evaluate(request)
}

/// The error code a request produces (fails the test if it succeeds).
func errorCode(_ request: EvaluationRequest, using evaluator: Evaluator = evaluator) -> String? {
  do {
    _ = try evaluator.evaluate(request)
    return nil
  } catch {
    return error.pomoc.outputCode
  }
}

/// Runs the bulk pipeline over in-memory text; returns output text and summary.
func runBulk(
  _ input: String, format: RecordFormat = .csv, outputFormat: RecordFormat? = nil,
  threads: Int = 1, batchSize: Int = 8192, chunkSize: Int = 1 << 16,
  evaluator: Evaluator = evaluator, knownDuplicates: DuplicateLines? = nil
)
  throws -> (output: String, summary: BulkEvaluation.Summary)
{
  var bulk = BulkEvaluation(
    evaluator: evaluator, format: format, outputFormat: outputFormat, threads: threads,
    batchSize: batchSize, knownDuplicates: knownDuplicates)
  return try run(&bulk, input, chunkSize: chunkSize)
}

/// Feeds `input` to a bulk path in chunks of `chunkSize` bytes; returns its output as text and
/// its summary.
func run<Bulk: ChunkedBulk>(_ bulk: inout Bulk, _ input: String, chunkSize: Int) throws -> (
  output: String, summary: Bulk.Summary
) {
  var out: [UInt8] = []
  let bytes = Array(input.utf8)
  var offset = 0
  while offset < bytes.count {
    let end = min(bytes.count, offset + chunkSize)
    try bytes[offset..<end].withUnsafeBufferPointer { try bulk.feed($0) { out.append(contentsOf: $0) } }
    offset = end
  }
  let summary = try bulk.finish { out.append(contentsOf: $0) }
  return (String(decoding: out, as: UTF8.self), summary)
}

/// The CSV header of the contract's input columns.
let inputHeader = HouseholdColumn.allCases.map(\.name).joined(separator: ",")

/// Output rows (header dropped) split into cells by column name.
func rows(_ csv: String) -> [[String: String]] {
  var lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  if lines.last == "" { lines.removeLast() }
  let header = lines.removeFirst().split(separator: ",").map(String.init)
  return lines.map { line in
    let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    return Dictionary(uniqueKeysWithValues: zip(header, cells))
  }
}

extension Error {
  /// The library throws only `PomocError`; this views a caught error as one.
  var pomoc: PomocError { PomocError(wrapping: self) }
}
