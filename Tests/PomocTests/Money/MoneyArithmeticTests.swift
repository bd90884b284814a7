import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

@Suite("Money operators: exact, and never a trap")
struct MoneyArithmeticTests {
  let max = Money(grosze: .max)   //  9 223 372 036 854 775 807 gr
  let min = Money(grosze: .min)   // −9 223 372 036 854 775 808 gr
  let grosz = Money(grosze: 1)

  @Test("+ and - on ordinary amounts")
  func ordinary() throws {
    let criterion: Money = 776
    // 776.00 + 0.01 = 776.01; 1069.90 − 776.00 = 293.90; 776.00 − 1069.90 = −293.90.
    #expect(try criterion + grosz == m("776.01"))
    #expect(try m("1069.90") - criterion == m("293.90"))
    #expect(try (criterion - m("1069.90")).grosze == -29_390)
    #expect(try -criterion == Money(grosze: -77_600))
    // 542 + 634 + 701 = 1877 zł, through a rethrowing API.
    let amounts: [Money] = [542, 634, 701]
    #expect(try amounts.reduce(.zero, +) == 1877)
  }

  @Test("+ at the ends of Int64")
  func plusAtLimits() throws {
    // (Int64.max − 1) + 1 = Int64.max exactly.
    #expect(try Money(grosze: .max - 1) + grosz == max)
    // Int64.min + Int64.max = −2^63 + (2^63 − 1) = −1.
    #expect(try min + max == Money(grosze: -1))
    // Int64.max + 1 and Int64.min + (−1) do not fit: a typed error, not a trap.
    #expect(throws: PomocError.arithmeticOverflow) { try max + grosz }
    #expect(throws: PomocError.arithmeticOverflow) { try min + Money(grosze: -1) }
    #expect(throws: PomocError.arithmeticOverflow) { try max + max }
    #expect(throws: PomocError.arithmeticOverflow) { try min + min }
  }

  @Test("- at the ends of Int64")
  func minusAtLimits() throws {
    // (Int64.min + 1) − 1 = Int64.min; Int64.max − Int64.max = 0.
    #expect(try Money(grosze: .min + 1) - grosz == min)
    #expect(try max - max == .zero)
    // Int64.min − 1, Int64.max − (−1), 0 − Int64.min = 2^63 and Int64.max − Int64.min do not fit.
    #expect(throws: PomocError.arithmeticOverflow) { try min - grosz }
    #expect(throws: PomocError.arithmeticOverflow) { try max - Money(grosze: -1) }
    #expect(throws: PomocError.arithmeticOverflow) { try Money.zero - min }
    #expect(throws: PomocError.arithmeticOverflow) { try max - min }
    let error = #expect(throws: PomocError.self) { try min - grosz }
    #expect(error?.code == .arithmeticOverflow)
  }

  @Test("Unary minus: only Int64.min has no opposite")
  func negation() throws {
    // −(Int64.max) = −9 223 372 036 854 775 807 = Int64.min + 1.
    #expect(try -max == Money(grosze: .min + 1))
    #expect(try -Money.zero == .zero)
    #expect(throws: PomocError.arithmeticOverflow) { try -min }
  }

  @Test("+= and -= leave the amount unchanged when they throw")
  func compoundAssignment() throws {
    var total: Money = 100
    try total += m("0.50")   // 100.00 + 0.50 = 100.50
    #expect(total == m("100.50"))
    try total -= 1   // 100.50 − 1.00 = 99.50
    #expect(total == m("99.50"))
    var top = max
    #expect(throws: PomocError.arithmeticOverflow) { try top += self.grosz }
    #expect(top == max)
    var bottom = min
    #expect(throws: PomocError.arithmeticOverflow) { try bottom -= self.grosz }
    #expect(bottom == min)
  }

  @Test("Comparison is by the exact value")
  func comparison() {
    // 1010.00 is within a criterion of 1010.00 zł; 1010.01 is not.
    let criterion: Money = 1010
    #expect(m("1010.00") <= criterion)
    #expect(!(m("1010.01") <= criterion))
    #expect(m("1010.01") > criterion)
    #expect(min < max)
    #expect(Money(grosze: -1) < .zero)
    #expect([m("2.00"), m("0.01"), m("1.99")].sorted() == [m("0.01"), m("1.99"), m("2.00")])
    #expect(Set([m("1.00"), Money(zloty: 1), 1]).count == 1)   // the same amount three ways
  }
}
