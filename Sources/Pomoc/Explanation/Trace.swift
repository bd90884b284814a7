/// The stable key of a rule in an explanation, e.g. `permanent_allowance.amount`.
///
/// A `RawRepresentable` struct with static members, like ``ParameterID``, so a host program can
/// name steps of its own rules; a string literal is a rule id (`"care.fee"`).
public struct RuleID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The key as written in explanations and JSON.
  public var rawValue: String
  /// Creates a rule id from its key.
  public init(rawValue: String) { self.rawValue = rawValue }
  /// Creates a rule id from a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }
  /// The key.
  public var description: String { rawValue }

  /// Encodes the key as a plain string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// Decodes the key from a plain string.
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  /// *Kryterium dochodowe* applicable to the household (art. 8 ust. 1 u.p.s.).
  public static let incomeCriterion: RuleID = "criterion"
  /// *Dochód z gospodarstwa rolnego* (art. 8 ust. 4, 8 u.p.s.).
  public static let farmIncome: RuleID = "income.farm"
  /// *Dochód rodziny* / *osoby samotnie gospodarującej* (art. 8 ust. 3 u.p.s.).
  public static let householdIncome: RuleID = "income.household"
  /// *Prawo do świadczeń pieniężnych* (art. 8 ust. 1 with art. 7 u.p.s.).
  public static let cashEligibility: RuleID = "eligibility.cash"
  /// *Zasiłek okresowy*, guaranteed part (art. 38 u.p.s.).
  public static let periodicAllowance: RuleID = "periodic_allowance.guaranteed"
  /// *Zasiłek stały* (art. 37 u.p.s.).
  public static let permanentAllowance: RuleID = "permanent_allowance.amount"
  /// *Zasiłek celowy*, income threshold (art. 39 u.p.s. and the municipal ordinance).
  public static let targetedAllowance: RuleID = "targeted_allowance.threshold"
  /// *Specjalny zasiłek celowy*, cap (art. 41 pkt 1 u.p.s.).
  public static let specialTargetedAllowance: RuleID = "special_targeted_allowance.limit"
  /// Programme *Posiłek w szkole i w domu*.
  public static let mealProgramme: RuleID = "meal_programme"
  /// *Odpłatność za usługi opiekuńcze* (art. 50 u.p.s.).
  public static let careFee: RuleID = "care.fee"
}

/// A value in an explanation, kept with its type so a program can read it without parsing text.
public enum TraceValue: Hashable, Sendable, Codable, CustomStringConvertible {
  /// An amount in złoty (`634.80`).
  case money(Money)
  /// An amount kept exactly, not yet rounded (a per-person share, farm income).
  case exactMoney(ExactAmount)
  /// A percentage (`130.00 %`).
  case rate(Rate)
  /// Yes or no.
  case flag(Bool)
  /// A whole number (persons, age).
  case count(Int)
  /// A day.
  case date(CivilDate)
  /// Conversion hectares (*hektary przeliczeniowe*).
  case hectares(Hectares)
  /// Hours of care in a month.
  case hours(CareHours)
  /// Anything else: a formula, a name, a list of reasons.
  case text(String)

  /// The value as shown to people: amounts with two decimals, rates with `%`, flags as yes/no.
  public var description: String {
    switch self {
    case .money(let money): return money.description
    case .exactMoney(let exact):
      return exact.isWholeGrosze
        ? exact.rounded().description : exact.rounded().description + " (exact value kept for comparisons)"
    case .rate(let rate): return rate.description + " %"
    case .flag(let flag): return flag ? "yes" : "no"
    case .count(let count): return String(count)
    case .date(let date): return date.description
    case .hectares(let hectares): return hectares.description
    case .hours(let hours): return hours.description
    case .text(let text): return text
    }
  }
}

/// A named input to a step of an explanation, e.g. `single criterion = 1010.00`.
public struct TraceParameter: Hashable, Sendable, Codable {
  /// What the value is, in words (`per-person criterion`).
  public var name: String
  /// The value, typed.
  public var value: TraceValue

  /// A parameter with a typed value.
  public init(_ name: String, _ value: TraceValue) {
    self.name = name
    self.value = value
  }
  /// An amount.
  public init(_ name: String, _ value: Money) { self.init(name, .money(value)) }
  /// A percentage.
  public init(_ name: String, _ value: Rate) { self.init(name, .rate(value)) }
  /// Yes or no.
  public init(_ name: String, _ value: Bool) { self.init(name, .flag(value)) }
  /// A whole number.
  public init(_ name: String, _ value: Int) { self.init(name, .count(value)) }
  /// A day.
  public init(_ name: String, _ value: CivilDate) { self.init(name, .date(value)) }
  /// Text.
  public init(_ name: String, _ value: String) { self.init(name, .text(value)) }
}

/// One step of an explanation: which rule, what value, from which parameter values, on which
/// legal basis.
public struct TraceStep: Hashable, Sendable, Codable {
  /// Stable key of the rule, e.g. ``RuleID/permanentAllowance``.
  public var rule: RuleID
  /// Readable label with the Polish term, e.g. `Zasiłek stały (permanent allowance)`.
  public var label: String
  /// The value the step produced.
  public var value: TraceValue
  /// Why the value is what it is, when that is not evident (`not an adult`).
  public var note: String?
  /// The inputs and parameter values the step used.
  public var parameters: [TraceParameter]
  /// The provisions applied: act, article, ustęp, punkt, with the act's publication.
  public var basis: [LegalCitation]

  /// Creates a step with a typed value.
  public init(
    rule: RuleID, label: String, value: TraceValue, note: String? = nil, parameters: [TraceParameter] = [],
    basis: [LegalCitation] = []
  ) {
    self.rule = rule
    self.label = label
    self.value = value
    self.note = note
    self.parameters = parameters
    self.basis = basis
  }

  /// Creates a step whose value is text.
  public init(
    rule: RuleID, label: String, value: String, note: String? = nil, parameters: [TraceParameter] = [],
    basis: [LegalCitation] = []
  ) {
    self.init(rule: rule, label: label, value: .text(value), note: note, parameters: parameters, basis: basis)
  }

  /// The value with its note, as shown: `0.00 (not an adult)`.
  public var renderedValue: String {
    note.map { "\(value) (\($0))" } ?? value.description
  }

  /// The value of the parameter called `name`, if the step has one.
  public func parameter(_ name: String) -> TraceValue? {
    parameters.first { $0.name == name }?.value
  }
}

/// Receives explanation steps. ``NoTrace`` drops them at no cost (the evaluator is generic over
/// the recorder, so the steps are never even built); ``Trace`` keeps them.
public protocol TraceRecorder {
  /// Records a step; the step is built only if the recorder keeps it.
  mutating func record(_ step: @autoclosure () -> TraceStep)
}

/// The recorder that records nothing (the default for bulk evaluation).
public struct NoTrace: TraceRecorder, Hashable, Sendable {
  /// Creates the recorder.
  @inlinable public init() {}
  /// Drops the step without building it.
  @inlinable public mutating func record(_ step: @autoclosure () -> TraceStep) {}
}

/// An ordered explanation (*uzasadnienie*): every figure leads to an article.
public struct Trace: TraceRecorder, Hashable, Sendable, Codable {
  /// The steps in the order the rules ran.
  public private(set) var steps: [TraceStep] = []
  /// An empty explanation.
  public init() {}
  /// Appends a step.
  public mutating func record(_ step: @autoclosure () -> TraceStep) { steps.append(step()) }

  /// The steps of one rule.
  public func steps(of rule: RuleID) -> [TraceStep] { steps.filter { $0.rule == rule } }

  /// The first step of one rule, if it ran.
  public func step(_ rule: RuleID) -> TraceStep? { steps.first { $0.rule == rule } }
}
