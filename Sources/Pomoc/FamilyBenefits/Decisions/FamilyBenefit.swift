/// A benefit decided for a family; its raw value is the key in `pomoc family`'s output.
public enum FamilyBenefit: String, Hashable, Sendable, CaseIterable, Codable {
  /// *Zasiłek rodzinny* (art. 4–6 u.ś.r.).
  case familyAllowance = "zasilek_rodzinny"
  /// *Dodatek z tytułu urodzenia dziecka* (art. 9 u.ś.r.).
  case birthSupplement = "dodatek_urodzenie"
  /// *Dodatek z tytułu opieki nad dzieckiem w okresie korzystania z urlopu wychowawczego* (art. 10).
  case parentalLeaveSupplement = "dodatek_urlop_wychowawczy"
  /// *Dodatek z tytułu samotnego wychowywania dziecka* (art. 11a).
  case singleParentSupplement = "dodatek_samotne_wychowywanie"
  /// *Dodatek z tytułu wychowywania dziecka w rodzinie wielodzietnej* (art. 12a).
  case largeFamilySupplement = "dodatek_wielodzietnosc"
  /// *Dodatek z tytułu kształcenia i rehabilitacji dziecka niepełnosprawnego* (art. 13).
  case disabledChildEducationSupplement = "dodatek_ksztalcenie_rehabilitacja"
  /// *Dodatek z tytułu rozpoczęcia roku szkolnego* (art. 14).
  case schoolYearSupplement = "dodatek_rok_szkolny"
  /// *Dodatek z tytułu podjęcia przez dziecko nauki w szkole poza miejscem zamieszkania* (art. 15).
  case studyAwaySupplement = "dodatek_nauka_poza_miejscem"
  /// "Złotówka za złotówkę": the family's reduced amount (art. 5 ust. 3–3c u.ś.r.).
  case incomeExcessReduction = "zlotowka_za_zlotowke"
  /// *Zasiłek pielęgnacyjny* (art. 16 u.ś.r.).
  case careAllowance = "zasilek_pielegnacyjny"
  /// *Świadczenie pielęgnacyjne* (art. 17 u.ś.r.).
  case carerBenefit = "swiadczenie_pielegnacyjne"
  /// *Specjalny zasiłek opiekuńczy* (art. 16a u.ś.r.).
  case specialCareAllowance = "specjalny_zasilek_opiekunczy"
  /// *Jednorazowa zapomoga z tytułu urodzenia się dziecka* (art. 15b u.ś.r.).
  case birthGrant = "zapomoga_urodzenie"
  /// *Świadczenie rodzicielskie* (art. 17c u.ś.r.).
  case parentalBenefit = "swiadczenie_rodzicielskie"
  /// *Świadczenia z funduszu alimentacyjnego* (u.p.o.u.a.).
  case alimonyFund = "fundusz_alimentacyjny"
  /// *Dodatek mieszkaniowy* (u.d.m.).
  case housingAllowance = "dodatek_mieszkaniowy"
  /// *Dodatek energetyczny* (art. 5c Prawa energetycznego).
  case energyAllowance = "dodatek_energetyczny"
  /// *Świadczenie wychowawcze* 500+/800+ (u.p.p.w.d.).
  case childRaisingBenefit = "swiadczenie_wychowawcze"
  /// *Karta Dużej Rodziny* (eligibility).
  case largeFamilyCard = "karta_duzej_rodziny"
  /// *Dodatek osłonowy* (u.d.o.).
  case protectiveAllowance = "dodatek_oslonowy"
  /// *Dodatek węglowy* (2022).
  case coalAllowance = "dodatek_weglowy"
  /// The 2022 allowance for other heat sources (*dodatek dla gospodarstw domowych z tytułu
  /// wykorzystywania niektórych źródeł ciepła*).
  case heatSourceAllowance = "dodatek_zrodla_ciepla"
  /// *Dodatek elektryczny* (2022–2023).
  case electricityAllowance = "dodatek_elektryczny"
  /// The 2023 refund of VAT on heating gas (*refundacja podatku VAT*, "dodatek gazowy").
  case gasVATRefund = "refundacja_vat_gaz"
  /// *Bon energetyczny* (2024).
  case energyVoucher = "bon_energetyczny"

  /// The supplements (*dodatki*) decided with *zasiłek rodzinny* (art. 8 u.ś.r.).
  public static let supplements: [FamilyBenefit] = [
    .birthSupplement, .parentalLeaveSupplement, .singleParentSupplement, .largeFamilySupplement,
    .disabledChildEducationSupplement, .schoolYearSupplement, .studyAwaySupplement,
  ]

  /// The energy-crisis allowances: each is answered only for dates in its application window.
  public static let energyCrisisAllowances: [FamilyBenefit] = [
    .protectiveAllowance, .coalAllowance, .heatSourceAllowance, .electricityAllowance, .gasVATRefund, .energyVoucher,
  ]
}
