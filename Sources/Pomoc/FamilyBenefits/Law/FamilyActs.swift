/// The acts of the family-benefit rules, as their explanations cite them.
extension LegalCitation {
  /// *Ustawa z 28 listopada 2003 r. o świadczeniach rodzinnych* (u.ś.r.), t.j. Dz.U. 2026 poz. 1240.
  public static func familyBenefitsAct(
    article: String, paragraph: String? = nil, point: String? = nil
  ) -> LegalCitation {
    LegalCitation(
      act: "u.ś.r.", article: article, paragraph: paragraph, point: point, publication: "t.j. Dz.U. 2026 poz. 1240")
  }

  /// *Ustawa z 7 września 2007 r. o pomocy osobom uprawnionym do alimentów* (u.p.o.u.a.), t.j. Dz.U. 2026 poz. 79.
  public static func alimonyFundAct(article: String, paragraph: String? = nil, point: String? = nil) -> LegalCitation {
    LegalCitation(
      act: "u.p.o.u.a.", article: article, paragraph: paragraph, point: point, publication: "t.j. Dz.U. 2026 poz. 79")
  }

  /// *Ustawa z 21 czerwca 2001 r. o dodatkach mieszkaniowych* (u.d.m.), t.j. Dz.U. 2023 poz. 1335.
  public static func housingAllowanceAct(article: String, paragraph: String? = nil, point: String? = nil)
    -> LegalCitation
  {
    LegalCitation(
      act: "u.d.m.", article: article, paragraph: paragraph, point: point, publication: "t.j. Dz.U. 2023 poz. 1335")
  }

  /// *Ustawa z 10 kwietnia 1997 r. – Prawo energetyczne* (Pr.en.), t.j. Dz.U. 2026 poz. 43.
  public static func energyLaw(article: String, paragraph: String? = nil, point: String? = nil) -> LegalCitation {
    LegalCitation(
      act: "Pr.en.", article: article, paragraph: paragraph, point: point, publication: "t.j. Dz.U. 2026 poz. 43")
  }

  /// *Ustawa z 17 grudnia 2021 r. o dodatku osłonowym* (u.d.o.), t.j. Dz.U. 2026 poz. 77.
  public static func protectiveAllowanceAct(article: String, paragraph: String? = nil, point: String? = nil)
    -> LegalCitation
  {
    LegalCitation(
      act: "u.d.o.", article: article, paragraph: paragraph, point: point, publication: "t.j. Dz.U. 2026 poz. 77")
  }

  /// *Ustawa z 11 lutego 2016 r. o pomocy państwa w wychowywaniu dzieci* (u.p.p.w.d.), t.j. Dz.U. 2026 poz. 508.
  public static func childRaisingAct(article: String, paragraph: String? = nil, point: String? = nil)
    -> LegalCitation
  {
    LegalCitation(
      act: "u.p.p.w.d.", article: article, paragraph: paragraph, point: point, publication: "t.j. Dz.U. 2026 poz. 508")
  }

  /// *Ustawa z 5 grudnia 2014 r. o Karcie Dużej Rodziny*, Dz.U. 2014 poz. 1863.
  public static func largeFamilyCardAct(article: String, paragraph: String? = nil, point: String? = nil)
    -> LegalCitation
  {
    LegalCitation(
      act: "ustawy o Karcie Dużej Rodziny", article: article, paragraph: paragraph, point: point,
      publication: "Dz.U. 2014 poz. 1863")
  }

  /// An act of the 2022–2024 energy crisis named in full, with its publication.
  public static func energyCrisisAct(_ act: String, article: String, paragraph: String? = nil, publication: String)
    -> LegalCitation
  {
    LegalCitation(act: act, article: article, paragraph: paragraph, publication: publication)
  }
}
