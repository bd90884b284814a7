/// Staffing norms (*wskaźniki zatrudnienia*) of social-assistance and family-support institutions.
///
/// Encoded (`Codable`) as its code, e.g. `"social_workers"`.
public enum StaffingNorm: String, Hashable, Sendable, CaseIterable, Codable {
  /// *Pracownicy socjalni* in a municipal centre: art. 110 ust. 11 (ratios) and ust. 12 (at least 3) u.p.s.
  case socialWorkers = "social_workers"
  /// *Asystent rodziny*: families per assistant, art. 15 ust. 4 *ustawy z 9 czerwca 2011 r. o wspieraniu
  /// rodziny i systemie pieczy zastępczej* (t.j. Dz.U. 2025 poz. 49).
  case familyAssistant = "family_assistant"
  /// *Koordynator rodzinnej pieczy zastępczej*: families per coordinator, art. 77 ust. 4 of the same act
  /// (t.j. Dz.U. 2026 poz. 980).
  case fosterCareCoordinator = "foster_care_coordinator"
  /// *Placówka opiekuńczo-wychowawcza*: children per home, art. 95 ust. 3 and art. 229–230 of the same act.
  case childrensHome = "childrens_home"
  /// *Placówka wsparcia dziennego*: children per educator (*wychowawca*), art. 28 ust. 2 of the same act
  /// (t.j. Dz.U. 2025 poz. 49).
  case daySupportCentre = "day_support_centre"
  /// *Dom pomocy społecznej*: care/therapy staff (*zespół terapeutyczno-opiekuńczy*) FTE per resident by type,
  /// § 6 ust. 2 pkt 3 lit. a–g, and for short-term support places § 6a ust. 7, of the *rozporządzenie MPiPS
  /// z 23 sierpnia 2012 r. w sprawie domów pomocy społecznej* (t.j. Dz.U. 2025 poz. 51).
  case dpsCareStaff = "dps_care_staff"
  /// *Dom pomocy społecznej*: social workers (*pracownicy socjalni*), at least 2 FTE per 100 residents,
  /// § 6 ust. 2 pkt 1 of the same regulation.
  case dpsSocialWorkers = "dps_social_workers"
  /// *Warsztat terapii zajęciowej*: participants per staff member, regulation on WTZ, § 13 ust. 4.
  case occupationalTherapyWorkshop = "wtz"
}

/// Types of care home (*typy domów pomocy społecznej*); their staffing in § 6 ust. 2 pkt 3
/// of the *rozporządzenie MPiPS z 23 sierpnia 2012 r. w sprawie domów pomocy społecznej* (t.j. Dz.U. 2025 poz. 51).
/// Encoded (`Codable`) as its code, e.g. `"elderly"`.
public enum CareHomeType: String, Hashable, Sendable, CaseIterable, Codable {
  /// *Dla osób w podeszłym wieku* (lit. a).
  case elderly
  /// *Dla osób przewlekle somatycznie chorych* (lit. b).
  case chronicallySomaticallyIll = "chronically_somatically_ill"
  /// *Dla osób przewlekle psychicznie chorych* (lit. c).
  case chronicallyMentallyIll = "chronically_mentally_ill"
  /// *Dla dorosłych niepełnosprawnych intelektualnie*.
  case adultsWithIntellectualDisability = "adults_intellectual_disability"
  /// *Dla dzieci i młodzieży niepełnosprawnych intelektualnie*.
  case childrenWithIntellectualDisability = "children_intellectual_disability"
  /// *Dla osób niepełnosprawnych fizycznie*.
  case physicallyDisabled = "physically_disabled"
  /// *Dla osób uzależnionych od alkoholu*.
  case alcoholDependent = "alcohol_dependent"

  /// Minimum care/therapy staff (*wskaźnik zatrudnienia pracowników zespołu terapeutyczno-opiekuńczego*)
  /// in FTE per resident, § 6 ust. 2 pkt 3 lit. a–g of the regulation of 23 August 2012
  /// (t.j. Dz.U. 2025 poz. 51; the same text in t.j. Dz.U. 2018 poz. 734): „nie mniej niż 0,4 na
  /// jednego mieszkańca domu” for homes for the elderly, 0,5 for every other type.
  public var staffPerResident: FullTimeEquivalent {
    switch self {
    case .elderly: return FullTimeEquivalent(tenThousandths: 4_000)
    case .chronicallySomaticallyIll, .chronicallyMentallyIll, .adultsWithIntellectualDisability,
      .childrenWithIntellectualDisability, .physicallyDisabled, .alcoholDependent:
      return FullTimeEquivalent(tenThousandths: 5_000)
    }
  }
}
