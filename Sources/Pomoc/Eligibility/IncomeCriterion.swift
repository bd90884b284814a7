/// The income criterion (*kryterium dochodowe*) applicable to a household, art. 8 ust. 1 u.p.s.
///
/// A single person is measured against the single criterion; a family against the
/// *family criterion* = per-person criterion × number of persons (art. 8 ust. 1 pkt 3). The
/// amounts are verified every three years by a regulation of the Council of Ministers (art. 9).
public struct IncomeCriterion: Hashable, Sendable, Codable {
  /// *Kryterium dochodowe osoby samotnie gospodarującej*.
  public var single: Money
  /// *Kryterium dochodowe na osobę w rodzinie*.
  public var perPerson: Money
  /// Household size (1 = *osoba samotnie gospodarująca*).
  public var persons: Int

  /// A criterion for a household of `persons`.
  public init(single: Money, perPerson: Money, persons: Int) {
    self.single = single
    self.perPerson = perPerson
    self.persons = persons
  }

  /// The criterion reported for the household: single (n = 1) or per person (n > 1).
  @inlinable public var applicable: Money { persons == 1 ? single : perPerson }

  /// The amount household income is compared with: single, or per-person × n.
  ///
  /// - Throws: `arithmetic_overflow` if the product does not fit (never for real sizes).
  @inlinable public func limit() throws -> Money {
    persons == 1 ? single : try perPerson.multiplied(by: Int64(persons))
  }

  /// Art. 8 ust. 1 pkt 1 (single) or pkt 2–3 (family).
  public var basis: [LegalCitation] {
    persons == 1
      ? [.socialAssistanceAct(article: "8", paragraph: "1", point: "1")]
      : [
        .socialAssistanceAct(article: "8", paragraph: "1", point: "2"),
        .socialAssistanceAct(article: "8", paragraph: "1", point: "3"),
      ]
  }

  /// The rule: the criterion in force on the day for a household of `persons`, with its
  /// explanation (the regulation that set it and why it still applies).
  static func evaluate<T: TraceRecorder>(persons: Int, law: LawOnDate, trace: inout T) throws -> IncomeCriterion {
    let criterion = IncomeCriterion(
      single: try law.require(law.snapshot.pointee.incomeCriterionSinglePerson, .incomeCriterionSinglePerson),
      perPerson: try law.require(
        law.snapshot.pointee.incomeCriterionPerPersonInFamily, .incomeCriterionPerPersonInFamily),
      persons: persons)
    let limit = try criterion.limit()
    trace.record(
      TraceStep(
        rule: .incomeCriterion, label: "Kryterium dochodowe (income criterion)", value: .money(criterion.applicable),
        parameters: (persons == 1
          ? [TraceParameter("single criterion", criterion.single)]
          : [
            TraceParameter("per-person criterion", criterion.perPerson), TraceParameter("persons", persons),
            TraceParameter("family criterion", limit),
          ])
          + law.enactment(of: persons == 1 ? .incomeCriterionSinglePerson : .incomeCriterionPerPersonInFamily),
        basis: criterion.basis + [.socialAssistanceAct(article: "9")]))
    return criterion
  }
}
