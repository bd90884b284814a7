/// Applies the rules of social assistance to households.
///
/// An evaluator holds the law (national parameters, municipal ordinances, national fee
/// tables) and is immutable and `Sendable`, so one instance serves any number of threads.
///
///     let evaluator = Evaluator()
///     let result = try evaluator.evaluate(request)           // no explanation, no allocation
///     var trace = Trace()
///     let explained = try evaluator.evaluate(request, trace: &trace)
///     print(trace.rendered())
public struct Evaluator: Sendable {
  public var parameters: ParameterTable {
    didSet { snapshots = CompiledSnapshots(parameters) }
  }
  public var ordinances: OrdinanceRegistry {
    didSet { compiled = CompiledLaw(ordinances: ordinances, mentalTables: mentalCareFeeTables) }
  }
  /// The national table for specialist care of persons with mental disorders, by date.
  public var mentalCareFeeTables: DatedSeries<FeeTable> {
    didSet { compiled = CompiledLaw(ordinances: ordinances, mentalTables: mentalCareFeeTables) }
  }
  /// The parameters' snapshots with a month index (rebuilt whenever `parameters` change).
  private var snapshots: CompiledSnapshots
  /// The same law, flattened for the hot path (rebuilt whenever the above change).
  private var compiled: CompiledLaw

  public init(parameters: ParameterTable = .bundled, ordinances: OrdinanceRegistry = .bundled,
              mentalCareFeeTables: DatedSeries<FeeTable> = NationalCareFeeTables.mentalDisorders) {
    self.parameters = parameters
    self.ordinances = ordinances
    self.mentalCareFeeTables = mentalCareFeeTables
    self.compiled = CompiledLaw(ordinances: ordinances, mentalTables: mentalCareFeeTables)
    self.snapshots = CompiledSnapshots(parameters)
  }

  /// Evaluates one household without an explanation.
  public func evaluate(_ request: EvaluationRequest) throws -> EvaluationResult {
    var trace = NoTrace()
    return try evaluate(request, trace: &trace)
  }

  /// Evaluates one household, recording every step in `trace`.
  public func evaluate<T: TraceRecorder>(_ request: EvaluationRequest, trace: inout T)
    throws -> EvaluationResult
  {
    return try withUnsafeTemporaryAllocation(of: EvaluationResult.self, capacity: 1) { slot in
      try evaluate(request, initializing: slot.baseAddress!, trace: &trace)
      return slot.baseAddress!.move()
    }
  }

  /// Evaluates into uninitialized memory (initialized only on success): the batch API's
  /// path, which writes each result where it belongs instead of copying it there.
  package func evaluate<T: TraceRecorder>(
    _ request: EvaluationRequest, initializing destination: UnsafeMutablePointer<EvaluationResult>, trace: inout T
  ) throws {
    try withUnsafePointer(to: request) { try evaluate(at: $0, initializing: destination, trace: &trace) }
  }

  /// The same for a request read in place: the batch loops hand over the address of each
  /// request, because passing the value would copy it (about 60 instructions a household).
  @inline(__always)
  package func evaluate<T: TraceRecorder>(
    at request: UnsafePointer<EvaluationRequest>, initializing destination: UnsafeMutablePointer<EvaluationResult>,
    trace: inout T
  ) throws {
    var index = snapshots.index(on: request.pointee.date)
    if index < 0 { index = try parameters.snapshotIndex(on: request.pointee.date) }   // throws the precise error
    // The snapshot is read in place through a pointer: copying it (or letting the compiler
    // copy it for each field read) costs more than the rules themselves.
    try evaluate(request, snapshot: snapshots.base + index, into: destination, trace: &trace)
  }

  private func evaluate<T: TraceRecorder>(
    _ requestAddress: UnsafePointer<EvaluationRequest>, snapshot: UnsafePointer<ParameterSnapshot>,
    into destination: UnsafeMutablePointer<EvaluationResult>, trace: inout T
  ) throws {
    // Fields are read one by one through the address; `request` names them.
    let request = RequestFields(requestAddress)
    guard (1...EvaluationRequest.maximumPersons).contains(request.persons) else {
      throw PomocError.invalid("persons", "must be 1 to \(EvaluationRequest.maximumPersons)")
    }
    let date = request.date
    // The ordinance, from the flat view; the full object only for explanations and errors.
    var ordinanceIndex = -1
    if !request.municipality.isEmpty {
      ordinanceIndex = compiled.ordinance(request.municipality)
      guard ordinanceIndex >= 0, compiled.ordinances[ordinanceIndex].from <= date,
            compiled.ordinances[ordinanceIndex].through.map({ date <= $0 }) ?? true else {
        _ = try ordinances.ordinance(request.municipality, on: date)   // throws the precise error
        throw PomocError(.unknownMunicipality, field: "municipality", message: "no ordinance '\(request.municipality)' is known")
      }
    }
    let table = parameters

    let criterion = IncomeCriterion(
      single: try required(snapshot.pointee.incomeCriterionSinglePerson, table.incomeCriterionSinglePerson, date),
      perPerson: try required(snapshot.pointee.incomeCriterionPerPersonInFamily, table.incomeCriterionPerPersonInFamily, date),
      persons: request.persons)
    let limit = try criterion.limit()
    trace.record(TraceStep(
      rule: "criterion", label: "Kryterium dochodowe (income criterion)", value: criterion.applicable.description,
      parameters: (request.persons == 1
        ? [TraceParameter("single criterion", criterion.single.description)]
        : [TraceParameter("per-person criterion", criterion.perPerson.description),
           TraceParameter("persons", String(request.persons)),
           TraceParameter("family criterion", limit.description)])
        + Self.enactment(of: request.persons == 1 ? table.incomeCriterionSinglePerson
                                                    : table.incomeCriterionPerPersonInFamily, on: date),
      basis: criterion.basis))

    let income = try HouseholdIncome.compute(
      income: request.income, alimonyPaid: request.alimonyPaid, farmland: request.farmland, persons: request.persons, perHectare: request.farmland >= .one
        ? try required(snapshot.pointee.incomePerConversionHectare, table.incomePerConversionHectare, date) : .zero,
      trace: &trace)
    let incomePerPerson = try income.rounded(dividedBy: Int64(request.persons))

    // Art. 8 ust. 1: "does not exceed" (≤), plus a reason other than poverty.
    let within = try CashEligibility.isWithinCriterion(income: income, limit: limit)
    let cash = CashEligibility.isEligible(withinCriterion: within, reasons: request.reasons)
    trace.record(TraceStep(
      rule: "eligibility.cash", label: "Prawo do świadczeń pieniężnych (cash eligibility)",
      value: cash ? "yes" : "no",
      parameters: [TraceParameter("income within criterion (≤)", within ? "yes" : "no"),
                   TraceParameter("income per person", incomePerPerson.description),
                   TraceParameter("reasons (art. 7)", request.reasons.map(\.rawValue).joined(separator: ";"))],
      basis: CashEligibility.basis + request.reasons.map(\.citation)))

    // Art. 38: zasiłek okresowy, guaranteed part.
    var periodic: PeriodicAllowance.Amount?
    if cash {
      periodic = try PeriodicAllowance.guaranteedAmount(
        income: income, limit: limit,
        share: try required(snapshot.pointee.periodicAllowanceGuaranteedShare, table.periodicAllowanceGuaranteedShare, date),
        minimum: try required(snapshot.pointee.periodicAllowanceMinimum, table.periodicAllowanceMinimum, date))
    }
    trace.record(TraceStep(
      rule: "periodic_allowance.guaranteed", label: "Zasiłek okresowy — część gwarantowana (periodic allowance)",
      value: periodic?.guaranteed.description ?? (cash ? "0.00 (income not lower than the criterion)" : "0.00 (no cash eligibility)"),
      parameters: [TraceParameter("difference", periodic?.difference.description ?? "0.00"),
                   TraceParameter("guaranteed share", (snapshot.pointee.periodicAllowanceGuaranteedShare ?? .zero).description + " %"),
                   TraceParameter("minimum", (snapshot.pointee.periodicAllowanceMinimum ?? .zero).description)],
      basis: PeriodicAllowance.basis))

    // Art. 37: zasiłek stały.
    let permanent = try PermanentAllowance.amount(
      PermanentAllowance.Inputs(
        applicant: request.applicant, persons: request.persons, householdIncome: income,
        incomePerPerson: incomePerPerson, criterion: criterion,
        baseRate: try required(snapshot.pointee.permanentAllowanceBaseRate, table.permanentAllowanceBaseRate, date),
        maximum: try required(snapshot.pointee.permanentAllowanceMaximum, table.permanentAllowanceMaximum, date),
        minimum: try required(snapshot.pointee.permanentAllowanceMinimum, table.permanentAllowanceMinimum, date)),
      trace: &trace)

    // Art. 39 (+ local ordinance): zasiłek celowy threshold; art. 41 pkt 1: special limit.
    let targeted = try TargetedAllowance.threshold(
      criterion: criterion, applicant: request.applicant,
      rates: ordinanceIndex >= 0 ? compiled.ordinances[ordinanceIndex].targeted : nil)
    let targetedEligible = try TargetedAllowance.isEligible(income: income, threshold: targeted, persons: request.persons)
    trace.record(TraceStep(
      rule: "targeted_allowance.threshold", label: "Zasiłek celowy — próg dochodowy (purpose allowance threshold)",
      value: targeted.perPerson.rounded().description + (targetedEligible ? " (income within)" : " (income above)"),
      parameters: [TraceParameter("share of criterion", targeted.rate.description + " %"),
                   TraceParameter("source", targeted.isLocal ? request.municipality : "statutory criterion")],
      basis: TargetedAllowance.basis + (targeted.isLocal ? (ordinances.ordinances[request.municipality]?.basis ?? []) : [])))
    let specialLimit = try SpecialTargetedAllowance.limit(criterion: criterion)
    trace.record(TraceStep(
      rule: "special_targeted_allowance.limit", label: "Specjalny zasiłek celowy — górna granica (special purpose allowance cap)",
      value: specialLimit.description, basis: SpecialTargetedAllowance.basis))

    // Posiłek w szkole i w domu.
    var meal: Bool?
    if let rate = snapshot.pointee.mealProgrammeThresholdRate {
      let mealThreshold = try MealProgramme.threshold(limit: limit, rate: rate)
      let eligible = income <= mealThreshold
      meal = eligible
      trace.record(TraceStep(
        rule: "meal_programme", label: "Posiłek w szkole i w domu (meal programme)", value: eligible ? "yes" : "no",
        parameters: [TraceParameter("threshold", mealThreshold.rounded().description),
                     TraceParameter("share of criterion", rate.description + " %")],
        basis: MealProgramme.basis + [LegalCitation(act: table.mealProgrammeThresholdRate.entry(on: date)?.enactedBy ?? "")]))
    }

    // Care services: fee table → percent → monthly fee.
    var carePercent: Rate?
    var careFee: Money?
    if let care = request.care, care.kind != .none {
      let tableIndex = care.kind == .mental ? compiled.mentalTable(on: date)
        : ordinanceIndex >= 0 ? compiled.ordinances[ordinanceIndex].careTable : -1
      let percent: Rate? = tableIndex >= 0
        ? try compiled.percent(table: tableIndex, income: income, criterion: limit, family: request.persons > 1) : nil
      guard let percent else {
        // Slow path: the full table names the precise error.
        let ordinance = ordinanceIndex >= 0 ? ordinances.ordinances[request.municipality] : nil
        let feeTable = try careFeeTable(for: care.kind, ordinance: ordinance, on: date)
        _ = try feeTable.percent(income: income, criterion: limit, family: request.persons > 1, on: date)
        throw PomocError(.parameterNotEncoded, field: "care_kind", message: "no fee applies")
      }
      carePercent = percent
      careFee = try CareFee.monthlyFee(hourlyCost: care.hourlyCost, percent: percent, hours: care.hours)
      trace.record(careStep(care, percent: percent, fee: careFee!, municipality: request.municipality, on: date))
    }

    destination.initialize(to: EvaluationResult(
      criterion: criterion.applicable, householdIncome: income.rounded(), incomePerPerson: incomePerPerson,
      withinCriterion: within, cashEligible: cash,
      periodicMinimum: periodic?.guaranteed ?? .zero, periodicDifference: periodic?.difference ?? .zero,
      permanent: permanent, targetedThreshold: targeted.perPerson.rounded(), targetedEligible: targetedEligible,
      specialTargetedLimit: specialLimit, mealEligible: meal, careFeePercent: carePercent, careFee: careFee))
  }

  /// The explanation of a care fee (built only when tracing; looks the full table up once).
  private func careStep(_ care: CareRequest, percent: Rate, fee: Money, municipality: String, on date: CivilDate) -> TraceStep {
    let table = try? careFeeTable(for: care.kind, ordinance: ordinances.ordinances[municipality], on: date)
    return TraceStep(
      rule: "care.fee", label: "Odpłatność za usługi opiekuńcze (care fee)", value: fee.description,
      parameters: [TraceParameter("table", table?.name ?? ""),
                   TraceParameter("fee", percent.description + " % of the hourly cost"),
                   TraceParameter("hourly cost", care.hourlyCost.description),
                   TraceParameter("hours", care.hours.description)],
      basis: table?.basis ?? [])
  }

  /// The fee table for a kind of care on a date.
  public func careFeeTable(for kind: CareKind, ordinance: MunicipalOrdinance?, on date: CivilDate)
    throws -> FeeTable
  {
    switch kind {
    case .mental:
      return try mentalCareFeeTables.value(on: date)
    case .standard, .specialised, .none:
      guard let table = ordinance?.careFeeTable else {
        let whose = ordinance.map { "ordinance '\($0.id)' has" } ?? "no municipality given, so there is"
        throw PomocError(.careFeeTableMissing, field: "care_kind",
                         message: "\(whose) no fee table for \(kind.rawValue) care (art. 50 ust. 6)")
      }
      return table
    }
  }

  /// Which act set a value in force on `date`, and why it still applies (explanations only).
  static func enactment<V>(of series: DatedSeries<V>, on date: CivilDate) -> [TraceParameter] {
    guard let entry = series.entry(on: date) else { return [] }
    var parameters = [TraceParameter("in force from", entry.from.description),
                      TraceParameter("set by", entry.enactedBy)]
    if !entry.note.isEmpty { parameters.append(TraceParameter("validity", entry.note)) }
    return parameters
  }

  private func required<V>(_ value: V?, _ series: DatedSeries<V>, _ date: CivilDate) throws -> V {
    if let value { return value }
    return try series.value(on: date)
  }
}

/// The fields of a request read through its address, without copying the whole request.
private struct RequestFields {
  let address: UnsafePointer<EvaluationRequest>
  init(_ address: UnsafePointer<EvaluationRequest>) { self.address = address }
  var date: CivilDate { address.pointee.date }
  var persons: Int { address.pointee.persons }
  var income: Money { address.pointee.income }
  var alimonyPaid: Money { address.pointee.alimonyPaid }
  var farmland: Hectares { address.pointee.farmland }
  var municipality: String { address.pointee.municipality }
  var applicant: Applicant { address.pointee.applicant }
  var reasons: ReasonSet { address.pointee.reasons }
  var care: CareRequest? { address.pointee.care }
}
