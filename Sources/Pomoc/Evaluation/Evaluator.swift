/// Applies the rules of social assistance to households.
///
/// An evaluator holds the law — the national parameters (``ParameterTable``), the municipal
/// ordinances (``OrdinanceRegistry``) and the national care-fee tables — and is immutable and
/// `Sendable`, so one instance serves any number of threads. It only sequences the rules: each
/// rule's file holds its parameters, its formula, its explanation step and its citation.
///
///     let evaluator = Evaluator()
///     let result = try evaluator.evaluate(request)           // no explanation, no allocation
///     var trace = Trace()
///     let explained = try evaluator.evaluate(request, trace: &trace)
///     print(trace.rendered())
public struct Evaluator: Sendable {
  /// The national parameters (criteria, amounts, rates) by date.
  public var parameters: ParameterTable
  /// The municipal ordinances the `municipality` of a request may name.
  public var ordinances: OrdinanceRegistry
  /// The national table for specialist care of persons with mental disorders, by date
  /// (art. 50 ust. 5 u.p.s.).
  public var mentalCareFeeTables: DatedSeries<FeeTable>

  /// An evaluator of the given law (by default the law bundled with the library).
  public init(
    parameters: ParameterTable = .bundled, ordinances: OrdinanceRegistry = .bundled,
    mentalCareFeeTables: DatedSeries<FeeTable> = NationalCareFeeTables.mentalDisorders
  ) {
    self.parameters = parameters
    self.ordinances = ordinances
    self.mentalCareFeeTables = mentalCareFeeTables
  }

  /// Evaluates one household without an explanation.
  ///
  /// - Throws: ``PomocError`` when the rules cannot be applied (bad input, a date outside the
  ///   encoded law, a value the library has not verified). Not being entitled is a result.
  public func evaluate(_ request: EvaluationRequest) throws -> EvaluationResult {
    var trace = NoTrace()
    return try evaluate(request, trace: &trace)
  }

  /// Evaluates one household, recording every step with its article in `trace`.
  ///
  /// - Throws: ``PomocError`` when the rules cannot be applied.
  public func evaluate<T: TraceRecorder>(_ request: EvaluationRequest, trace: inout T) throws -> EvaluationResult {
    try withUnsafeTemporaryAllocation(of: EvaluationResult.self, capacity: 1) { slot in
      try evaluate(request, initializing: slot.baseAddress!, trace: &trace)
      return slot.baseAddress!.move()
    }
  }

  /// Evaluates each request in order on the calling thread (``BatchEvaluator`` uses every core).
  public func evaluate(_ requests: [EvaluationRequest]) -> [Result<EvaluationResult, PomocError>] {
    requests.map { request in Result { try evaluate(request) }.mapError { PomocError(wrapping: $0) } }
  }

  /// Evaluates into uninitialized memory (initialized only on success): the batch paths write
  /// each result where it belongs instead of copying it there.
  package func evaluate<T: TraceRecorder>(
    _ request: EvaluationRequest, initializing destination: UnsafeMutablePointer<EvaluationResult>, trace: inout T
  ) throws {
    try withUnsafePointer(to: request) { try evaluate(at: $0, initializing: destination, trace: &trace) }
  }

  /// The rules without an explanation, for the batch paths of the other modules: specialized for
  /// ``NoTrace`` here, so a caller in another module makes one plain call instead of a generic one
  /// (measured: the generic call across the module boundary cost about a tenth of `pomoc evaluate`).
  package func evaluateWithoutTrace(
    _ request: UnsafePointer<EvaluationRequest>, initializing destination: UnsafeMutablePointer<EvaluationResult>
  ) throws {
    var trace = NoTrace()
    try evaluate(at: request, initializing: destination, trace: &trace)
  }

  /// The rules in order, for a request read in place: the batch loops hand over the address of
  /// each request, because passing the value would copy it.
  @inline(__always)
  package func evaluate<T: TraceRecorder>(
    at address: UnsafePointer<EvaluationRequest>, initializing destination: UnsafeMutablePointer<EvaluationResult>,
    trace: inout T
  ) throws {
    let persons = address.pointee.persons
    guard (1...EvaluationRequest.maximumPersons).contains(persons) else {
      throw PomocError.invalid("persons", "must be 1 to \(EvaluationRequest.maximumPersons)")
    }
    let date = address.pointee.date
    let law = try parameters.law(on: date)
    let place = try ordinances.storage.index(of: address.pointee.municipality, on: date)
    let ordinance = place < 0 ? nil : OrdinanceOnDate(storage: ordinances.storage, index: place)

    // Art. 8: the criterion, the household's income, the right to cash benefits.
    let criterion = try IncomeCriterion.evaluate(persons: persons, law: law, trace: &trace)
    let limit = try criterion.limit()
    let income = try HouseholdIncome.evaluate(
      income: address.pointee.income, alimonyPaid: address.pointee.alimonyPaid, farmland: address.pointee.farmland,
      persons: persons, law: law, trace: &trace)
    let incomePerPerson = try income.rounded(dividedBy: Int64(persons))
    let cash = try CashEligibility.evaluate(
      income: income, limit: limit, incomePerPerson: incomePerPerson, reasons: address.pointee.reasons,
      trace: &trace)

    // Art. 37–41 and the meal programme.
    let periodic = try PeriodicAllowance.evaluate(
      cashEligible: cash.eligible, income: income, limit: limit, law: law, trace: &trace)
    let permanent = try PermanentAllowance.evaluate(
      applicant: address.pointee.applicant, persons: persons, income: income, incomePerPerson: incomePerPerson,
      criterion: criterion, law: law, trace: &trace)
    let targeted = try TargetedAllowance.evaluate(
      criterion: criterion, applicant: address.pointee.applicant, income: income, ordinance: ordinance,
      trace: &trace)
    let special = try SpecialTargetedAllowance.evaluate(criterion: criterion, trace: &trace)
    let meal = try MealProgramme.evaluate(income: income, limit: limit, law: law, trace: &trace)

    // Art. 50: the care fee.
    let care = try CareFee.evaluate(
      address.pointee.care, income: income, limit: limit, persons: persons,
      municipality: address.pointee.municipality, ordinance: ordinance, mentalTables: mentalCareFeeTables,
      date: date, trace: &trace)

    destination.initialize(
      to: EvaluationResult(
        criterion: criterion.applicable, householdIncome: income.rounded(), incomePerPerson: incomePerPerson,
        withinCriterion: cash.within, cashEligible: cash.eligible,
        periodicMinimum: periodic?.guaranteed ?? .zero, periodicDifference: periodic?.difference ?? .zero,
        permanent: permanent, targetedThreshold: targeted.threshold, targetedEligible: targeted.eligible,
        specialTargetedLimit: special, mealEligible: meal, careFeePercent: care?.percent, careFee: care?.fee))
  }

  /// The fee table for a kind of care on a date: the national one for `mental`, else the
  /// ordinance's.
  ///
  /// - Throws: `care_fee_table_missing`, or `parameter_not_encoded` for the national table.
  public func careFeeTable(for kind: CareKind, ordinance: MunicipalOrdinance?, on date: CivilDate) throws -> FeeTable {
    switch kind {
    case .mental:
      return try mentalCareFeeTables.value(on: date)
    case .standard, .specialised, .none:
      guard let table = ordinance?.careFeeTable else {
        let whose = ordinance.map { "ordinance '\($0.id)' has" } ?? "no municipality given, so there is"
        throw PomocError(
          .careFeeTableMissing, field: "care_kind",
          message: "\(whose) no fee table for \(kind.rawValue) care (art. 50 ust. 6 u.p.s.)")
      }
      return table
    }
  }
}
