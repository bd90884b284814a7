/// Households in columnar form (one array per field), as analytical tools hold populations.
///
/// All columns must have the same count. ``BatchEvaluator/evaluate(_:)-(HouseholdColumns)`` returns
/// ``ResultColumns`` in the same order.
public struct HouseholdColumns: Hashable, Sendable, Codable {
  /// ``EvaluationRequest/date`` of each household: the decision date.
  public var date: [CivilDate] = []
  /// ``EvaluationRequest/persons``: household size.
  public var persons: [Int] = []
  /// ``EvaluationRequest/income``: *dochód* net of tax and contributions (art. 8 ust. 3 u.p.s.).
  public var income: [Money] = []
  /// ``EvaluationRequest/alimonyPaid``: alimony paid to others (art. 8 ust. 3 pkt 3 u.p.s.).
  public var alimonyPaid: [Money] = []
  /// ``EvaluationRequest/farmland``: conversion hectares (*hektary przeliczeniowe*).
  public var farmland: [Hectares] = []
  /// ``EvaluationRequest/municipality``: ordinance id (`""`: national rules only).
  public var municipality: [String] = []
  /// ``EvaluationRequest/applicant``: the applicant (*wnioskodawca*).
  public var applicant: [Applicant] = []
  /// ``EvaluationRequest/reasons``: reasons of art. 7 u.p.s.
  public var reasons: [ReasonSet] = []
  /// ``EvaluationRequest/care``: home care requested, if any.
  public var care: [CareRequest?] = []

  /// No households.
  public init() {}

  /// Columns from rows.
  public init(_ requests: [EvaluationRequest]) {
    for request in requests { append(request) }
  }

  /// The number of households (the count of ``date``).
  public var count: Int { date.count }

  /// Appends one household to every column.
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
    EvaluationRequest(
      date: date[index], persons: persons[index], income: income[index],
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
public struct ResultColumns: Hashable, Sendable, Codable {
  /// ``EvaluationResult/criterion``: *kryterium dochodowe* in force (single or per person).
  public var criterion: [Money]
  /// ``EvaluationResult/incomePerPerson``: *dochód na osobę*, H ÷ n rounded half up.
  public var incomePerPerson: [Money]
  /// ``EvaluationResult/withinCriterion``: H ≤ criterion (× n), art. 8 ust. 1 u.p.s.
  public var withinCriterion: [Bool]
  /// ``EvaluationResult/cashEligible``: *prawo do świadczeń pieniężnych*, art. 8 ust. 1 u.p.s.
  public var cashEligible: [Bool]
  /// ``EvaluationResult/periodicMinimum``: guaranteed part of *zasiłek okresowy*, art. 38 u.p.s.
  public var periodicMinimum: [Money]
  /// ``EvaluationResult/periodicDifference``: criterion (× n) − H when *zasiłek okresowy* is due.
  public var periodicDifference: [Money]
  /// ``EvaluationResult/permanent``: *zasiłek stały*, art. 37 u.p.s.
  public var permanent: [Money]
  /// ``EvaluationResult/targetedThreshold``: income limit of *zasiłek celowy*, art. 39 u.p.s.
  public var targetedThreshold: [Money]
  /// ``EvaluationResult/targetedEligible``: income within the *zasiłek celowy* threshold.
  public var targetedEligible: [Bool]
  /// ``EvaluationResult/mealEligible``: programme *Posiłek w szkole i w domu*.
  public var mealEligible: [Bool?]
  /// ``EvaluationResult/careFee``: monthly care fee (art. 50 u.p.s.), `nil` when none requested.
  public var careFee: [Money?]
  /// Why household `i` could not be evaluated; `nil` where it was.
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

  /// The number of households.
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
