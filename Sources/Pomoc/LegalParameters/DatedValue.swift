/// How well a legal value is confirmed against the published texts.
///
/// Encoded (`Codable`) as its mark, `"V"` or `"V1"`.
public enum VerificationStatus: String, Hashable, Sendable, Codable {
  /// [V]: two or more independent sources, or one reproducing the provision.
  case verified = "V"
  /// [V1]: one secondary source only.
  case singleSource = "V1"
  /// A value a host program supplies for a what-if scenario (a reform under discussion): not the
  /// law. Explanations say so; the bundled law never carries it.
  case scenario = "what-if"
}

/// One value of a legal parameter, in force from `from` until the next entry.
///
/// A `nil` value means "no value the library can apply from this date": either the
/// provision was repealed (*uchylony*) or its text for that period is not verified;
/// `note` says which. Asking for it yields `parameter_not_encoded`, never a guess.
///
/// `Codable` when its value is, with the property names as keys (`value` left out when `nil`).
public struct DatedValue<Value: Hashable & Sendable>: Hashable, Sendable {
  /// The first day the value is in force (*obowiązuje od*).
  public var from: CivilDate
  /// The value in force from ``from``; `nil`: none the library can apply (see ``note``).
  public var value: Value?
  /// The act that set the value, e.g. `Rozporządzenie RM z 12 lipca 2024 r. (Dz.U. 2024 poz. 1044)`.
  public var enactedBy: String
  /// Where the value can be read: the act's publication (Dz.U., M.P.) or the resolution.
  public var source: String
  /// How well the value is confirmed (verified, or a single source).
  public var status: VerificationStatus
  /// Why the value is `nil`, or a remark.
  public var note: String

  /// Creates a dated value; verified and without a note unless told otherwise.
  public init(
    from: CivilDate, value: Value?, enactedBy: String, source: String,
    status: VerificationStatus = .verified, note: String = ""
  ) {
    self.from = from
    self.value = value
    self.enactedBy = enactedBy
    self.source = source
    self.status = status
    self.note = note
  }
}

/// The kinds of value a parameter can hold.
///
/// Encoded (`Codable`) as its symbol, `"PLN/month"` or `"%"`.
public enum ParameterUnit: String, Hashable, Sendable, Codable {
  /// Złoty per month.
  case zlotyPerMonth = "PLN/month"
  /// Percent.
  case percent = "%"
}

/// The full dated history of one legal parameter, with its legal basis.
///
/// `Codable` when its values are, with the property names as keys.
public struct DatedSeries<Value: Hashable & Sendable>: Hashable, Sendable {
  /// The parameter's name, e.g. ``ParameterID/incomeCriterionSinglePerson``.
  public var id: ParameterID
  /// The Polish term, e.g. *kryterium dochodowe osoby samotnie gospodarującej*.
  public var term: String
  /// Złoty per month or percent.
  public var unit: ParameterUnit
  /// The provisions that define the parameter, e.g. art. 8 ust. 1 pkt 1 u.p.s.
  public var basis: [LegalCitation]
  /// Entries with strictly increasing `from` dates.
  public var entries: [DatedValue<Value>]

  /// Creates a series; `entries` must have strictly increasing `from` dates.
  public init(
    id: ParameterID, term: String, unit: ParameterUnit, basis: [LegalCitation],
    entries: [DatedValue<Value>]
  ) {
    self.id = id
    self.term = term
    self.unit = unit
    self.basis = basis
    self.entries = entries
  }

  /// The entry in force on `date`, or `nil` before the first entry.
  public func entry(on date: CivilDate) -> DatedValue<Value>? {
    var found: DatedValue<Value>?
    for entry in entries {
      if entry.from <= date { found = entry } else { break }
    }
    return found
  }

  /// The value in force on `date`.
  ///
  /// - Throws: `parameter_not_encoded` when no value is known for the date.
  public func value(on date: CivilDate) throws -> Value {
    guard let entry = entry(on: date) else {
      throw PomocError.notEncoded(
        id.rawValue, on: date, "no value before \(entries.first?.from.description ?? "any date")")
    }
    guard let value = entry.value else {
      throw PomocError.notEncoded(id.rawValue, on: date, entry.note.isEmpty ? "not in force" : entry.note)
    }
    return value
  }

  /// Merges `other` into this series: an entry with the same `from` date replaces
  /// the existing one, new dates are inserted in order.
  public mutating func merge(_ other: [DatedValue<Value>]) {
    for entry in other {
      if let index = entries.firstIndex(where: { $0.from == entry.from }) {
        entries[index] = entry
      } else {
        entries.append(entry)
      }
    }
    entries.sort { $0.from < $1.from }
  }
}

extension DatedValue: Codable where Value: Codable {}

extension DatedSeries: Codable where Value: Codable {}
