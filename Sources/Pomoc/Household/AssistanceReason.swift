/// A reason for granting help (*przesłanka*), art. 7 u.p.s.
///
/// Encoded (`Codable`) as its code in input files, e.g. `"disability"`, `"long_illness"`.
public enum AssistanceReason: String, Hashable, Sendable, CaseIterable, Codable {
  /// *Ubóstwo* (pkt 1). Alone it does not open cash benefits (art. 8 ust. 1).
  case poverty
  /// *Sieroctwo* (pkt 2).
  case orphanhood
  /// *Bezdomność* (pkt 3).
  case homelessness
  /// *Bezrobocie* (pkt 4).
  case unemployment
  /// *Niepełnosprawność* (pkt 5).
  case disability
  /// *Długotrwała lub ciężka choroba* (pkt 6).
  case longIllness = "long_illness"
  /// *Przemoc domowa* (pkt 7; *przemoc w rodzinie* until 2023-06-21).
  case domesticViolence = "domestic_violence"
  /// *Potrzeba ochrony ofiar handlu ludźmi* (pkt 7a).
  case traffickingVictim = "trafficking_victim"
  /// *Potrzeba ochrony macierzyństwa* (pkt 8).
  case maternity
  /// *Potrzeba ochrony wielodzietności* (pkt 8).
  case largeFamily = "large_family"
  /// *Bezradność w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa domowego* (pkt 9).
  case parentingHelplessness = "parenting_helplessness"
  /// *Trudności w integracji cudzoziemców* (pkt 11).
  case integrationDifficulty = "integration_difficulty"
  /// *Trudności w przystosowaniu do życia po zwolnieniu z zakładu karnego* (pkt 12).
  case prisonRelease = "prison_release"
  /// *Alkoholizm lub narkomania* (pkt 13).
  case addiction
  /// *Zdarzenie losowe* (pkt 14).
  case randomEvent = "random_event"
  /// *Sytuacja kryzysowa* (pkt 14).
  case crisis
  /// *Klęska żywiołowa lub ekologiczna* (pkt 15).
  case naturalDisaster = "natural_disaster"
  /// Another circumstance justifying help (art. 8 ust. 1, closing words).
  case other

  /// The point of art. 7 (or of art. 8 ust. 1 for `other`).
  public var citation: LegalCitation {
    switch self {
    case .poverty: return .socialAssistanceAct(article: "7", point: "1")
    case .orphanhood: return .socialAssistanceAct(article: "7", point: "2")
    case .homelessness: return .socialAssistanceAct(article: "7", point: "3")
    case .unemployment: return .socialAssistanceAct(article: "7", point: "4")
    case .disability: return .socialAssistanceAct(article: "7", point: "5")
    case .longIllness: return .socialAssistanceAct(article: "7", point: "6")
    case .domesticViolence: return .socialAssistanceAct(article: "7", point: "7")
    case .traffickingVictim: return .socialAssistanceAct(article: "7", point: "7a")
    case .maternity, .largeFamily: return .socialAssistanceAct(article: "7", point: "8")
    case .parentingHelplessness: return .socialAssistanceAct(article: "7", point: "9")
    case .integrationDifficulty: return .socialAssistanceAct(article: "7", point: "11")
    case .prisonRelease: return .socialAssistanceAct(article: "7", point: "12")
    case .addiction: return .socialAssistanceAct(article: "7", point: "13")
    case .randomEvent, .crisis: return .socialAssistanceAct(article: "7", point: "14")
    case .naturalDisaster: return .socialAssistanceAct(article: "7", point: "15")
    case .other: return .socialAssistanceAct(article: "8", paragraph: "1")
    }
  }

  /// The bit of this reason in a ``ReasonSet``.
  @inlinable var bit: UInt32 {
    switch self {
    case .poverty: return 1 << 0
    case .orphanhood: return 1 << 1
    case .homelessness: return 1 << 2
    case .unemployment: return 1 << 3
    case .disability: return 1 << 4
    case .longIllness: return 1 << 5
    case .domesticViolence: return 1 << 6
    case .traffickingVictim: return 1 << 7
    case .maternity: return 1 << 8
    case .largeFamily: return 1 << 9
    case .parentingHelplessness: return 1 << 10
    case .integrationDifficulty: return 1 << 11
    case .prisonRelease: return 1 << 12
    case .addiction: return 1 << 13
    case .randomEvent: return 1 << 14
    case .crisis: return 1 << 15
    case .naturalDisaster: return 1 << 16
    case .other: return 1 << 17
    }
  }

  /// Looks a reason up by its code in input files (`long_illness`).
  public init?<C: Collection>(code: C) where C.Element == UInt8 {
    for reason in AssistanceReason.allCases where reason.rawValue.utf8.elementsEqual(code) {
      self = reason
      return
    }
    return nil
  }
}

/// A set of art. 7 reasons (*przesłanki*, art. 7 u.p.s.), stored as bits (no allocation).
///
/// Written as an array literal (`[.disability, .unemployment]`), iterated in the order of art. 7,
/// printed as the reason codes (`disability, unemployment`) and encoded (`Codable`) as an array
/// of reason codes, `["disability","unemployment"]`.
public struct ReasonSet: Hashable, Sendable, Sequence {
  /// One bit per ``AssistanceReason`` (see `AssistanceReason.bit`); not public: store reasons by
  /// their codes (`Codable`), test them with ``contains(_:)``.
  @usableFromInline package var bits: UInt32
  /// The empty set: no reason given.
  @inlinable public init() { bits = 0 }
  /// The set of `reasons` (a reason given twice counts once).
  public init(_ reasons: [AssistanceReason]) {
    bits = 0
    for reason in reasons { insert(reason) }
  }
  /// Adds `reason` to the set.
  @inlinable public mutating func insert(_ reason: AssistanceReason) { bits |= reason.bit }
  /// Whether the set holds `reason`.
  @inlinable public func contains(_ reason: AssistanceReason) -> Bool { bits & reason.bit != 0 }
  /// Whether no reason is given.
  @inlinable public var isEmpty: Bool { bits == 0 }

  /// True when the set holds a reason that opens cash benefits: any but poverty
  /// (art. 8 ust. 1: art. 7 pkt 2–15 or another circumstance).
  @inlinable public var opensCashBenefits: Bool { bits & ~AssistanceReason.poverty.bit != 0 }

  /// The reasons in the order of art. 7 (`AssistanceReason.allCases`).
  public func makeIterator() -> IndexingIterator<[AssistanceReason]> {
    AssistanceReason.allCases.filter { contains($0) }.makeIterator()
  }
}

extension ReasonSet: ExpressibleByArrayLiteral {
  /// The set of the listed reasons: `let reasons: ReasonSet = [.disability]`.
  public init(arrayLiteral reasons: AssistanceReason...) { self.init(reasons) }
}

extension ReasonSet: CustomStringConvertible {
  /// The reason codes in the order of art. 7, separated by `, ` (`disability, unemployment`);
  /// `none` for the empty set.
  public var description: String {
    isEmpty ? "none" : map(\.rawValue).joined(separator: ", ")
  }
}

extension ReasonSet: Codable {
  /// Decodes the set from an array of reason codes (`["disability"]`); an unknown code is a
  /// `DecodingError`.
  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode([AssistanceReason].self))
  }

  /// Encodes the set as an array of reason codes in the order of art. 7, `["disability"]`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(Array(self))
  }
}
