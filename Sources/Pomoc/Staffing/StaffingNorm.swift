/// Staffing norms (*wskaźniki zatrudnienia*) of social-assistance and family-support institutions.
public enum StaffingNorm: String, Hashable, Sendable, CaseIterable {
  /// *Pracownicy socjalni* in a municipal centre: art. 110 ust. 11 u.p.s.
  case socialWorkers = "social_workers"
  /// *Asystent rodziny*: families per assistant, art. 15 ust. 4 of the family-support act.
  case familyAssistant = "family_assistant"
  /// *Koordynator rodzinnej pieczy zastępczej*: families per coordinator, art. 77 ust. 3 of the same act.
  case fosterCareCoordinator = "foster_care_coordinator"
  /// *Placówka opiekuńczo-wychowawcza*: children per home, art. 95 ust. 3 and art. 229–230.
  case childrensHome = "childrens_home"
  /// *Dom pomocy społecznej*: care/therapy staff FTE per resident by type, regulation of 23 Aug 2012, § 6.
  case dpsCareStaff = "dps_care_staff"
  /// *Warsztat terapii zajęciowej*: participants per staff member, regulation on WTZ, § 13 ust. 4.
  case occupationalTherapyWorkshop = "wtz"
}

/// Types of care home (*typy domów pomocy społecznej*).
public enum CareHomeType: String, Hashable, Sendable, CaseIterable {
  /// *Dla osób w podeszłym wieku*.
  case elderly
  /// *Dla osób przewlekle somatycznie chorych*.
  case chronicallySomaticallyIll = "chronically_somatically_ill"
  /// *Dla osób przewlekle psychicznie chorych*.
  case chronicallyMentallyIll = "chronically_mentally_ill"
  /// *Dla dorosłych niepełnosprawnych intelektualnie*.
  case adultsWithIntellectualDisability = "adults_intellectual_disability"
  /// *Dla dzieci i młodzieży niepełnosprawnych intelektualnie*.
  case childrenWithIntellectualDisability = "children_intellectual_disability"
  /// *Dla osób niepełnosprawnych fizycznie*.
  case physicallyDisabled = "physically_disabled"
  /// *Dla osób uzależnionych od alkoholu*.
  case alcoholDependent = "alcohol_dependent"

  /// Minimum care/therapy staff in FTE per resident (basis points of an FTE), where verified:
  /// 0.4 elderly, 0.6 chronically somatically ill, 0.5 chronically mentally ill (LAW.md §9, [V1]).
  /// `nil`: not verified, so not encoded.
  public var staffPerResident: Rate? {
    switch self {
    case .elderly: return Rate(basisPoints: 4_000)
    case .chronicallySomaticallyIll: return Rate(basisPoints: 6_000)
    case .chronicallyMentallyIll: return Rate(basisPoints: 5_000)
    default: return nil
    }
  }
}
