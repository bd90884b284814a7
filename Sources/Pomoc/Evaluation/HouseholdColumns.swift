/// Households in columnar form (one array per field), as analytical tools hold populations.
///
/// All columns must have the same count. ``BatchEvaluator/evaluate(_:)-(HouseholdColumns)`` returns
/// ``ResultColumns`` in the same order.
public struct HouseholdColumns: Sendable {
  public var date: [CivilDate] = []
  public var persons: [Int] = []
  public var income: [Money] = []
  public var alimonyPaid: [Money] = []
  public var farmland: [Hectares] = []
  public var municipality: [String] = []
  public var applicant: [Applicant] = []
  public var reasons: [ReasonSet] = []
  public var care: [CareRequest?] = []

  public init() {}

  /// Columns from rows.
  public init(_ requests: [EvaluationRequest]) {
    for request in requests { append(request) }
  }

  public var count: Int { date.count }

  public mutating func append(_ request: EvaluationRequest) {
    date.append(request.date)
    persons.append(request.persons)
    income.append(request.income)
    alimonyPaid.append(request.alimonyPaid)
    farmland.append(request.farmland)
    municipality.append(request.municipality)
    applicant.append(request.applicant)
    reasons.append(request.reasons)
    care.append(request.care)
  }

  /// The row at `index`.
  public subscript(index: Int) -> EvaluationRequest {
    EvaluationRequest(date: date[index], persons: persons[index], income: income[index],
                      alimonyPaid: alimonyPaid[index], farmland: farmland[index], municipality: municipality[index],
                      applicant: applicant[index], reasons: reasons[index], care: care[index])
  }

  /// Whether every column has the same count.
  public var isConsistent: Bool {
    let n = date.count
    return persons.count == n && income.count == n && alimonyPaid.count == n && farmland.count == n
      && municipality.count == n && applicant.count == n && reasons.count == n && care.count == n
  }
}

/// Results in columnar form; `error[i]` is set where household `i` could not be evaluated
/// (its other cells then hold zero / `false` / `nil`).
public struct ResultColumns: Sendable {
  public var criterion: [Money]
  public var incomePerPerson: [Money]
  public var withinCriterion: [Bool]
  public var cashEligible: [Bool]
  public var periodicMinimum: [Money]
  public var periodicDifference: [Money]
  public var permanent: [Money]
  public var targetedThreshold: [Money]
  public var targetedEligible: [Bool]
  public var mealEligible: [Bool?]
  public var careFee: [Money?]
  public var error: [PomocError?]

  init(count: Int) {
    criterion = Array(repeating: .zero, count: count)
    incomePerPerson = criterion
    withinCriterion = Array(repeating: false, count: count)
    cashEligible = withinCriterion
    periodicMinimum = criterion
    periodicDifference = criterion
    permanent = criterion
    targetedThreshold = criterion
    targetedEligible = withinCriterion
    mealEligible = Array(repeating: nil, count: count)
    careFee = Array(repeating: nil, count: count)
    error = Array(repeating: nil, count: count)
  }

  public var count: Int { criterion.count }
}

extension BatchEvaluator {
  /// Evaluates households given as columns.
  ///
  /// - Throws: `invalid_field:columns` when the columns do not all have the same count.
  public func evaluate(_ columns: HouseholdColumns) async throws -> ResultColumns {
    guard columns.isConsistent else {
      throw PomocError(.invalidField, field: "columns", message: "all columns must have the same count")
    }
    let evaluator = self.evaluator
    let parts = await forEachChunk(of: columns.count) { _, rows in
      rows.map { row in Result { try evaluator.evaluate(columns[row]) }.mapError { PomocError(wrapping: $0) } }
    }
    var results = ResultColumns(count: columns.count)
    for (row, outcome) in parts.joined().enumerated() {
      switch outcome {
      case .failure(let error): results.error[row] = error
      case .success(let r):
        results.criterion[row] = r.criterion
        results.incomePerPerson[row] = r.incomePerPerson
        results.withinCriterion[row] = r.withinCriterion
        results.cashEligible[row] = r.cashEligible
        results.periodicMinimum[row] = r.periodicMinimum
        results.periodicDifference[row] = r.periodicDifference
        results.permanent[row] = r.permanent
        results.targetedThreshold[row] = r.targetedThreshold
        results.targetedEligible[row] = r.targetedEligible
        results.mealEligible[row] = r.mealEligible
        results.careFee[row] = r.careFee
      }
    }
    return results
  }
}
