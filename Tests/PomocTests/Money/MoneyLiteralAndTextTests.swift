import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

@Suite("Money written in code and read from text")
struct MoneyLiteralAndTextTests {
  @Test("An integer literal is whole złoty")
  func integerLiteral() {
    let criterion: Money = 776   // 776 zł × 100 = 77 600 gr
    let debt: Money = -5   // a negative literal is a literal: −5 zł = −500 gr
    let amounts: [Money] = [0, 1, 1010]   // 0, 100, 101 000 gr
    #expect(criterion.grosze == 77_600)
    #expect(criterion == Money(grosze: 77_600))
    #expect(debt.grosze == -500)
    #expect(amounts.map(\.grosze) == [0, 100, 101_000])
    #expect(Money(776) == Money(grosze: 77_600))   // `T(literal)` is the literal initializer
  }

  @Test("Whole złoty from Int32 cannot overflow; from Int64 it is checked")
  func wholeZloty() {
    // Int32.max × 100 = 2 147 483 647 × 100 = 214 748 364 700; Int32.min × 100 = −214 748 364 800.
    #expect(Money(zloty: .max).grosze == 214_748_364_700)
    #expect(Money(zloty: .min).grosze == -214_748_364_800)
    let largest: Money = 2_147_483_647
    #expect(largest.grosze == 214_748_364_700)
    // Int64.max = 9 223 372 036 854 775 807: ÷ 100 = 92 233 720 368 547 758 zł fits
    // (× 100 = 9 223 372 036 854 775 800 gr); one złoty more is 9 223 372 036 854 775 900 > Int64.max.
    #expect(Money(exactlyZloty: 92_233_720_368_547_758)?.grosze == 9_223_372_036_854_775_800)
    #expect(Money(exactlyZloty: 92_233_720_368_547_759) == nil)
    // Int64.min = −9 223 372 036 854 775 808: −92 233 720 368 547 758 zł fits, one more does not.
    #expect(Money(exactlyZloty: -92_233_720_368_547_758)?.grosze == -9_223_372_036_854_775_800)
    #expect(Money(exactlyZloty: -92_233_720_368_547_759) == nil)
    #expect(Money(exactlyZloty: .max) == nil)
    #expect(Money(exactlyZloty: .min) == nil)
    #expect(Money(exactlyZloty: 776) == 776)
  }

  @Test(
    "The nil-returning parser",
    arguments: [
      ("1069.90", Int64?(106_990)), ("1069.9", 106_990), ("776", 77_600), ("0.01", 1),
      ("1000000000.00", 100_000_000_000),   // the input limit itself
      ("1000000000.01", nil), ("1.234", nil), ("abc", nil), ("-1.50", nil), ("", nil),
    ])
  func failableParser(text: String, grosze: Int64?) {
    #expect(Money(text)?.grosze == grosze)
  }

  @Test("The throwing parser returns the same amounts")
  func throwingParserOK() throws {
    #expect(try Money(parsing: "1069.90") == Money(grosze: 106_990))
    #expect(try Money(parsing: "1069.9") == Money(grosze: 106_990))
    #expect(try Money(parsing: "0") == .zero)
    #expect(try Money(parsing: "776", field: "income") == 776)
  }

  @Test(
    "The throwing parser throws invalid_field naming the field",
    arguments: [
      "", "abc", "1.234", "-1", "1,50", " 1", "1000000000.01",
    ])
  func throwingParserRejects(text: String) {
    do {
      _ = try Money(parsing: text)
      Issue.record("\"\(text)\" was accepted")
    } catch let error as PomocError {
      #expect(error.code == .invalidField)
      #expect(error.field == "amount")
      #expect(error.outputCode == "invalid_field:amount")
    } catch {
      Issue.record("unexpected error type: \(error)")
    }
    let error = #expect(throws: PomocError.self) { try Money(parsing: text, field: "income") }
    #expect(error?.outputCode == "invalid_field:income")
  }

  @Test("description: złoty, '.', exactly two decimals, at both ends of Int64")
  func description() {
    let criterion: Money = 776
    #expect(criterion.description == "776.00")
    #expect(Money(grosze: 106_990).description == "1069.90")
    #expect(Money(grosze: -150).description == "-1.50")
    #expect("\(Money(grosze: 5))" == "0.05")
    // Int64.max = 9 223 372 036 854 775 807 gr = 92 233 720 368 547 758.07 zł.
    #expect(Money(grosze: .max).description == "92233720368547758.07")
    #expect(Money(grosze: .min).description == "-92233720368547758.08")
  }

  @Test("LosslessStringConvertible: every input amount reads back from its description")
  func lossless() {
    func roundTrip<T: LosslessStringConvertible & Equatable>(_ value: T) -> Bool { T(value.description) == value }
    #expect(roundTrip(Money(grosze: 0)))
    #expect(roundTrip(Money(grosze: 106_990)))
    #expect(roundTrip(Money.inputLimit))
    #expect(Money.inputLimit.description == "1000000000.00")
  }

  @Test("Rate: whole percent from Int32 cannot overflow; from Int64 it is checked; description")
  func rate() {
    #expect(Rate(percent: 150).basisPoints == 15_000)   // 150 × 100
    #expect(Rate(percent: .max).basisPoints == 214_748_364_700)   // 2 147 483 647 × 100
    #expect(Rate(exactlyPercent: 92_233_720_368_547_758)?.basisPoints == 9_223_372_036_854_775_800)
    #expect(Rate(exactlyPercent: 92_233_720_368_547_759) == nil)
    #expect(Rate(percent: 150).description == "150.00")
    #expect(Rate(basisPoints: 150).description == "1.50")
    #expect(Rate(percentText: Rate(basisPoints: 13_250).description) == Rate(basisPoints: 13_250))
  }

  @Test("Other quantities print their exact decimals")
  func quantities() {
    #expect(Hectares(tenThousandths: 123_456).description == "12.3456")
    #expect(CareHours(hundredths: 4_050).description == "40.50")
    // 1028.20 zł = 102 820 gr = 1 028 200 000 units of 1/10 000 gr.
    #expect(ExactAmount(units: 1_028_200_000).description == "1028.200000")
    #expect(ExactAmount(units: -50).description == "-0.000050")   // −50/10 000 gr = −0.005 gr
  }
}
