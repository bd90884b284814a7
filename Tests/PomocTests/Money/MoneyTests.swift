import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

@Suite("Money in grosze")
struct MoneyTests {
  @Test(
    "Parses plain decimals exactly",
    arguments: [
      ("776", 77_600), ("1069.9", 106_990), ("1069.90", 106_990), ("0.01", 1), ("0", 0), ("0.5", 50),
    ])
  func parses(text: String, grosze: Int64) {
    #expect(Money(text)?.grosze == grosze)
  }

  @Test(
    "Rejects anything that is not a plain non-negative decimal with ≤ 2 decimals",
    arguments: [
      "", "-1", "1.234", "1,50", " 1", "1 ", "+1", "1e3", ".5", "5.", "1.2.3", "abc", "0x10", "١٢",
      "1000000000.01", "99999999999999999999",
    ])
  func rejects(text: String) {
    #expect(Money(text) == nil)
  }

  @Test(
    "Prints exactly two decimals",
    arguments: [
      (106_990, "1069.90"), (1, "0.01"), (0, "0.00"), (100, "1.00"), (-150, "-1.50"), (123_456_789, "1234567.89"),
    ])
  func prints(grosze: Int64, text: String) {
    #expect(Money(grosze: grosze).description == text)
  }

  @Test("Parsing and printing round-trip for every grosz value in a range")
  func roundTrip() {
    for grosze in Int64(0)...20_000 {
      let money = Money(grosze: grosze)
      #expect(Money(money.description) == money)
    }
  }

  @Test("Overflow is a typed error, never a trap")
  func overflow() {
    #expect(throws: PomocError.self) { try Money(grosze: .max).adding(Money(grosze: 1)) }
    #expect(throws: PomocError.self) { try Money(grosze: .max / 2).multiplied(by: 3) }
    #expect(throws: PomocError.self) { try ExactAmount(Money(grosze: .max / 100)) }
  }
}

@Suite("Rounding half up, once")
struct RoundingTests {
  @Test(
    "Half a grosz rounds up",
    arguments: [
      (Int64(5), Int64(10), Int64(1)),   // 0.5 → 1
      (Int64(4), Int64(10), Int64(0)),   // 0.4 → 0
      (Int64(15), Int64(10), Int64(2)),   // 1.5 → 2
      (Int64(-5), Int64(10), Int64(0)),   // −0.5 → 0 (towards +∞)
      (Int64(-6), Int64(10), Int64(-1)),   // −0.6 → −1
      (Int64(1_000), Int64(3), Int64(333)),   // 333.33… → 333
      (Int64(2_000), Int64(3), Int64(667)),   // 666.66… → 667
    ])
  func halfUp(numerator: Int64, denominator: Int64, expected: Int64) {
    #expect(Rounding.halfUp(numerator, dividedBy: denominator) == expected)
  }

  @Test("Half up without overflow for remainders near Int64.max")
  func halfUpLargeRemainder() throws {
    // 5e18 ÷ 9e18 = 0.55… → 1 and −5e18 ÷ 9e18 = −0.55… → −1 (a doubled remainder, 1e19, would not fit).
    #expect(Rounding.halfUp(5_000_000_000_000_000_000, dividedBy: 9_000_000_000_000_000_000) == 1)
    #expect(Rounding.halfUp(-5_000_000_000_000_000_000, dividedBy: 9_000_000_000_000_000_000) == -1)
    // 4.5e18 ÷ 9e18 = exactly one half → 1 (up); −4.5e18 ÷ 9e18 = −0.5 → 0 (towards +∞).
    #expect(Rounding.halfUp(4_500_000_000_000_000_000, dividedBy: 9_000_000_000_000_000_000) == 1)
    #expect(Rounding.halfUp(-4_500_000_000_000_000_000, dividedBy: 9_000_000_000_000_000_000) == 0)
    #expect(Rounding.halfUp(.max, dividedBy: .max) == 1)
    #expect(Rounding.halfUp(.min, dividedBy: 1) == .min)
    // 5e18 units ÷ (10 000 × 9e14) = 5e18 ÷ 9e18 gr → 1 gr.
    #expect(
      try ExactAmount(units: 5_000_000_000_000_000_000).rounded(dividedBy: 900_000_000_000_000) == Money(grosze: 1))
  }

  @Test("128-bit intermediate product: a × b ÷ c exact for large a × b")
  func wideProduct() throws {
    // 9e12 × 1e6 ÷ 1e6 = 9e12 exactly, although 9e18 is close to Int64.max.
    #expect(try Rounding.halfUp(9_000_000_000_000, times: 1_000_000, dividedBy: 1_000_000) == 9_000_000_000_000)
    #expect(throws: PomocError.self) { try Rounding.halfUp(.max, times: .max, dividedBy: 1) }
  }

  @Test("Percent of an amount is exact in 1/10 000 gr")
  func exactPercent() throws {
    // 130 % × 823.00 = 1069.90 exactly; 132.5 % × 776 = 1028.20.
    #expect(try ExactAmount(m("823"), times: Rate(percent: 130)).rounded() == m("1069.90"))
    #expect(try ExactAmount(m("776"), times: Rate(basisPoints: 13_250)).rounded() == m("1028.20"))
    #expect(try ExactAmount(m("776"), times: Rate(basisPoints: 13_250)).isWholeGrosze)
  }

  /// The two-digits-per-division writer against plain integer printing: whole part, ".",
  /// two digits of the remainder (−1234567 gr → "-12345.67"), at every length and at the
  /// ends of Int64.
  @Test("Amounts print like whole part, point, two digits, at every length and both ends of Int64")
  func hundredthsWriter() {
    var values: [Int64] = [0, 1, 9, 10, 99, 100, 101, 999, 1000, Int64.max, Int64.min, Int64.min + 1]
    var power: Int64 = 1
    for _ in 0..<18 {
      power *= 10
      values += [power - 1, power, power + 1, -(power - 1), -power]
    }
    var random = SplitMix64(seed: 7)
    for _ in 0..<2000 { values.append(Int64(bitPattern: random.next()) >> Int64(random.next() % 63)) }
    for value in values {
      let magnitude = value.magnitude
      let cents = magnitude % 100
      let expected = (value < 0 ? "-" : "") + String(magnitude / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
      #expect(DecimalText.string(value, fractionDigits: 2) == expected, "\(value)")
    }
  }
}
