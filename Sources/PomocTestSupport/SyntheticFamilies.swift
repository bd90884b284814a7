import Pomoc

/// A deterministic population of families for the family benefits' tests and benchmark: each
/// family as a JSON line of `pomoc family`'s input (Documentation/FamilyBenefits.md), so the same
/// families feed the in-memory benchmark (read with `FamilyJSON`) and the tool end to end.
///
/// Families of 1–7 members (an applicant, sometimes a spouse, 0–5 children of 0–23 years,
/// sometimes a grandparent), dates 2013–2026, incomes of the base years around the criteria,
/// some disabilities, alimony titles, care, housing and energy facts.
public struct SyntheticFamilies: Sequence, Sendable {
  /// Number of families.
  public var count: Int
  /// The generator's seed.
  public var seed: UInt64

  /// Families `f0`, `f1`, … from `seed`.
  public init(count: Int, seed: UInt64 = 2026) {
    self.count = count
    self.seed = seed
  }

  /// Yields one JSON line per family (without its line break).
  public struct Iterator: IteratorProtocol {
    var random: SplitMix64
    var index = 0
    let count: Int

    /// The next family's line, or `nil` after the last.
    public mutating func next() -> String? {
      guard index < count else { return nil }
      defer { index += 1 }
      return Self.line(id: "f\(index)", &random)
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> String {
      func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
      return "\(year)-\(two(month))-\(two(day))"
    }

    static func amount(_ grosze: UInt64) -> String {
      let tail = grosze % 100
      return "\(grosze / 100).\(tail < 10 ? "0" : "")\(tail)"
    }

    static func line(id: String, _ random: inout SplitMix64) -> String {
      let year = 2013 + Int(random.below(14))
      let month = 1 + Int(random.below(12))
      let day = 1 + Int(random.below(28))
      var members: [String] = []
      members.append(
        #"{"id":"a","role":"applicant","birth_date":"\#(date(year - 25 - Int(random.below(30)), 1 + Int(random.below(12)), 1 + Int(random.below(28))))"}"#
      )
      let couple = random.below(3) > 0
      if couple {
        members.append(#"{"id":"s","role":"spouse","birth_date":"\#(date(year - 25 - Int(random.below(30)), 3, 15))"}"#)
      }
      let children = Int(random.below(6))
      for child in 0..<children {
        let age = Int(random.below(24))
        var text =
          #"{"id":"c\#(child)","role":"child","birth_date":"\#(date(year - age - 1, 1 + Int(random.below(12)), 1 + Int(random.below(28))))""#
        if age >= 17 { text += #","education":"\#(random.below(2) == 0 ? "school" : "university")""# }
        if random.below(12) == 0 {
          text += age >= 17 ? #","disability":"severe""# : #","disability":"certificate_care""#
        }
        if age < 2 { text += #","prenatal_care":true"# }
        if !couple && random.below(3) == 0 {
          text += #","alimony":{"awarded":"\#(amount(30_000 + random.below(90_000)))","enforcement_ineffective":true}"#
        }
        members.append(text + "}")
      }
      if random.below(8) == 0 {
        members.append(#"{"id":"g","role":"other","birth_date":"\#(date(year - 70 - Int(random.below(20)), 6, 1))"}"#)
      }
      var line = #"{"id":"\#(id)","date":"\#(date(year, month, day))","members":[\#(members.joined(separator: ","))]"#
      // Incomes of the years any rule may read: the two years before the date.
      let perPerson = 20_000 + random.below(250_000)   // grosze a month per person
      let persons = UInt64(members.count)
      var incomes: [String] = []
      for back in 1...2 {
        incomes.append(#""\#(year - back)":[{"kind":"base_year","amount":"\#(amount(perPerson * persons * 12))"}]"#)
      }
      line += #","incomes":{\#(incomes.joined(separator: ","))}"#
      if !couple && children > 0 { line += #","single_parent":true"# }
      if random.below(4) == 0 {
        line +=
          #","housing":{"persons":\#(members.count),"legal_title":true,"income_3_months":"\#(amount(perPerson * persons * 3))","area":"\#(30 + random.below(60)).00","expenses":"\#(amount(50_000 + random.below(100_000)))","basis_amount":"\#(year >= 2022 ? "7155.48" : "1200.00")","electricity_contract":true}"#
      }
      if random.below(4) == 0 {
        let sources = ["coal", "electric", "network_gas", "firewood", "district_heating"]
        line +=
          #","energy":{"heat_source":"\#(sources[Int(random.below(5))])","heat_source_in_ceeb":true,"income_year":\#(year - 1),"electricity_2021_mwh":"4.500","gas_vat_paid":"300.00"}"#
      }
      return line + "}"
    }
  }

  /// An iterator over the lines.
  public func makeIterator() -> Iterator { Iterator(random: SplitMix64(seed: seed), count: count) }
}
