/// A pointer into the law: act, article, paragraph (*ustęp*), point (*punkt*), letter.
///
/// Parts are strings because articles may be lettered (art. 39a). Rendered the
/// Polish way, with the act's publication: `art. 37 ust. 2 pkt 1 u.p.s. (t.j. Dz.U. 2026 poz. 639)`.
public struct LegalCitation: Hashable, Sendable, Codable {
  /// Short name of the act, e.g. `u.p.s.` or `rozporządzenie RM z 12 lipca 2024 r.`.
  public var act: String
  /// *Artykuł* (or *paragraf* `§ 6` of a regulation), e.g. `37`, `39a`.
  public var article: String?
  /// *Ustęp*.
  public var paragraph: String?
  /// *Punkt*.
  public var point: String?
  /// *Litera*.
  public var letter: String?
  /// Where the act is published (*Dziennik Ustaw*, *Monitor Polski*), e.g. `t.j. Dz.U. 2026 poz. 639`;
  /// `nil` when the act itself names it or no publication applies (a programme, a resolution).
  public var publication: String?

  /// Creates a citation of a provision.
  public init(
    act: String, article: String? = nil, paragraph: String? = nil,
    point: String? = nil, letter: String? = nil, publication: String? = nil
  ) {
    self.act = act
    self.article = article
    self.paragraph = paragraph
    self.point = point
    self.letter = letter
    self.publication = publication
  }

  /// *Ustawa z dnia 12 marca 2004 r. o pomocy społecznej* (u.p.s.).
  public static let socialAssistanceActName = "u.p.s."
  /// The consolidated text of u.p.s. the library's articles refer to.
  public static let socialAssistanceActPublication = "t.j. Dz.U. 2026 poz. 639"
  /// The consolidated text of the family-support act the library's articles refer to.
  public static let familySupportActPublication = "t.j. Dz.U. 2026 poz. 980"

  /// A provision of the social-assistance act (*ustawa o pomocy społecznej*, u.p.s.).
  public static func socialAssistanceAct(
    article: String, paragraph: String? = nil, point: String? = nil, letter: String? = nil
  ) -> LegalCitation {
    LegalCitation(
      act: socialAssistanceActName, article: article, paragraph: paragraph,
      point: point, letter: letter, publication: socialAssistanceActPublication)
  }

  /// A provision of *ustawa z 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej* (u.w.r.).
  public static func familySupportAct(article: String, paragraph: String? = nil) -> LegalCitation {
    LegalCitation(
      act: "ustawy o wspieraniu rodziny i systemie pieczy zastępczej",
      article: article, paragraph: paragraph, publication: familySupportActPublication)
  }
}

extension LegalCitation: CustomStringConvertible {
  /// The citation the Polish way, e.g. `art. 37 ust. 2 pkt 1 u.p.s. (t.j. Dz.U. 2026 poz. 639)`.
  public var description: String {
    var parts: [String] = []
    if let article { parts.append("art. " + article) }
    if let paragraph { parts.append("ust. " + paragraph) }
    if let point { parts.append("pkt " + point) }
    if let letter { parts.append("lit. " + letter) }
    parts.append(act)
    if let publication { parts.append("(" + publication + ")") }
    return parts.joined(separator: " ")
  }
}
