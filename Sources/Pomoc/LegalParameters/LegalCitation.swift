/// A pointer into the law: act, article, paragraph (*ustęp*), point (*punkt*), letter.
///
/// Parts are strings because articles may be lettered (art. 39a). Rendered the
/// Polish way: `art. 37 ust. 2 pkt 1 u.p.s.`.
public struct LegalCitation: Hashable, Sendable {
  /// Short name of the act, e.g. `u.p.s.` or `rozporządzenie RM z 12 lipca 2024 r. (Dz.U. 2024 poz. 1044)`.
  public var act: String
  public var article: String?
  public var paragraph: String?
  public var point: String?
  public var letter: String?

  public init(act: String, article: String? = nil, paragraph: String? = nil,
              point: String? = nil, letter: String? = nil) {
    self.act = act
    self.article = article
    self.paragraph = paragraph
    self.point = point
    self.letter = letter
  }

  /// *Ustawa z dnia 12 marca 2004 r. o pomocy społecznej* (u.p.s.).
  public static let socialAssistanceActName = "u.p.s."

  /// A provision of the social-assistance act (u.p.s.).
  public static func socialAssistanceAct(
    article: String, paragraph: String? = nil, point: String? = nil, letter: String? = nil
  ) -> LegalCitation {
    LegalCitation(act: socialAssistanceActName, article: article, paragraph: paragraph,
                  point: point, letter: letter)
  }

  /// A provision of *ustawa z 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej*.
  public static func familySupportAct(article: String, paragraph: String? = nil) -> LegalCitation {
    LegalCitation(act: "ustawa o wspieraniu rodziny i systemie pieczy zastępczej",
                  article: article, paragraph: paragraph)
  }
}

extension LegalCitation: CustomStringConvertible {
  public var description: String {
    var parts: [String] = []
    if let article { parts.append("art. " + article) }
    if let paragraph { parts.append("ust. " + paragraph) }
    if let point { parts.append("pkt " + point) }
    if let letter { parts.append("lit. " + letter) }
    parts.append(act)
    return parts.joined(separator: " ")
  }
}
